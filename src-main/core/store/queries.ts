// The graph queries behind the explorer and the CLI: one function per graph method, Cypher with $parameters.
import type {
  DetailsInput,
  EntityDetails,
  ExpandInput,
  GraphData,
  GraphFacets,
  GraphNode,
  GraphQueryInput,
  MeetingRecord,
  MeetingsInput,
  NodeKind,
  PathInput,
  PathResult,
  SearchHit,
  SearchInput,
} from '../../common/graph';
import { NODE_KINDS } from '../../common/graph';
import type { DatePrecision, MeetingStatus, PlaceKind } from '../../common/extraction';
import { RendezvousError } from '../../common/errors';
import type { GraphDb } from './connection';
import { endOfIso, startOfIso, today } from '../merge/dates';
import { labelOfId } from '../merge/names';
import {
  GraphBuilder,
  KIND_OF_LABEL,
  addMeeting,
  meetingAsOf,
  meetingNode,
  type ArticleRef,
  type LinkedNode,
  type LoadedMeeting,
} from '../merge/views';
import { num, str, strs, toParams, toPlain } from './values';
import type { CurationMark } from '../../common/curation';
import { meetingCurationFrom } from '../curation/rules';
import { NOT_REJECTED } from './curation-filters';
import { reportFromProps, storeError } from './write-article';
import { sourcesWithReasons } from './report-reasons';
import type { MeetingFilterInput, PathsInput, PathsResult } from '../../common/explore';
import { withCoordinates } from './coordinates';
import * as overview from './overview';
import { MEETINGS_MATCHING, REPORT_FILTER } from './overview';

type Row = Record<string, unknown>;

/** Runs a read query and returns its records as plain objects. */
export async function read(db: GraphDb, query: string, params: Row, what: string): Promise<Row[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const res = await session.executeRead((tx) => tx.run(query, toParams(params)));
    return res.records.map((r) => toPlain(r.toObject()) as Row);
  } catch (err) {
    throw storeError(err, what);
  } finally {
    await session.close();
  }
}

/** The projection every query returns a node in; `meetingCount` is a degree count, so it stays cheap. */
export const NODE = (v: string) =>
  `${v} {.id, .name, .aliases, .roles, .affiliations, .kind, .country, .status, .date, .datePrecision, .place, .city, .topic, .mergeReasons, .title, .curation, label: labels(${v})[0], meetingCount: CASE WHEN ${v}:Meeting THEN COUNT { (${v})-[:PARTICIPANT]->() } ELSE COUNT { (${v})<-[:PARTICIPANT|AT|ABOUT]-() } END}`;

/** Maps a projected node to the DTO the UI draws. */
export function toGraphNode(raw: unknown): GraphNode {
  const p = (raw ?? {}) as Row;
  const kind = KIND_OF_LABEL[str(p.label) ?? ''] ?? 'person';
  const node: GraphNode = {
    id: str(p.id) ?? '',
    kind,
    label: str(p.name) ?? str(p.title) ?? str(p.id) ?? '',
    meetingCount: num(p.meetingCount),
  };
  if (strs(p.curation).length) node.curation = strs(p.curation) as CurationMark[];
  if (kind === 'person') {
    node.aliases = strs(p.aliases);
    node.roles = strs(p.roles);
    node.affiliations = strs(p.affiliations);
  }
  if (kind === 'place') {
    node.placeKind = (str(p.kind) ?? 'city') as PlaceKind;
    node.country = str(p.country);
  }
  if (kind === 'meeting') {
    node.status = (str(p.status) ?? 'held') as MeetingStatus;
    node.date = str(p.date);
    node.datePrecision = (str(p.datePrecision) ?? 'unknown') as DatePrecision;
    node.place = str(p.place);
    node.city = str(p.city);
    node.country = str(p.country);
    node.topic = str(p.topic);
    node.label = [
      node.place ?? node.city ?? node.country ?? node.topic ?? 'Meeting',
      node.date ?? 'date unknown',
    ].join(', ');
  }
  return node;
}

/** The label of a node id, checked against the closed list; a foreign id is a clear NOT_FOUND. */
export function labelFor(id: string): string {
  const label = labelOfId(id);
  if (!label || label === 'Role') throw new RendezvousError('NOT_FOUND', `No entity has the id "${id}".`);
  return label;
}

interface MeetingFilter {
  ids?: string[] | null;
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
  outlets?: string[] | null;
  articleIds?: string[] | null;
  limit?: number;
}

/** The subqueries that load a meeting's links (participants, places, topics, announcers) for `m`. */
const MEETING_LINKS = `
CALL (m) {
  OPTIONAL MATCH (m)-[p:PARTICIPANT]->(x)
  RETURN collect(CASE WHEN x IS NULL THEN NULL ELSE {node: ${NODE('x')}, role: p.role, articles: p.articles} END) AS participants
}
CALL (m) {
  OPTIONAL MATCH (m)-[p:AT]->(x:Place)
  RETURN collect(CASE WHEN x IS NULL THEN NULL ELSE {node: ${NODE('x')}, articles: p.articles} END) AS places
}
CALL (m) {
  OPTIONAL MATCH (m)-[p:ABOUT]->(x:Topic)
  RETURN collect(CASE WHEN x IS NULL THEN NULL ELSE {node: ${NODE('x')}, articles: p.articles} END) AS topics
}
CALL (m) {
  OPTIONAL MATCH (m)-[p:ANNOUNCED_BY|REPORTED_BY]->(x)
  RETURN collect(CASE WHEN x IS NULL THEN NULL ELSE {node: ${NODE('x')}, articles: p.articles, type: type(p)} END) AS announcers
}`;

/** The subquery that loads every report of `m` with its article. */
const MEETING_REPORTS = `
CALL (m) {
  MATCH (m)-[r:REPORTED_IN]->(a:Article)
  RETURN collect({r: properties(r), a: a {.id, .title, .outlet, .published, .url, .file}}) AS reports
}`;

const meetingsQuery = (byIds: boolean, limited: boolean) => `
${MEETINGS_MATCHING(byIds)}
WITH m ORDER BY m.dateStart DESC, m.id${limited ? ' LIMIT $limit' : ''}
CALL (m) {
  MATCH (m)-[r:REPORTED_IN]->(a:Article) WHERE ${REPORT_FILTER}
  RETURN collect({r: properties(r), a: a {.id, .title, .outlet, .published, .url, .file}}) AS reports
}
${MEETING_LINKS}
RETURN m.id AS id, reports, participants, places, topics, announcers, properties(m) AS curation`;

const linked = (raw: unknown): LinkedNode[] =>
  ((raw as Row[] | null) ?? []).map((l) => ({
    node: toGraphNode(l.node),
    role: str(l.role),
    articles: strs(l.articles),
    type: str(l.type) ?? undefined,
  }));

/** Loads meetings with their reports (those known on `asOf`, from the chosen outlets and articles) and links; only the newest `limit` when given. */
export async function loadMeetings(db: GraphDb, f: MeetingFilter): Promise<LoadedMeeting[]> {
  const rows = await read(
    db,
    meetingsQuery(!!f.ids, f.limit !== undefined),
    {
      ids: f.ids ?? null,
      from: f.from ? startOfIso(f.from) : null,
      to: f.to ? endOfIso(f.to) : null,
      asOf: f.asOf ? endOfIso(f.asOf) : null,
      outlets: f.outlets?.length ? f.outlets : null,
      articleIds: f.articleIds?.length ? f.articleIds : null,
      limit: f.limit ?? null,
    },
    'loading meetings',
  );
  return rows.map(loadedMeeting);
}

/** Maps a row of id, reports, participants, places, topics and announcers to a loaded meeting. */
function loadedMeeting(row: Row): LoadedMeeting {
  const reports = ((row.reports as Row[]) ?? []).map((x) => ({
    report: reportFromProps(x.r),
    article: x.a as Row,
  }));
  const articles = new Map<string, ArticleRef>();
  for (const { article } of reports)
    articles.set(String(article.id), {
      id: String(article.id),
      title: str(article.title),
      outlet: str(article.outlet),
      published: str(article.published),
      url: str(article.url),
      file: str(article.file),
    });
  return {
    id: String(row.id),
    reports: reports.map((x) => x.report),
    articles,
    participants: linked(row.participants),
    places: linked(row.places),
    topics: linked(row.topics),
    announcers: linked(row.announcers),
    curation: meetingCurationFrom(row.curation),
  };
}

/** Affiliations (person → party or organization) of the given people. */
async function affiliations(
  db: GraphDb,
  personIds: string[],
): Promise<{ person: string; node: GraphNode }[]> {
  if (!personIds.length) return [];
  const rows = await read(
    db,
    `UNWIND $ids AS pid MATCH (p:Person {id: pid})-[:AFFILIATED_WITH]->(g) RETURN pid, ${NODE('g')} AS node`,
    { ids: personIds },
    'loading affiliations',
  );
  return rows.map((r) => ({ person: String(r.pid), node: toGraphNode(r.node) }));
}

const articleFilter = `($asOf IS NULL OR a.published IS NULL OR a.published <= $asOf)
  AND ($outlets IS NULL OR a.outlet IN $outlets) AND ($articleIds IS NULL OR a.id IN $articleIds)`;

/** Adds affiliation edges for the people in the graph; parties they belong to are added when missing. */
async function addAffiliations(
  db: GraphDb,
  g: GraphBuilder,
  personIds: string[],
): Promise<Map<string, string[]>> {
  const affs = await affiliations(db, personIds);
  const byPerson = new Map<string, string[]>();
  for (const a of affs) {
    byPerson.set(a.person, [...(byPerson.get(a.person) ?? []), a.node.id]);
    g.node(a.node);
    g.edge('affiliated', a.person, a.node.id);
  }
  return byPerson;
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
  const meetingBudget = Math.max(limit, budget.meetings ?? overview.MEETING_BUDGET);
  const scope: overview.MeetingScopeParams = {
    from: input.from ? startOfIso(input.from) : null,
    to: input.to ? endOfIso(input.to) : null,
    asOf,
    outlets: input.outlets?.length ? input.outlets : null,
    articleIds: input.articleIds?.length ? input.articleIds : null,
  };
  const loaded = await loadMeetings(db, {
    from: input.from,
    to: input.to,
    asOf,
    outlets: input.outlets,
    articleIds: input.articleIds,
    limit: meetingBudget,
  });
  const meetingsTotal =
    loaded.length < meetingBudget ? loaded.length : await overview.countMeetings(db, scope);
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
  const mentioned = { shown: 0, total: 0 };
  if (!narrowed) {
    const rows = await read(
      db,
      `MATCH (a:Article)-[:MENTIONS]->(p:Person) WHERE ${articleFilter}
       WITH DISTINCT p LIMIT $limit RETURN ${NODE('p')} AS node`,
      { ...scope, limit },
      'loading people',
    );
    for (const r of rows) {
      const n = toGraphNode(r.node);
      g.node(n);
      personIds.add(n.id);
    }
    mentioned.shown = rows.length;
    mentioned.total = rows.length < limit ? rows.length : await overview.countMentionedPeople(db, scope);
  }
  for (const k of known) for (const p of k.participants) g.node(p.node);
  if (input.view === 'meetings') for (const k of known) for (const a of k.announcers) g.node(a.node);
  const affs = await addAffiliations(db, g, [...personIds]);
  for (const k of known) addMeeting(g, input.view, k, (id) => affs.get(id) ?? []);
  const built = g.build(limit);
  const cut = meetingsTotal > loaded.length || mentioned.total > mentioned.shown;
  const entitiesTotal = cut
    ? await overview.countViewEntities(db, input.view, {
        ...scope,
        statuses: statuses ? [...statuses] : null,
        withMentioned: !narrowed,
      })
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

/** The meetings that pass the filters, as known on their `asOf`; null when no filter narrows anything. */
export async function meetingIdsPassing(
  db: GraphDb,
  filter: MeetingFilterInput | undefined,
): Promise<Set<string> | null> {
  if (!filter) return null;
  const statuses = filter.statuses?.length && filter.statuses.length < 4 ? new Set(filter.statuses) : null;
  const narrowed =
    statuses ||
    filter.from ||
    filter.to ||
    filter.asOf ||
    filter.outlets?.length ||
    filter.articleIds?.length;
  if (!narrowed) return null;
  const asOf = filter.asOf ? endOfIso(filter.asOf) : null;
  const loaded = await loadMeetings(db, {
    from: filter.from,
    to: filter.to,
    asOf,
    outlets: filter.outlets,
    articleIds: filter.articleIds,
  });
  const ids = new Set<string>();
  for (const m of loaded) {
    const k = meetingAsOf(m, asOf);
    if (k && (!statuses || statuses.has(k.record.status))) ids.add(m.id);
  }
  return ids;
}

/** Filter values (outlets, articles), the timeline of meetings, and how many nodes of each kind. */
export async function queryFacets(db: GraphDb, _input: Record<string, never> = {}): Promise<GraphFacets> {
  const [outlets, articles, timeline, counts] = await Promise.all([
    read(
      db,
      'MATCH (a:Article) WHERE a.outlet IS NOT NULL RETURN a.outlet AS name, count(*) AS count ORDER BY count DESC, name',
      {},
      'loading outlets',
    ),
    read(
      db,
      `MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.published AS published,
       COUNT { (:Article) } AS total ORDER BY a.published DESC, a.id LIMIT $limit`,
      { limit: overview.FACET_ARTICLES },
      'loading articles',
    ),
    read(
      db,
      `MATCH (m:Meeting) WHERE m.date IS NOT NULL AND ${NOT_REJECTED('m')}
       RETURN m.date AS date, m.datePrecision AS precision, m.status AS status, count(*) AS count ORDER BY date`,
      {},
      'loading the timeline',
    ),
    read(
      db,
      Object.keys(KIND_OF_LABEL)
        .map((l) => `MATCH (n:${l}) RETURN '${l}' AS label, count(n) AS count`)
        .join(' UNION ALL '),
      {},
      'counting nodes',
    ),
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
    timeline: timeline.map((t) => ({
      date: String(t.date),
      precision: (str(t.precision) ?? 'unknown') as DatePrecision,
      status: (str(t.status) ?? 'held') as MeetingStatus,
      count: num(t.count),
    })),
    counts: byKind,
  };
}

/** Escapes a term for the Lucene query syntax of the full-text index. */
export function luceneTerm(term: string): string {
  return term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}

/** Names and aliases matching the text (every word as a prefix), best first, from the full-text index. */
export async function searchEntities(db: GraphDb, input: SearchInput): Promise<SearchHit[]> {
  // Lower case: Lucene reads AND, OR and NOT in capitals as operators; the index is lower-cased anyway.
  const words = input.text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s|]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .slice(0, 8);
  if (!words.length) return [];
  const query = words.map((w) => `(${luceneTerm(w)} OR ${luceneTerm(w)}*)`).join(' AND ');
  const rows = await read(
    db,
    `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
     RETURN node.id AS id, labels(node)[0] AS label, node.name AS name, node.aliases AS aliases, score`,
    { query, limit: input.limit },
    'searching names',
  );
  const needle = words.join(' ').toLowerCase();
  return rows.map((r) => {
    const name = str(r.name) ?? '';
    const aliases = strs(r.aliases);
    const matched =
      [name, ...aliases].find((n) => n.toLowerCase().includes(needle)) ??
      [name, ...aliases].find((n) => words.some((w) => n.toLowerCase().includes(w.toLowerCase()))) ??
      name;
    return {
      id: String(r.id),
      kind: KIND_OF_LABEL[String(r.label)] ?? 'person',
      label: name,
      matched,
      score: Number(r.score),
    };
  });
}

/** Keeps the first $limit of `found`, and its size; one row even when nothing matched. */
const PAGE = `WITH n, size(found) AS total, found[..$limit] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x`;

/** The Cypher for a party's co-participants (who met whom), most shared meetings first. */
export const NEIGHBOURS_WHO_MET_WHOM = (label: string) => `
MATCH (n:${label} {id: $id})
CALL (n) {
  MATCH (n)<-[:PARTICIPANT]-(m:Meeting)-[:PARTICIPANT]->(o)
  WHERE o <> n AND NOT (n)-[:AFFILIATED_WITH]-(o) AND ($allowed IS NULL OR m.id IN $allowed) AND ${NOT_REJECTED('m')}
  RETURN o, collect(DISTINCT m) AS ms
  UNION
  MATCH (n)-[:AFFILIATED_WITH]-(o)
  RETURN o, [] AS ms
}
WITH n, o, reduce(acc = [], x IN collect(ms) | acc + x) AS ms
WITH n, o, ms ORDER BY size(ms) DESC, o.id
WITH n, collect({o: o, ms: ms}) AS found
${PAGE}
WITH n, total, x.o AS o, x.ms AS ms
RETURN ${NODE('n')} AS center, total,
  collect(CASE WHEN o IS NULL THEN NULL ELSE {node: ${NODE('o')}, meetingTotal: size(ms),
    meetings: [m IN ms[..20] | m {.id, .place, .city, .country, .date, .topic, .status}]} END) AS shown`;

/** The Cypher for a node's direct neighbours in the meetings view. */
export const NEIGHBOURS_MEETINGS = (label: string) => `
MATCH (n:${label} {id: $id})
CALL (n) {
  MATCH (n)-[r:PARTICIPANT|AT|ABOUT|ANNOUNCED_BY|REPORTED_BY|AFFILIATED_WITH]-(o)
  WHERE ($allowed IS NULL OR NOT o:Meeting OR o.id IN $allowed) AND ${NOT_REJECTED('o')}
  RETURN o, type(r) AS type, r.role AS role, startNode(r) = n AS out
}
WITH n, o, type, role, out ORDER BY o.dateStart DESC, o.id
WITH n, collect({o: o, type: type, role: role, out: out}) AS found
${PAGE}
WITH n, total, x.o AS o, x.type AS type, x.role AS role, x.out AS out
RETURN ${NODE('n')} AS center, total, collect(CASE WHEN o IS NULL THEN NULL ELSE {node: ${NODE('o')}, type: type, role: role, out: out} END) AS shown`;

const EDGE_OF_TYPE: Record<string, 'participant' | 'at' | 'about' | 'announced' | 'affiliated'> = {
  PARTICIPANT: 'participant',
  AT: 'at',
  ABOUT: 'about',
  ANNOUNCED_BY: 'announced',
  REPORTED_BY: 'announced',
  AFFILIATED_WITH: 'affiliated',
};

/** A node's neighbours, up to a limit; `omitted` counts the rest. One query. */
export async function expandNode(db: GraphDb, input: ExpandInput): Promise<GraphData> {
  const label = labelFor(input.id);
  const whoMet = input.view === 'whoMetWhom' && label !== 'Meeting' && label !== 'Place' && label !== 'Topic';
  const allowed = await meetingIdsPassing(db, input.filter);
  const rows = await read(
    db,
    whoMet ? NEIGHBOURS_WHO_MET_WHOM(label) : NEIGHBOURS_MEETINGS(label),
    { id: input.id, limit: input.limit, allowed: allowed ? [...allowed] : null },
    'expanding',
  );
  if (!rows.length) throw new RendezvousError('NOT_FOUND', `No entity has the id "${input.id}".`);
  const center = toGraphNode(rows[0]!.center);
  const g = new GraphBuilder();
  g.node(center);
  const total = num(rows[0]!.total);
  const shown = (rows[0]!.shown as Row[] | undefined) ?? [];
  if (whoMet) {
    for (const s of shown) {
      const n = toGraphNode(s.node);
      g.node(n);
      const meetings = ((s.meetings as Row[]) ?? []).map((m) => ({
        id: String(m.id),
        place: str(m.place),
        city: str(m.city),
        country: str(m.country),
        date: str(m.date),
        topic: str(m.topic),
        status: (str(m.status) ?? 'held') as MeetingStatus,
      }));
      if (!meetings.length) {
        const personIsCenter = center.kind === 'person';
        g.edge('affiliated', personIsCenter ? center.id : n.id, personIsCenter ? n.id : center.id);
      }
      const meetingsOmitted = num(s.meetingTotal) - meetings.length;
      for (const m of meetings)
        g.edge(
          'met',
          center.id,
          n.id,
          { status: m.status, ...(meetingsOmitted > 0 ? { meetingsOmitted } : {}) },
          m,
        );
    }
  } else {
    for (const s of shown) {
      const n = toGraphNode(s.node);
      g.node(n);
      const kind = EDGE_OF_TYPE[String(s.type)] ?? 'participant';
      const [a, b] = s.out ? [center.id, n.id] : [n.id, center.id];
      g.edge(kind, a, b, { role: str(s.role) });
    }
  }
  const data = withCoordinates(g.build(), []);
  for (const e of data.edges)
    if (e.meetingsOmitted) e.label = `${e.meetingIds.length + e.meetingsOmitted} meetings`;
  return { ...data, omitted: Math.max(0, total - shown.length) };
}

/** What each path query returns: its nodes and relationships, and the meetings along it. */
const PATH_RETURN = `
CALL (p) {
  UNWIND [n IN nodes(p) WHERE n:Meeting] AS m
  ${MEETING_REPORTS}
  ${MEETING_LINKS}
  RETURN collect({id: m.id, reports: reports, participants: participants, places: places, topics: topics, announcers: announcers}) AS meetings
}
RETURN [n IN nodes(p) | ${NODE('n')}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, role: r.role}] AS rels,
       meetings`;

/** The Cypher for the shortest path, with the meetings along it loaded in the same query. */
export const PATH_QUERY = (fromLabel: string, toLabel: string, types: string) => `
MATCH (a:${fromLabel} {id: $from}), (b:${toLabel} {id: $to})
MATCH p = shortestPath((a)-[:${types}*..12]-(b))
WHERE all(x IN nodes(p) WHERE ${NOT_REJECTED('x')})
${PATH_RETURN}`;

/** Paths found per query before distinct ones are picked. */
const PATH_CANDIDATES = 20;

/**
 * The Cypher for the k shortest paths, shortest first; with `peopleOnly`, every node between the ends is a
 * person or a meeting.
 */
export const PATHS_QUERY = (fromLabel: string, toLabel: string, types: string, peopleOnly: boolean) => `
MATCH (a:${fromLabel} {id: $from}), (b:${toLabel} {id: $to})
MATCH p = SHORTEST ${PATH_CANDIDATES} (a)-[:${types}]-{1,12}(b)
WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  AND all(x IN nodes(p) WHERE ${NOT_REJECTED('x')})
${peopleOnly ? 'AND all(n IN nodes(p)[1..-1] WHERE n:Person OR n:Meeting)' : ''}
WITH p ORDER BY length(p)
${PATH_RETURN}`;

/** The shortest path between two entities through meetings and affiliations (and places and topics in the meetings view). */
export async function shortestPath(db: GraphDb, input: PathInput): Promise<PathResult> {
  const fromLabel = labelFor(input.from);
  const toLabel = labelFor(input.to);
  const types =
    input.view === 'meetings'
      ? 'PARTICIPANT|AFFILIATED_WITH|AT|ABOUT|ANNOUNCED_BY'
      : 'PARTICIPANT|AFFILIATED_WITH';
  const rows = await read(
    db,
    PATH_QUERY(fromLabel, toLabel, types),
    { from: input.from, to: input.to },
    'finding a path',
  );
  const empty: PathResult = {
    found: false,
    nodeIds: [],
    edgeIds: [],
    graph: { nodes: [], edges: [], omitted: 0 },
    meetings: [],
  };
  if (input.from === input.to) {
    const self = await read(
      db,
      `MATCH (n:${fromLabel} {id: $id}) RETURN ${NODE('n')} AS node`,
      { id: input.from },
      'finding a path',
    );
    if (!self.length) return empty;
    const n = toGraphNode(self[0]!.node);
    return {
      found: true,
      nodeIds: [n.id],
      edgeIds: [],
      graph: { nodes: [n], edges: [], omitted: 0 },
      meetings: [],
    };
  }
  if (!rows.length) return empty;
  return pathFromRow(rows[0]!, input.view);
}

/** A path result from one row of nodes, relationships and meetings, drawn for the view. */
function pathFromRow(row: Row, view: PathInput['view']): PathResult {
  const input = { view };
  const nodes = (row.nodes as Row[]).map(toGraphNode);
  const rels = row.rels as Row[];
  const records = new Map<string, MeetingRecord>();
  for (const m of ((row.meetings as Row[]) ?? []).map(loadedMeeting)) {
    const k = meetingAsOf(m, null);
    if (k) records.set(m.id, k.record);
  }
  const g = new GraphBuilder();
  const nodeIds: string[] = [];
  const edgeIds: string[] = [];
  if (input.view === 'meetings') {
    for (const n of nodes) {
      g.node(n.kind === 'meeting' && records.get(n.id) ? meetingNode(records.get(n.id)!) : n);
      nodeIds.push(n.id);
    }
    for (const r of rels) {
      const kind = EDGE_OF_TYPE[String(r.type)] ?? 'participant';
      const rec = kind === 'affiliated' ? undefined : records.get(String(r.from));
      g.edge(kind, String(r.from), String(r.to), { role: str(r.role) }, rec);
      edgeIds.push(`${kind}:${String(r.from)}|${String(r.to)}`);
    }
  } else {
    // Meetings become 'met' edges between the parties on either side of them.
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      if (n.kind === 'meeting') continue;
      g.node(n);
      nodeIds.push(n.id);
      const next = nodes[i + 1];
      if (!next) continue;
      if (next.kind === 'meeting') {
        const after = nodes[i + 2];
        if (!after) continue;
        const rec = records.get(next.id);
        g.edge('met', n.id, after.id, { status: rec?.status }, rec);
        edgeIds.push(`met:${[n.id, after.id].sort().join('|')}`);
      } else {
        const r = rels[i]!;
        g.edge('affiliated', String(r.from), String(r.to));
        edgeIds.push(`affiliated:${String(r.from)}|${String(r.to)}`);
      }
    }
  }
  // The meetings in the order the path passes them.
  const meetings = nodes.map((n) => records.get(n.id)).filter((r): r is MeetingRecord => !!r);
  return {
    found: true,
    nodeIds,
    edgeIds,
    graph: withCoordinates(g.build(), meetings),
    meetings,
  };
}

/**
 * Up to `max` distinct shortest paths, shortest first. Through people (the default), only people and meetings
 * lie between the ends; through everything, countries, parties and organisations may too (and places and
 * topics in the meetings view). No path visits a node twice; two paths through the same people by different
 * meetings are different paths, as their evidence differs.
 */
export async function findPaths(db: GraphDb, input: PathsInput): Promise<PathsResult> {
  const fromLabel = labelFor(input.from);
  const toLabel = labelFor(input.to);
  if (input.from === input.to) {
    const one = await shortestPath(db, { from: input.from, to: input.to, view: input.view });
    return { paths: one.found ? [one] : [], through: input.through };
  }
  const people = input.through === 'people';
  const types = people
    ? 'PARTICIPANT'
    : input.view === 'meetings'
      ? 'PARTICIPANT|AFFILIATED_WITH|AT|ABOUT|ANNOUNCED_BY'
      : 'PARTICIPANT|AFFILIATED_WITH';
  const rows = await read(
    db,
    PATHS_QUERY(fromLabel, toLabel, types, people),
    { from: input.from, to: input.to },
    'finding paths',
  );
  const seen = new Set<string>();
  const paths: PathResult[] = [];
  for (const row of rows) {
    const chain = (row.nodes as Row[])
      .map(toGraphNode)
      .map((n) => n.id)
      .join('>');
    if (seen.has(chain)) continue;
    seen.add(chain);
    paths.push(pathFromRow(row, input.view));
    if (paths.length === input.max) break;
  }
  return { paths, through: input.through };
}

/** A meeting as known on a date, each source with the extraction's confidence and trigger. */
const withReasons = (m: LoadedMeeting, asOf: string | null) => {
  const record = meetingAsOf(m, asOf)?.record;
  return record && sourcesWithReasons(record, m);
};

/** Merged meetings in a date range (overlapping it at their precision), as known on `asOf` (default today). */
export async function listMeetings(db: GraphDb, input: MeetingsInput): Promise<MeetingRecord[]> {
  const asOf = endOfIso(input.asOf ?? today());
  const loaded = await loadMeetings(db, { from: input.from, to: input.to, asOf, limit: input.limit });
  const statuses = input.statuses?.length ? new Set(input.statuses) : null;
  return loaded
    .map((m) => withReasons(m, asOf))
    .filter((r): r is MeetingRecord => !!r && (!statuses || statuses.has(r.status)))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
}

/** Everything the details panel shows: the node, its meetings with their sources, articles, merge reasons. */
export async function entityDetails(db: GraphDb, input: DetailsInput): Promise<EntityDetails> {
  const label = labelFor(input.id);
  const asOf = input.asOf ? endOfIso(input.asOf) : null;
  const rows = await read(
    db,
    `MATCH (n:${label} {id: $id})
     CALL (n) {
       OPTIONAL MATCH (n)-[:PARTICIPANT|AT|ABOUT|ANNOUNCED_BY|REPORTED_BY]-(m:Meeting) WHERE ${NOT_REJECTED('m')}
       RETURN collect(DISTINCT m.id) AS direct
     }
     CALL (n) {
       OPTIONAL MATCH (n)<-[:IN]-(:Place)<-[:AT]-(m:Meeting) WHERE ${NOT_REJECTED('m')}
       RETURN collect(DISTINCT m.id) AS within
     }
     CALL (n) {
       OPTIONAL MATCH (a:Article)-[:MENTIONS]->(n)
       RETURN collect(DISTINCT a {.id, .title, .outlet, .published, .url, .file}) AS mentioned
     }
     CALL (n) {
       OPTIONAL MATCH (n)-[:REPORTED_IN]->(a:Article)
       RETURN collect(DISTINCT a {.id, .title, .outlet, .published, .url, .file}) AS reporting
     }
     RETURN ${NODE('n')} AS node, direct, within, mentioned, reporting`,
    { id: input.id },
    'loading details',
  );
  if (!rows.length) throw new RendezvousError('NOT_FOUND', `No entity has the id "${input.id}".`);
  const row = rows[0]!;
  const node = toGraphNode(row.node);
  const ids = label === 'Meeting' ? [input.id] : [...new Set([...strs(row.direct), ...strs(row.within)])];
  const loaded = ids.length ? await loadMeetings(db, { ids, asOf }) : [];
  const meetings = loaded
    .map((m) => withReasons(m, asOf))
    .filter((r): r is MeetingRecord => !!r)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  const own = label === 'Meeting' ? meetings[0] : undefined;
  const articleRows = [...((row.mentioned as Row[]) ?? []), ...((row.reporting as Row[]) ?? [])];
  const seen = new Set<string>();
  const articles = articleRows
    .map((a) => ({
      id: String(a.id),
      title: str(a.title),
      outlet: str(a.outlet),
      published: str(a.published),
      url: str(a.url),
    }))
    .filter((a) => (!asOf || !a.published || a.published <= asOf) && !seen.has(a.id) && !!seen.add(a.id))
    .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  return {
    // The header counts the meetings listed under it (a place's include those in places within it).
    node: own
      ? { ...meetingNode(own), meetingCount: node.meetingCount }
      : { ...node, meetingCount: meetings.length },
    meetings,
    articles,
    mergeReasons: strs((row.node as Row).mergeReasons),
  };
}

/** The graph methods' implementations, keyed by method name. */
export const graphQueries = {
  graph: queryGraph,
  facets: queryFacets,
  search: searchEntities,
  expand: expandNode,
  path: shortestPath,
  details: entityDetails,
  meetings: listMeetings,
};
