// Corrections from the explorer: run one, then reload the graph and the details so the marks show.
import type { RendezvousApi } from '../../../src-main/common/api';
import type { CorrectionResult } from '../../../src-main/common/curation';
import { errorMessage, type ActionContext } from '../store';
import { loadGraph } from './loadGraph';
import { selectNode } from './selectNode';

/** Runs a correction; on success reloads the graph and the details (of the kept entity after a merge). Returns the error, or null. */
export async function runCorrection(
  ctx: ActionContext,
  correct: (api: RendezvousApi) => Promise<CorrectionResult | null>,
): Promise<string | null> {
  let result: CorrectionResult | null;
  try {
    result = await correct(ctx.api);
  } catch (err) {
    return errorMessage(err);
  }
  await loadGraph(ctx, { facets: true });
  const focus = ctx.store.get().focus;
  const c = result?.correction;
  const gone = c && c.kind === 'person.merge' && c.targetIds[1] === focus;
  const next = gone ? c.targetIds[0]! : c?.kind === 'meeting.add' ? c.targetIds[0]! : focus;
  if (next) await selectNode(ctx, next, { center: false });
  return null;
}
