// Double-click: adds a node's neighbours, up to a limit; "+N more" fetches the next batch.
import type { AppState, Expansion } from '../model';
import { changeView } from '../history';
import { errorMessage, type ActionContext } from '../store';
import { meetingFilter } from './selectEdge';

/** How many neighbours one double-click adds. */
export const EXPAND_STEP = 25;

/** Records an expansion (replacing an earlier one of the same node) as an undoable view change. */
export function addExpansion(state: AppState, expansion: Expansion): AppState {
  const expansions = [...state.view.expansions.filter((e) => e.id !== expansion.id), expansion];
  const shown = new Set(expansion.data.nodes.map((n) => n.id));
  const hidden = state.view.hidden.filter((id) => !shown.has(id));
  return changeView(state, { ...state.view, expansions, hidden });
}

/** Expands `id`; on a "+N more" node, expands its owner by one more step. */
export async function expandNode(ctx: ActionContext, id: string): Promise<void> {
  const ownerId = id.startsWith('more:') ? id.slice('more:'.length) : id;
  const previous = ctx.store.get().view.expansions.find((e) => e.id === ownerId);
  const limit = Math.min(500, previous ? previous.limit + EXPAND_STEP : EXPAND_STEP);
  try {
    const state = ctx.store.get();
    // Only meetings that pass the view's filters link neighbours, so an expansion never adds what they exclude.
    const data = await ctx.api.expand({
      id: ownerId,
      view: state.graphView,
      limit,
      filter: meetingFilter(state),
    });
    ctx.store.apply((s) => ({ ...addExpansion(s, { id: ownerId, limit, data }), notice: null }));
  } catch (err) {
    ctx.store.apply((s) => ({ ...s, notice: `Could not expand: ${errorMessage(err)}` }));
  }
}
