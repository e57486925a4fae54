// Maps the visible graph to Cytoscape elements: pure, so it is tested without a screen.
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../../src-main/common/graph';
import { nodeSize } from '../../src-main/common/look';
import type { VisibleCluster, VisibleGraph } from '../state/visible';

/** What else decides how elements look: pins, selection and the path. */
export interface ElementState {
  pinned: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  /** Nodes new since the saved view on screen was saved. */
  fresh?: ReadonlySet<string>;
  /** The edge whose details are shown. */
  selectedEdge?: string | null;
}

const MAX_LABEL = 42;

/** Shortens a label to fit under a node, on a word boundary when it can. */
export function shortLabel(label: string, max = MAX_LABEL): string {
  const clean = label.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** The label of an edge: one meeting's place and date, or how many meetings it stands for. */
export function edgeLabel(
  edge: Pick<GraphEdge, 'kind' | 'label' | 'meetingIds' | 'meetingsOmitted'>,
): string {
  const count = edge.meetingIds.length + (edge.meetingsOmitted ?? 0);
  if (edge.kind === 'met' && count > 1) return `${count} meetings`;
  return edge.label ? shortLabel(edge.label, 36) : '';
}

function nodeClasses(node: GraphNode, state: ElementState): string {
  const classes = [`kind-${node.kind}`];
  if (node.status) classes.push(`status-${node.status}`);
  for (const mark of node.curation ?? []) classes.push(`curated-${mark}`);
  if (state.pinned.has(node.id)) classes.push('pinned');
  if (state.fresh?.has(node.id)) classes.push('fresh');
  if (state.pathNodes.size) classes.push(state.pathNodes.has(node.id) ? 'on-path' : 'off-path');
  return classes.join(' ');
}

/** Cytoscape elements for the visible graph, "+N more" placeholders included. */
export function toElements(graph: VisibleGraph, state: ElementState): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: shortLabel(node.label),
        fullLabel: node.label,
        kind: node.kind,
        status: node.status ?? null,
        size: nodeSize(node),
        meetingCount: node.meetingCount,
        lat: node.lat ?? null,
        lon: node.lon ?? null,
      },
      classes: nodeClasses(node, state),
      selected: state.selected.has(node.id),
    });
  }
  for (const edge of graph.edges) {
    const classes = [`edge-${edge.kind}`];
    if (edge.status) classes.push(`status-${edge.status}`);
    if (state.pathEdges.size) classes.push(state.pathEdges.has(edge.id) ? 'on-path' : 'off-path');
    if (state.selected.has(edge.source) || state.selected.has(edge.target)) classes.push('labelled');
    if (state.selectedEdge === edge.id) classes.push('chosen', 'labelled');
    elements.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        label: edgeLabel(edge),
        fullLabel: edge.label ?? '',
        status: edge.status ?? null,
        weight: Math.max(1, edge.meetingIds.length + (edge.meetingsOmitted ?? 0)),
      },
      classes: classes.join(' '),
    });
  }
  for (const more of graph.more) {
    elements.push({
      group: 'nodes',
      data: { id: more.id, label: `+${more.count} more`, kind: 'more', size: 30, owner: more.ownerId },
      classes: state.pathNodes.size ? 'more off-path' : 'more',
    });
    elements.push({
      group: 'edges',
      data: { id: `${more.id}:edge`, source: more.ownerId, target: more.id, kind: 'more', label: '' },
      classes: 'edge-more',
    });
  }
  for (const cluster of graph.clusters) elements.push(...clusterElements(cluster, state));
  return elements;
}

/** The label of a cluster: what it gathers and how many entities it stands for. */
export function clusterLabel(cluster: Pick<VisibleCluster, 'label' | 'count'>): string {
  return `${shortLabel(cluster.label, 32)} · ${cluster.count.toLocaleString('en-US')} more`;
}

/** What a cluster stands for, in words: its count, and its links with any the list left out. */
export function clusterSummary(cluster: VisibleCluster): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const links = cluster.links.length
    ? `, linked to ${n(cluster.links.length)} drawn entit${cluster.links.length === 1 ? 'y' : 'ies'}${cluster.linksOmitted ? ` (the strongest; ${n(cluster.linksOmitted)} more not linked here)` : ''}`
    : '';
  return `${cluster.label}: ${n(cluster.count)} entities not drawn${links}. Click to open.`;
}

/** A cluster's node (sized by how many it holds) and its links to the drawn nodes its members meet. */
function clusterElements(cluster: VisibleCluster, state: ElementState): ElementDefinition[] {
  const node: ElementDefinition = {
    group: 'nodes',
    data: {
      id: cluster.id,
      label: clusterLabel(cluster),
      fullLabel: clusterSummary(cluster),
      kind: 'cluster',
      size: Math.round(Math.min(90, 30 + 8 * Math.sqrt(cluster.count))),
      meetingCount: cluster.count,
    },
    classes: state.pathNodes.size ? 'cluster off-path' : 'cluster',
    selectable: false,
  };
  const links: ElementDefinition[] = cluster.links.map((l) => ({
    group: 'edges',
    data: {
      id: `${cluster.id}>${l.id}`,
      source: cluster.id,
      target: l.id,
      kind: 'cluster',
      label: '',
      fullLabel: '',
      weight: Math.max(1, l.meetings),
    },
    classes: 'edge-cluster',
  }));
  return [node, ...links];
}
