// Double-click: adds a node's neighbours, up to a limit; "+N more" fetches the next batch.
import type { AppState, Expansion } from '../model';
import { changeView } from '../history';
import { errorMessage, type ActionContext } from '../store';
import { meetingFilter } from './selectEdge';
import { clusterFilter } from './loadGraph';

/** How many neighbours one double-click adds. */
export const EXPAND_STEP = 25;

/** Records an expansion (replacing an earlier one of the same node) as an undoable view change. */
export function addExpansion(state: AppState, expansion: Expansion): AppState {
  const expansions = [...state.view.expansions.filter((e) => e.id !== expansion.id), expansion];
  const shown = new Set(expansion.data.nodes.map((n) => n.id));
  const hidden = state.view.hidden.filter((id) => !shown.has(id));
  return changeView(state, { ...state.view, expansions, hidden });
}

/** The limit of the next step of an expansion: one step more than the last, up to 500. */
function nextLimit(state: AppState, id: string): number {
  const previous = state.view.expansions.find((e) => e.id === id);
  return Math.min(500, previous ? previous.limit + EXPAND_STEP : EXPAND_STEP);
}

/** Opens a cluster by one more step: its next most connected members, linked to what is drawn. */
async function openCluster(ctx: ActionContext, id: string): Promise<void> {
  const state = ctx.store.get();
  const cluster = state.clusters?.clusters.find((c) => c.id === id);
  if (!cluster) return;
  const limit = nextLimit(state, id);
  try {
    const data = await ctx.api.openCluster({
      view: state.graphView,
      filter: clusterFilter(state),
      shown: state.graph.nodes.map((n) => n.id),
      keys: cluster.keys,
      limit,
    });
    const cut = data.coverage?.meetings;
    const notice =
      cut && cut.shown < cut.total
        ? `${cluster.label}: links drawn from the newest ${cut.shown.toLocaleString('en-US')} of ${cut.total.toLocaleString('en-US')} meetings.`
        : null;
    ctx.store.apply((s) => ({ ...addExpansion(s, { id, limit, data }), notice }));
  } catch (err) {
    ctx.store.apply((s) => ({ ...s, notice: `Could not open ${cluster.label}: ${errorMessage(err)}` }));
  }
}

/** Expands `id`; on a "+N more" node, expands its owner by one more step; on a cluster, opens it. */
export async function expandNode(ctx: ActionContext, id: string): Promise<void> {
  if (id.startsWith('cluster:')) return openCluster(ctx, id);
  const ownerId = id.startsWith('more:') ? id.slice('more:'.length) : id;
  const limit = nextLimit(ctx.store.get(), ownerId);
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
