// Data exports for the UI: the view (sent by the UI) or the whole stored graph, with its meetings' evidence.
import type { ExportResult } from '../../common/export';
import type { ExportRequestSchema } from '../../common/export';
import type { GraphData, MeetingRecord } from '../../common/graph';
import { GraphFilterSchema } from '../../common/graph';
import type { z } from 'zod';
import { RendezvousError } from '../../common/errors';
import { meetingIdsOf } from '../export/model';
import { renderExport } from '../export/render';
import type { GraphDb } from '../store/connection';
import { listMeetings, queryGraph } from '../store/queries';

/** The meetings with these ids, as known today, with every source and evidence sentence. */
export async function meetingsByIds(db: GraphDb, ids: readonly string[]): Promise<MeetingRecord[]> {
  if (!ids.length) return [];
  const wanted = new Set(ids);
  return (await listMeetings(db, {})).filter((m) => wanted.has(m.id));
}

/** Renders an export of the view the UI sent, or of the whole stored graph under a filter. */
export async function exportGraph(
  db: GraphDb,
  input: z.output<typeof ExportRequestSchema>,
): Promise<ExportResult> {
  let graph: GraphData;
  if (input.scope === 'view') {
    if (!input.graph)
      throw new RendezvousError('INVALID_ARGUMENT', 'A view export needs the graph of the view.');
    graph = input.graph as GraphData;
  } else {
    graph = await queryGraph(db, GraphFilterSchema.parse({ limit: 20_000, ...input.filter }));
  }
  try {
    return renderExport(input.format, {
      graph,
      meetings: await meetingsByIds(db, meetingIdsOf(graph)),
      scope: input.scope,
      filter: input.filter,
      state: input.state,
      title: input.title ?? null,
    });
  } catch (err) {
    if (err instanceof RendezvousError) throw err;
    throw new RendezvousError(
      'EXPORT_FAILED',
      `The ${input.format} export failed: ${(err as Error).message}`,
    );
  }
}
