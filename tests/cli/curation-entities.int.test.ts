// The commands that change which entities there are, against the real Neo4j: meetings split and merge,
// people set, not-a-person and split --mentions, each kept in the history with its reason.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../src-main/core/store/connection';
import { runCli } from '../helpers/cli';
import { CURATION_TEXTS } from '../helpers/curation-articles';
import { resetGraph, testDb, testEnv } from '../helpers/db';

const ARTICLES = Object.fromEntries(
  ['riyadh.txt', 'moscow.txt', 'moscow-again.txt'].map((n) => [n, CURATION_TEXTS[n]!]),
);
const sha = (name: string) => createHash('sha256').update(ARTICLES[name]!, 'utf8').digest('hex');

let db: GraphDb;
let dir: string;
const cli = (...args: string[]) => runCli(args, testEnv({ RENDEZVOUS_USER: 'desk editor' }));

interface JsonMeeting {
  id: string;
  city: string | null;
  participants: string[];
  sources: { title: string }[];
  curation: string[];
}
const meetings = async (): Promise<JsonMeeting[]> => {
  const run = await cli('meetings', '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as JsonMeeting[];
};
const ok = async (...args: string[]) => {
  const run = await cli(...args);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
};

beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  dir = mkdtempSync(join(tmpdir(), 'rendezvous-curation-'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  await ok('ingest', ...Object.keys(ARTICLES).map((n) => join(dir, n)));
}, 300_000);
afterAll(async () => {
  await resetGraph(db);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('rendezvous meetings merge|split and people set|not-a-person|split --mentions', () => {
  it('splits a meeting by its reports and merges the two back, each with its reason', async () => {
    const moscow = (await meetings()).find((m) => m.city === 'Moscow')!;
    expect(moscow.sources).toHaveLength(2);
    expect(
      await ok('meetings', 'split', moscow.id, '--reports', sha('moscow-again.txt'), '--reason', 'two days'),
    ).toMatch(/Split 1 report/);
    const parts = (await meetings()).filter((m) => m.city === 'Moscow');
    expect(parts).toHaveLength(2);
    const other = parts.find((m) => m.id !== moscow.id)!;
    expect(other.sources.map((s) => s.title)).toEqual(['Ushakov and Witkoff held talks in Moscow']);
    await ok('meetings', 'merge', moscow.id, other.id, '--reason', 'the same talks');
    const one = (await meetings()).filter((m) => m.city === 'Moscow');
    expect(one.map((m) => m.id)).toEqual([moscow.id]);
    expect(one[0]!.sources).toHaveLength(2);
  }, 300_000);

  it('sets a role, takes a non-person out, splits a mention off, and lists it all in the history', async () => {
    expect(
      await ok('people', 'set', 'Marco Rubio', '--role', 'Secretary of State', '--reason', 'office'),
    ).toMatch(/Set the role Secretary of State of Marco Rubio/);
    await ok('people', 'not-a-person', 'Sergei Lavrov', '--reason', 'a test of the verb');
    const riyadh = (await meetings()).find((m) => m.city === 'Riyadh')!;
    expect(riyadh.participants.join(' ')).not.toMatch(/Lavrov/);
    const gone = await cli('people', 'rename', 'Sergei Lavrov', 'S. Lavrov');
    expect(gone.code).not.toBe(0);

    const split = await ok(
      'people',
      'split',
      'Steve Witkoff',
      '--mentions',
      sha('moscow-again.txt'),
      '--name',
      'Steve Witkoff Jr.',
      '--reason',
      'a namesake',
    );
    expect(split).toMatch(/Split 1 mention of Steve Witkoff off to a new person, Steve Witkoff Jr\./);
    const bad = await cli('people', 'split', 'Steve Witkoff', '--mentions', sha('moscow.txt'));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/at least one mention/);

    const history = JSON.parse(await ok('history', '--json')) as {
      kind: string;
      reason: string;
      author: string;
    }[];
    expect(history.slice(0, 5).map((c) => [c.kind, c.reason])).toEqual([
      ['person.split', 'a namesake'],
      ['person.remove', 'a test of the verb'],
      ['person.set', 'office'],
      ['meeting.merge', 'the same talks'],
      ['meeting.split', 'two days'],
    ]);
    expect(history[0]!.author).toBe('desk editor');
    expect(await ok('undo')).toMatch(/Reverted: Split 1 mention/);
  }, 300_000);
});
