// The stored meetings a new report may join: those keyed by one of its (party, month) or (place, month)
// keys (merge/keys.ts), less those whose dates rule a merge out, each with every report behind it. They
// are sought by key and date in the key links' index (keyed-dates.ts), so a party with hundreds of
// meetings a month costs only the few of the report's own days.
import { dateInterval } from '../merge/dates';
import { candidateKeys } from '../merge/keys';
import type { MeetingReport, MeetingState } from '../merge/summary';
import { KEYED_SPANS, OPEN_SPAN, daysBefore } from './keyed-dates';
import { reportFromProps } from './records';
import { toParams } from './values';

/** Something that runs Cypher inside a transaction. */
export interface TxLike {
  run(query: string, params?: Record<string, unknown>): Promise<{ records: { get(key: string): unknown }[] }>;
}

/**
 * A meeting whose dates (its reports' summary, as its key links carry them: keyed-dates.ts) are disjoint
 * from the report's is left out, as matchMeeting would reject it; a meeting with no dates, or one a
 * correction touched, has open key links and is always kept. For a dated report each key is sought in
 * the (key, span, start) index once per width class, from `span` days before the report's first day to
 * its last, so the lookup reads only the meetings of the report's days, however many the key holds. An
 * undated report may share any meeting's dates, so its keys' meetings are all read.
 */
const MEETING_CANDIDATES = `
CALL () {
  UNWIND $seeks AS q
  MATCH (m:Meeting)-[r:KEYED]->()
  WHERE r.key = q.key AND r.span = q.span AND r.start >= q.from AND r.start <= q.to
    AND (r.span = ${OPEN_SPAN} OR r.end >= q.start)
  RETURN m
  UNION
  UNWIND $undated AS key
  MATCH (:MergeKey {id: key})<-[:KEYED]-(m:Meeting)
  RETURN m
}
WITH DISTINCT m
MATCH (m)-[r:REPORTED_IN]->(:Article)
RETURN m.id AS id, collect(properties(r)) AS reports`;

/** The meetings sharing a candidate key with any of `reports` and dates it may share, with their reports. */
export async function meetingCandidates(tx: TxLike, reports: MeetingReport[]): Promise<MeetingState[]> {
  if (!reports.length) return [];
  const seeks = new Map<string, { key: string; span: number; from: string; to: string; start: string }>();
  const undated = new Set<string>();
  for (const r of reports) {
    const { start, end } = dateInterval(r.date, r.datePrecision);
    for (const key of candidateKeys(r)) {
      if (!start || !end) {
        undated.add(key);
        continue;
      }
      seeks.set(`${key}|${OPEN_SPAN}`, { key, span: OPEN_SPAN, from: '', to: '', start: '' });
      for (const span of KEYED_SPANS)
        seeks.set(`${key}|${span}|${start}|${end}`, {
          key,
          span,
          from: daysBefore(start, span),
          to: end,
          start,
        });
    }
  }
  const res = await tx.run(
    MEETING_CANDIDATES,
    toParams({ seeks: [...seeks.values()], undated: [...undated] }),
  );
  return res.records.map((r) => ({
    id: String(r.get('id')),
    reports: (r.get('reports') as unknown[]).map(reportFromProps),
  }));
}
