// How the graph looks, declared once as data: colour and shape by node kind, line by edge kind and meeting
// status, node size by meetings, and fonts. The explorer's stylesheet and legend, the picture exports and
// the GraphML/GEXF exporters all draw from here.
import type { EdgeKind, NodeKind } from './graph';
import type { MeetingStatus } from './vocab';

/** A Cytoscape node shape the explorer uses. */
type NodeShape =
  'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'round-diamond' | 'tag' | 'rectangle';

/** How a kind of node looks: its name in the legend, colour, shape, and the closest yEd shape. */
export interface KindStyle {
  label: string;
  color: string;
  shape: NodeShape;
  yedShape: string;
}

/** One look per kind: colour and shape both differ, so the legend works in grey too. */
export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  person: { label: 'Person', color: '#2f6fdb', shape: 'ellipse', yedShape: 'ellipse' },
  organization: {
    label: 'Organization',
    color: '#8a4fd3',
    shape: 'round-rectangle',
    yedShape: 'roundrectangle',
  },
  group: { label: 'Country or delegation', color: '#0e8a9a', shape: 'hexagon', yedShape: 'hexagon' },
  place: { label: 'Place', color: '#2f9e55', shape: 'diamond', yedShape: 'diamond' },
  meeting: { label: 'Meeting', color: '#e07a1f', shape: 'round-diamond', yedShape: 'octagon' },
  topic: { label: 'Topic', color: '#b8900b', shape: 'tag', yedShape: 'parallelogram' },
  article: { label: 'Article', color: '#64748b', shape: 'rectangle', yedShape: 'rectangle' },
};

/** A line style. */
export type LineStyle = 'solid' | 'dashed' | 'dotted';

/** How a meeting status draws: the meeting node's border colour, and the line and colour of its edges. */
export interface StatusStyle {
  label: string;
  line: LineStyle;
  color: string;
  edgeColor: string;
}

/** Planned dashed, held solid, ongoing dotted, cancelled faint. */
export const STATUS_STYLES: Record<MeetingStatus, StatusStyle> = {
  held: { label: 'Held', line: 'solid', color: '#3d4b5c', edgeColor: '#7d8a9b' },
  planned: { label: 'Planned', line: 'dashed', color: '#5b6b80', edgeColor: '#5b6b80' },
  ongoing: { label: 'Ongoing', line: 'dotted', color: '#c2410c', edgeColor: '#c2410c' },
  cancelled: { label: 'Cancelled', line: 'dashed', color: '#b4bcc8', edgeColor: '#b4bcc8' },
};

/** How an edge draws: colour, line and width (a "met" edge's width grows with its meetings instead). */
export interface EdgeStyle {
  color: string;
  line: LineStyle;
  width: number;
}

/** The look of each edge kind; a "met" edge with a status takes the status's line and edge colour. */
export const EDGE_STYLES: Record<EdgeKind, EdgeStyle> = {
  met: { color: '#9aa6b5', line: 'solid', width: 1.5 },
  participant: { color: '#b7c0cc', line: 'solid', width: 1.5 },
  at: { color: '#8cc7a0', line: 'dashed', width: 1.5 },
  about: { color: '#dcc370', line: 'dashed', width: 1.5 },
  affiliated: { color: '#c9b6e8', line: 'dotted', width: 1.2 },
  announced: { color: '#b7c0cc', line: 'dashed', width: 1.2 },
};

/** The colour and line an edge draws with, given its kind and, for "met" edges, its meeting status. */
export function edgeStyle(edge: { kind: EdgeKind; status?: MeetingStatus | null }): EdgeStyle {
  const base = EDGE_STYLES[edge.kind];
  if (edge.kind !== 'met' || !edge.status) return base;
  const status = STATUS_STYLES[edge.status];
  return { ...base, color: status.edgeColor, line: status.line };
}

/** The font family of every label, on screen and in exported pictures. */
export const FONT_FAMILY = 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Label sizes in pixels at zoom 1: nodes, meeting nodes (and "+N more"), edges. */
export const FONT_SIZES = { node: 13, meeting: 11, edge: 10 } as const;

/** Node diameter in pixels: grows with the square root of the number of meetings, within bounds. */
export function nodeSize(node: { kind: NodeKind; meetingCount: number }): number {
  const n = Math.max(0, node.meetingCount);
  if (node.kind === 'meeting') return Math.round(Math.min(44, 22 + 4 * Math.sqrt(n)));
  return Math.round(Math.min(84, 26 + 11 * Math.sqrt(n)));
}
