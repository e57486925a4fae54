// What is on screen: the server's graph plus expansions, minus hidden nodes and filtered-out kinds.
import type { GraphData, GraphEdge, GraphNode, NodeKind } from '../../src-main/common/graph';
import type { ViewClusters } from '../../src-main/common/explore';
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
  /** Clusters of what a limit left undrawn, with the members not opened yet and their links to drawn nodes. */
  clusters: VisibleCluster[];
  /** Nodes per kind among what is drawn (before the kind filter, so a hidden kind still shows its count). */
  counts: Record<NodeKind, number>;
  /** Entities left out for having fewer links than the minimum (no link at all, unless isolated ones are shown). */
  belowDegree?: number;
}

/** A cluster as drawn: one node standing for `count` undrawn entities. */
export interface VisibleCluster {
  id: string;
  label: string;
  count: number;
  /** Drawn nodes its members meet or belong to, with how many meetings join them. */
  links: { id: string; meetings: number }[];
  /** Drawn entities its members meet that the cluster's list of links left out (it keeps the strongest). */
  linksOmitted: number;
}

/**
 * The clusters left to draw: each with the members not opened yet (an opened cluster shrinks, and goes
 * when it is empty), linked to the nodes drawn; a cluster none of whose kinds is shown is left out.
 */
function visibleClusters(
  clusters: ViewClusters | null | undefined,
  expansions: Expansion[],
  kinds: Set<NodeKind>,
  drawn: Set<string>,
): VisibleCluster[] {
  if (!clusters) return [];
  const opened = new Map(expansions.map((e) => [e.id, e.data.omitted]));
  return clusters.clusters
    .filter((c) => Object.keys(c.kinds).some((k) => kinds.has(k as NodeKind)))
    .map((c) => ({
      id: c.id,
      label: c.label,
      count: opened.get(c.id) ?? c.count,
      links: c.links.filter((l) => drawn.has(l.id)),
      linksOmitted: c.linksOmitted,
    }))
    .filter((c) => c.count > 0);
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
  clusters?: ViewClusters | null,
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
  // Expanded and pinned nodes, and the members of opened clusters, are drawn whatever their links.
  const always = new Set([
    ...view.pinned,
    ...view.expansions.map((e) => e.id),
    ...view.expansions
      .filter((e) => e.id.startsWith('cluster:'))
      .flatMap((e) => e.data.nodes.map((n) => n.id)),
  ]);
  const kept = nodes.filter((n) => always.has(n.id) || (degree.get(n.id) ?? 0) >= minimum);
  const belowDegree = nodes.length - kept.length;
  nodes.length = 0;
  nodes.push(...kept);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = linked.filter((e) => ids.has(e.source) && ids.has(e.target));
  const more = view.expansions
    .filter((e) => e.data.omitted > 0 && ids.has(e.id))
    .map((e) => ({ id: moreNodeId(e.id), ownerId: e.id, count: e.data.omitted }));
  return {
    nodes,
    edges,
    more,
    clusters: visibleClusters(clusters, view.expansions, kinds, ids),
    counts,
    belowDegree,
  };
}
