// How exported nodes look in yEd and Gephi: the explorer's colours and shapes by kind (see the renderer's
// palette), a size that grows with meetings, and a grid for graphs exported without positions.
import type { ExportEdge, ExportNode } from '../../common/export';
import type { NodeKind } from '../../common/graph';
import type { Position } from '../../common/snapshot';

/** The colour of each node kind, as the explorer draws it. */
export const KIND_COLORS: Record<NodeKind, string> = {
  person: '#2f6fdb',
  organization: '#8a4fd3',
  group: '#0e8a9a',
  place: '#2f9e55',
  meeting: '#e07a1f',
  topic: '#b8900b',
  article: '#64748b',
};

/** yEd's ShapeNode shape for each kind (closest to the explorer's). */
export const YED_SHAPES: Record<NodeKind, string> = {
  person: 'ellipse',
  organization: 'roundrectangle',
  group: 'hexagon',
  place: 'diamond',
  meeting: 'octagon',
  topic: 'parallelogram',
  article: 'rectangle',
};

/** A node's drawn diameter: bigger with more meetings, capped. */
export function nodeSize(n: ExportNode): number {
  return 30 + Math.min(n.meetingCount, 10) * 3;
}

/** The colour an edge draws in: by meeting status for met pairs, else by relation. */
export function edgeColor(e: ExportEdge): string {
  if (e.kind === 'met')
    return e.status === 'ongoing' ? '#c2410c' : e.status === 'held' ? '#7d8a9b' : '#5b6b80';
  if (e.kind === 'at') return '#8cc7a0';
  if (e.kind === 'about') return '#dcc370';
  return '#b7c0cc';
}

/** True when an edge draws dashed: planned or cancelled meetings, and links to places and topics. */
export function edgeDashed(e: ExportEdge): boolean {
  return e.status === 'planned' || e.status === 'cancelled' || e.kind === 'at' || e.kind === 'about';
}

/** Node positions: the given ones, and a square grid for nodes without one. */
export function positionsFor(
  nodes: ExportNode[],
  given: Record<string, Position> = {},
): Map<string, Position> {
  const out = new Map<string, Position>();
  const side = Math.max(1, Math.ceil(Math.sqrt(nodes.length)));
  nodes.forEach((n, i) => {
    out.set(n.id, given[n.id] ?? { x: (i % side) * 140, y: Math.floor(i / side) * 140 });
  });
  return out;
}

/** A #rrggbb colour as GEXF's r, g, b. */
export function rgb(hex: string): { r: number; g: number; b: number } {
  const v = Number.parseInt(hex.slice(1), 16);
  return { r: (v >> 16) & 255, g: (v >> 8) & 255, b: v & 255 };
}
