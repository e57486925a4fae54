// Saved views: name the view on screen (view, filters, positions, camera, selection, hidden and pinned nodes,
// expansions), keep it in the database, and open it again; what arrived since is marked as new.
import { LAYOUTS, type LayoutName } from '../../../src-main/common/vocab';
import type { SavedViewState, SavedViewSummary } from '../../../src-main/common/views';
import { initialState, type Expansion, type Filters } from '../model';
import { mergeGraphs } from '../visible';
import { loadGraph } from './loadGraph';
import { meetingFilter } from './selectEdge';
import { selectNode } from './selectNode';
import { errorMessage, type ActionContext } from '../store';

/** Expansions that can be fetched again by their node id (paths and console results are not kept). */
const refetchable = (e: Expansion) => !e.id.startsWith('path:') && !e.id.startsWith('query:');

/** The view on screen as a saved view's state. */
function captureView(ctx: ActionContext): SavedViewState {
  const s = ctx.store.get();
  const positions = ctx.graph.positions();
  const drawn = mergeGraphs(s.graph, s.view.expansions).nodes.map((n) => n.id);
  return {
    graphView: s.graphView,
    filters: { ...s.filters },
    layout: s.view.layout,
    hidden: [...s.view.hidden],
    pinned: [...s.view.pinned],
    selection: [...s.selection],
    positions,
    viewport: ctx.graph.viewport(),
    nodeIds: drawn,
    expansions: s.view.expansions.filter(refetchable).map((e) => ({ id: e.id, limit: e.limit })),
  };
}

/** The saved views, newest first. */
export async function listSavedViews(ctx: ActionContext): Promise<SavedViewSummary[]> {
  return ctx.api.listViews({});
}

/** Saves the view on screen under a name. */
export async function saveCurrentView(ctx: ActionContext, name: string): Promise<SavedViewSummary> {
  return ctx.api.saveView({ name, state: captureView(ctx) });
}

function filtersFrom(saved: Record<string, unknown>): Filters {
  const base = initialState().filters;
  const pick = <K extends keyof Filters>(k: K): Filters[K] =>
    k in saved ? (saved[k] as Filters[K]) : base[k];
  return {
    kinds: pick('kinds'),
    statuses: pick('statuses'),
    from: pick('from'),
    to: pick('to'),
    asOf: pick('asOf'),
    outlets: pick('outlets'),
    articleIds: pick('articleIds'),
  };
}

/** Opens a saved view: the filters and view first, then the graph, its expansions, and where everything was. */
export async function openSavedView(ctx: ActionContext, id: string): Promise<void> {
  try {
    const saved = await ctx.api.openView({ id });
    const st = saved.state;
    const layout = (LAYOUTS as readonly string[]).includes(st.layout) ? (st.layout as LayoutName) : 'fcose';
    ctx.store.apply((s) => ({
      ...s,
      graphView: st.graphView,
      filters: filtersFrom(st.filters),
      view: { hidden: st.hidden, pinned: st.pinned, expansions: [], layout },
      undo: [],
      redo: [],
      path: null,
      paths: [],
      selection: [],
      focus: null,
      details: null,
      edge: null,
      edgeDetails: null,
      fresh: [],
    }));
    await loadGraph(ctx, { facets: true });
    const state = ctx.store.get();
    const expansions: Expansion[] = [];
    for (const e of st.expansions) {
      try {
        const data = await ctx.api.expand({
          id: e.id,
          view: st.graphView,
          limit: e.limit,
          filter: meetingFilter(state),
        });
        expansions.push({ id: e.id, limit: e.limit, data });
      } catch {
        // A node deleted since the view was saved is simply no longer there.
      }
    }
    const known = new Set(st.nodeIds);
    ctx.store.apply((s) => {
      const drawn = mergeGraphs(s.graph, expansions).nodes.map((n) => n.id);
      return {
        ...s,
        view: { ...s.view, expansions },
        selection: st.selection.filter((x) => drawn.includes(x)),
        fresh: drawn.filter((x) => !known.has(x)),
        restore: { token: Date.now(), positions: st.positions, viewport: st.viewport },
        notice: `Opened the view “${saved.name}”.${
          drawn.some((x) => !known.has(x))
            ? ` ${drawn.filter((x) => !known.has(x)).length} new since it was saved (double border).`
            : ''
        }`,
      };
    });
    const only = ctx.store.get().selection;
    if (only.length === 1) await selectNode(ctx, only[0]!);
  } catch (err) {
    ctx.store.apply((s) => ({ ...s, notice: `Could not open the view: ${errorMessage(err)}` }));
  }
}
