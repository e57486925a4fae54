// The `expand` method: a node's neighbours through the meetings that pass the filters, up to a limit.
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
