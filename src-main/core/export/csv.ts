// CSV (RFC 4180): nodes.csv and edges.csv, with headers Gephi's spreadsheet import recognises.
import type { ExportGraph } from '../../common/export';
import type { Column } from './columns';
import { EDGE_COLUMNS, NODE_COLUMNS } from './columns';
import { csvCell } from './text';

const CRLF = '\r\n';

function table<T>(
  fixed: [string, (item: T) => string | number | null][],
  columns: Column<T>[],
  items: T[],
): string {
  const header = [...fixed.map(([name]) => name), ...columns.map((c) => c.name)];
  const rows = items.map((item) =>
    [...fixed.map(([, get]) => get(item)), ...columns.map((c) => c.get(item))].map(csvCell).join(','),
  );
  return [header.map(csvCell).join(','), ...rows].join(CRLF) + CRLF;
}

/** The two CSV files: `nodes.csv` (id, label, type, ...) and `edges.csv` (id, source, target, type, relation, ...). */
export function toCsv(graph: ExportGraph): { nodes: string; edges: string } {
  return {
    nodes: table([['id', (n) => n.id]], NODE_COLUMNS, graph.nodes),
    edges: table(
      [
        ['id', (e) => e.id],
        ['source', (e) => e.source],
        ['target', (e) => e.target],
        ['type', (e) => (e.kind === 'met' ? 'Undirected' : 'Directed')],
      ],
      EDGE_COLUMNS,
      graph.edges,
    ),
  };
}
