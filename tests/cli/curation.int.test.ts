// The correction commands against the real Neo4j: people merge, meetings reject, re-ingest, history --json, undo.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../src-main/core/store/connection';
import { runCli } from '../helpers/cli';
import { CURATION_TEXTS } from '../helpers/curation-articles';
import { resetGraph, testDb, testEnv } from '../helpers/db';

const ARTICLES = CURATION_TEXTS;

let db: GraphDb;
let dir: string;
const env = () => testEnv({ RENDEZVOUS_USER: 'desk editor' });
const cli = (...args: string[]) => runCli(args, env());
const file = (name: string) => join(dir, name);

interface JsonMeeting {
  id: string;
  city: string | null;
  participants: string[];
  curation: string[];
}
const meetings = async (): Promise<JsonMeeting[]> => {
  const run = await cli('meetings', '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as JsonMeeting[];
};

beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  dir = mkdtempSync(join(tmpdir(), 'rendezvous-curation-'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(file(name), text);
  const run = await cli('ingest', file('riyadh.txt'), file('moscow.txt'));
  expect(run.code, run.stderr).toBe(0);
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('rendezvous people, meetings, history and undo', () => {
  it('lists the candidates of an ambiguous name and exits non-zero, changing nothing', async () => {
    const run = await cli('people', 'merge', 'Ushakov', 'Sergei Lavrov');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/may name 2 people/);
    expect(run.stderr).toMatch(/person:yura-ushakov\s+Yura Ushakov/);
    expect(run.stderr).toMatch(/person:yuri-ushakov\s+Yuri Ushakov/);
    const none = await cli('people', 'merge', 'Nobody Atall', 'Sergei Lavrov');
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/No person is called "Nobody Atall"/);
    const self = await cli('people', 'merge', 'Sergei Lavrov', 'person:sergei-lavrov');
    expect(self.code).not.toBe(0);
    expect(self.stderr).toMatch(/cannot be merged into itself/);
    const history = await cli('history', '--json');
    expect(JSON.parse(history.stdout)).toEqual([]);
  });

  it('merges two people by name, keeping the one asked for', async () => {
    const run = await cli(
      'people',
      'merge',
      'Yura Ushakov',
      'Yuri Ushakov',
      '--keep',
      'Yuri Ushakov',
      '--reason',
      'the same Kremlin aide',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Merged Yura Ushakov into Yuri Ushakov — the same Kremlin aide/);
    const riyadh = (await meetings()).find((m) => m.city === 'Riyadh')!;
    expect(riyadh.participants).toContain('Yuri Ushakov');
    expect(riyadh.participants).not.toContain('Yura Ushakov');
  });

  it('rejects a meeting with a reason, refuses an impossible date, and a re-ingest keeps both corrections', async () => {
    const moscow = (await meetings()).find((m) => m.city === 'Moscow')!;
    const bad = await cli('meetings', 'edit', moscow.id, '--date', '2025-02-30');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/not a date/);
    const run = await cli('meetings', 'reject', moscow.id, '--reason', 'it was a phone call');
    expect(run.code, run.stderr).toBe(0);
    expect((await meetings()).map((m) => m.id)).not.toContain(moscow.id);

    const again = await cli(
      'ingest',
      file('riyadh.txt'),
      file('moscow.txt'),
      file('moscow-again.txt'),
      file('petersburg.txt'),
    );
    expect(again.code, again.stderr).toBe(0);
    const after = await meetings();
    expect(after.map((m) => m.city)).not.toContain('Moscow');
    const petersburg = after.find((m) => m.city === 'St. Petersburg')!;
    expect(petersburg.participants).toContain('Yuri Ushakov');
    expect(petersburg.participants).not.toContain('Yura Ushakov');
    const people = await cli(
      'query',
      'MATCH (p:Person) WHERE p.name CONTAINS "Ushakov" RETURN p.name AS name',
      '--json',
    );
    expect(JSON.parse(people.stdout)).toEqual([{ name: 'Yuri Ushakov' }]);
  });

  it('history --json lists both corrections newest first, with reason and author; undo restores the meeting', async () => {
    const history = await cli('history', '--json');
    expect(history.code, history.stderr).toBe(0);
    const corrections = JSON.parse(history.stdout) as {
      kind: string;
      reason: string;
      author: string;
      active: boolean;
    }[];
    expect(corrections.map((c) => [c.kind, c.reason, c.author, c.active])).toEqual([
      ['meeting.reject', 'it was a phone call', 'desk editor', true],
      ['person.merge', 'the same Kremlin aide', 'desk editor', true],
    ]);
    const undo = await cli('undo');
    expect(undo.code, undo.stderr).toBe(0);
    expect(undo.stdout).toMatch(/Reverted: Rejected the meeting/);
    const moscow = (await meetings()).find((m) => m.city === 'Moscow')!;
    expect(moscow.curation).toEqual([]);
    const table = await cli('history');
    expect(table.stdout).toMatch(/\(reverted\) Rejected the meeting/);
  });
});
