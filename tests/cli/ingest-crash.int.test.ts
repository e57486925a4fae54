// A killed ingest resumes to the same graph: SIGKILL `rendezvous ingest` halfway through 500 articles, run
// it again, and compare with a clean ingest of the same corpus.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../src-main/core/store/connection';
import { resetGraph, testDb, testEnv } from '../helpers/db';
import { spawnCli } from '../helpers/cli';
import { writeCorpus } from '../fixtures/generate-corpus';
import { fingerprint } from '../core/store/fingerprint';

let db: GraphDb;
let corpus: string;

beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  corpus = mkdtempSync(join(tmpdir(), 'rendezvous-corpus-'));
  writeCorpus(corpus, { articles: 500, seed: 7 });
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
  rmSync(corpus, { recursive: true, force: true });
});

const countArticles = async () =>
  Number(
    (
      await db.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS c', {}, { database: db.database })
    ).records[0]!.get('c'),
  );

/** Runs `rendezvous ingest` in a child process; resolves with its exit code, stdout and stderr. */
function ingest(args: string[], killWhen?: () => Promise<boolean>) {
  const child = spawnCli(['ingest', ...args], testEnv());
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  let killed = false;
  if (killWhen) {
    const timer = setInterval(() => {
      void killWhen().then((yes) => {
        if (yes && !killed) {
          killed = true;
          clearInterval(timer);
          child.kill('SIGKILL');
        }
      });
    }, 200);
    child.on('exit', () => clearInterval(timer));
  }
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

describe('an interrupted ingest', () => {
  it('killed halfway through 500 articles and run again, ends as a clean ingest: same counts, no duplicates, no orphans', async () => {
    const clean = await ingest([corpus]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/Articles: \d+ ingested/);
    const expected = await fingerprint(db);
    expect(expected.labels.Article).toBe(500);

    await resetGraph(db);
    const killed = await ingest([corpus], async () => (await countArticles()) >= 250);
    expect(killed.signal).toBe('SIGKILL');
    const partway = await countArticles();
    expect(partway).toBeGreaterThanOrEqual(250);
    expect(partway).toBeLessThan(500);

    const resumed = await ingest([corpus]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/interrupted/);
    expect(resumed.stdout).toMatch(
      new RegExp(`Articles: ${500 - partway} ingested, ${partway} already in the graph`),
    );
    const after = await fingerprint(db);
    expect(after.duplicateIds).toBe(0);
    expect(after.orphans).toBe(0);
    expect(after).toEqual(expected);
  }, 900_000);
});
