// Concurrent ingests into one home give the same graph as one ingest after the other: two CLIs at once,
// and a CLI beside an in-process import (what the desktop app and the web mode use). The second waits,
// and says so.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocuments, ingestPaths } from '../../src-main/core/ingest';
import type { GraphDb } from '../../src-main/core/store/connection';
import { writeCorpus } from '../fixtures/generate-corpus';
import { fingerprint } from '../core/store/fingerprint';
import { resetGraph, testDb, testEnv } from '../helpers/db';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'rendezvous.mjs');
let db: GraphDb;
let corpus: string;
let scratch: string;

beforeAll(async () => {
  db = await testDb();
  corpus = mkdtempSync(join(tmpdir(), 'rendezvous-concurrent-'));
  scratch = mkdtempSync(join(tmpdir(), 'rendezvous-concurrent-journal-'));
  writeCorpus(corpus, { articles: 40, seed: 23, officials: 12 });
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
  rmSync(corpus, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** The fingerprint, plus every person's merge reasons and every mention's evidence and merge reason. */
async function fullFingerprint(graph: GraphDb) {
  const rows = async (query: string) =>
    (await graph.driver.executeQuery(query, {}, { database: graph.database })).records.map((r) =>
      JSON.stringify(r.toObject()),
    );
  return {
    ...(await fingerprint(graph)),
    mergeReasons: (
      await rows('MATCH (p:Person) RETURN p.key AS key, coalesce(p.mergeReasons, []) AS reasons')
    ).sort(),
    evidence: (
      await rows(
        'MATCH (a:Article)-[m:MENTIONS]->(x) RETURN a.id AS article, x.id AS target, m.evidence AS evidence, m.mergeReason AS reason',
      )
    ).sort(),
  };
}

function ingestCli(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'ingest', '--workers', '1', corpus], {
    cwd: ROOT,
    env: testEnv(),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('concurrent ingests into one home', () => {
  it('two CLI ingests at once give the same graph (counts, merge reasons, evidence) as one after the other', async () => {
    await resetGraph(db);
    const reference = await ingestPaths(db, [corpus], { workers: 1, journal: join(scratch, 'a.jsonl') });
    expect(reference.errors).toBe(0);
    const expected = await fullFingerprint(db);
    // The corpus repeats people across articles, so there are merge reasons to lose.
    expect(expected.mergeReasons.filter((r) => !r.includes('"reasons":[]')).length).toBeGreaterThan(5);

    await resetGraph(db);
    const [first, second] = await Promise.all([ingestCli(), ingestCli()]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    const waited = [first, second].filter((r) =>
      /waiting for another ingest into this graph \(process \d+\) to finish/.test(r.stderr),
    );
    expect(waited.length).toBeGreaterThanOrEqual(1);
    // One stored every article; the other found them all already there.
    const summaries = [first.stdout, second.stdout].sort();
    expect(summaries.some((s) => s.includes(`Articles: 40 ingested, 0 already in the graph`))).toBe(true);
    expect(summaries.some((s) => s.includes(`Articles: 0 ingested, 40 already in the graph`))).toBe(true);
    expect(await fullFingerprint(db)).toEqual(expected);
  }, 900_000);

  it('a CLI ingest and an in-process import at once give the same graph as one after the other', async () => {
    await resetGraph(db);
    await ingestPaths(db, [corpus], { workers: 1, journal: join(scratch, 'b.jsonl') });
    const expected = await fullFingerprint(db);

    await resetGraph(db);
    const documents = readdirSync(corpus)
      .sort()
      .map((name) => ({ name: join(corpus, name), data: readFileSync(join(corpus, name)) }));
    const [cli, app] = await Promise.all([ingestCli(), ingestDocuments(db, documents, { workers: 1 })]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(app.errors).toBe(0);
    expect(await fullFingerprint(db)).toEqual(expected);
  }, 900_000);
});
