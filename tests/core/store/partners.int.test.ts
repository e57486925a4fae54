// The stored partner count against the real Neo4j: the writer removes each count it makes out of date,
// and a count made again equals the one expand makes on a small party.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { recountPartners } from '../../../src-main/core/store/partners';
import { expandNode } from '../../../src-main/core/store/queries/expand';
import { writeArticle } from '../../../src-main/core/store/write-article';
import { resetGraph, testDb } from '../../helpers/db';
import { SEED_FILES, goldExtraction } from './builders';

let db: GraphDb;
beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.driver.executeQuery(cypher, params, { database: db.database })).records.map((r) => r.toObject());

describe('the stored partner count', () => {
  it('is removed by the writer from every participant of a meeting it writes, and only from them', async () => {
    await writeArticle(db, goldExtraction(SEED_FILES[0]!));
    await query(
      'MATCH (n) WHERE n:Person OR n:Group OR n:Organization SET n.partners = 999, n.partnersSeq = 0',
    );
    const second = await writeArticle(db, goldExtraction(SEED_FILES[1]!));
    const rows = await query(
      `MATCH (n) WHERE n:Person OR n:Group OR n:Organization
       RETURN n.id AS id, n.partners AS partners, n.partnersSeq IS NOT NULL AS before,
         EXISTS { (n)<-[:PARTICIPANT]-(:Meeting)-[:REPORTED_IN]->(:Article {id: $article}) } AS touched,
         EXISTS { (n)-[:AFFILIATED_WITH]-() } AS affiliated`,
      { article: second.articleId },
    );
    const touched = rows.filter((r) => r.touched && r.before);
    expect(touched.length).toBeGreaterThan(1);
    for (const r of touched) expect(r.partners, String(r.id)).toBeNull();
    const untouched = rows.filter((r) => r.before && !r.touched && !r.affiliated);
    expect(untouched.length).toBeGreaterThan(0);
    for (const r of untouched) expect(Number(r.partners), String(r.id)).toBe(999);
  });

  it('counted again, equals the partners expand counts and is stored', async () => {
    const parties = await query(
      `MATCH (n)<-[:PARTICIPANT]-(:Meeting) WHERE n:Person OR n:Group
       RETURN DISTINCT n.id AS id, labels(n)[0] AS label`,
    );
    expect(parties.length).toBeGreaterThan(2);
    for (const p of parties) {
      const id = String(p.id);
      const count = await recountPartners(db, String(p.label), id);
      const g = await expandNode(db, { id, view: 'whoMetWhom', limit: 1000 });
      expect(count, id).toBe(g.nodes.length - 1 + g.omitted);
      const stored = await query('MATCH (n {id: $id}) RETURN n.partners AS partners', { id });
      expect(Number(stored[0]!.partners), id).toBe(count);
    }
  });
});
