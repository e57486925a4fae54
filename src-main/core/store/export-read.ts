// What exports read: the stored graph under a filter with no node limit, and meetings by id with their
// evidence. Built on the explorer's own queries so an export shows exactly what the explorer shows.
import type { GraphData, GraphView, MeetingRecord } from '../../common/graph';
import type { MeetingStatus } from '../../common/extraction';
import type { GraphDb } from './connection';
import { endOfIso } from './model/dates';
import { meetingAsOf } from './model/views';
import { loadMeetings, queryGraph } from './queries';
import { num } from './values';

/** Which part of the stored graph an export takes. */
export interface ExportFilter {
  view?: GraphView;
  statuses?: MeetingStatus[];
  from?: string;
  to?: string;
  asOf?: string;
  outlets?: string[];
  articleIds?: string[];
}

/** No export is cut short by the explorer's drawing limit. */
const NO_LIMIT = 10_000_000;

/** The meetings with these ids as known on `asOf` (all reports when absent), with every source and evidence sentence. */
export async function readMeetingRecords(
  db: GraphDb,
  ids: readonly string[],
  asOf?: string | null,
): Promise<MeetingRecord[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const known = asOf ? endOfIso(asOf) : null;
  const loaded = await loadMeetings(db, { ids: unique, asOf: known, limit: unique.length });
  const order = new Map(unique.map((id, i) => [id, i]));
  return loaded
    .map((m) => meetingAsOf(m, known)?.record)
    .filter((r): r is MeetingRecord => !!r)
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** The stored graph in a view (meetings by default) under the filter, whole, with the meetings it stands for. */
export async function readGraphForExport(
  db: GraphDb,
  filter: ExportFilter = {},
): Promise<{ graph: GraphData; meetings: MeetingRecord[] }> {
  const graph = await queryGraph(db, { ...filter, view: filter.view ?? 'meetings', limit: NO_LIMIT });
  const ids = new Set<string>();
  for (const n of graph.nodes) if (n.kind === 'meeting') ids.add(n.id);
  for (const e of graph.edges) for (const id of e.meetingIds) ids.add(id);
  return { graph, meetings: await readMeetingRecords(db, [...ids], filter.asOf) };
}

/** How many nodes and relationships the database holds. */
export async function countGraph(db: GraphDb): Promise<{ nodes: number; relationships: number }> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const nodes = await session.run('MATCH (n) RETURN count(n) AS c');
    const rels = await session.run('MATCH ()-[r]->() RETURN count(r) AS c');
    return { nodes: num(nodes.records[0]?.get('c')), relationships: num(rels.records[0]?.get('c')) };
  } finally {
    await session.close();
  }
}
