// A person merge against the real Neo4j, link by link: it moves every relationship of the merged-away
// person onto the kept one, keeps for undo only the keys of what it moved whole, and a revert puts every
// relationship back as it was, leaving with the kept person what an article ingested meanwhile brought.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { ingestDocuments } from '../../../src-main/core/ingest';
import { findPeople, mergePeople, revertCorrection } from '../../../src-main/core/store/curation';
import { curationArticle } from '../../helpers/curation-articles';
import { resetGraph, testDb } from '../../helpers/db';

const RIYADH = curationArticle('riyadh.txt');
const MOSCOW = curationArticle('moscow.txt');
const PETERSBURG = curationArticle('petersburg.txt');

type Row = Record<string, unknown>;

let db: GraphDb;
const ingest = (...docs: { name: string; data: Buffer }[]) => ingestDocuments(db, docs, { workers: 0 });
const q = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.driver.executeQuery(cypher, params, { database: db.database })).records.map((r) => r.toObject());
const person = async (name: string) => {
  const found = await findPeople(db, name);
  expect(found, name).toHaveLength(1);
  return found[0]!.id;
};

/** Every relationship of the given people, with its properties but the merge's own mark, in a stable order. */
async function links(ids: string[]): Promise<string[]> {
  const rows = await q(
    `MATCH (p:Person) WHERE p.id IN $ids MATCH (p)-[r]-(x)
     RETURN p.id AS id, type(r) AS type, startNode(r) = p AS out, x.id AS other, properties(r) AS props`,
    { ids },
  );
  return rows
    .map((r) => {
      const props = { ...(r.props as Record<string, unknown>) };
      delete props.curatedFrom;
      if (Array.isArray(props.articles)) props.articles = [...(props.articles as string[])].sort();
      const sorted = Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));
      return JSON.stringify([r.id, r.type, r.out, r.other, sorted]);
    })
    .sort();
}

/** The person ids of every report, by meeting and article. */
async function reports(): Promise<string[]> {
  const rows = await q(
    'MATCH (m:Meeting)-[r:REPORTED_IN]->(a:Article) RETURN m.id AS m, a.id AS a, r.personIds AS ids',
  );
  return rows.map((r) => JSON.stringify([r.m, r.a, [...(r.ids as string[])].sort()])).sort();
}

beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  await ingest(RIYADH, MOSCOW);
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

describe('a person merge', () => {
  it('moves every relationship onto the kept person, keeps only keys for what moved whole, and a revert puts back each one exactly', async () => {
    const yura = await person('Yura Ushakov');
    const yuri = await person('Yuri Ushakov');
    const before = await links([yura, yuri]);
    const reportsBefore = await reports();
    const dropped = await q('MATCH (p:Person {id: $id})-[r]-(x) RETURN type(r) AS type, x.id AS other', {
      id: yura,
    });
    expect(dropped.length).toBeGreaterThan(2);

    const { correction } = await mergePeople(db, { keep: yuri, drop: yura, reason: 'one aide' });
    expect(await q('MATCH (p:Person {id: $id}) RETURN p', { id: yura })).toHaveLength(0);
    for (const d of dropped) {
      const found = await q(
        `MATCH (k:Person {id: $keep})-[r]-(x {id: $other}) WHERE type(r) = $type RETURN count(r) AS n`,
        { keep: yuri, other: d.other, type: d.type },
      );
      expect(Number(found[0]!.n), `${String(d.type)} to ${String(d.other)}`).toBe(1);
    }
    expect((await reports()).join('\n')).not.toContain(yura);

    const stored = await q('MATCH (c:Correction {id: $id}) RETURN c.backups AS b', { id: correction.id });
    const backup = JSON.parse((stored[0]!.b as string[])[0]!) as {
      links: { props: Record<string, unknown> }[];
      moved: { links: unknown[][] }[];
    };
    const whole = backup.moved.flatMap((g) => g.links);
    expect(whole.length + backup.links.length).toBe(dropped.length);
    expect(whole.length).toBeGreaterThan(0);
    for (const l of whole) {
      expect(typeof l[0]).toBe('string');
      expect(l.length).toBeLessThanOrEqual(2);
    }
    expect(JSON.stringify(backup.moved)).not.toContain('evidence');

    await revertCorrection(db, { id: correction.id });
    expect(await links([yura, yuri])).toEqual(before);
    expect(await reports()).toEqual(reportsBefore);
  });

  it('keeps with the kept person, after a revert, what an article ingested while the merge held brought', async () => {
    const yura = await person('Yura Ushakov');
    const yuri = await person('Yuri Ushakov');
    const yuraBefore = await links([yura]);
    const yuriBefore = await links([yuri]);
    const known = (await q('MATCH (a:Article) RETURN a.id AS id')).map((r) => String(r.id));
    const { correction } = await mergePeople(db, { keep: yuri, drop: yura, reason: 'one aide' });
    await ingest(PETERSBURG);
    const added = (await q('MATCH (a:Article) WHERE NOT a.id IN $known RETURN a.id AS id', { known })).map(
      (r) => String(r.id),
    );
    expect(added).toHaveLength(1);
    await revertCorrection(db, { id: correction.id });

    expect(await links([yura])).toEqual(yuraBefore);
    // The kept person's relationships are those it had, and what the new article says of it.
    const articlesOnly = (rows: string[], without: string[]) =>
      rows
        .map((row) => {
          const [, type, out, other, props] = JSON.parse(row) as [string, string, boolean, string, Row];
          const articles = Array.isArray(props.articles) ? (props.articles as string[]) : [other];
          return [type, out, other, articles.filter((x) => !without.includes(x))] as const;
        })
        .filter(([, , other, articles]) => articles.length && !without.includes(other))
        .map((x) => JSON.stringify(x))
        .sort();
    const now = await links([yuri]);
    expect(articlesOnly(now, added)).toEqual(articlesOnly(yuriBefore, []));
    expect(now.join('\n')).toContain(added[0]);
  });
});
