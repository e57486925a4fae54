// The stored meetings a new report may join: those keyed by one of its (party, month) or (place, month)
// keys (merge/keys.ts), read through the MergeKey index, less those whose dates rule a merge out, each
// with every report behind it. A party with hundreds of meetings a month so sends back only the few
// of the report's own days.
import { dateInterval } from '../merge/dates';
import { candidateKeys } from '../merge/keys';
import type { MeetingReport, MeetingState } from '../merge/summary';
import { reportFromProps } from './records';

/** Something that runs Cypher inside a transaction. */
export interface TxLike {
  run(query: string, params?: Record<string, unknown>): Promise<{ records: { get(key: string): unknown }[] }>;
}

/**
 * A meeting whose stored dates (its reports' summary) are disjoint from the report's is left out, as
 * matchMeeting would reject it; a meeting the analyst curated keeps its own dates, so it is always kept.
 */
const MEETING_CANDIDATES = `
UNWIND $keys AS key
MATCH (:MergeKey {id: key.id})<-[:KEYED]-(m:Meeting)
WHERE key.start IS NULL OR m.dateStart IS NULL OR m.dateEnd IS NULL OR m.curation IS NOT NULL
  OR (m.dateStart <= key.end AND m.dateEnd >= key.start)
WITH DISTINCT m
MATCH (m)-[r:REPORTED_IN]->(:Article)
RETURN m.id AS id, collect(properties(r)) AS reports`;

/** The meetings sharing a candidate key with any of `reports` and dates it may share, with their reports. */
export async function meetingCandidates(tx: TxLike, reports: MeetingReport[]): Promise<MeetingState[]> {
  if (!reports.length) return [];
  const keys = new Map<string, { id: string; start: string | null; end: string | null }>();
  for (const r of reports) {
    const span = dateInterval(r.date, r.datePrecision);
    const [start, end] = span.start && span.end ? [span.start, span.end] : [null, null];
    for (const id of candidateKeys(r)) keys.set(`${id}|${start}|${end}`, { id, start, end });
  }
  const res = await tx.run(MEETING_CANDIDATES, { keys: [...keys.values()] });
  return res.records.map((r) => ({
    id: String(r.get('id')),
    reports: (r.get('reports') as unknown[]).map(reportFromProps),
  }));
}
