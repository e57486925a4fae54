// GEXF 1.3 with typed attributes, as Gephi and networkx read it; positions go in viz:position when known.
import type { ExportGraph } from '../../common/export';
import type { Position } from '../../common/snapshot';
import { APP_VERSION } from '../../common/version';
import type { Column } from './columns';
import { EDGE_COLUMNS, NODE_COLUMNS, isUndirected } from './columns';
import { KIND_STYLES, nodeSize } from '../../common/look';
import { xmlEscape } from './text';

const GEXF_TYPE = { string: 'string', int: 'integer', double: 'double' } as const;
// GEXF has its own label and weight; writing them again as attributes would clash in Gephi.
const NATIVE = new Set(['label', 'weight']);

/** A #rrggbb colour as GEXF's r, g, b. */
function rgb(hex: string): { r: number; g: number; b: number } {
  const v = Number.parseInt(hex.slice(1), 16);
  return { r: (v >> 16) & 255, g: (v >> 8) & 255, b: v & 255 };
}
const NODE_ATTRS = NODE_COLUMNS.filter((c) => !NATIVE.has(c.name));
const EDGE_ATTRS = EDGE_COLUMNS.filter((c) => !NATIVE.has(c.name));

function attributes<T>(domain: 'node' | 'edge', columns: Column<T>[]): string[] {
  return [
    `    <attributes class="${domain}">`,
    ...columns.map(
      (c, i) => `      <attribute id="${domain[0]}${i}" title="${c.name}" type="${GEXF_TYPE[c.type]}"/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues<T>(domain: 'node' | 'edge', columns: Column<T>[], item: T): string[] {
  const values: string[] = [];
  columns.forEach((c, i) => {
    const value = c.get(item);
    if (value === null || value === '') return;
    values.push(`          <attvalue for="${domain[0]}${i}" value="${xmlEscape(String(value))}"/>`);
  });
  return values.length ? ['        <attvalues>', ...values, '        </attvalues>'] : [];
}

/** Options of a GEXF export. */
export interface GexfOptions {
  /** Node positions (model coordinates) to write as viz:position. */
  positions?: Record<string, Position>;
  /** The date of the file's meta block; defaults to today. */
  modified?: Date;
}

/** The graph as a GEXF 1.3 document (UTF-8, well-formed whatever the labels hold). */
export function toGexf(graph: ExportGraph, options: GexfOptions = {}): string {
  const modified = (options.modified ?? new Date()).toISOString().slice(0, 10);
  const undirected = isUndirected(graph.edges);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${modified}">`,
    `    <creator>Rendezvous ${APP_VERSION}</creator>`,
    '    <description>Who met whom, where, when and about what</description>',
    '  </meta>',
    `  <graph defaultedgetype="${undirected ? 'undirected' : 'directed'}" mode="static">`,
    ...attributes('node', NODE_ATTRS),
    ...attributes('edge', EDGE_ATTRS),
    '    <nodes>',
  ];
  for (const n of graph.nodes) {
    const p = options.positions?.[n.id];
    const color = rgb(KIND_STYLES[n.kind].color);
    out.push(
      `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}">`,
      ...attvalues('node', NODE_ATTRS, n),
      `        <viz:color r="${color.r}" g="${color.g}" b="${color.b}"/>`,
      `        <viz:size value="${nodeSize(n)}"/>`,
      ...(p ? [`        <viz:position x="${p.x}" y="${-p.y}" z="0"/>`] : []),
      '      </node>',
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of graph.edges) {
    const weight = Math.max(1, e.meetingIds.length);
    const label = e.label ? ` label="${xmlEscape(e.label)}"` : '';
    out.push(
      `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"${label} weight="${weight}">`,
      ...attvalues('edge', EDGE_ATTRS, e),
      '      </edge>',
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
