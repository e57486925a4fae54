// The `details` method: everything the details panel shows about one node.
import { RendezvousError } from '../../../common/errors';
import type { DetailsInput, EntityDetails, GraphNode, MeetingRecord } from '../../../common/graph';
import { endOfIso } from '../../merge/dates';
import { meetingNode, type LoadedMeeting } from '../../merge/views';
import { personAsKnownOn, type PersonAsKnown } from '../curation-asof';
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

/** True when the person is among the meeting's participants or announcers (as the meeting was loaded). */
const linksPerson = (m: LoadedMeeting, id: string) =>
  [...m.participants, ...m.announcers].some((l) => l.node.id === id);

/** A person's node without the names, roles and affiliations later merges brought it. */
function withoutGained(node: GraphNode, gained: string[]): GraphNode {
  if (!gained.length || node.kind !== 'person') return node;
  const keep = (xs: string[] | undefined) => xs?.filter((x) => !gained.includes(x));
  return {
    ...node,
    aliases: keep(node.aliases),
    roles: keep(node.roles),
    affiliations: keep(node.affiliations),
  };
}

/** The articles that mentioned a person then: less those later merges brought, with those it has lost since. */
function articlesThen(
  now: EntityDetails['articles'],
  then: PersonAsKnown,
  asOf: string | null,
): EntityDetails['articles'] {
  const extra = then.extraArticles
    .map(({ id, title, outlet, published, url }) => ({ id, title, outlet, published, url }))
    .filter((a) => (!asOf || !a.published || a.published <= asOf) && !now.some((b) => b.id === a.id));
  return [...now.filter((a) => !then.lostArticles.includes(a.id)), ...extra].sort((a, b) =>
    (a.published ?? '').localeCompare(b.published ?? ''),
  );
}

/** Everything the details panel shows: the node, its meetings with their sources, articles, merge reasons. */
export async function entityDetails(db: GraphDb, input: DetailsInput): Promise<EntityDetails> {
  const label = labelFor(input.id);
  const asOf = input.asOf ? endOfIso(input.asOf) : null;
  const rows = await read(db, DETAILS(label), { id: input.id }, 'loading details');
  // A person as known before later merges, splits or removals: as it was then, even if it is gone now.
  const then = label === 'Person' && asOf ? await personAsKnownOn(db, input.id, asOf) : null;
  if (!rows.length && !then?.gone)
    throw new RendezvousError('NOT_FOUND', `No entity has the id "${input.id}".`);
  const row: Row = rows[0] ?? { node: null, direct: [], within: [], mentioned: [], reporting: [] };
  const node = rows.length ? toGraphNode(row.node) : then!.gone!;
  const ids =
    label === 'Meeting'
      ? [input.id]
      : [...new Set([...strs(row.direct), ...strs(row.within), ...(then?.meetingIds ?? [])])];
  const loaded = ids.length ? await loadMeetings(db, { ids, asOf }) : [];
  const meetings = (then ? loaded.filter((m) => linksPerson(m, input.id)) : loaded)
    .map((m) => withReasons(m, asOf))
    .filter((r): r is MeetingRecord => !!r)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  const own = label === 'Meeting' ? meetings[0] : undefined;
  return {
    // The header counts the meetings listed under it (a place's include those in places within it).
    node: own
      ? { ...meetingNode(own), meetingCount: node.meetingCount }
      : { ...withoutGained(node, then?.gained ?? []), meetingCount: meetings.length },
    meetings,
    articles: then ? articlesThen(articlesOf(row, asOf), then, asOf) : articlesOf(row, asOf),
    mergeReasons: strs((row.node as Row | null)?.mergeReasons).filter((r) => !then?.gained.includes(r)),
  };
}
