// `rendezvous meetings` against the real Neo4j: JSON fields, the readable table, and --as-of.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../src-main/core/store/connection';
import { callMethod } from '../../src-main/core/app/dispatch';
import { createAppHandlers } from '../../src-main/core/app/root';
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
    confidence: number;
    trigger: string | null;
  }[];
  confidence: number;
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
      'confidence',
      'trigger',
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
    expect(res.stdout.split('\n')[0]).toMatch(
      /^DATE\s+PLACE\s+PARTIES\s+TOPIC\s+STATUS\s+SOURCES\s+CONFIDENCE$/,
    );
    expect(res.stdout).toMatch(/White House.*Kirill Dmitriev, Steve Witkoff/);
    expect(res.stdout).toMatch(/held \(planned 2025-04-08 → held 2025-04-10\)/);
    expect(res.stdout).toMatch(/meeting\(s\), status as known on 2025-04-10/);
  });

  it('lists every meeting by default, and with --limit says on stderr how many it left out', async () => {
    const all = JSON.parse(
      (await run('meetings', '--json', '--as-of', '2025-04-10')).stdout,
    ) as JsonMeeting[];
    expect(all.length).toBeGreaterThan(2);
    const unlimited = await run('meetings', '--json', '--as-of', '2025-04-10', '--limit', String(all.length));
    expect(unlimited.stderr).not.toMatch(/Stopped at/);
    const res = await run('meetings', '--json', '--as-of', '2025-04-10', '--limit', '2');
    expect(res.code, res.stderr).toBe(0);
    const newest = JSON.parse(res.stdout) as JsonMeeting[];
    expect(newest).toHaveLength(2);
    expect(res.stderr).toContain(`Stopped at the newest 2 of ${all.length} meetings (--limit 2)`);
  });

  it('--min-confidence keeps the meetings at or above the floor and says how many it left out', async () => {
    const all = JSON.parse((await run('meetings', '--json')).stdout) as JsonMeeting[];
    for (const m of all) {
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      // The stored report keeps the extraction's confidence; the meeting is as sure as its least sure report.
      expect(m.confidence).toBeCloseTo(Math.min(...m.sources.map((s) => s.confidence)), 5);
    }
    const whiteHouse = all.find((m) => m.participants.includes('Steve Witkoff') && m.date === '2025-04-03')!;
    expect(whiteHouse.sources.every((s) => /\bmet\b/.test(s.trigger ?? ''))).toBe(true);

    const floor = Math.max(...all.map((m) => m.confidence));
    const above = all.filter((m) => m.confidence >= floor);
    expect(above.length).toBeLessThan(all.length);
    const json = await run('meetings', '--json', '--min-confidence', String(floor));
    expect(json.code, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as JsonMeeting[]).map((m) => m.id)).toEqual(above.map((m) => m.id));
    expect(json.stderr).toContain(
      `${all.length - above.length} meeting(s) below --min-confidence ${floor} left out`,
    );

    const table = await run('meetings', '--min-confidence', String(floor));
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain(`${above.length} meeting(s), status as known on`);
    expect(table.stdout).toContain(`${all.length - above.length} below --min-confidence ${floor} left out`);
    expect(table.stdout).toContain(floor.toFixed(2));

    const none = await run('meetings', '--min-confidence', '1');
    expect(none.code, none.stderr).toBe(0);
    if (floor < 1) expect(none.stdout).toMatch(/^No meetings have confidence ≥ 1 as of .*; \d+ below/);
  });

  it('refuses a confidence floor outside 0..1 or not a number, with what it expects', async () => {
    for (const bad of ['1.5', '-0.1', 'high', '']) {
      const res = await run('meetings', '--min-confidence', bad);
      expect(res.code, bad).not.toBe(0);
      expect(res.stderr).toMatch(/a number from 0 to 1/);
    }
  });

  it('refuses a malformed date with a clear message and a non-zero exit', async () => {
    const res = await run('meetings', '--as-of', 'yesterday');
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/ISO date/);
  });

  it('refuses an impossible date or an unknown status with the code and message the API gives, and lists what the API lists', async () => {
    const app = createAppHandlers({
      connect: { env: testEnv(), start: false },
      owner: 'command',
      openExternal: async () => false,
    });
    try {
      const cases: [string[], Record<string, unknown>][] = [
        [['--as-of', '2025-13-01'], { asOf: '2025-13-01' }],
        [['--from', '2025-02-30x', '--as-of', '2025-04-10'], { from: '2025-02-30x', asOf: '2025-04-10' }],
        [
          ['--as-of', '2025-04-10', '--status', 'held,postponed'],
          { asOf: '2025-04-10', statuses: ['held', 'postponed'] },
        ],
      ];
      for (const [args, input] of cases) {
        const api = await callMethod(app.handlers, 'meetings', input);
        expect(api.ok, args.join(' ')).toBe(false);
        if (api.ok) continue;
        expect(api.error.code).toBe('INVALID_ARGUMENT');
        const cli = await run('meetings', ...args);
        expect(cli.code, args.join(' ')).toBe(1);
        expect(cli.stderr).toBe(`rendezvous: ${api.error.message}\n`);
        expect(cli.stdout).toBe('');
      }
      const listed = await callMethod(app.handlers, 'meetings', { asOf: '2025-04-10', statuses: ['held'] });
      const cli = await run('meetings', '--json', '--as-of', '2025-04-10', '--status', 'held');
      expect(cli.code, cli.stderr).toBe(0);
      expect(listed.ok).toBe(true);
      if (listed.ok)
        expect((JSON.parse(cli.stdout) as JsonMeeting[]).map((m) => m.id)).toEqual(
          (listed.value as { id: string }[]).map((m) => m.id),
        );
    } finally {
      await app.close();
    }
  });
});
