// `rendezvous meetings` against the real Neo4j: JSON fields, the readable table, and --as-of.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../src-main/core/store/connection';
import { resetGraph, testDb, testEnv } from '../helpers/db';
import { runCli } from '../helpers/cli';
import { SEED_FILES } from '../core/store/builders';

const run = (...args: string[]) => runCli(args, testEnv());

let db: GraphDb;
beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  const res = await run('ingest', ...SEED_FILES);
  expect(res.code, res.stderr).toBe(0);
  expect(res.stdout).toMatch(/Articles: 2 ingested/);
  expect(res.stdout).toMatch(/People: 7 new, \d+ merged/);
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

interface JsonMeeting {
  id: string;
  participants: string[];
  participant_groups: string[];
  city: string | null;
  date: string | null;
  status: string;
  status_history: { status: string; reported: string }[];
  sources: {
    title: string;
    outlet: string;
    published: string;
    url: string | null;
    status: string;
    evidence: string;
  }[];
}

describe('rendezvous meetings', () => {
  it('prints every documented field with --json, the status as known on --as-of', async () => {
    const on9 = await run('meetings', '--json', '--as-of', '2025-04-09');
    expect(on9.code, on9.stderr).toBe(0);
    const meetings = JSON.parse(on9.stdout) as JsonMeeting[];
    const istanbul = meetings.find((m) => m.city === 'Istanbul' && m.date === '2025-04-10')!;
    expect(Object.keys(istanbul)).toEqual([
      'id',
      'participants',
      'participant_groups',
      'place',
      'city',
      'country',
      'date',
      'date_precision',
      'topic',
      'status',
      'status_history',
      'sources',
      'flags',
      'confidence',
      'curation',
    ]);
    expect(istanbul.status).toBe('planned');
    expect(Object.keys(istanbul.sources[0]!)).toEqual([
      'title',
      'outlet',
      'published',
      'url',
      'status',
      'evidence',
      'file',
      'index',
    ]);

    const later = JSON.parse((await run('meetings', '--json')).stdout) as JsonMeeting[];
    const held = later.find((m) => m.id === istanbul.id)!;
    expect(held.status).toBe('held');
    expect(held.sources.map((s) => s.status)).toEqual(['planned', 'held']);
    expect(held.status_history.map((h) => h.reported)).toEqual(['2025-04-08', '2025-04-10']);
  });

  it('prints a readable table without --json', async () => {
    const res = await run('meetings', '--as-of', '2025-04-10');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout.split('\n')[0]).toMatch(/^DATE\s+PLACE\s+PARTIES\s+TOPIC\s+STATUS\s+SOURCES$/);
    expect(res.stdout).toMatch(/White House.*Kirill Dmitriev, Steve Witkoff/);
    expect(res.stdout).toMatch(/held \(planned 2025-04-08 → held 2025-04-10\)/);
    expect(res.stdout).toMatch(/meeting\(s\), status as known on 2025-04-10/);
  });

  it('refuses a malformed date with a clear message and a non-zero exit', async () => {
    const res = await run('meetings', '--as-of', 'yesterday');
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/ISO date/);
  });
});
