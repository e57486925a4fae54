// File → Open snapshot: shows a saved view exactly as it was (elements, positions, viewport, selection,
// filters), without needing the database.
import { type LayoutName, LAYOUTS, MEETING_STATUSES } from '../../../src-main/common/vocab';
import type { GraphFilter } from '../../../src-main/common/graph';
import { parseSnapshot, type Snapshot } from '../../../src-main/common/snapshot';
import type { AppState, Filters } from '../model';
import { ALL_KINDS } from '../model';
import { errorMessage, type ActionContext } from '../store';
import { supersedeGraphLoads } from './loadGraph';

let token = 0;

/** The state that shows a parsed snapshot. */
export function showSnapshot(state: AppState, snapshot: Snapshot, fileName: string): AppState {
  const s = snapshot.state;
  const f: GraphFilter = s.filter ?? {};
  const filters: Filters = {
    kinds: [...ALL_KINDS],
    statuses: f.statuses?.length ? [...f.statuses] : [...MEETING_STATUSES],
    from: f.from ?? null,
    to: f.to ?? null,
    asOf: f.asOf ?? null,
    outlets: f.outlets ?? [],
    articleIds: f.articleIds ?? [],
  };
  const styled = Object.entries(s.styles);
  const layout = (LAYOUTS as readonly string[]).includes(s.layout) ? (s.layout as LayoutName) : 'fcose';
  return {
    ...state,
    graphView: s.view,
    filters,
    graph: { ...snapshot.elements, omitted: snapshot.elements.omitted ?? 0 },
    clusters: null,
    graphLoading: false,
    graphError: null,
    view: {
      hidden: styled.filter(([, st]) => st.hidden).map(([id]) => id),
      pinned: styled.filter(([, st]) => st.pinned).map(([id]) => id),
      expansions: [],
      layout,
    },
    undo: [],
    redo: [],
    selection: s.selection.filter((id) => snapshot.elements.nodes.some((n) => n.id === id)),
    focus: null,
    details: null,
    path: null,
    restore: { token: ++token, positions: s.positions, viewport: s.viewport },
    snapshot: { fileName, title: snapshot.title, createdAt: snapshot.createdAt, data: snapshot },
    notice: null,
  };
}

/** Parses and shows a snapshot file; a bad file is reported and the current view stays. */
export function openSnapshot(ctx: ActionContext, fileText: string, fileName: string): void {
  try {
    const snapshot = parseSnapshot(fileText, fileName);
    // A live graph still on its way would replace the snapshot when it lands: it is dropped.
    supersedeGraphLoads();
    ctx.store.apply((s) => showSnapshot(s, snapshot, fileName));
  } catch (err) {
    ctx.store.apply((s) => ({ ...s, notice: `Could not open ${fileName}: ${errorMessage(err)}` }));
  }
}

/** Loads the open snapshot's elements and evidence into Neo4j; the snapshot stays on screen. */
export async function loadSnapshotIntoDb(ctx: ActionContext): Promise<void> {
  const open = ctx.store.get().snapshot;
  if (!open) return;
  ctx.store.apply((s) => ({ ...s, notice: `Loading ${open.fileName} into Neo4j…` }));
  try {
    const r = await ctx.api.loadSnapshot({ snapshot: open.data });
    ctx.store.apply((s) => ({
      ...s,
      notice:
        `Loaded ${open.fileName} into Neo4j: added ${r.articles} articles, ${r.meetings} meetings, ` +
        `${r.nodes} nodes and ${r.relationships} relationships (what was already stored is kept).`,
    }));
  } catch (err) {
    ctx.store.apply((s) => ({
      ...s,
      notice: `Could not load ${open.fileName} into Neo4j: ${errorMessage(err)}`,
    }));
  }
}
