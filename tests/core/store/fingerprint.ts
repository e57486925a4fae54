// What two graphs must share to count as equal: counts by label and type, no duplicate ids, no orphans.
import type { GraphDb } from '../../../src-main/core/store/connection';

/** A comparable summary of the whole graph. */
export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
  /** Ids held by more than one node. */
  duplicateIds: number;
  /** Nodes other than articles with no relationship at all. */
  orphans: number;
  /** People, meetings and articles by a stable description, so equal counts also mean equal content. */
  people: string[];
  meetings: string[];
}

const rows = async (db: GraphDb, query: string) =>
  (await db.driver.executeQuery(query, {}, { database: db.database })).records.map((r) => r.toObject());

/** Reads the fingerprint of the graph. */
export async function fingerprint(db: GraphDb): Promise<GraphFingerprint> {
  // The correction log's one bookkeeping node is made when the store connects, not by what was ingested.
  const labels = await rows(db, 'MATCH (n) WHERE NOT n:CurationLog RETURN labels(n)[0] AS l, count(*) AS c');
  const types = await rows(db, 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c');
  const dup = await rows(db, 'MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS c');
  const orphans = await rows(
    db,
    'MATCH (n) WHERE NOT n:Article AND NOT n:CurationLog AND NOT (n)--() RETURN count(n) AS c',
  );
  const people = await rows(
    db,
    'MATCH (p:Person) RETURN p.name + " | " + coalesce(p.affiliations[0], "") AS d ORDER BY d',
  );
  const meetings = await rows(
    db,
    `MATCH (m:Meeting)
     OPTIONAL MATCH (m)-[:PARTICIPANT]->(x)
     WITH m, x ORDER BY x.id
     WITH m, collect(x.name) AS parties
     RETURN coalesce(m.date, '?') + ' ' + coalesce(m.place, '?') + ' ' + m.status + ' ' +
            toString(m.reportCount) + ' ' + reduce(s = '', p IN parties | s + p + ',') AS d ORDER BY d`,
  );
  const num = (v: unknown) => Number(v);
  return {
    nodes: labels.reduce((n, r) => n + num(r.c), 0),
    relationships: types.reduce((n, r) => n + num(r.c), 0),
    labels: Object.fromEntries(labels.map((r) => [String(r.l), num(r.c)])),
    types: Object.fromEntries(types.map((r) => [String(r.t), num(r.c)])),
    duplicateIds: num(dup[0]?.c ?? 0),
    orphans: num(orphans[0]?.c ?? 0),
    people: people.map((r) => String(r.d)),
    meetings: meetings.map((r) => String(r.d)),
  };
}
