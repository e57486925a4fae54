// Settings: the built-in Neo4j or the user's own; "Test connection"; saving reconnects.
import type { ConnectionTest, ExternalNeo4j } from '../../../src-main/common/db';
import { errorMessage, type ActionContext } from '../store';
import { refreshDbStatus } from './refreshDbStatus';

/** Loads the saved choice. */
export async function loadSettings(ctx: ActionContext): Promise<void> {
  try {
    const settings = await ctx.api.getSettings({});
    ctx.store.apply((s) => ({ ...s, settings }));
  } catch (err) {
    ctx.store.apply((s) => ({ ...s, notice: `Could not read settings: ${errorMessage(err)}` }));
  }
}

/** Tries a connection without saving it. */
export async function testConnection(ctx: ActionContext, external: ExternalNeo4j): Promise<ConnectionTest> {
  try {
    return await ctx.api.testConnection(external);
  } catch (err) {
    return { ok: false, version: null, edition: null, message: errorMessage(err) };
  }
}

/** Saves the choice, then reconnects and reloads. Returns an error message, or null. */
export async function saveSettings(
  ctx: ActionContext,
  choice: { mode: 'builtin' | 'external'; external?: ExternalNeo4j },
): Promise<string | null> {
  try {
    const settings = await ctx.api.saveSettings(choice);
    ctx.store.apply((s) => ({ ...s, settings, db: s.db ? { ...s.db, state: 'starting' } : s.db }));
    await refreshDbStatus(ctx);
    return null;
  } catch (err) {
    return errorMessage(err);
  }
}
