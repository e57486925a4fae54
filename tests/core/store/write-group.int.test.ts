// Writing articles in groups against the real Neo4j: a group's reads go out once for all its articles,
// and each article is planned with the writes of those before it laid over them (write-group.ts). The
// graph must come out exactly as when every article is read and written alone, property for property:
// real articles reporting the same meetings (the events corpus, whose outlets report each meeting
// together in one group), and generated articles where the same people and meetings recur.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src-main/common/extraction';
import { extractArticle } from '../../../src-main/core/extract/index';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { toPlain } from '../../../src-main/core/store/values';
import { writeArticle, writeArticles } from '../../../src-main/core/store/write-article';
import { writeGroups, type GroupResults } from '../../../src-main/core/store/write-pipeline';
import { generateCorpus } from '../../fixtures/generate-corpus';
import { resetGraph, testDb } from '../../helpers/db';
import { EVENTS } from '../../helpers/merge-score';

let db: GraphDb;
beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

const extract = (name: string, text: string): Extraction =>
  extractArticle({ name, bytes: new TextEncoder().encode(text) });

/** Every node and relationship with all its properties, in a stable order. */
async function dump(): Promise<string[]> {
  const res = await db.driver.executeQuery(
    `CALL () { MATCH (n) WHERE NOT n:CurationLog
       RETURN 0 AS k, labels(n)[0] + ' ' + n.id AS what, properties(n) AS props
       UNION ALL MATCH (a)-[r]->(b)
       RETURN 1 AS k, a.id + ' ' + type(r) + ' ' + b.id AS what, properties(r) AS props }
     RETURN k, what, props ORDER BY k, what`,
    {},
    { database: db.database },
  );
  const sorted = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, x]) => [k, sorted(x)]),
        )
      : v;
  return res.records.map(
    (r) => `${String(r.get('what'))} ${JSON.stringify(sorted(toPlain(r.get('props'))))}`,
  );
}

async function writtenAlone(exs: Extraction[]): Promise<string[]> {
  await resetGraph(db);
  for (const ex of exs) await writeArticle(db, ex);
  return dump();
}

async function writtenInGroups(exs: Extraction[], size: number): Promise<string[]> {
  await resetGraph(db);
  for (let i = 0; i < exs.length; i += size) {
    const results = await writeArticles(db, exs.slice(i, i + size));
    for (const r of results) expect('error' in r ? r.error.message : 'ok').toBe('ok');
  }
  return dump();
}

const groupsOf = <T>(xs: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

const allOk = (results: GroupResults[]) =>
  expect(results.flat().map((r) => ('error' in r ? r.error.message : 'ok'))).toEqual(
    results.flat().map(() => 'ok'),
  );

/** Written as the ingest writes: each group planned while the one before it is committed (write-pipeline.ts). */
async function writtenPipelined(exs: Extraction[], size: number): Promise<string[]> {
  await resetGraph(db);
  allOk(await writeGroups(db, groupsOf(exs, size)));
  return dump();
}

describe('writing a group of articles in one transaction', () => {
  it('stores real articles about the same meetings exactly as written one by one', async () => {
    const dir = join(EVENTS, 'articles');
    const exs = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => extract(f, readFileSync(join(dir, f), 'utf8')));
    const alone = await writtenAlone(exs);
    // The corpus reports some meetings in several outlets: the lines show merges happened.
    expect(alone.filter((l) => / REPORTED_IN /.test(l)).length).toBeGreaterThan(
      alone.filter((l) => l.startsWith('Meeting ')).length,
    );
    const grouped = await writtenInGroups(exs, 8);
    expect(grouped).toEqual(alone);
    expect(await writtenPipelined(exs, 8)).toEqual(alone);
    expect(await writtenPipelined(exs, 3)).toEqual(alone);
  }, 600_000);

  it('stores generated articles with recurring people and meetings exactly as written one by one, in any group size', async () => {
    const exs = generateCorpus({ articles: 90, seed: 11, officials: 30 }).map((a) => extract(a.name, a.text));
    const alone = await writtenAlone(exs);
    const merged = alone.filter((l) => / REPORTED_IN /.test(l)).length;
    expect(merged).toBeGreaterThan(alone.filter((l) => l.startsWith('Meeting ')).length);
    expect(await writtenInGroups(exs, 8)).toEqual(alone);
    expect(await writtenInGroups(exs, 5)).toEqual(alone);
    expect(await writtenPipelined(exs, 8)).toEqual(alone);
    expect(await writtenPipelined(exs, 5)).toEqual(alone);
  }, 600_000);

  it('gives an outlet known by its web address the masthead an article of the same group names', async () => {
    const exs = generateCorpus({ articles: 7, seed: 21 }).map((a, i) => {
      const text = a.text.replace(/^url: https:\/\/[^/]+\//m, 'url: https://www.example-news.com/');
      const named = i === 2 ? 'outlet: The Example News\n' : '';
      return extract(a.name, named + text);
    });
    expect(exs.map((e) => e.article.outlet)).toContain('The Example News');
    const alone = await writtenAlone(exs);
    expect(alone.filter((l) => l.includes('"outlet":"The Example News"')).length).toBeGreaterThan(1);
    expect(await writtenInGroups(exs, 7)).toEqual(alone);
    expect(await writtenInGroups(exs, 4)).toEqual(alone);
    // Planned while the group before is committed, the later groups take the outlet from it.
    expect(await writtenPipelined(exs, 2)).toEqual(alone);
    expect(await writtenPipelined(exs, 1)).toEqual(alone);
  }, 300_000);

  it('skips an article that comes twice in one group, as a second ingest would', async () => {
    const [a, b] = generateCorpus({ articles: 2, seed: 3 }).map((x) => extract(x.name, x.text));
    await resetGraph(db);
    const results = await writeArticles(db, [a!, b!, a!]);
    expect(results.map((r) => ('unchanged' in r ? r.unchanged : r.error.message))).toEqual([
      false,
      false,
      true,
    ]);
  }, 120_000);
});

describe('writing groups one after another, each planned while the one before it is committed', () => {
  const exs = () =>
    generateCorpus({ articles: 24, seed: 11, officials: 12 }).map((a) => extract(a.name, a.text));

  it('plans a group again when something else changed the graph after the commit of the one before it', async () => {
    const all = exs();
    const [first, second, third] = groupsOf(all, 8);
    // What the graph must be: the first group, then everything deleted, then the others written alone.
    await resetGraph(db);
    await writeArticles(db, first!);
    await resetGraph(db);
    await writeArticles(db, second!);
    await writeArticles(db, third!);
    const expected = await dump();
    // The second group is planned over the first group's writes, which are then deleted.
    await resetGraph(db);
    const results = await writeGroups(db, [first!, second!, third!], {
      afterCommit: async (_results, index) => {
        if (index !== 0) return false;
        await resetGraph(db);
        return true;
      },
    });
    allOk(results);
    expect(await dump()).toEqual(expected);
    // Said not to have changed it, the second group keeps the plans made over the deleted writes: the
    // graph is not what writing it alone gives (so the check above can fail).
    await resetGraph(db);
    const lied = await writeGroups(db, [first!, second!, third!], {
      afterCommit: async (_results, index) => {
        if (index === 0) await resetGraph(db);
        return false;
      },
    });
    expect(lied.flat().length).toBe(all.length);
    expect(await dump()).not.toEqual(expected);
  }, 300_000);

  it('writes a group after one whose transaction failed, each bad article failing alone', async () => {
    const all = exs();
    const bad = {
      ...all[3]!,
      article: { ...all[3]!.article, title: { not: 'a string' } as unknown as string },
    };
    const input = [...all.slice(0, 3), bad, ...all.slice(4)];
    const groups = groupsOf(input, 8);
    await resetGraph(db);
    for (const g of groups) await writeArticles(db, g);
    const expected = await dump();
    await resetGraph(db);
    const results = (await writeGroups(db, groups)).flat();
    expect(results.map((r) => 'error' in r)).toEqual(input.map((_, i) => i === 3));
    expect(await dump()).toEqual(expected);
  }, 300_000);
});
