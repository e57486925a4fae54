// Asks the host how the database stands; loads the graph the first time it is connected.
import { errorMessage, type ActionContext } from '../store';
import { loadFacets, loadGraph } from './loadGraph';

/** Refreshes the DB status; returns true once connected. */
export async function refreshDbStatus(ctx: ActionContext): Promise<boolean> {
  const wasConnected = ctx.store.get().db?.state === 'connected';
  try {
    const db = await ctx.api.dbStatus({});
    ctx.store.apply((s) => ({ ...s, db }));
    if (db.state === 'connected' && !wasConnected) {
      // An open snapshot stays on screen; the live graph loads when the user goes back to it.
      if (ctx.store.get().snapshot) await loadFacets(ctx);
      else await loadGraph(ctx, { facets: true });
    }
    return db.state === 'connected';
  } catch (err) {
    ctx.store.apply((s) => ({
      ...s,
      db: {
        state: 'error',
        mode: s.db?.mode ?? 'builtin',
        uri: null,
        database: null,
        version: null,
        edition: null,
        nodeCount: null,
        home: null,
        dataDir: null,
        error: { code: 'UNREACHABLE', message: errorMessage(err) },
      },
    }));
    return false;
  }
}
