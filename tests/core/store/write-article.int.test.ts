// The writer against the real Neo4j: both seeds (from their gold extraction) in either order, twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { writeArticle } from '../../../src-main/core/store/write-article';
import { listMeetings } from '../../../src-main/core/store/queries/meetings';
import { resetGraph, testDb } from '../../helpers/db';
import { SEED_FILES, goldExtraction } from './builders';
import { fingerprint } from './fingerprint';

let db: GraphDb;
beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

const ingestTwice = async (files: string[]) => {
  await resetGraph(db);
  for (const f of files) await writeArticle(db, goldExtraction(f));
  const first = await fingerprint(db);
  const again = [];
  for (const f of files) again.push(await writeArticle(db, goldExtraction(f)));
  return { first, second: await fingerprint(db), again };
};

describe('writing articles', () => {
  it('gives the same graph whichever seed comes first, and a second ingest changes nothing', async () => {
    const forward = await ingestTwice(SEED_FILES);
    expect(forward.again.every((r) => r.unchanged)).toBe(true);
    expect(forward.second).toEqual(forward.first);
    const backward = await ingestTwice([...SEED_FILES].reverse());
    expect(backward.second).toEqual(backward.first);
    expect(backward.first.labels).toEqual(forward.first.labels);
    expect(backward.first.types).toEqual(forward.first.types);
    expect(backward.first.meetings).toEqual(forward.first.meetings);
    expect(forward.first.duplicateIds).toBe(0);
    expect(forward.first.orphans).toBe(0);
  });

  it('merges the Istanbul meeting reported as planned and then as held into one held meeting with two sources', async () => {
    const meetings = await listMeetings(db, { asOf: '2025-12-31' });
    const istanbul = meetings.filter((m) => m.city === 'Istanbul' && m.date === '2025-04-10');
    expect(istanbul).toHaveLength(1);
    const m = istanbul[0]!;
    expect(m.status).toBe('held');
    expect(m.topic).toBe('embassy operations');
    expect(m.sources).toHaveLength(2);
    expect(m.participant_groups).toEqual(['Russia', 'United States']);
    expect(m.status_history.map((h) => [h.status, h.reported])).toEqual([
      ['planned', '2025-04-08'],
      ['held', '2025-04-10'],
    ]);
    expect(m.sources.every((s) => s.evidence.length > 20 && s.evidenceStart !== null)).toBe(true);
  });

  it('records why a person was merged, and never stores a credit as a person', async () => {
    const res = await db.driver.executeQuery(
      'MATCH (p:Person) RETURN p.name AS name, p.mergeReasons AS reasons ORDER BY name',
      {},
      { database: db.database },
    );
    const people = res.records.map((r) => ({
      name: r.get('name') as string,
      reasons: r.get('reasons') as string[],
    }));
    expect(people.map((p) => p.name)).toEqual([
      'Dmitry Peskov',
      'Donald Trump',
      'Kirill Dmitriev',
      'Steve Witkoff',
      'Tammy Bruce',
      'Vladimir Putin',
      'Volodymyr Zelensky',
    ]);
    expect(people.find((p) => p.name === 'Kirill Dmitriev')!.reasons[0]).toMatch(/same full name/);
    expect(people.some((p) => /Denisova|Nemenov|Farrell?|Tsurkan|Fazlioglu/.test(p.name))).toBe(false);
  });

  it('stores a hostile name literally and runs nothing it contains', async () => {
    const hostile = "x'}) DETACH DELETE n //";
    const base = goldExtraction(SEED_FILES[0]!);
    const ex = {
      ...base,
      source: { ...base.source, sha256: 'f'.repeat(64), file: 'hostile.txt' },
      article: { ...base.article, title: `${hostile} title` },
      people: [
        { name: hostile, aliases: ['`) MATCH (n) DELETE n'], roles: ['$param'], affiliation: '{evil}' },
      ],
      meetings: [
        {
          ...base.meetings[2]!,
          participants: [hostile, 'Kirill Dmitriev'],
          participant_groups: ["Robert'); DROP TABLE Students;--"],
          topic: '"}) RETURN 1 //',
          date: '2031-01-01',
          date_precision: 'day' as const,
        },
      ],
    };
    const before = await fingerprint(db);
    await writeArticle(db, ex);
    const after = await fingerprint(db);
    expect(after.nodes).toBeGreaterThan(before.nodes);
    const res = await db.driver.executeQuery(
      'MATCH (p:Person {name: $name}) RETURN p.aliases AS aliases, p.roles AS roles',
      { name: hostile },
      { database: db.database },
    );
    expect(res.records).toHaveLength(1);
    expect(res.records[0]!.get('aliases')).toEqual(['`) MATCH (n) DELETE n']);
    expect(res.records[0]!.get('roles')).toEqual(['$param']);
    const meetings = await listMeetings(db, { from: '2031-01-01' });
    expect(meetings[0]!.topic).toBe('"}) RETURN 1 //');
    expect(meetings[0]!.participant_groups).toEqual(["Robert'); DROP TABLE Students;--"]);
  });
});
