// GraphML with typed <key>s, as yEd, Gephi, networkx and igraph read it.
import type { ExportEdge, ExportGraph, ExportNode } from '../../common/export';
import type { Position } from '../../common/snapshot';
import { APP_VERSION } from '../../common/version';
import type { Column } from './columns';
import { EDGE_COLUMNS, NODE_COLUMNS, isUndirected } from './columns';
import { FONT_SIZES, KIND_STYLES, edgeStyle, nodeSize, type LineStyle } from '../../common/look';
import { xmlEscape } from './text';

const GRAPHML_TYPE = { string: 'string', int: 'int', double: 'double' } as const;
/** yEd's LineStyle type for each line style. */
const YED_LINES: Record<LineStyle, string> = { solid: 'line', dashed: 'dashed', dotted: 'dotted' };
/** The grid step for nodes exported without a position. */
const GRID = 140;

/** Node positions: the given ones, and a square grid for nodes without one. */
function positionsFor(nodes: ExportNode[], given: Record<string, Position> = {}): Map<string, Position> {
  const out = new Map<string, Position>();
  const side = Math.max(1, Math.ceil(Math.sqrt(nodes.length)));
  nodes.forEach((n, i) => {
    out.set(n.id, given[n.id] ?? { x: (i % side) * GRID, y: Math.floor(i / side) * GRID });
  });
  return out;
}

function keys<T>(prefix: string, domain: 'node' | 'edge', columns: Column<T>[]): string[] {
  return columns.map(
    (c, i) =>
      `  <key id="${prefix}${i}" for="${domain}" attr.name="${c.name}" attr.type="${GRAPHML_TYPE[c.type]}"/>`,
  );
}

function data<T>(prefix: string, columns: Column<T>[], item: T, indent: string): string[] {
  const out: string[] = [];
  columns.forEach((c, i) => {
    const value = c.get(item);
    if (value === null || value === '') return;
    out.push(`${indent}<data key="${prefix}${i}">${xmlEscape(String(value))}</data>`);
  });
  return out;
}

function nodeGraphics(n: ExportNode, p: Position): string {
  const size = nodeSize(n);
  return [
    '      <data key="ng"><y:ShapeNode>',
    `<y:Geometry x="${p.x - size / 2}" y="${p.y - size / 2}" width="${size}" height="${size}"/>`,
    `<y:Fill color="${KIND_STYLES[n.kind].color}" transparent="false"/>`,
    '<y:BorderStyle color="#FFFFFF" type="line" width="2.0"/>',
    `<y:NodeLabel modelName="sides" modelPosition="s" fontSize="${n.kind === 'meeting' ? FONT_SIZES.meeting : FONT_SIZES.node}">${xmlEscape(n.label)}</y:NodeLabel>`,
    `<y:Shape type="${KIND_STYLES[n.kind].yedShape}"/>`,
    '</y:ShapeNode></data>',
  ].join('');
}

function edgeGraphics(e: ExportEdge, directed: boolean): string {
  const look = edgeStyle(e);
  return [
    '      <data key="eg"><y:PolyLineEdge>',
    `<y:LineStyle color="${look.color}" type="${YED_LINES[look.line]}" width="${Math.min(5, 1 + e.meetingIds.length * 0.5)}"/>`,
    `<y:Arrows source="none" target="${directed && e.kind !== 'met' ? 'standard' : 'none'}"/>`,
    e.label ? `<y:EdgeLabel fontSize="${FONT_SIZES.edge}">${xmlEscape(e.label)}</y:EdgeLabel>` : '',
    '</y:PolyLineEdge></data>',
  ].join('');
}

/** Options of a GraphML export. */
export interface GraphmlOptions {
  /** Node positions (model coordinates) for yEd's geometry; a grid is used for nodes without one. */
  positions?: Record<string, Position>;
}

/**
 * The graph as a GraphML document (UTF-8, well-formed whatever the labels hold): typed keys for every
 * attribute, plus yFiles graphics (label, colour, shape, position) so yEd shows it as the explorer does.
 */
export function toGraphml(graph: ExportGraph, options: GraphmlOptions = {}): string {
  const where = positionsFor(graph.nodes, options.positions);
  const undirected = isUndirected(graph.edges);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- Exported by Rendezvous ${APP_VERSION} -->`,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    ...keys('n', 'node', NODE_COLUMNS),
    ...keys('e', 'edge', EDGE_COLUMNS),
    '  <key id="ng" for="node" yfiles.type="nodegraphics"/>',
    '  <key id="eg" for="edge" yfiles.type="edgegraphics"/>',
    `  <graph id="rendezvous" edgedefault="${undirected ? 'undirected' : 'directed'}">`,
  ];
  for (const n of graph.nodes) {
    out.push(
      `    <node id="${xmlEscape(n.id)}">`,
      ...data('n', NODE_COLUMNS, n, '      '),
      nodeGraphics(n, where.get(n.id)!),
      '    </node>',
    );
  }
  for (const e of graph.edges) {
    out.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`,
      ...data('e', EDGE_COLUMNS, e, '      '),
      edgeGraphics(e, !undirected),
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
