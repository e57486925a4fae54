// The stored meetings a new report may join: those keyed by one of its (party, month) or (place, month)
// keys (merge/keys.ts), less those whose dates rule a merge out, each with every report behind it. They
// are sought by key and date in the key links' index (keyed-dates.ts), so a party with hundreds of
// meetings a month costs only the few of the report's own days.
import { dateInterval } from '../merge/dates';
import { candidateKeys } from '../merge/keys';
import type { MeetingReport, MeetingState } from '../merge/summary';
import { KEYED_SPANS, OPEN_SPAN, daysBefore } from './keyed-dates';
import { reportFromProps } from './records';
import { num, toParams } from './values';
import { runUntraced } from './session';

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
 *
 * It is planned once (`replan=skip`) and each MATCH is held to an index *seek* by a hint, so the plan made
 * on an empty graph seeks the same indexes on a hub of 50,000 meetings. Left to replan as the graph grew,
 * Neo4j planned it (and the writer's reads) again and again during an ingest; with both planned once, the
 * writer in groups went from 0.56-0.59x to 0.67-0.68x of the plain writes in warm rounds (docs/scale.md).
 * A plain `USING INDEX` is also met by a scan of the whole index under the UNWIND: planned on a small
 * graph, in about half of the runs it was, and frozen by `replan=skip`, each seek read every key link, so
 * a 2,000-article ingest slowed from 17 to 5-9 articles/s. The reports are read from each meeting found
 * (a pattern comprehension), never by a plan that starts from the articles.
 */
const MEETING_CANDIDATES = `
CYPHER replan=skip
CALL () {
  UNWIND range(0, size($seeks) - 1) AS i
  WITH i, $seeks[i] AS q
  MATCH (m:Meeting)-[r:KEYED]->() USING INDEX SEEK r:KEYED(key, span, start)
  WHERE r.key = q[0] AND r.span = q[1] AND r.start >= q[2] AND r.start <= q[3]
    AND coalesce(r.end, '') >= q[4]
  RETURN m, i AS via
  UNION
  UNWIND range(0, size($undated) - 1) AS i
  MATCH (k:MergeKey {id: $undated[i]})<-[:KEYED]-(m:Meeting) USING INDEX SEEK k:MergeKey(id)
  RETURN m, -1 - i AS via
}
WITH m, collect(via) AS via
WITH m, via, [(m)-[r:REPORTED_IN]->(:Article) | properties(r)] AS reports WHERE size(reports) > 0
RETURN m.id AS id, via, reports`;

/** One index seek of the lookup: a key's links of one width class from `from` to `to`, ending on or after `start`. */
interface Seek {
  readonly id: string;
  readonly key: string;
  readonly span: number;
  readonly from: string;
  readonly to: string;
  readonly start: string;
}

/** What the lookup for a set of reports seeks: its seeks by id, and the keys of undated reports, read whole. */
export interface CandidateQuery {
  seeks: Map<string, Seek>;
  undated: Set<string>;
}

/** The seeks of one key for one report's days, as keySeeks last made them (by `key|start|end`). */
const SEEKS_MADE = new Map<string, Seek[]>();
/** How many keys' seeks SEEKS_MADE holds before it starts again. */
const SEEKS_MADE_MAX = 5_000;

/**
 * The seeks of a key for a report's days: once open (any dates), then once per width class. The same key
 * and days are sought for an article's guessed lookup and again once its people are resolved (and by
 * every article of an event), so they are made once; the seeks are never changed once made.
 */
function keySeeks(key: string, start: string, end: string): Seek[] {
  const memo = `${key}|${start}|${end}`;
  let made = SEEKS_MADE.get(memo);
  if (made) return made;
  const open = `${key}|${OPEN_SPAN}`;
  made = [{ id: open, key, span: OPEN_SPAN, from: '', to: '', start: '' }];
  for (const span of KEYED_SPANS)
    made.push({
      id: `${key}|${span}|${start}|${end}`,
      key,
      span,
      from: daysBefore(start, span),
      to: end,
      start,
    });
  if (SEEKS_MADE.size >= SEEKS_MADE_MAX) SEEKS_MADE.clear();
  SEEKS_MADE.set(memo, made);
  return made;
}

/** The seeks and whole keys the lookup for `reports` makes. */
export function candidateQuery(reports: MeetingReport[]): CandidateQuery {
  const seeks = new Map<string, Seek>();
  const undated = new Set<string>();
  for (const r of reports) {
    const { start, end } = dateInterval(r.date, r.datePrecision);
    for (const key of candidateKeys(r)) {
      if (!start || !end) {
        undated.add(key);
        continue;
      }
      for (const seek of keySeeks(key, start, end)) seeks.set(seek.id, seek);
    }
  }
  return { seeks, undated };
}

/** A candidate meeting with the seeks (and whole keys) that found it. */
export interface FoundMeeting extends MeetingState {
  via: string[];
}

/** Runs a lookup: every meeting it finds, with its reports and what found it. */
export async function runCandidateQuery(tx: TxLike, q: CandidateQuery): Promise<FoundMeeting[]> {
  if (!q.seeks.size && !q.undated.size) return [];
  // Each seek is sent as a list, [key, span, from, to, start], and found by its place in the list; an
  // undated key by -1 - its place (a seek's id and field names would be most of what is sent).
  const seeks = [...q.seeks.values()];
  const undated = [...q.undated];
  const res = await runUntraced(
    tx,
    MEETING_CANDIDATES,
    toParams({ seeks: seeks.map((s) => [s.key, s.span, s.from, s.to, s.start]), undated }),
  );
  return res.records.map((r) => ({
    id: String(r.get('id')),
    via: (r.get('via') as unknown[]).map((v) => {
      const i = num(v);
      return i >= 0 ? seeks[i]!.id : undated[-1 - i]!;
    }),
    reports: (r.get('reports') as unknown[]).map(reportFromProps),
  }));
}

/** The seeks and whole keys of `q` that the lookup `earlier` did not make. */
export function missedBy(q: CandidateQuery, earlier: CandidateQuery): CandidateQuery {
  return {
    seeks: new Map([...q.seeks].filter(([id]) => !earlier.seeks.has(id))),
    undated: new Set([...q.undated].filter((k) => !earlier.undated.has(k))),
  };
}

/**
 * The meetings the lookup for `q` finds, from a lookup made earlier for `earlier` (sent before the
 * reports were final): those it found through a seek `q` makes too, with a lookup of only the seeks it
 * did not make. The same meetings as running `q`.
 */
export async function candidatesFrom(
  tx: TxLike,
  q: CandidateQuery,
  earlier: CandidateQuery,
  found: FoundMeeting[],
): Promise<MeetingState[]> {
  const wanted = (via: string) => q.seeks.has(via) || q.undated.has(via);
  const missing = missedBy(q, earlier);
  const out = new Map<string, MeetingState>();
  for (const m of found) if (m.via.some(wanted)) out.set(m.id, { id: m.id, reports: m.reports });
  for (const m of await runCandidateQuery(tx, missing)) out.set(m.id, { id: m.id, reports: m.reports });
  return [...out.values()];
}

/** The meetings sharing a candidate key with any of `reports` and dates it may share, with their reports. */
export async function meetingCandidates(tx: TxLike, reports: MeetingReport[]): Promise<MeetingState[]> {
  return (await runCandidateQuery(tx, candidateQuery(reports))).map((m) => ({
    id: m.id,
    reports: m.reports,
  }));
}
