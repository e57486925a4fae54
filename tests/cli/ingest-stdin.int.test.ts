// `rendezvous ingest --stdin` with the article's title, date, outlet and URL, against the real Neo4j.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../src-main/core/store/connection';
import { resetGraph, testDb, testEnv } from '../helpers/db';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'rendezvous.mjs');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: testEnv(),
    encoding: 'utf8',
    input,
    timeout: 300_000,
  });

const TEXT = `Russian negotiator Kirill Dmitriev arrived in Washington last week and met with Steve Witkoff, U.S. President Donald Trump's special envoy to the Middle East, at the White House, officials said on Tuesday.

The two men discussed the restoration of embassy operations, according to people familiar with the talks.
`;

let db: GraphDb;
beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

describe('rendezvous ingest --stdin', () => {
  it('stores text from standard input with its title, date, outlet and URL, so its meeting is dated', async () => {
    const res = run(
      [
        'ingest',
        '--stdin',
        '--title',
        'Dmitriev in Washington',
        '--date',
        '2025-04-08',
        '--outlet',
        'Example Wire',
        '--url',
        'https://example.org/dmitriev',
        '--json',
      ],
      TEXT,
    );
    expect(res.status, res.stderr).toBe(0);
    const report = JSON.parse(res.stdout) as { articles: number; meetings: number };
    expect(report.articles).toBe(1);
    expect(report.meetings).toBeGreaterThan(0);
    const meetings = run(['meetings', '--json']);
    const list = JSON.parse(meetings.stdout) as {
      date: string | null;
      sources: { title: string; outlet: string; url: string; published: string }[];
    }[];
    const m = list.find((x) => x.sources.some((s) => s.title === 'Dmitriev in Washington'));
    expect(m?.date).toMatch(/^2025-0[34]/);
    expect(m?.sources[0]).toMatchObject({
      outlet: 'Example Wire',
      url: 'https://example.org/dmitriev',
      published: '2025-04-08',
    });
  });

  it('refuses --date without --stdin, and a date that is not YYYY-MM-DD', () => {
    expect(run(['ingest', 'x.txt', '--date', '2025-04-08']).stderr).toMatch(/go with --stdin/);
    expect(run(['ingest', '--stdin', '--date', 'April 8'], TEXT).stderr).toMatch(/YYYY-MM-DD/);
  });
});
