// The `expand` method: a node's neighbours through the meetings that pass the filters, up to a limit.
// A node with many meetings (a hub) is expanded from its newest meetings, read newest first through the
// meeting date index, so its cost follows the limit, not its size; the counts of the rest stay true.
import { RendezvousError } from '../../../common/errors';
import type { ExpandInput, GraphData } from '../../../common/graph';
import { GraphBuilder } from '../../merge/views';
import type { GraphDb } from '../connection';
import { withCoordinates } from '../coordinates';
import { NOT_REJECTED } from '../curation-filters';
import { NODE, edgeKindOf, labelFor, toGraphNode, toMetMeeting } from '../records';
import { read, type Row } from '../session';
import { num, str } from '../values';
import { meetingIdsPassing } from './meetings';
import { STORED_PARTNERS, recountPartners } from '../partners';

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
const NEIGHBOURS_MEETINGS = (label: string) => `
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

/** Up to this many meetings, a node's meetings are read whole; past it, it is a hub. */
const HUB_MEETINGS = 2000;
/** On a hub, who met whom ranks neighbours within this many of its newest meetings per neighbour asked for. */
const MEETINGS_PER_NEIGHBOUR = 8;

/** The relationships from a meeting to the entities it involves. */
const MEETING_LINKS = 'PARTICIPANT|AT|ABOUT|ANNOUNCED_BY|REPORTED_BY';

/** How many meeting links the node has, and its stored partner count while that is still true. */
const DEGREE = (label: string) => `
MATCH (n:${label} {id: $id})
WITH n, COUNT { (n)<-[:${MEETING_LINKS}]-() } AS links
${STORED_PARTNERS}, links`;

/**
 * The subquery that gives `newest`: the hub's $window newest meetings linked by `types`, not rejected,
 * found by walking the date index newest first (dated ones; undated ones after them when they fall short).
 */
const NEWEST = (types: string) => `
CALL (n) {
  MATCH (m:Meeting) USING INDEX m:Meeting(dateStart)
  WHERE m.dateStart IS NOT NULL AND ${NOT_REJECTED('m')} AND EXISTS { (m)-[:${types}]->(n) }
  WITH m ORDER BY m.dateStart DESC LIMIT $window
  RETURN collect(m) AS dated
}
CALL (n, dated) {
  UNWIND (CASE WHEN size(dated) < $window THEN [n] ELSE [] END) AS h
  MATCH (m:Meeting)-[:${types}]->(h) WHERE m.dateStart IS NULL AND ${NOT_REJECTED('m')}
  WITH DISTINCT m ORDER BY m.id LIMIT $window
  RETURN collect(m) AS undated
}
WITH n, dated + undated[..($window - size(dated))] AS newest`;

/** The hub's meeting links not rejected: its degree less the rejected meetings', found by their index. */
const LINK_TOTAL = (types: string) => `
CALL (n) {
  MATCH (m:Meeting) USING INDEX m:Meeting(rejectedOn)
  WHERE m.rejectedOn IS NOT NULL
  MATCH (m)-[r:${types}]->(n)
  RETURN count(r) AS rejectedLinks
}
WITH n, newest, COUNT { (n)<-[:${types}]-() } - rejectedLinks AS linkTotal`;

/**
 * Who met whom on a hub: the parties of its newest meetings, most shared among them first; the total
 * ($total, its partner count from partners.ts) counts every party it met, and each edge every meeting
 * with its party.
 */
const HUB_WHO_MET_WHOM = (label: string) => `
MATCH (n:${label} {id: $id})
${NEWEST('PARTICIPANT')}
WITH n, newest, $total AS total
OPTIONAL CALL (n, newest) {
  UNWIND newest AS m
  MATCH (m)-[:PARTICIPANT]->(o) WHERE o <> n AND NOT (n)-[:AFFILIATED_WITH]-(o)
  RETURN o, collect(m) AS ms
  UNION
  MATCH (n)-[:AFFILIATED_WITH]-(o)
  RETURN o, [] AS ms
}
WITH n, total, o, reduce(acc = [], x IN collect(ms) | acc + x) AS ms
ORDER BY size(ms) DESC, o.id LIMIT $limit
CALL (n, o) {
  RETURN COUNT { (o)<-[:PARTICIPANT]-(m:Meeting)-[:PARTICIPANT]->(n) WHERE ${NOT_REJECTED('m')} } AS meetingTotal
}
RETURN ${NODE('n')} AS center, total,
  collect(CASE WHEN o IS NULL THEN NULL ELSE {node: ${NODE('o')}, meetingTotal: meetingTotal,
    meetings: [m IN ms[..20] | m {.id, .place, .city, .country, .date, .topic, .status}]} END) AS shown`;

/** The meetings view on a hub: its affiliations, then its newest meetings, with the true count of its links. */
const HUB_MEETINGS_VIEW = (label: string) => `
MATCH (n:${label} {id: $id})
${NEWEST(MEETING_LINKS)}
${LINK_TOTAL(MEETING_LINKS)}
CALL (n) {
  OPTIONAL MATCH (n)-[r:AFFILIATED_WITH]-(o)
  WITH r, o ORDER BY o.id
  RETURN collect(CASE WHEN o IS NULL THEN NULL ELSE {o: o, type: type(r), role: r.role, out: startNode(r) = n} END) AS affiliations
}
CALL (n, newest) {
  UNWIND newest AS m
  MATCH (m)-[r:${MEETING_LINKS}]->(n)
  WITH m, r ORDER BY m.dateStart IS NULL, m.dateStart DESC, m.id, type(r)
  RETURN collect({o: m, type: type(r), role: r.role, out: false}) AS linked
}
WITH n, size(affiliations) + linkTotal AS total, (affiliations + linked)[..$limit] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
WITH n, total, x.o AS o, x.type AS type, x.role AS role, x.out AS out
RETURN ${NODE('n')} AS center, total,
  collect(CASE WHEN o IS NULL THEN NULL ELSE {node: ${NODE('o')}, type: type, role: role, out: out} END) AS shown`;

/**
 * The Cypher for a node's neighbours: read whole, or newest first for a hub when no filter narrows its
 * meetings; who met whom on a hub also needs its partner count (`total`), stored or counted again.
 */
async function neighboursQuery(
  db: GraphDb,
  id: string,
  label: string,
  whoMet: boolean,
  filtered: boolean,
): Promise<{ query: string; total?: number }> {
  if (filtered || label === 'Meeting')
    return { query: (whoMet ? NEIGHBOURS_WHO_MET_WHOM : NEIGHBOURS_MEETINGS)(label) };
  const row = (await read(db, DEGREE(label), { id }, 'expanding'))[0];
  if (num(row?.links) <= HUB_MEETINGS)
    return { query: (whoMet ? NEIGHBOURS_WHO_MET_WHOM : NEIGHBOURS_MEETINGS)(label) };
  if (!whoMet) return { query: HUB_MEETINGS_VIEW(label) };
  const stored = row?.partners;
  const total = stored == null ? await recountPartners(db, label, id) : num(stored);
  return { query: HUB_WHO_MET_WHOM(label), total };
}

/** A node's neighbours, up to a limit; `omitted` counts the rest. */
export async function expandNode(db: GraphDb, input: ExpandInput): Promise<GraphData> {
  const label = labelFor(input.id);
  const whoMet = input.view === 'whoMetWhom' && label !== 'Meeting' && label !== 'Place' && label !== 'Topic';
  const allowed = await meetingIdsPassing(db, input.filter);
  const { query, total: partners } = await neighboursQuery(db, input.id, label, whoMet, !!allowed);
  const rows = await read(
    db,
    query,
    {
      id: input.id,
      total: partners ?? null,
      limit: input.limit,
      window: whoMet ? input.limit * MEETINGS_PER_NEIGHBOUR : input.limit,
      allowed: allowed ? [...allowed] : null,
    },
    'expanding',
  );
  if (!rows.length) throw new RendezvousError('NOT_FOUND', `No entity has the id "${input.id}".`);
  const center = toGraphNode(rows[0]!.center);
  const g = new GraphBuilder();
  g.node(center);
  const total = num(rows[0]!.total);
  const shown = (rows[0]!.shown as Row[] | undefined) ?? [];
  for (const s of shown) {
    const n = toGraphNode(s.node);
    g.node(n);
    if (whoMet) {
      const meetings = ((s.meetings as unknown[]) ?? []).map(toMetMeeting);
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
    } else {
      const [a, b] = s.out ? [center.id, n.id] : [n.id, center.id];
      g.edge(edgeKindOf(s.type), a, b, { role: str(s.role) });
    }
  }
  const data = withCoordinates(g.build(), []);
  for (const e of data.edges)
    if (e.meetingsOmitted) e.label = `${e.meetingIds.length + e.meetingsOmitted} meetings`;
  return { ...data, omitted: Math.max(0, total - shown.length) };
}
