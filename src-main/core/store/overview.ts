// What the initial view and the meeting lists cover: the Cypher that picks meetings (ordered and limited
// before anything is collected) and the counts that say how much a limit left out, so no cap is silent.
import type { ViewCoverage } from '../../common/graph';
import type { GraphView } from '../../common/vocab';
import type { GraphDb } from './connection';
import { SHOWN_AS_OF } from './curation-filters';
import { num } from './values';
import { read } from './session';
import { endOfIso, startOfIso } from '../merge/dates';

/** How many meetings the initial view loads at most (newest first) when its node limit is lower. */
export const MEETING_BUDGET = 5000;

/** How many articles the filter panel lists (newest first); the facets say how many there are in all. */
export const FACET_ARTICLES = 5000;

/** True for a report `r` of article `a` known on `$asOf`, from the chosen outlets and articles. */
export const REPORT_FILTER = `($asOf IS NULL OR r.reported IS NULL OR r.reported <= $asOf)
    AND ($outlets IS NULL OR a.outlet IN $outlets)
    AND ($articleIds IS NULL OR a.id IN $articleIds)`;

/** Binds `m` to every meeting in the date range that has a report passing REPORT_FILTER. */
export const MEETINGS_MATCHING = (byIds: boolean): string => `
${byIds ? 'UNWIND $ids AS mid MATCH (m:Meeting {id: mid})' : 'MATCH (m:Meeting)'}
WHERE ($from IS NULL OR m.dateEnd >= $from) AND ($to IS NULL OR m.dateStart <= $to)
  AND (${byIds ? 'true' : SHOWN_AS_OF('m')})
  AND EXISTS { MATCH (m)-[r:REPORTED_IN]->(a:Article) WHERE ${REPORT_FILTER} }`;

/**
 * Binds `m` to the newest $limit meetings MEETINGS_MATCHING(false) would give, in its order (dateStart
 * descending, undated ones first, then id): the dated ones are read newest first from the date index, so
 * the cost follows $limit rather than the number of meetings stored.
 */
export const NEWEST_MEETINGS_MATCHING = `
CALL () {
  ${MEETINGS_MATCHING(false)} AND m.dateStart IS NULL
  WITH m ORDER BY m.id LIMIT $limit
  RETURN m
  UNION ALL
  ${MEETINGS_MATCHING(false).replace('MATCH (m:Meeting)', 'MATCH (m:Meeting) USING INDEX m:Meeting(dateStart)')}
    AND m.dateStart IS NOT NULL
  WITH m ORDER BY m.dateStart DESC, m.id LIMIT $limit
  RETURN m
}
WITH m ORDER BY m.dateStart DESC, m.id LIMIT $limit`;

/** True for an article `a` published by `$asOf`, from the chosen outlets and articles. */
export const ARTICLE_FILTER = `($asOf IS NULL OR a.published IS NULL OR a.published <= $asOf)
  AND ($outlets IS NULL OR a.outlet IN $outlets) AND ($articleIds IS NULL OR a.id IN $articleIds)`;

/** The parameters MEETINGS_MATCHING and ARTICLE_FILTER read (dates already widened to their bounds). */
export interface MeetingScopeParams extends Record<string, unknown> {
  from: string | null;
  to: string | null;
  asOf: string | null;
  outlets: string[] | null;
  articleIds: string[] | null;
}

/** The scope parameters of a view's filters: dates widened to their bounds, empty lists as no filter. */
export function scopeOf(f: {
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
  outlets?: string[] | null;
  articleIds?: string[] | null;
}): MeetingScopeParams {
  return {
    from: f.from ? startOfIso(f.from) : null,
    to: f.to ? endOfIso(f.to) : null,
    asOf: f.asOf ? endOfIso(f.asOf) : null,
    outlets: f.outlets?.length ? f.outlets : null,
    articleIds: f.articleIds?.length ? f.articleIds : null,
  };
}

/** How many meetings pass the date range, the as-of date and the sources: the true count behind a limit. */
export async function countMeetings(db: GraphDb, scope: MeetingScopeParams): Promise<number> {
  const rows = await read(
    db,
    `${MEETINGS_MATCHING(false)} RETURN count(m) AS total`,
    { ...scope, ids: null },
    'counting meetings',
  );
  return num(rows[0]?.total);
}

/** How many distinct people the chosen articles mention: the true count behind the mentioned-people limit. */
export async function countMentionedPeople(db: GraphDb, scope: MeetingScopeParams): Promise<number> {
  const rows = await read(
    db,
    `MATCH (a:Article)-[:MENTIONS]->(p:Person) WHERE ${ARTICLE_FILTER} RETURN count(DISTINCT p) AS total`,
    scope,
    'counting people',
  );
  return num(rows[0]?.total);
}

/** The relationships from a meeting to what the meetings view draws around it. */
const MEETING_VIEW_LINKS = 'PARTICIPANT|AT|ABOUT|ANNOUNCED_BY|REPORTED_BY';

/**
 * Binds `y` to each node the whole view holds with no limit: the meetings' parties (and, in the meetings
 * view, the meetings, places, topics and announcers), the people the articles mention unless a filter
 * narrows the view, and the parties those people belong to. The status filter is taken from the stored
 * status.
 */
export const VIEW_ENTITIES = (view: GraphView): string => {
  const linked =
    view === 'meetings'
      ? `CALL (m) {
           MATCH (m)-[:${MEETING_VIEW_LINKS}]->(x) RETURN x
           UNION
           RETURN m AS x
         }`
      : 'MATCH (m)-[:PARTICIPANT]->(x)';
  return `CALL () {
       ${MEETINGS_MATCHING(false)}
         AND ($statuses IS NULL OR m.status IN $statuses)
       ${linked}
       RETURN x
       UNION
       MATCH (a:Article)-[:MENTIONS]->(x:Person) WHERE $withMentioned AND ${ARTICLE_FILTER}
       RETURN x
     }
     WITH DISTINCT x
     CALL (x) {
       RETURN x AS y
       UNION
       MATCH (x)-[:AFFILIATED_WITH]->(y) WHERE x:Person
       RETURN y
     }
     WITH DISTINCT y`;
};

/**
 * True for a meeting `v` that the view's filters let through (VIEW_ENTITIES's meetings): in the date
 * range, not rejected as of the date, of a chosen status, with a report from the chosen sources.
 */
export const MEETING_IN_VIEW = (v: string): string => `($from IS NULL OR ${v}.dateEnd >= $from)
  AND ($to IS NULL OR ${v}.dateStart <= $to) AND ${SHOWN_AS_OF(v)}
  AND ($statuses IS NULL OR ${v}.status IN $statuses)
  AND EXISTS { MATCH (${v})-[r:REPORTED_IN]->(a:Article) WHERE ${REPORT_FILTER} }`;

/** How many nodes the whole view holds with no limit (VIEW_ENTITIES). */
export async function countViewEntities(
  db: GraphDb,
  view: GraphView,
  scope: MeetingScopeParams & { statuses: string[] | null; withMentioned: boolean },
): Promise<number> {
  const rows = await read(
    db,
    `${VIEW_ENTITIES(view)} RETURN count(y) AS total`,
    { ...scope, ids: null },
    'counting the view',
  );
  return num(rows[0]?.total);
}

/** The coverage of a view, from what was loaded and drawn and the true counts (never below what is shown). */
export function coverageOf(parts: {
  meetings: { shown: number; total: number };
  mentioned: { shown: number; total: number };
  entities: { shown: number; total: number };
}): ViewCoverage {
  const honest = (p: { shown: number; total: number }) => ({
    shown: p.shown,
    total: Math.max(p.total, p.shown),
  });
  return {
    meetings: honest(parts.meetings),
    mentioned: honest(parts.mentioned),
    entities: honest(parts.entities),
  };
}
