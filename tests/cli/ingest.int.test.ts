// `rendezvous ingest` against the real Neo4j: the summary, errors by file, --json, and bad arguments.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../src-main/common/ingest';
import type { GraphDb } from '../../src-main/core/store/connection';
import { resetGraph, testDb, testEnv } from '../helpers/db';
import { runCli } from '../helpers/cli';
import { SEED_FILES } from '../core/store/builders';

const run = (...args: string[]) => runCli(args, testEnv());

let db: GraphDb;
let dir: string;
beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  dir = mkdtempSync(join(tmpdir(), 'rendezvous-ingest-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '   \n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('rendezvous ingest', () => {
  it('ingests files and folders, names each bad file with its reason, and exits non-zero for them', async () => {
    const res = await run('ingest', dir, ...SEED_FILES);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/^Articles: 2 ingested, 0 already in the graph \(unchanged\), 2 failed$/m);
    expect(res.stdout).toMatch(/^People: 7 new, \d+ merged into people already known$/m);
    expect(res.stdout).toMatch(
      /^Meetings: \d+ new, \d+ merged into meetings already known \(\d+ reports\)$/m,
    );
    expect(res.stdout).toMatch(/Errors \(2\):\n {2}\S*binary\.txt: .+\n {2}\S*empty\.txt: .+/);
  });

  it('changes nothing the second time, and says so in the JSON report', async () => {
    const res = await run('ingest', '--json', ...SEED_FILES);
    expect(res.code, res.stderr).toBe(0);
    const report = JSON.parse(res.stdout) as IngestReport;
    expect(report.articles).toBe(0);
    expect(report.unchanged).toBe(2);
    expect(report.files.every((f) => f.ok && f.unchanged)).toBe(true);
  });

  it('asks for a path when given none', async () => {
    const res = await run('ingest');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Name at least one file or folder/);
  });
});
