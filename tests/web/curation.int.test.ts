// Corrections over the web mode: two clients correcting the same meeting at once, bad input, and the marks in an export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../../src-main/web';
import type { GraphDb } from '../../src-main/core/store/connection';
import { ingestDocuments } from '../../src-main/core/ingest';
import { cleanEnv, resetGraph, testDb, testNeo4j } from '../helpers/db';

const TOKEN = 'curation-token-0123456789abcdef';
let app: WebApp;
let db: GraphDb;

interface Outcome {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

/** One client's call: its own connection, its own request. */
async function call(method: string, body: unknown): Promise<Outcome> {
  const res = await fetch(`http://127.0.0.1:${app.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rendezvous-token': TOKEN, connection: 'close' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Outcome;
}

beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  await ingestDocuments(
    db,
    [
      {
        name: 'riyadh.txt',
        data: Buffer.from(
          `Lavrov and Rubio meet in Riyadh\n\nPublished 2025-02-20\n\nRussian Foreign Minister Sergei Lavrov met U.S. Secretary of State Marco Rubio in Riyadh on February 18, 2025, to discuss the war in Ukraine.\n`,
        ),
      },
    ],
    { workers: 0 },
  );
  app = await startWebApp({
    port: 0,
    token: TOKEN,
    connect: { home: testNeo4j().home, env: cleanEnv(), start: false },
  });
});
afterAll(async () => {
  await app?.stop();
  await resetGraph(db);
  await db.close();
});

describe('corrections in the web mode', () => {
  it('two clients correcting the same meeting at once: one wins, the other gets a conflict, nothing is overwritten', async () => {
    const meetings = (await call('meetings', {})).value as { id: string }[];
    const id = meetings[0]!.id;
    const state = (await call('curationState', { id })).value as { version: number };
    const [a, b] = await Promise.all([
      call('editMeeting', {
        id,
        topic: 'the war in Ukraine',
        reason: 'first desk',
        expectedVersion: state.version,
      }),
      call('editMeeting', { id, topic: 'sanctions', reason: 'second desk', expectedVersion: state.version }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const lost = a.ok ? b : a;
    const won = a.ok ? 'the war in Ukraine' : 'sanctions';
    expect(lost.error!.code).toBe('CONFLICT');
    expect(lost.error!.message).toMatch(/changed by another correction/);
    const after = (await call('meetings', {})).value as { id: string; topic: string }[];
    expect(after.find((m) => m.id === id)!.topic).toBe(won);
    const history = (await call('history', {})).value as { total: number };
    expect(history.total).toBe(1);
  });

  it('bad input gets a clear error and changes nothing', async () => {
    const id = ((await call('meetings', {})).value as { id: string }[])[0]!.id;
    const long = await call('rejectMeeting', { id, reason: 'x'.repeat(2001) });
    expect(long.error!.code).toBe('INVALID_ARGUMENT');
    expect(long.error!.message).toMatch(/2000/);
    const unknown = await call('confirmMeeting', { id: 'meeting:none' });
    expect(unknown.error).toMatchObject({ code: 'NOT_FOUND' });
    const future = await call('editMeeting', { id, date: '2999-05-01', status: 'held' });
    expect(future.error!.message).toMatch(/after today/);
    expect(((await call('history', {})).value as { total: number }).total).toBe(1);
  });

  it('a GraphML export of the whole graph carries the curation marks', async () => {
    const id = ((await call('meetings', {})).value as { id: string }[])[0]!.id;
    expect((await call('confirmMeeting', { id, reason: 'checked against the ministry statement' })).ok).toBe(
      true,
    );
    const res = (await call('exportGraph', { format: 'graphml', scope: 'all', filter: { view: 'meetings' } }))
      .value as { files: { content: string }[] };
    const xml = res.files[0]!.content;
    expect(xml).toMatch(/attr\.name="curation"/);
    expect(xml).toMatch(/>corrected; confirmed</);
  });
});
