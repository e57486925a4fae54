// The dates a meeting's candidate keys carry, so the merge-candidate lookup seeks a key's meetings by date
// in an index instead of reading every meeting of the key. Each (:Meeting)-[:KEYED]->(:MergeKey) link
// holds its key's id (`key`), the meeting's dates as matching sees them (`start`, `end`: the summary of
// its reports) and `span`, the width class of those dates: 0 (a day), 6 (a week), 30 (a month) or 365
// (a year) days at most, or OPEN_SPAN (no dates, or dates that may be out of date) with `start` ''.
// The range index on (key, span, start) then finds, for each class, the meetings whose dates may
// overlap a report's: those starting from `span` days before the report's first day to its last.
// - The writer sets them on every key of each meeting it writes, from the meeting's new summary.
// - A correction may change a meeting's reports (a merge or split of meetings, or their revert), so the
//   keys of every meeting a correction ever touched (`curationVersion` set) are made open whenever the
//   CurationLog's seq has moved since the last time (`openCuratedKeys`), as the lookup always kept such
//   meetings before.
// - A database written before these properties existed gets them when the store opens
//   (`backfillKeyedDates`), once: the index is created only after it, so its presence says it is done.
// Neither needs a node of its own: the seq last handled is kept on the CurationLog node (`keyedSeq`),
// so the graph holds nothing but what was read and corrected.
import type { Session } from 'neo4j-driver';
import type { TxLike } from './meeting-candidates';
import { toParams } from './values';

/** The `span` of a key link whose meeting may have any dates: always a candidate. */
export const OPEN_SPAN = -1;

/** The width classes of dated links, in days from first to last day. */
export const KEYED_SPANS = [0, 6, 30, 365] as const;

/** The range index the lookup seeks; created once the key links of an older database have their dates. */
const KEYED_INDEX = 'keyed_dates';

/** What a meeting's key links carry for its dates. */
export interface KeyedDates {
  span: number;
  start: string;
  end: string | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The key-link dates of a meeting with these summary dates: its width class, or open when undated. */
export function keyedDates(dateStart: string | null, dateEnd: string | null): KeyedDates {
  if (!dateStart || !dateEnd || !ISO_DAY.test(dateStart) || !ISO_DAY.test(dateEnd))
    return { span: OPEN_SPAN, start: '', end: null };
  const days = Math.round(
    (Date.parse(`${dateEnd}T00:00:00Z`) - Date.parse(`${dateStart}T00:00:00Z`)) / 86_400_000,
  );
  const span = KEYED_SPANS.find((s) => days >= 0 && days <= s);
  return span === undefined
    ? { span: OPEN_SPAN, start: '', end: null }
    : { span, start: dateStart, end: dateEnd };
}

/** The day `days` before an ISO day. */
export const daysBefore = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** The Cypher (for a bound meeting `n` and `dates`, a KeyedDates map) that sets them on all its key links. */
export const SET_KEYED_DATES = (n: string, dates: string) => `
CALL (${n}, ${dates}) {
  MATCH (${n})-[kr:KEYED]->(kk)
  SET kr.key = kk.id, kr.span = ${dates}.span, kr.start = ${dates}.start, kr.end = ${dates}.end
}`;

/** The Cypher fragment that returns `curationSeq` and `keyedSeq`: they differ when a correction came since. */
export const KEYED_SEQS = `
CALL () {
  OPTIONAL MATCH (l:CurationLog)
  RETURN coalesce(max(l.seq), 0) AS curationSeq, coalesce(max(l.keyedSeq), 0) AS keyedSeq
}`;

const OPEN_CURATED = `
CALL () {
  MATCH (m:Meeting) WHERE m.curationVersion IS NOT NULL
  MATCH (m)-[r:KEYED]->(k:MergeKey)
  WHERE r.span IS NULL OR r.span <> ${OPEN_SPAN}
  SET r.key = k.id, r.span = ${OPEN_SPAN}, r.start = '', r.end = null
}
MATCH (l:CurationLog)
SET l.keyedSeq = $seq`;

/**
 * Makes open the key links of every meeting a correction touched, and notes `seq` (the CurationLog's, as
 * read before) as done. Run in the writer's transaction when KEYED_SEQS differ.
 */
export async function openCuratedKeys(tx: TxLike, seq: number): Promise<void> {
  await tx.run(OPEN_CURATED, toParams({ seq }));
}

const BACKFILLED = `SHOW INDEXES YIELD name WHERE name = '${KEYED_INDEX}' RETURN count(*) > 0 AS done`;

const BACKFILL = `
MATCH (m:Meeting)-[r:KEYED]->(k:MergeKey) WHERE r.key IS NULL
CALL (m, r, k) {
  WITH m, r, k,
    CASE WHEN m.curationVersion IS NULL AND m.dateStart =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}' AND m.dateEnd =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}'
      THEN duration.inDays(date(m.dateStart), date(m.dateEnd)).days END AS days
  WITH m, r, k, CASE WHEN days IS NULL OR days < 0 THEN ${OPEN_SPAN}
    ${KEYED_SPANS.map((s) => `WHEN days <= ${s} THEN ${s}`).join(' ')} ELSE ${OPEN_SPAN} END AS span
  SET r.key = k.id, r.span = span,
      r.start = CASE WHEN span = ${OPEN_SPAN} THEN '' ELSE m.dateStart END,
      r.end = CASE WHEN span = ${OPEN_SPAN} THEN null ELSE m.dateEnd END
} IN TRANSACTIONS OF 10000 ROWS`;

const MARK_BACKFILLED = `CREATE INDEX ${KEYED_INDEX} IF NOT EXISTS FOR ()-[r:KEYED]-() ON (r.key, r.span, r.start)`;

/**
 * Gives the key links of a database written before they carried dates their dates, from each meeting's
 * stored summary (open for a meeting a correction touched), once: the lookup's index is created after
 * it, and its presence notes it as done (an interrupted run is taken up again, links already given
 * their dates left alone).
 */
export async function backfillKeyedDates(session: Session): Promise<void> {
  const res = await session.run(BACKFILLED);
  if (res.records[0]?.get('done') === true) return;
  await session.run(BACKFILL);
  await session.run(MARK_BACKFILLED);
  await session.run('CALL db.awaitIndexes(60)');
}
