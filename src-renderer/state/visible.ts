// What is on screen: the server's graph plus expansions, minus hidden nodes and filtered-out kinds.
import type { GraphData, GraphEdge, GraphNode, NodeKind } from '../../src-main/common/graph';
import type { Expansion, Filters, ViewState } from './model';

/** The id of the "+N more" node an expansion leaves when its limit cut neighbours off. */
function moreNodeId(ownerId: string): string {
  return `more:${ownerId}`;
}

/**
 * Up to this many entities, those with no link are drawn unless hidden by choice: in a small view they are
 * the story (a spokesperson, a named official); in a large one, or one a limit cut, they are clutter,
 * hidden unless shown.
 */
export const ISOLATED_SHOWN_UP_TO = 300;

/**
 * Whether unlinked entities are drawn when the user has not chosen: in small views, unless a limit left
 * entities out (then the view is a chosen picture of the links, and the unlinked ones are clutter too).
 */
export function isolatedShownByDefault(entities: number, omitted: number): boolean {
  return entities <= ISOLATED_SHOWN_UP_TO && !(omitted > 0);
}

/** The drawn graph, plus the "+N more" placeholders of truncated expansions. */
export interface VisibleGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  more: { id: string; ownerId: string; count: number }[];
  /** Nodes per kind among what is drawn (before the kind filter, so a hidden kind still shows its count). */
  counts: Record<NodeKind, number>;
  /** Entities left out for having fewer links than the minimum (no link at all, unless isolated ones are shown). */
  belowDegree?: number;
}

function emptyCounts(): Record<NodeKind, number> {
  return { person: 0, organization: 0, group: 0, place: 0, meeting: 0, topic: 0, article: 0 };
}

/** Merges the base graph with the expansions; later copies of a node or edge do not replace earlier ones. */
export function mergeGraphs(base: GraphData, expansions: Expansion[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const data of [base, ...expansions.map((e) => e.data)]) {
    for (const n of data.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of data.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], omitted: base.omitted };
}

/** Applies hidden nodes and the kind filter; edges survive only when both ends do. */
export function visibleGraph(
  base: GraphData,
  view: ViewState,
  filters: Pick<Filters, 'kinds' | 'showIsolated' | 'minDegree'>,
): VisibleGraph {
  const merged = mergeGraphs(base, view.expansions);
  const hidden = new Set(view.hidden);
  const kinds = new Set(filters.kinds);
  const counts = emptyCounts();
  const nodes: GraphNode[] = [];
  for (const n of merged.nodes) {
    if (hidden.has(n.id)) continue;
    counts[n.kind] += 1;
    if (kinds.has(n.kind)) nodes.push(n);
  }
  const shown = new Set(nodes.map((n) => n.id));
  const linked = merged.edges.filter((e) => shown.has(e.source) && shown.has(e.target));
  const showIsolated = filters.showIsolated ?? isolatedShownByDefault(nodes.length, base.omitted);
  const minimum = Math.max(filters.minDegree ?? 0, showIsolated ? 0 : 1);
  const degree = new Map<string, number>();
  for (const e of linked) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const always = new Set([...view.pinned, ...view.expansions.map((e) => e.id)]);
  const kept = nodes.filter((n) => always.has(n.id) || (degree.get(n.id) ?? 0) >= minimum);
  const belowDegree = nodes.length - kept.length;
  nodes.length = 0;
  nodes.push(...kept);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = linked.filter((e) => ids.has(e.source) && ids.has(e.target));
  const more = view.expansions
    .filter((e) => e.data.omitted > 0 && ids.has(e.id))
    .map((e) => ({ id: moreNodeId(e.id), ownerId: e.id, count: e.data.omitted }));
  return { nodes, edges, more, counts, belowDegree };
}
