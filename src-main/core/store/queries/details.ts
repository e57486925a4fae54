// The `details` method: everything the details panel shows about one node.
import { RendezvousError } from '../../../common/errors';
import type { DetailsInput, EntityDetails, MeetingRecord } from '../../../common/graph';
import { endOfIso } from '../../merge/dates';
import { meetingNode } from '../../merge/views';
import type { GraphDb } from '../connection';
import { NOT_REJECTED } from '../curation-filters';
import { ARTICLE, NODE, labelFor, toArticleRef, toGraphNode } from '../records';
import { read, type Row } from '../session';
import { strs } from '../values';
import { loadMeetings, withReasons } from './meetings';

const DETAILS = (label: string) => `MATCH (n:${label} {id: $id})
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
       RETURN collect(DISTINCT ${ARTICLE('a')}) AS mentioned
     }
     CALL (n) {
       OPTIONAL MATCH (n)-[:REPORTED_IN]->(a:Article)
       RETURN collect(DISTINCT ${ARTICLE('a')}) AS reporting
     }
     RETURN ${NODE('n')} AS node, direct, within, mentioned, reporting`;

/** The articles that mention or report the node, once each, known on `asOf`, oldest first. */
function articlesOf(row: Row, asOf: string | null): EntityDetails['articles'] {
  const seen = new Set<string>();
  return [...((row.mentioned as unknown[]) ?? []), ...((row.reporting as unknown[]) ?? [])]
    .map(toArticleRef)
    .map(({ id, title, outlet, published, url }) => ({ id, title, outlet, published, url }))
    .filter((a) => (!asOf || !a.published || a.published <= asOf) && !seen.has(a.id) && !!seen.add(a.id))
    .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
}

/** Everything the details panel shows: the node, its meetings with their sources, articles, merge reasons. */
export async function entityDetails(db: GraphDb, input: DetailsInput): Promise<EntityDetails> {
  const label = labelFor(input.id);
  const asOf = input.asOf ? endOfIso(input.asOf) : null;
  const rows = await read(db, DETAILS(label), { id: input.id }, 'loading details');
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
  return {
    // The header counts the meetings listed under it (a place's include those in places within it).
    node: own
      ? { ...meetingNode(own), meetingCount: node.meetingCount }
      : { ...node, meetingCount: meetings.length },
    meetings,
    articles: articlesOf(row, asOf),
    mergeReasons: strs((row.node as Row).mergeReasons),
  };
}
