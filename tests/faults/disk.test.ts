// A full disk, on a small tmpfs: the ingest refuses up front with the numbers, and a disk that fills up
// during an ingest gives a clear DISK_FULL message, true counts and a journal with no torn line; once
// space is freed the same ingest finishes. Needs root to mount; without it this fails with the reason.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RendezvousError } from '../../src-main/common/errors';
import type { IngestReport } from '../../src-main/common/ingest';
import { ingestPaths } from '../../src-main/core/ingest';
import { connect, type GraphDb } from '../../src-main/core/store/connection';
import { writeCorpus } from '../fixtures/generate-corpus';
import { cleanEnv, resetGraph, testDb, testNeo4j } from '../helpers/db';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'rendezvous.mjs');
let mountPoint: string;
let corpus: string;
let shared: GraphDb;

/** Mounts a tmpfs of `size`; throws with mount's own words when that is not possible here. */
function mountTmpfs(size: string): void {
  const res = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', mountPoint], {
    encoding: 'utf8',
  });
  if (res.status !== 0)
    throw new Error(
      `The full-disk tests need a small tmpfs and could not mount one (run them as root): ` +
        `mount exited ${res.status ?? res.signal}: ${(res.stderr || res.error?.message || '').trim()}`,
    );
}
const unmount = () => spawnSync('umount', [mountPoint]);

/** An environment that uses the test run's Neo4j as "your own Neo4j" and keeps the home on the tmpfs. */
function externalEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const info = testNeo4j();
  return cleanEnv({
    RENDEZVOUS_HOME: join(mountPoint, 'home'),
    NEO4J_URI: info.uri,
    NEO4J_USERNAME: info.username,
    NEO4J_PASSWORD: info.password,
    NEO4J_DATABASE: info.database,
    ...extra,
  });
}

/** Writes zeros until the disk is full; returns the filler's path. */
function fillDisk(): string {
  const filler = join(mountPoint, 'filler');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
  // Small leftovers too, so that even a one-line append fails.
  const fd2 = openSync(join(mountPoint, 'crumbs'), 'w');
  try {
    for (;;) writeSync(fd2, Buffer.alloc(512));
  } catch {
    // full
  } finally {
    closeSync(fd2);
  }
  return filler;
}

const articleCount = async (db: GraphDb) =>
  Number(
    (
      await db.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS c', {}, { database: db.database })
    ).records[0]!.get('c'),
  );

beforeAll(async () => {
  mountPoint = mkdtempSync(join(tmpdir(), 'rendezvous-tmpfs-'));
  corpus = mkdtempSync(join(tmpdir(), 'rendezvous-disk-corpus-'));
  writeCorpus(corpus, { articles: 40, seed: 31 });
  shared = await testDb();
});
afterAll(async () => {
  unmount();
  rmSync(mountPoint, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
  await resetGraph(shared);
  await shared.close();
});

describe('a full disk', () => {
  it('is refused before ingesting, with the free and the needed space', async () => {
    mountTmpfs('8m');
    try {
      await resetGraph(shared);
      mkdirSync(join(mountPoint, 'home'));
      const res = spawnSync(process.execPath, [BIN, 'ingest', corpus], {
        cwd: ROOT,
        env: externalEnv(),
        encoding: 'utf8',
        timeout: 300_000,
      });
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(
        /rendezvous: Not enough free disk space to ingest: \d+\.\d MB free on the disk of .*rendezvous-tmpfs-.*, \d+\.\d MB needed \(10 × \d+\.\d MB of articles \+ 64\.0 MB kept free\)/,
      );
      expect(res.stderr).not.toMatch(/\n\s+at /);
      expect(await articleCount(shared)).toBe(0);
    } finally {
      unmount();
    }
  });

  it('filling up during an ingest gives DISK_FULL, true counts and an intact journal; freed, the ingest finishes', async () => {
    mountTmpfs('4m');
    const reserve = process.env.RENDEZVOUS_DISK_RESERVE_MB;
    process.env.RENDEZVOUS_DISK_RESERVE_MB = '0';
    let db: GraphDb | null = null;
    try {
      await resetGraph(shared);
      mkdirSync(join(mountPoint, 'home'));
      db = await connect({ env: externalEnv(), start: false });
      let filler: string | null = null;
      let error: unknown;
      try {
        await ingestPaths(db, [corpus], {
          workers: 1,
          onProgress: (done) => {
            if (done === 10 && !filler) filler = fillDisk();
          },
        });
      } catch (err) {
        error = err;
      }
      expect(filler).not.toBeNull();
      expect(error).toBeInstanceOf(RendezvousError);
      const e = error as RendezvousError;
      expect(e.code).toBe('DISK_FULL');
      expect(e.message).toMatch(
        /^The disk is full \(writing .*ingest-journal\.jsonl\): \d+ article\(s\) were stored/,
      );
      const report = e.details?.report as IngestReport;
      const stored = await articleCount(db);
      expect(stored).toBeGreaterThanOrEqual(10);
      expect(report.articles).toBe(stored);
      expect(report.articles + report.errors).toBe(40);

      // Every journal line is whole JSON: a failed append was taken back.
      const journal = readFileSync(join(mountPoint, 'home', 'ingest-journal.jsonl'), 'utf8');
      for (const line of journal.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();

      rmSync(filler!);
      rmSync(join(mountPoint, 'crumbs'));
      const again = await ingestPaths(db, [corpus], { workers: 1 });
      expect(again.errors).toBe(0);
      expect(again.articles).toBe(40 - stored);
      expect(await articleCount(db)).toBe(40);
    } finally {
      if (reserve === undefined) delete process.env.RENDEZVOUS_DISK_RESERVE_MB;
      else process.env.RENDEZVOUS_DISK_RESERVE_MB = reserve;
      await db?.close();
      unmount();
    }
  });
});
