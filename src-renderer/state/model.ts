// The explorer's state: what the server gave, and the user's view of it (hidden, pinned, expanded…).
import type { DbStatus, ConnectionSettings } from '../../src-main/common/db';
import type { Snapshot } from '../../src-main/common/snapshot';
import { NODE_KINDS } from '../../src-main/common/graph';
import type {
  EntityDetails,
  GraphData,
  GraphFacets,
  NodeKind,
  PathResult,
  SearchHit,
} from '../../src-main/common/graph';
import {
  MEETING_STATUSES,
  type GraphView,
  type LayoutName,
  type MeetingStatus,
} from '../../src-main/common/vocab';
import type { IngestFileResult } from '../../src-main/common/ingest';
import type { EdgeDetails, PathThrough, ViewClusters } from '../../src-main/common/explore';

/** Filters sent to the server (status, dates, sources) and applied locally (kinds). */
export interface Filters {
  kinds: NodeKind[];
  statuses: MeetingStatus[];
  from: string | null;
  to: string | null;
  asOf: string | null;
  outlets: string[];
  articleIds: string[];
  /** Only meetings the analyst confirmed. */
  confirmedOnly?: boolean;
  /** Draw entities with no link; unset, they are drawn only in a small view (ISOLATED_SHOWN_UP_TO). */
  showIsolated?: boolean;
  /** Draw only entities with at least this many links (expanded and pinned ones always). */
  minDegree?: number;
}

/** A neighbourhood fetched by a double-click, with how much the limit left out. */
export interface Expansion {
  id: string;
  limit: number;
  data: GraphData;
}

/** What undo/redo moves through: the user's changes to the drawing, not the data. */
export interface ViewState {
  hidden: string[];
  pinned: string[];
  expansions: Expansion[];
  layout: LayoutName;
}

/** Per-file progress of an import. */
interface ImportProgress {
  running: boolean;
  done: number;
  total: number;
  results: IngestFileResult[];
  error: string | null;
}

/** A saved view being shown: where nodes were and how the view was framed. */
interface RestoredView {
  /** Changes with each opened snapshot, so the canvas starts afresh. */
  token: number;
  positions: Record<string, { x: number; y: number }>;
  viewport: { zoom: number; pan: { x: number; y: number } } | null;
}

/** The snapshot file on screen instead of the live database. */
interface OpenSnapshot {
  fileName: string;
  title: string | null;
  createdAt: string;
  /** The parsed file, kept so it can be loaded into Neo4j. */
  data: Snapshot;
}

/** The whole UI state. */
export interface AppState {
  db: DbStatus | null;
  settings: ConnectionSettings | null;
  graphView: GraphView;
  filters: Filters;
  graph: GraphData;
  /** What a cut view left undrawn, in clusters (asked for after the graph is drawn); null until then. */
  clusters: ViewClusters | null;
  graphLoading: boolean;
  graphError: string | null;
  facets: GraphFacets | null;
  view: ViewState;
  undo: ViewState[];
  redo: ViewState[];
  /** Bumped to re-run the layout. */
  layoutRun: number;
  selection: string[];
  focus: string | null;
  details: EntityDetails | null;
  detailsLoading: boolean;
  detailsError: string | null;
  path: PathResult | null;
  pathEnds: { from: SearchHit | null; to: SearchHit | null };
  pathError: string | null;
  /** Every distinct shortest path found (up to five); `path` is the one shown. */
  paths: PathResult[];
  pathThrough: PathThrough;
  /** The edge whose details are shown instead of a node's. */
  edge: { id: string; source: string; target: string } | null;
  edgeDetails: EdgeDetails | null;
  /** Nodes that arrived after the saved view on screen was saved. */
  fresh: string[];
  /** The keyboard shortcuts dialog is open. */
  help: boolean;
  importing: ImportProgress;
  panel: 'none' | 'import' | 'settings' | 'path' | 'query' | 'views';
  webgl: boolean;
  notice: string | null;
  restore: RestoredView | null;
  snapshot: OpenSnapshot | null;
}

/** Kinds shown by default: everything. */
export const ALL_KINDS: NodeKind[] = [...NODE_KINDS];

/** An empty graph. */
const EMPTY_GRAPH: GraphData = { nodes: [], edges: [], omitted: 0 };

/** The state before anything is loaded. */
export function initialState(): AppState {
  return {
    db: null,
    settings: null,
    graphView: 'whoMetWhom',
    filters: {
      kinds: [...ALL_KINDS],
      statuses: [...MEETING_STATUSES],
      from: null,
      to: null,
      asOf: null,
      outlets: [],
      articleIds: [],
    },
    graph: EMPTY_GRAPH,
    clusters: null,
    graphLoading: false,
    graphError: null,
    facets: null,
    view: { hidden: [], pinned: [], expansions: [], layout: 'fcose' },
    undo: [],
    redo: [],
    layoutRun: 0,
    selection: [],
    focus: null,
    details: null,
    detailsLoading: false,
    detailsError: null,
    path: null,
    pathEnds: { from: null, to: null },
    pathError: null,
    paths: [],
    pathThrough: 'people',
    edge: null,
    edgeDetails: null,
    fresh: [],
    help: false,
    importing: { running: false, done: 0, total: 0, results: [], error: null },
    panel: 'none',
    webgl: false,
    notice: null,
    restore: null,
    snapshot: null,
  };
}
