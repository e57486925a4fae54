// Loading merged meetings with their reports and links, and the `meetings` method.
import type { MeetingRecord, MeetingsInput } from '../../../common/graph';
import type { MeetingFilterInput } from '../../../common/explore';
import { endOfIso, startOfIso, today } from '../../merge/dates';
import { meetingAsOf, type LoadedMeeting } from '../../merge/views';
import type { GraphDb } from '../connection';
import { MEETINGS_MATCHING, NEWEST_MEETINGS_MATCHING, REPORT_FILTER } from '../overview';
import { sourcesWithReasons } from '../report-reasons';
import { ARTICLE, NODE, NODE_DRAWN, loadedMeeting } from '../records';
import { read } from '../session';
import { meetingsAsKnownOn } from '../curation-asof';

/** The subqueries that load a meeting's links (participants, places, topics, announcers) for `m`. */
const meetingLinks = (NODE: (v: string) => string) => `
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

/** The subqueries that load a meeting's links (participants, places, topics, announcers) for `m`. */
export const MEETING_LINKS = meetingLinks(NODE);

/** The subquery that loads every report of `m` with its article. */
export const MEETING_REPORTS = `
CALL (m) {
  MATCH (m)-[r:REPORTED_IN]->(a:Article)
  RETURN collect({r: properties(r), a: ${ARTICLE('a')}}) AS reports
}`;

const meetingsQuery = (byIds: boolean, limited: boolean, drawn: boolean) => `
${
  limited && !byIds
    ? NEWEST_MEETINGS_MATCHING
    : `${MEETINGS_MATCHING(byIds)}
WITH m ORDER BY m.dateStart DESC, m.id${limited ? ' LIMIT $limit' : ''}`
}
CALL (m) {
  MATCH (m)-[r:REPORTED_IN]->(a:Article) WHERE ${REPORT_FILTER}
  RETURN collect({r: properties(r), a: ${ARTICLE('a')}}) AS reports
}
${drawn ? meetingLinks(NODE_DRAWN) : MEETING_LINKS}
RETURN m.id AS id, reports, participants, places, topics, announcers, properties(m) AS curation`;

interface MeetingFilter {
  ids?: string[] | null;
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
  outlets?: string[] | null;
  articleIds?: string[] | null;
  limit?: number;
  /** For a drawn view: nodes come without their merge reasons (NODE_DRAWN). */
  drawn?: boolean;
}

/** Loads meetings with their reports (those known on `asOf`, from the chosen outlets and articles) and links; only the newest `limit` when given. */
export async function loadMeetings(db: GraphDb, f: MeetingFilter): Promise<LoadedMeeting[]> {
  const rows = await read(
    db,
    meetingsQuery(!!f.ids, f.limit !== undefined, f.drawn ?? false),
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
  const loaded = rows.map(loadedMeeting);
  return f.asOf ? meetingsAsKnownOn(db, loaded, endOfIso(f.asOf)) : loaded;
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

/** A meeting as known on a date, each source with the extraction's confidence and trigger. */
export const withReasons = (m: LoadedMeeting, asOf: string | null): MeetingRecord | undefined => {
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
