// The `graph` and `facets` methods: the drawn view under the filters, and the values the filters offer.
import type { GraphData, GraphFacets, GraphQueryInput, NodeKind } from '../../../common/graph';
import { NODE_KINDS } from '../../../common/graph';
import type { MeetingStatus } from '../../../common/vocab';
import { endOfIso } from '../../merge/dates';
import { GraphBuilder, KIND_OF_LABEL, addMeeting, meetingAsOf } from '../../merge/views';
import type { GraphDb } from '../connection';
import { withCoordinates } from '../coordinates';
import { NOT_REJECTED } from '../curation-filters';
import { NODE, toGraphNode, toTimelineEntry } from '../records';
import { read } from '../session';
import { num, str } from '../values';
import { loadMeetings } from './meetings';

const AFFILIATIONS = `UNWIND $ids AS pid MATCH (p:Person {id: pid})-[:AFFILIATED_WITH]->(g) RETURN pid, ${NODE('g')} AS node`;

const articleFilter = `($asOf IS NULL OR a.published IS NULL OR a.published <= $asOf)
  AND ($outlets IS NULL OR a.outlet IN $outlets) AND ($articleIds IS NULL OR a.id IN $articleIds)`;

const MENTIONED_PEOPLE = `MATCH (a:Article)-[:MENTIONS]->(p:Person) WHERE ${articleFilter}
       WITH DISTINCT p LIMIT $limit RETURN ${NODE('p')} AS node`;

/** Adds affiliation edges for the people in the graph; parties they belong to are added when missing. */
async function addAffiliations(
  db: GraphDb,
  g: GraphBuilder,
  personIds: string[],
): Promise<Map<string, string[]>> {
  const byPerson = new Map<string, string[]>();
  if (!personIds.length) return byPerson;
  const rows = await read(db, AFFILIATIONS, { ids: personIds }, 'loading affiliations');
  for (const r of rows) {
    const person = String(r.pid);
    const node = toGraphNode(r.node);
    byPerson.set(person, [...(byPerson.get(person) ?? []), node.id]);
    g.node(node);
    g.edge('affiliated', person, node.id);
  }
  return byPerson;
}

/**
 * The graph for a view and filters. "whoMetWhom": parties as nodes, 'met' edges labelled with place and
 * date (or a count); "meetings": meeting nodes linked to participants, place and topic. People the
 * selected articles name are shown too, linked to their parties.
 */
export async function queryGraph(db: GraphDb, input: GraphQueryInput): Promise<GraphData> {
  const limit = input.limit ?? 2000;
  const asOf = input.asOf ? endOfIso(input.asOf) : null;
  const loaded = await loadMeetings(db, {
    from: input.from,
    to: input.to,
    asOf,
    outlets: input.outlets,
    articleIds: input.articleIds,
    limit: Math.max(limit, 5000),
  });
  const statuses = input.statuses?.length ? new Set(input.statuses) : null;
  const all = loaded
    .map((m) => meetingAsOf(m, asOf))
    .filter((k): k is NonNullable<typeof k> => !!k)
    .filter((k) => !input.confirmedOnly || !!k.record.curation?.includes('confirmed'));
  const statusCounts: Record<MeetingStatus, number> = { planned: 0, held: 0, ongoing: 0, cancelled: 0 };
  for (const k of all) statusCounts[k.record.status] += 1;
  const known = all.filter((k) => !statuses || statuses.has(k.record.status));
  const g = new GraphBuilder();
  const personIds = new Set<string>();
  for (const k of known)
    for (const p of k.participants) if (p.node.kind === 'person') personIds.add(p.node.id);
  for (const k of known) for (const a of k.announcers) if (a.node.kind === 'person') personIds.add(a.node.id);
  const narrowed = !!(statuses || input.from || input.to || input.confirmedOnly);
  if (!narrowed) {
    const rows = await read(
      db,
      MENTIONED_PEOPLE,
      {
        asOf,
        outlets: input.outlets?.length ? input.outlets : null,
        articleIds: input.articleIds?.length ? input.articleIds : null,
        limit,
      },
      'loading people',
    );
    for (const r of rows) {
      const n = toGraphNode(r.node);
      g.node(n);
      personIds.add(n.id);
    }
  }
  for (const k of known) for (const p of k.participants) g.node(p.node);
  if (input.view === 'meetings') for (const k of known) for (const a of k.announcers) g.node(a.node);
  const affs = await addAffiliations(db, g, [...personIds]);
  for (const k of known) addMeeting(g, input.view, k, (id) => affs.get(id) ?? []);
  const data = withCoordinates(
    g.build(limit),
    known.map((k) => k.record),
  );
  return { ...data, counts: { meetings: known.length, statuses: statusCounts } };
}

const OUTLETS =
  'MATCH (a:Article) WHERE a.outlet IS NOT NULL RETURN a.outlet AS name, count(*) AS count ORDER BY count DESC, name';
const ARTICLES =
  'MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.published AS published ORDER BY a.published DESC, a.id LIMIT 5000';
const TIMELINE = `MATCH (m:Meeting) WHERE m.date IS NOT NULL AND ${NOT_REJECTED('m')}
       RETURN m.date AS date, m.datePrecision AS precision, m.status AS status, count(*) AS count ORDER BY date`;
const COUNTS = Object.keys(KIND_OF_LABEL)
  .map((l) => `MATCH (n:${l}) RETURN '${l}' AS label, count(n) AS count`)
  .join(' UNION ALL ');

/** Filter values (outlets, articles), the timeline of meetings, and how many nodes of each kind. */
export async function queryFacets(db: GraphDb, _input: Record<string, never> = {}): Promise<GraphFacets> {
  const [outlets, articles, timeline, counts] = await Promise.all([
    read(db, OUTLETS, {}, 'loading outlets'),
    read(db, ARTICLES, {}, 'loading articles'),
    read(db, TIMELINE, {}, 'loading the timeline'),
    read(db, COUNTS, {}, 'counting nodes'),
  ]);
  const byKind = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  for (const c of counts) byKind[KIND_OF_LABEL[String(c.label)]!] = num(c.count);
  return {
    outlets: outlets.map((o) => ({ name: String(o.name), count: num(o.count) })),
    articles: articles.map((a) => ({
      id: String(a.id),
      title: str(a.title),
      outlet: str(a.outlet),
      published: str(a.published),
    })),
    timeline: timeline.map(toTimelineEntry),
    counts: byKind,
  };
}
