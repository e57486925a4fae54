// Neo4j stopped during an ingest: a clear error, a non-zero exit, nothing half-written, and the same
// ingest finishes once Neo4j is back. Uses a Neo4j of its own (its own temporary home).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphDb } from '../../src-main/core/store/connection';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { ingestPaths } from '../../src-main/core/ingest';
import { cleanEnv, resetGraph, testDb } from '../helpers/db';
import { writeCorpus } from '../fixtures/generate-corpus';
import { fingerprint } from '../core/store/fingerprint';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'rendezvous.mjs');
const HEAP = '384m';
let home: string;
let corpus: string;
let shared: GraphDb;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'rendezvous-down-'));
  corpus = mkdtempSync(join(tmpdir(), 'rendezvous-corpus-'));
  writeCorpus(corpus, { articles: 150, seed: 11 });
  shared = await testDb();
  await resetGraph(shared);
  await startBuiltinNeo4j({ home, env: cleanEnv(), heap: HEAP });
});
afterAll(async () => {
  await stopBuiltinNeo4j(home).catch(() => undefined);
  await resetGraph(shared);
  await shared.close();
  rmSync(home, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
});

const articleCount = async (db: GraphDb) =>
  Number(
    (
      await db.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS c', {}, { database: db.database })
    ).records[0]!.get('c'),
  );

function runIngest() {
  const child = spawn(process.execPath, [BIN, 'ingest', corpus], {
    cwd: ROOT,
    env: cleanEnv({ RENDEZVOUS_HOME: home, RENDEZVOUS_NEO4J_HEAP: HEAP }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('Neo4j going down during an ingest', () => {
  it('stops with a clear error and a non-zero exit, leaves nothing half-written, and resumes once Neo4j is back', async () => {
    const reference = await ingestPaths(shared, [corpus], { journal: join(home, 'reference-journal.jsonl') });
    expect(reference.errors).toBe(0);
    const expected = await fingerprint(shared);

    let db = await connect({ home, env: cleanEnv(), start: false });
    const running = runIngest();
    for (;;) {
      if ((await articleCount(db).catch(() => 0)) >= 30) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await db.close();
    await stopBuiltinNeo4j(home);
    const down = await running;
    expect(down.code).not.toBe(0);
    expect(down.stderr).toMatch(
      /Neo4j became unreachable while ingesting .*Run the same ingest again once Neo4j is back/s,
    );

    await startBuiltinNeo4j({ home, env: cleanEnv(), heap: HEAP });
    db = await connect({ home, env: cleanEnv(), start: false });
    try {
      const stored = await articleCount(db);
      expect(stored).toBeGreaterThanOrEqual(30);
      expect(stored).toBeLessThan(150);
      // Every stored article is whole: it has all its mentions and reports, so no orphans and no strays.
      const partial = await fingerprint(db);
      expect(partial.orphans).toBe(0);
      expect(partial.duplicateIds).toBe(0);

      const again = await runIngest();
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(
        new RegExp(`Articles: ${150 - stored} ingested, ${stored} already in the graph`),
      );
      expect(await fingerprint(db)).toEqual(expected);
    } finally {
      await db.close();
    }
  }, 900_000);
});
