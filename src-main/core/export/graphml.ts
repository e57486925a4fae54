// GraphML with typed <key>s, as yEd, Gephi, networkx and igraph read it.
import type { ExportGraph } from '../../common/export';
import { APP_VERSION } from '../../common/version';
import type { Column } from './columns';
import { EDGE_COLUMNS, NODE_COLUMNS, isUndirected } from './columns';
import { xmlEscape } from './text';

const GRAPHML_TYPE = { string: 'string', int: 'int', double: 'double' } as const;

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

/** The graph as a GraphML document (UTF-8, well-formed whatever the labels hold). */
export function toGraphml(graph: ExportGraph): string {
  const undirected = isUndirected(graph.edges);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- Exported by Rendezvous ${APP_VERSION} -->`,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys('n', 'node', NODE_COLUMNS),
    ...keys('e', 'edge', EDGE_COLUMNS),
    `  <graph id="rendezvous" edgedefault="${undirected ? 'undirected' : 'directed'}">`,
  ];
  for (const n of graph.nodes) {
    out.push(`    <node id="${xmlEscape(n.id)}">`, ...data('n', NODE_COLUMNS, n, '      '), '    </node>');
  }
  for (const e of graph.edges) {
    out.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`,
      ...data('e', EDGE_COLUMNS, e, '      '),
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
