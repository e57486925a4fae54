// One export, from the drawn graph and its meetings to file contents: pure, no I/O.
import type { ExportFile, ExportFormat, ExportResult, ExportScope } from '../../common/export';
import type { GraphData, GraphFilter, MeetingRecord } from '../../common/graph';
import type { SnapshotProvenance, SnapshotViewState } from '../../common/snapshot';
import { buildSnapshot, serializeSnapshot } from '../../common/snapshot';
import { toCsv } from './csv';
import { toCypher } from './cypher';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toExportGraph } from './model';

/** Everything an export is made from. */
export interface ExportInput {
  graph: GraphData;
  /** The meetings the graph stands for, with sources and evidence. */
  meetings: MeetingRecord[];
  scope: ExportScope;
  /** The filters in effect, recorded in snapshots. */
  filter?: GraphFilter;
  /** The view state a snapshot keeps (positions, styles, viewport, selection). */
  state?: SnapshotViewState;
  title?: string | null;
  /** Fixes the time stamps, for reproducible files. */
  createdAt?: Date;
  /** For snapshots: the stored reports, mentions and articles, so the snapshot loads back into Neo4j. */
  provenance?: SnapshotProvenance;
}

/** The default file name stem of an export. */
const EXPORT_BASENAME = 'rendezvous';

/** Renders the export in one format: one file, or nodes.csv and edges.csv for CSV. */
export function renderExport(format: ExportFormat, input: ExportInput): ExportResult {
  const counts = { nodes: input.graph.nodes.length, edges: input.graph.edges.length };
  const one = (name: string, mime: string, content: string): ExportResult => ({
    format,
    files: [{ name, mime, content }],
    ...counts,
  });
  if (format === 'json') {
    const view = input.state?.view ?? input.filter?.view ?? 'meetings';
    const state: SnapshotViewState = {
      ...input.state,
      view,
      filter: input.state?.filter ?? input.filter,
    };
    const snapshot = buildSnapshot({
      elements: input.graph,
      meetings: input.meetings,
      provenance: input.provenance,
      state,
      title: input.title ?? null,
      scope: input.scope,
      createdAt: input.createdAt,
    });
    return one(`${EXPORT_BASENAME}.rendezvous.json`, 'application/json', serializeSnapshot(snapshot));
  }
  const graph = toExportGraph(input.graph, input.meetings);
  switch (format) {
    case 'graphml':
      return one(
        `${EXPORT_BASENAME}.graphml`,
        'application/graphml+xml',
        toGraphml(graph, { positions: input.state?.positions }),
      );
    case 'gexf':
      return one(
        `${EXPORT_BASENAME}.gexf`,
        'application/gexf+xml',
        toGexf(graph, { positions: input.state?.positions, modified: input.createdAt }),
      );
    case 'cypher':
      return one(`${EXPORT_BASENAME}.cypher`, 'application/x-cypher-query', toCypher(graph));
    case 'csv': {
      const csv = toCsv(graph);
      const files: ExportFile[] = [
        { name: 'nodes.csv', mime: 'text/csv', content: csv.nodes },
        { name: 'edges.csv', mime: 'text/csv', content: csv.edges },
      ];
      return { format, files, ...counts };
    }
  }
}
