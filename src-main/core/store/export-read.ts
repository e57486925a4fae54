// What exports read: the stored graph under a filter with no node limit, and meetings by id with their
// evidence. Built on the explorer's own queries so an export shows exactly what the explorer shows.
import type { GraphData, MeetingRecord } from '../../common/graph';
import type { GraphView } from '../../common/vocab';
import type { MeetingStatus } from '../../common/extraction';
import type { GraphDb } from './connection';
import type { SnapshotProvenance, SnapshotReport } from '../../common/snapshot';
import { endOfIso } from '../merge/dates';
import { knownOn } from '../merge/summary';
import { meetingAsOf, type ArticleRef } from '../merge/views';
import { sourcesWithReasons } from './report-reasons';
import { loadMeetings } from './queries/meetings';
import { queryGraph } from './queries/graph';
import { num, str, toPlain } from './values';
import { storeError } from './session';
import { RendezvousError } from '../../common/errors';

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

/** The meetings with these ids as known on `asOf` (all reports when absent), with the stored reports and articles behind them. */
async function readMeetingsWithReports(
  db: GraphDb,
  ids: readonly string[],
  asOf?: string | null,
): Promise<{ records: MeetingRecord[]; reports: SnapshotReport[]; articles: Map<string, ArticleRef> }> {
  const unique = [...new Set(ids)];
  const articles = new Map<string, ArticleRef>();
  if (!unique.length) return { records: [], reports: [], articles };
  const known = asOf ? endOfIso(asOf) : null;
  const loaded = await loadMeetings(db, { ids: unique, asOf: known, limit: unique.length });
  const order = new Map(unique.map((id, i) => [id, i]));
  loaded.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const records: MeetingRecord[] = [];
  const reports: SnapshotReport[] = [];
  for (const m of loaded) {
    const record = meetingAsOf(m, known)?.record;
    if (!record) continue;
    records.push(sourcesWithReasons(record, m));
    for (const r of knownOn(m.reports, known)) {
      const { affiliationGroupIds: _derived, ...stored } = r;
      reports.push({ meetingId: m.id, ...stored });
    }
    for (const [id, a] of m.articles) articles.set(id, a);
  }
  return { records, reports, articles };
}

/** The meetings with these ids as known on `asOf` (all reports when absent), with every source and evidence sentence. */
export async function readMeetingRecords(
  db: GraphDb,
  ids: readonly string[],
  asOf?: string | null,
): Promise<MeetingRecord[]> {
  return (await readMeetingsWithReports(db, ids, asOf)).records;
}

/** Which articles (published by `asOf`, when given) mention each of these nodes, and those articles. */
async function readMentions(
  db: GraphDb,
  nodeIds: readonly string[],
  asOf?: string | null,
): Promise<{ mentions: Record<string, string[]>; articles: ArticleRef[] }> {
  const mentions: Record<string, string[]> = {};
  const articles = new Map<string, ArticleRef>();
  if (!nodeIds.length) return { mentions, articles: [] };
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const res = await session.executeRead((tx) =>
      tx.run(
        `MATCH (a:Article)-[:MENTIONS]->(n) WHERE n.id IN $ids
           AND ($asOf IS NULL OR a.published IS NULL OR a.published <= $asOf)
         RETURN n.id AS node, a {.id, .title, .outlet, .published, .url} AS article
         ORDER BY a.published, a.id`,
        { ids: [...new Set(nodeIds)], asOf: asOf ? endOfIso(asOf) : null },
      ),
    );
    for (const r of res.records) {
      const a = toPlain(r.get('article')) as Record<string, unknown>;
      const ref: ArticleRef = {
        id: String(a.id),
        title: str(a.title),
        outlet: str(a.outlet),
        published: str(a.published),
        url: str(a.url),
      };
      articles.set(ref.id, ref);
      const node = String(r.get('node'));
      (mentions[node] ??= []).push(ref.id);
    }
  } catch (err) {
    throw storeError(err, 'reading which articles mention the exported nodes');
  } finally {
    await session.close();
  }
  return { mentions, articles: [...articles.values()] };
}

/** The provenance a snapshot carries: the stored reports of its meetings, the mentions of its nodes, and their articles. */
export async function readProvenance(
  db: GraphDb,
  graph: GraphData,
  asOf?: string | null,
): Promise<SnapshotProvenance & { records: MeetingRecord[] }> {
  const ids = new Set<string>();
  for (const n of graph.nodes) if (n.kind === 'meeting') ids.add(n.id);
  for (const e of graph.edges) for (const id of e.meetingIds) ids.add(id);
  const meetings = await readMeetingsWithReports(db, [...ids], asOf);
  const mentioned = await readMentions(
    db,
    graph.nodes.filter((n) => n.kind !== 'meeting').map((n) => n.id),
    asOf,
  );
  const articles = new Map(meetings.articles);
  for (const a of mentioned.articles) articles.set(a.id, a);
  return {
    records: meetings.records,
    reports: meetings.reports,
    mentions: mentioned.mentions,
    articles: [...articles.values()],
  };
}

/**
 * The stored graph in a view (meetings by default) under the filter, whole: no drawing limit applies, and
 * a graph larger than `maxNodes` is refused with its true size rather than cut short.
 */
export async function readGraphForExport(
  db: GraphDb,
  filter: ExportFilter = {},
  maxNodes = NO_LIMIT,
): Promise<GraphData> {
  const graph = await queryGraph(
    db,
    { ...filter, view: filter.view ?? 'meetings', limit: maxNodes },
    { meetings: maxNodes },
  );
  const c = graph.coverage;
  if (c && (c.entities.shown < c.entities.total || c.meetings.shown < c.meetings.total))
    throw new RendezvousError(
      'EXPORT_FAILED',
      `The graph under this filter holds ${c.entities.total} entities and ${c.meetings.total} meetings; an export takes at most ${maxNodes} of each. Narrow the filter (dates, outlets, articles) and export in parts.`,
    );
  return graph;
}

/** How many nodes and relationships the graph holds (the merge's candidate keys are not part of it). */
export async function countGraph(db: GraphDb): Promise<{ nodes: number; relationships: number }> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const nodes = await session.run('MATCH (n) WHERE NOT n:MergeKey RETURN count(n) AS c');
    const rels = await session.run("MATCH ()-[r]->() WHERE type(r) <> 'KEYED' RETURN count(r) AS c");
    return { nodes: num(nodes.records[0]?.get('c')), relationships: num(rels.records[0]?.get('c')) };
  } finally {
    await session.close();
  }
}
