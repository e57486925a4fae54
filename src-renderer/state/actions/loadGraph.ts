// Fetches the graph for the current view and filters, and the facets (timeline, outlets, counts).
import type { GraphFilter } from '../../../src-main/common/graph';
import type { AppState } from '../model';
import { STATUSES } from '../model';
import { errorMessage, type ActionContext } from '../store';

/** The server-side part of the filters, as the graph method takes it. */
export function graphQuery(state: AppState): GraphFilter {
  const f = state.filters;
  const query: GraphFilter = { view: state.graphView, limit: 3000 };
  if (f.statuses.length < STATUSES.length) query.statuses = f.statuses;
  if (f.from) query.from = f.from;
  if (f.to) query.to = f.to;
  if (f.asOf) query.asOf = f.asOf;
  if (f.outlets.length) query.outlets = f.outlets;
  if (f.articleIds.length) query.articleIds = f.articleIds;
  return query;
}

let latest = 0;

/** Loads the graph; a newer load wins over an older one that answers late. */
export async function loadGraph(ctx: ActionContext, options: { facets?: boolean } = {}): Promise<void> {
  const ticket = ++latest;
  ctx.store.apply((s) => ({ ...s, graphLoading: true, graphError: null }));
  try {
    const [graph, facets] = await Promise.all([
      ctx.api.graph(graphQuery(ctx.store.get())),
      options.facets ? ctx.api.facets({}) : Promise.resolve(null),
    ]);
    if (ticket !== latest) return;
    ctx.store.apply((s) => ({ ...s, graph, facets: facets ?? s.facets, graphLoading: false }));
  } catch (err) {
    if (ticket !== latest) return;
    ctx.store.apply((s) => ({ ...s, graphLoading: false, graphError: errorMessage(err) }));
  }
}
