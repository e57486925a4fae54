// Switches between "Who met whom" and "Meetings".
import type { GraphView } from '../../../src-main/common/vocab';
import type { ActionContext } from '../store';
import { loadGraph } from './loadGraph';

/** Changes the view; expansions and the path belong to the old view, so they go. */
export async function setGraphView(ctx: ActionContext, graphView: GraphView): Promise<void> {
  if (ctx.store.get().graphView === graphView) return;
  ctx.store.apply((s) => ({
    ...s,
    graphView,
    view: { ...s.view, expansions: [], hidden: [] },
    undo: [],
    redo: [],
    path: null,
    selection: [],
  }));
  await loadGraph(ctx);
}
