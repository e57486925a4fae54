// A party's partner count: every other party it met in a meeting not rejected, plus every entity it is
// affiliated with and never met. Counting it walks all of the party's meetings, so on a hub it is stored
// on the node (`partners`) and read back in constant time while it is still true:
// - the article writer removes it from every participant of each meeting it writes, and from both ends
//   of each affiliation it writes, in the statements that write those links (write-article.ts);
// - every correction (and every re-application of corrections after an ingest) advances the
//   CurationLog's seq, and the count is stored with the seq it was counted at (`partnersSeq`), so a
//   count from before any correction is never read back.
// A missing or outdated count is counted again on the next read and stored.
import type { GraphDb } from './connection';
import { NOT_REJECTED } from './curation-filters';
import { write } from './session';
import { num } from './values';

/** The Cypher fragment (for a bound `n`) that returns its stored count, or null when it may be out of date. */
export const STORED_PARTNERS = `
CALL () {
  OPTIONAL MATCH (l:CurationLog)
  RETURN coalesce(max(l.seq), 0) AS curationSeq
}
RETURN CASE WHEN n.partners IS NOT NULL AND coalesce(n.partnersSeq, 0) = curationSeq THEN n.partners END AS partners`;

/** The Cypher fragment (for a bound `n`) that counts its partners as `total`. */
const COUNT_PARTNERS = `
CALL (n) {
  OPTIONAL MATCH (n)<-[:PARTICIPANT]-(m:Meeting)-[:PARTICIPANT]->(o)
  WHERE o <> n AND ${NOT_REJECTED('m')}
  RETURN collect(DISTINCT o) AS met
}
CALL (n) {
  OPTIONAL MATCH (n)-[:AFFILIATED_WITH]-(a)
  RETURN collect(DISTINCT a) AS affiliated
}
WITH n, curationSeq, size(met) + size([a IN affiliated WHERE NOT a IN met]) AS total`;

/**
 * Counts and stores the count. Removing the old count first takes the node's write lock, which the
 * writer also takes (it removes the count of every participant of what it writes): a write that adds a
 * partner either commits before the count reads the graph, or waits until the new count is stored and
 * then removes it. The seq is read before the count, so a correction committed in between makes the
 * stored count outdated rather than wrong.
 */
const RECOUNT = (label: string) => `
MATCH (n:${label} {id: $id})
REMOVE n.partners
WITH n
CALL () {
  OPTIONAL MATCH (l:CurationLog)
  RETURN coalesce(max(l.seq), 0) AS curationSeq
}
${COUNT_PARTNERS}
SET n.partners = total, n.partnersSeq = curationSeq
RETURN total`;

/** Counts a party's partners (label from the closed list) and stores the count on its node; returns it. */
export async function recountPartners(db: GraphDb, label: string, id: string): Promise<number> {
  const rows = await write(db, RECOUNT(label), { id }, 'counting the partners');
  return num(rows[0]?.total);
}

/**
 * The Cypher (for a link statement's bound meeting `s`) that removes the stored count of its participants.
 * It removes unconditionally, so it always takes each participant's write lock (see RECOUNT).
 */
export const FORGET_MEETING_PARTNERS = `
WITH DISTINCT s
MATCH (s)-[:PARTICIPANT]->(p)
REMOVE p.partners`;

/** The Cypher (for a link statement's bound ends `s` and `t`) that removes both ends' stored counts. */
export const FORGET_AFFILIATION_PARTNERS = `
REMOVE s.partners, t.partners`;
