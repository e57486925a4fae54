// Fetches the graph for the current view and filters, and the facets (timeline, outlets, counts).
import { MEETING_STATUSES } from '../../../src-main/common/vocab';
import type { GraphFilter } from '../../../src-main/common/graph';
import type { ClustersInput } from '../../../src-main/common/explore';
import type { AppState } from '../model';
import { errorMessage, type ActionContext } from '../store';

type ClustersFilter = NonNullable<ClustersInput['filter']>;

/** The server-side part of the filters, as the graph method takes it. */
export function graphQuery(state: AppState): GraphFilter {
  const f = state.filters;
  const query: GraphFilter = { view: state.graphView, limit: 3000 };
  if (f.statuses.length < MEETING_STATUSES.length) query.statuses = f.statuses;
  if (f.from) query.from = f.from;
  if (f.to) query.to = f.to;
  if (f.asOf) query.asOf = f.asOf;
  if (f.outlets.length) query.outlets = f.outlets;
  if (f.articleIds.length) query.articleIds = f.articleIds;
  if (f.confirmedOnly) query.confirmedOnly = true;
  return query;
}

/**
 * The budget of a view no filter narrows (the first view of a large database): the newest meetings up to
 * `meetings`, and of what they hold the most connected entities up to `limit`; the banner counts the rest.
 */
export const INITIAL_BUDGET: Record<GraphFilter['view'] & string, { limit: number; meetings: number }> = {
  whoMetWhom: { limit: 150, meetings: 400 },
  meetings: { limit: 400, meetings: 120 },
};

/** The graph method's input: the filters, within the initial budget when no filter narrows the view. */
export function graphRequest(state: AppState): GraphFilter {
  const query = graphQuery(state);
  const narrowed = Object.keys(query).some((k) => k !== 'view' && k !== 'limit');
  return narrowed ? query : { ...query, ...INITIAL_BUDGET[state.graphView] };
}

/** The filters of the view as a cluster takes them (the graph method's, without the view and its limits). */
export function clusterFilter(state: AppState): ClustersFilter {
  const { view: _view, limit: _limit, meetings: _meetings, ...filter } = graphQuery(state);
  return filter;
}

let latest = 0;

/** Makes every graph load in flight answer into nothing (an opened snapshot must not be replaced by it). */
export function supersedeGraphLoads(): void {
  latest++;
}

/** Loads the filter values and the timeline; they do not depend on the filters, so no load supersedes this. */
export async function loadFacets(ctx: ActionContext): Promise<void> {
  try {
    const facets = await ctx.api.facets({});
    ctx.store.apply((s) => ({ ...s, facets }));
  } catch (err) {
    ctx.store.apply((s) => ({ ...s, notice: `Could not load the filter values: ${errorMessage(err)}` }));
  }
}

/** Lets the page run what the last state change scheduled (the canvas draws and lays out the graph). */
const afterDrawing = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Loads the graph (and the facets when asked); a newer load wins over an older one that answers late. The
 * facets are asked for once the graph is drawn: on a large database they are larger than the graph and
 * would otherwise be read by Neo4j, sent and rendered in the filter panel while the graph waits.
 */
export async function loadGraph(ctx: ActionContext, options: { facets?: boolean } = {}): Promise<void> {
  const ticket = ++latest;
  ctx.store.apply((s) => ({ ...s, graphLoading: true, graphError: null }));
  try {
    const graph = await ctx.api.graph(graphRequest(ctx.store.get()));
    if (ticket !== latest) return;
    ctx.store.apply((s) => ({
      ...s,
      graph,
      clusters: null,
      graphLoading: false,
      snapshot: null,
      restore: null,
    }));
  } catch (err) {
    if (ticket !== latest) return;
    ctx.store.apply((s) => ({ ...s, graphLoading: false, graphError: errorMessage(err) }));
  } finally {
    await afterDrawing();
    if (ticket === latest) await loadClusters(ctx, ticket);
    if (options.facets) await loadFacets(ctx);
  }
}

/**
 * Asks, once the graph is drawn, for the clusters of what a limit left undrawn, so the view holds every
 * entity, drawn or counted; a newer load makes the answer moot.
 */
async function loadClusters(ctx: ActionContext, ticket: number): Promise<void> {
  const state = ctx.store.get();
  const cut = state.graph.coverage;
  if (!cut || cut.entities.shown >= cut.entities.total || state.snapshot) return;
  try {
    const clusters = await ctx.api.clusters({
      view: state.graphView,
      filter: clusterFilter(state),
      shown: state.graph.nodes.map((n) => n.id),
    });
    if (ticket === latest) ctx.store.apply((s) => ({ ...s, clusters }));
  } catch (err) {
    if (ticket === latest)
      ctx.store.apply((s) => ({ ...s, notice: `Could not group what is not drawn: ${errorMessage(err)}` }));
  }
}
