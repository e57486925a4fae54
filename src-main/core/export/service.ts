// The export methods of the API over a database: what the UI's Export menu and the CLI call.
import type { ExportRequestSchema, ExportResult, SnapshotLoadResult } from '../../common/export';
import type { GraphData, MeetingRecord } from '../../common/graph';
import type { Snapshot, SnapshotProvenance } from '../../common/snapshot';
import { RendezvousError } from '../../common/errors';
import type { z } from 'zod';
import type { GraphDb } from '../store/connection';
import type { ExportFilter } from '../store/export-read';
import { readGraphForExport, readMeetingRecords, readProvenance } from '../store/export-read';
import { writeExtractions } from '../store/snapshot-load';
import { meetingIdsOf } from '../../common/graph';
import { renderExport } from './render';
import { snapshotToExtractions } from './snapshot-articles';

/** A validated `exportGraph` request. */
export type ExportRequestInput = z.output<typeof ExportRequestSchema>;

/** The filter fields the store reads, from the UI's or the CLI's filter. */
function storeFilter(filter: ExportRequestInput['filter']): ExportFilter {
  if (!filter) return {};
  return {
    view: filter.view,
    statuses: filter.statuses,
    from: filter.from,
    to: filter.to,
    asOf: filter.asOf,
    outlets: filter.outlets,
    articleIds: filter.articleIds,
  };
}

/**
 * Renders an export: of the view the UI sent (its meetings' evidence read as known on the filter's
 * "as of"), or of the whole stored graph under the filter. Failures say why, as EXPORT_FAILED.
 */
export async function exportGraph(db: GraphDb, input: ExportRequestInput): Promise<ExportResult> {
  let graph: GraphData;
  if (input.scope === 'view') {
    if (!input.graph)
      throw new RendezvousError('INVALID_ARGUMENT', 'A view export needs the graph of the view.');
    graph = input.graph;
  } else {
    graph = await readGraphForExport(db, storeFilter(input.filter));
  }
  const asOf = input.filter?.asOf;
  let meetings: MeetingRecord[];
  let provenance: SnapshotProvenance | undefined;
  if (input.format === 'json') {
    const read = await readProvenance(db, graph, asOf);
    meetings = read.records;
    provenance = read;
  } else {
    meetings = await readMeetingRecords(db, meetingIdsOf(graph), asOf);
  }
  try {
    return renderExport(input.format, {
      graph,
      meetings,
      scope: input.scope,
      filter: input.filter,
      state: input.state,
      title: input.title ?? null,
      provenance,
    });
  } catch (err) {
    if (err instanceof RendezvousError) throw err;
    throw new RendezvousError(
      'EXPORT_FAILED',
      `The ${input.format} export failed: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

/** The meetings with these ids, with every source and evidence sentence (for snapshots and captions). */
export async function exportEvidence(db: GraphDb, input: { meetingIds: string[] }): Promise<MeetingRecord[]> {
  return readMeetingRecords(db, input.meetingIds);
}

/** Loads a snapshot into Neo4j through the ingest's writer: articles already stored are left as they are. */
export async function loadSnapshot(db: GraphDb, input: { snapshot: Snapshot }): Promise<SnapshotLoadResult> {
  const extractions = snapshotToExtractions(input.snapshot);
  if (!extractions.length)
    throw new RendezvousError(
      'BAD_INPUT',
      'The snapshot cites no article: there is nothing to load into Neo4j.',
    );
  return writeExtractions(db, extractions);
}

/** The three export methods, in the shape the app's handlers take. */
export const exportServices = { exportGraph, exportEvidence, loadSnapshot };
