// Corrections from the explorer: run one, then reload the graph and the details so the marks show; Ctrl+Z and
// Ctrl+Shift+Z step back and forth through view changes and corrections alike, latest first.
import type { RendezvousApi } from '../../../src-main/common/api';
import { CORRECTING_METHODS, type CorrectionResult } from '../../../src-main/common/curation';
import { curationAuthorName } from '../../panels/CurationAuthor';
import { errorMessage, type ActionContext } from '../store';
import { loadGraph } from './loadGraph';
import { redo as redoView, undo as undoView } from './undoRedo';
import { selectNode } from './selectNode';

/** Runs a correction; on success reloads the graph and the details (of the kept entity after a merge). Returns the error, or null. */
export async function runCorrection(
  ctx: ActionContext,
  correct: (api: RendezvousApi) => Promise<CorrectionResult | null>,
): Promise<string | null> {
  let result: CorrectionResult | null;
  try {
    result = await correct(authored(ctx.api));
  } catch (err) {
    return errorMessage(err);
  }
  await afterCorrection(ctx, result);
  const c = result?.correction;
  if (c && c.kind !== 'revert' && !c.reverts) {
    // Made in this window: the keyboard's undo reaches it until a view change comes after it.
    made.push(ctx.store.get().undo.at(-1));
    undone.length = 0;
  }
  return null;
}

/** The API with the author name set in Settings added to every correction. */
function authored(api: RendezvousApi): RendezvousApi {
  const author = curationAuthorName();
  if (!author) return api;
  const correcting = new Set<string | symbol>(CORRECTING_METHODS);
  // A proxy, since the API may itself be one (the web mode's client) with no own keys to copy.
  return new Proxy(api, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (!correcting.has(prop) || typeof value !== 'function') return value;
      return (input: object) => (value as (i: object) => Promise<unknown>)({ ...input, author });
    },
  });
}

/** Reloads the graph and the details after a correction. */
async function afterCorrection(ctx: ActionContext, result: CorrectionResult | null): Promise<void> {
  await loadGraph(ctx, { facets: true });
  const focus = ctx.store.get().focus;
  const c = result?.correction;
  const merged = c && (c.kind === 'person.merge' || c.kind === 'meeting.merge') && c.targetIds[1] === focus;
  const removed = c?.kind === 'person.remove';
  const next = merged
    ? c.targetIds[0]!
    : c?.kind === 'meeting.add'
      ? c.targetIds[0]!
      : removed
        ? null
        : focus;
  if (next) await selectNode(ctx, next, { center: false });
  else if (removed) ctx.store.apply((s) => ({ ...s, focus: null, details: null }));
}

type ViewEntry = ReturnType<ActionContext['store']['get']>['undo'][number] | undefined;
/** For each correction made here and not undone, the latest view change when it was made. */
const made: ViewEntry[] = [];
/** For each correction the keyboard undid, the latest undone view change at that moment. */
const undone: ViewEntry[] = [];

/** Ctrl+Z: undoes the latest correction made here if no view change came after it, else the latest view change. */
export async function undoLatest(ctx: ActionContext): Promise<string | null> {
  const s = ctx.store.get();
  if (!made.length || made.at(-1) !== s.undo.at(-1)) {
    ctx.store.apply(undoView);
    return null;
  }
  made.pop();
  try {
    const result = await authored(ctx.api).undoCorrection({});
    undone.push(ctx.store.get().redo.at(-1));
    await afterCorrection(ctx, result);
    return null;
  } catch (err) {
    return errorMessage(err);
  }
}

/** Ctrl+Shift+Z: redoes the correction the keyboard undid last if no view change was undone since, else a view change. */
export async function redoLatest(ctx: ActionContext): Promise<string | null> {
  const s = ctx.store.get();
  if (!undone.length || undone.at(-1) !== s.redo.at(-1)) {
    ctx.store.apply(redoView);
    return null;
  }
  undone.pop();
  try {
    const result = await authored(ctx.api).redoCorrection({});
    await afterCorrection(ctx, result);
    if (result) made.push(ctx.store.get().undo.at(-1));
    return null;
  } catch (err) {
    return errorMessage(err);
  }
}
