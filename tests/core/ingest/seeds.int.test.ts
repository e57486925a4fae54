// The seeds through the real extraction (on worker threads) into the real Neo4j, in either order, twice.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { ingestDocuments, ingestPaths } from '../../../src-main/core/ingest';
import { ExtractionPool } from '../../../src-main/core/ingest/pool';
import { listMeetings } from '../../../src-main/core/store/queries/meetings';
import { sameTopic } from '../../../src-main/core/merge/topics';
import { resetGraph, testDb } from '../../helpers/db';
import { SEED_FILES } from '../store/builders';
import { fingerprint, type GraphFingerprint } from '../store/fingerprint';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let db: GraphDb;
const journal = join(mkdtempSync(join(tmpdir(), 'rendezvous-journal-')), 'journal.jsonl');
beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

const documents = (files: string[]) => files.map((f) => ({ name: basename(f), bytes: readFileSync(f) }));

describe('ingesting the seeds', () => {
  it('runs extraction on worker threads', async () => {
    const pool = new ExtractionPool(2);
    try {
      expect(pool.threaded).toBe(true);
      const out = await pool.extract({ name: basename(SEED_FILES[1]!), bytes: readFileSync(SEED_FILES[1]!) });
      expect(out.ok).toBe(true);
      if (out.ok) expect(out.extraction.people.map((p) => p.name)).toContain('Tammy Bruce');
    } finally {
      await pool.close();
    }
  });

  let forward: GraphFingerprint;
  it('in either order and twice, gives the same graph, and the second time changes nothing', async () => {
    const first = await ingestPaths(db, SEED_FILES, { journal });
    expect(first.articles).toBe(2);
    expect(first.errors).toBe(0);
    forward = await fingerprint(db);
    const again = await ingestPaths(db, SEED_FILES, { journal });
    expect(again.articles).toBe(0);
    expect(again.unchanged).toBe(2);
    expect(await fingerprint(db)).toEqual(forward);

    await resetGraph(db);
    await ingestDocuments(db, documents([...SEED_FILES].reverse()), { journal });
    const backward = await fingerprint(db);
    await ingestDocuments(db, documents([...SEED_FILES].reverse()), { journal });
    expect(await fingerprint(db)).toEqual(backward);
    expect(backward.labels).toEqual(forward.labels);
    expect(backward.types).toEqual(forward.types);
    expect(backward.meetings).toEqual(forward.meetings);
    expect(backward.duplicateIds).toBe(0);
    expect(backward.orphans).toBe(0);
  });

  it('holds one Istanbul meeting on 2025-04-10: held, about embassy operations, two sources, both sides', async () => {
    const meetings = await listMeetings(db, {});
    const istanbul = meetings.filter((m) => m.city === 'Istanbul' && m.date === '2025-04-10');
    expect(istanbul).toHaveLength(1);
    const m = istanbul[0]!;
    expect(m.status).toBe('held');
    expect(sameTopic(m.topic ?? '', 'embassy operations')).toBe(true);
    expect(m.sources).toHaveLength(2);
    expect(m.participant_groups).toEqual(expect.arrayContaining(['Russia', 'United States']));
    expect(m.status_history.map((h) => h.status)).toEqual(['planned', 'held']);
  });

  it('holds one Dmitriev–Witkoff meeting at the White House with two sources', async () => {
    const meetings = await listMeetings(db, {});
    const dw = meetings.filter(
      (m) => m.participants.includes('Kirill Dmitriev') && m.participants.includes('Steve Witkoff'),
    );
    expect(dw).toHaveLength(1);
    expect(dw[0]!.place).toBe('White House');
    expect(dw[0]!.sources).toHaveLength(2);
  });

  it('keeps the Feb. 27 Istanbul meeting and the Saudi Arabia talks as meetings of their own', async () => {
    const meetings = await listMeetings(db, {});
    expect(meetings.filter((m) => m.city === 'Istanbul' && m.date === '2025-02-27')).toHaveLength(1);
    const saudi = meetings.filter((m) => m.place === 'Saudi Arabia' || m.country === 'Saudi Arabia');
    expect(saudi).toHaveLength(1);
    expect(saudi[0]!.participant_groups).toEqual(expect.arrayContaining(['Russia', 'United States']));
  });

  it('has a person node for each person of the story and none for a credit', async () => {
    const res = await db.driver.executeQuery(
      'MATCH (p:Person) RETURN p.name AS name',
      {},
      { database: db.database },
    );
    const names = res.records.map((r) => r.get('name') as string);
    for (const n of ['Peskov', 'Dmitriev', 'Witkoff', 'Bruce', 'Zelensky', 'Putin', 'Trump'])
      expect(names.filter((x) => x.endsWith(n))).toHaveLength(1);
    for (const credit of [
      'Kateryna Denisova',
      'Alexander Nemenov',
      'Francis Farrell',
      'Salih Zeki Fazlioglu',
      'Kate Tsurkan',
    ])
      expect(names).not.toContain(credit);
  });

  it('answers "as known on": planned on 2025-04-09, held on 2025-04-10', async () => {
    const on9 = (await listMeetings(db, { asOf: '2025-04-09' })).filter(
      (m) => m.city === 'Istanbul' && m.date === '2025-04-10',
    );
    expect(on9).toHaveLength(1);
    expect(on9[0]!.status).toBe('planned');
    expect(on9[0]!.sources).toHaveLength(1);
    const on10 = (await listMeetings(db, { asOf: '2025-04-10' })).filter(
      (m) => m.city === 'Istanbul' && m.date === '2025-04-10',
    );
    expect(on10[0]!.status).toBe('held');
    expect(on10[0]!.status_history.map((h) => [h.status, h.reported])).toEqual([
      ['planned', '2025-04-08'],
      ['held', '2025-04-10'],
    ]);
  });

  it('reports a bad file by name and still ingests the others', async () => {
    await resetGraph(db);
    const report = await ingestDocuments(
      db,
      [{ name: 'empty.txt', bytes: new Uint8Array() }, ...documents([SEED_FILES[0]!])],
      { journal },
    );
    expect(report.articles).toBe(1);
    expect(report.errors).toBe(1);
    expect(report.files[0]!.error?.message).toMatch(/empty\.txt/);
  });
});
