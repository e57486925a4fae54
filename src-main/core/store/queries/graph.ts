// The `graph` and `facets` methods: the drawn view under the filters, and the values the filters offer.
import type { GraphData, GraphFacets, GraphQueryInput, NodeKind } from '../../../common/graph';
import { NODE_KINDS } from '../../../common/graph';
import type { MeetingStatus } from '../../../common/vocab';
import { endOfIso } from '../../merge/dates';
import { GraphBuilder, KIND_OF_LABEL, addMeeting, meetingAsOf } from '../../merge/views';
import type { GraphDb } from '../connection';
import { withCoordinates } from '../coordinates';
import { NOT_REJECTED } from '../curation-filters';
import { NODE_DRAWN, toGraphNode, toTimelineEntry } from '../records';
import { read } from '../session';
import { num, str } from '../values';
import { loadMeetings } from './meetings';
import * as overview from '../overview';

const AFFILIATIONS = `UNWIND $ids AS pid MATCH (p:Person {id: pid})-[:AFFILIATED_WITH]->(g) RETURN pid, ${NODE_DRAWN('g')} AS node`;

const MENTIONED_PEOPLE = `MATCH (a:Article)-[:MENTIONS]->(p:Person) WHERE ${overview.ARTICLE_FILTER}
       WITH DISTINCT p LIMIT $limit RETURN ${NODE_DRAWN('p')} AS node`;

/** Adds affiliation edges for the people in the graph; parties they belong to are added when missing. */
export async function addAffiliations(
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

/** A read started now and awaited later (or never): a failure is thrown where it is awaited, not left unhandled. */
function early<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/**
 * The graph for a view and filters. "whoMetWhom": parties as nodes, 'met' edges labelled with place and
 * date (or a count); "meetings": meeting nodes linked to participants, place and topic. People the
 * selected articles name are shown too, linked to their parties.
 */
export async function queryGraph(
  db: GraphDb,
  input: GraphQueryInput,
  budget: { meetings?: number } = {},
): Promise<GraphData> {
  const limit = input.limit ?? 2000;
  const asOf = input.asOf ? endOfIso(input.asOf) : null;
  const meetingBudget = input.meetings ?? Math.max(limit, budget.meetings ?? overview.MEETING_BUDGET);
  const scope = overview.scopeOf(input);
  const statuses = input.statuses?.length ? new Set(input.statuses) : null;
  const narrowed = !!(statuses || input.from || input.to || input.confirmedOnly);
  // A budgeted view (the first view of a database) is cut on any large database, so the reads that do not
  // depend on the meetings loaded, and the true counts behind its limits, go to Neo4j together with them.
  const budgeted = input.meetings !== undefined;
  const mentionedRows = narrowed
    ? null
    : early(read(db, MENTIONED_PEOPLE, { ...scope, limit }, 'loading people'));
  const counts = budgeted
    ? {
        meetings: early(overview.countMeetings(db, scope)),
        mentioned: narrowed ? null : early(overview.countMentionedPeople(db, scope)),
        entities: early(
          overview.countViewEntities(db, input.view, {
            ...scope,
            statuses: statuses ? [...statuses] : null,
            withMentioned: !narrowed,
          }),
        ),
      }
    : null;
  const loaded = await loadMeetings(db, {
    from: input.from,
    to: input.to,
    asOf,
    outlets: input.outlets,
    articleIds: input.articleIds,
    limit: meetingBudget,
    drawn: true,
  });
  const meetingsTotal =
    loaded.length < meetingBudget
      ? loaded.length
      : await (counts?.meetings ?? overview.countMeetings(db, scope));
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
  const mentioned = { shown: 0, total: 0 };
  if (mentionedRows) {
    const rows = await mentionedRows;
    for (const r of rows) {
      const n = toGraphNode(r.node);
      g.node(n);
      personIds.add(n.id);
    }
    mentioned.shown = rows.length;
    mentioned.total =
      rows.length < limit
        ? rows.length
        : await (counts?.mentioned ?? overview.countMentionedPeople(db, scope));
  }
  for (const k of known) for (const p of k.participants) g.node(p.node);
  if (input.view === 'meetings') for (const k of known) for (const a of k.announcers) g.node(a.node);
  const affs = await addAffiliations(db, g, [...personIds]);
  for (const k of known) addMeeting(g, input.view, k, (id) => affs.get(id) ?? []);
  // A budgeted meetings view keeps its meetings and what they link to before the people only mentioned.
  const linked =
    input.meetings !== undefined && input.view === 'meetings'
      ? new Set(
          known.flatMap((k) => [
            k.record.id,
            ...[...k.participants, ...k.places, ...k.topics, ...k.announcers].map((x) => x.node.id),
          ]),
        )
      : undefined;
  const built = g.build(limit, linked);
  const cut = meetingsTotal > loaded.length || mentioned.total > mentioned.shown;
  const entitiesTotal = cut
    ? await (counts?.entities ??
        overview.countViewEntities(db, input.view, {
          ...scope,
          statuses: statuses ? [...statuses] : null,
          withMentioned: !narrowed,
        }))
    : built.nodes.length + built.omitted;
  const coverage = overview.coverageOf({
    meetings: { shown: loaded.length, total: meetingsTotal },
    mentioned,
    entities: {
      shown: built.nodes.length,
      total: Math.max(entitiesTotal, built.nodes.length + built.omitted),
    },
  });
  const data = withCoordinates(
    built,
    known.map((k) => k.record),
  );
  return {
    ...data,
    omitted: coverage.entities.total - coverage.entities.shown,
    counts: { meetings: known.length, statuses: statusCounts },
    coverage,
  };
}

const OUTLETS =
  'MATCH (a:Article) WHERE a.outlet IS NOT NULL RETURN a.outlet AS name, count(*) AS count ORDER BY count DESC, name';
const ARTICLES = `MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.published AS published,
       COUNT { (:Article) } AS total ORDER BY a.published DESC, a.id LIMIT $limit`;
const TIMELINE = `MATCH (m:Meeting) WHERE m.date IS NOT NULL AND ${NOT_REJECTED('m')}
       RETURN m.date AS date, m.datePrecision AS precision, m.status AS status, count(*) AS count ORDER BY date`;
const COUNTS = Object.keys(KIND_OF_LABEL)
  .map((l) => `MATCH (n:${l}) RETURN '${l}' AS label, count(n) AS count`)
  .join(' UNION ALL ');

/** Filter values (outlets, articles), the timeline of meetings, and how many nodes of each kind. */
export async function queryFacets(db: GraphDb, _input: Record<string, never> = {}): Promise<GraphFacets> {
  const [outlets, articles, timeline, counts] = await Promise.all([
    read(db, OUTLETS, {}, 'loading outlets'),
    read(db, ARTICLES, { limit: overview.FACET_ARTICLES }, 'loading articles'),
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
    articlesTotal: articles.length ? num(articles[0]!.total) : 0,
    timeline: timeline.map(toTimelineEntry),
    counts: byKind,
  };
}
