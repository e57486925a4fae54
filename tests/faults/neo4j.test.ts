// The built-in Neo4j under faults, in a fresh home of its own: three `db start` at once, a damaged state
// file, a reader that closes the pipe, Neo4j killed in the middle of a query (noticed, explained from its
// logs and restarted once) and in the middle of an ingest (the summary counts only what was committed).
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homePaths } from '../../src-main/core/config/home';
import { builtinNeo4jStatus, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { isAlive } from '../../src-main/core/neo4j/processes';
import { watchBuiltinNeo4j, type WatchEvent } from '../../src-main/core/neo4j/watch';
import { connect, type GraphDb } from '../../src-main/core/store/connection';
import { writeCorpus } from '../fixtures/generate-corpus';
import { runCli } from '../helpers/cli';
import { cleanEnv } from '../helpers/db';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'rendezvous.mjs');
const HEAP = '384m';
let home: string;
let corpus: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'rendezvous-faults-'));
  corpus = mkdtempSync(join(tmpdir(), 'rendezvous-faults-corpus-'));
  writeCorpus(corpus, { articles: 150, seed: 17 });
  // A busy machine can take minutes to start Neo4j; the default of 60 s is for a person waiting.
  env = cleanEnv({
    RENDEZVOUS_HOME: home,
    RENDEZVOUS_NEO4J_HEAP: HEAP,
    RENDEZVOUS_NEO4J_START_TIMEOUT: '600',
  });
});
afterAll(async () => {
  await stopBuiltinNeo4j(home).catch(() => undefined);
  rmSync(home, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
});

const pidOf = async (): Promise<number> => {
  const running = await builtinNeo4jStatus(home);
  if (!running) throw new Error('the built-in Neo4j of the fault home is not running');
  return running.pid;
};
const killHard = async (pid: number) => {
  process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
};
const articleCount = async (db: GraphDb) =>
  Number(
    (
      await db.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS c', {}, { database: db.database })
    ).records[0]!.get('c'),
  );

describe('the built-in Neo4j under faults', () => {
  it('three `db start` at once on a fresh home all succeed, on one Neo4j', async () => {
    const runs = await Promise.all([1, 2, 3].map(() => runCli(['db', 'start'], env, 900_000)));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const uris = runs.map((r) => r.stdout.trim());
    expect(uris[0]).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(new Set(uris).size).toBe(1);
    const db = await connect({ env, start: false });
    try {
      const constraints = await db.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN count(*) AS c');
      expect(Number(constraints.records[0]!.get('c'))).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  }, 900_000);

  it('a damaged state file: status finds Neo4j through the store lock, writes the file again, and stop still stops', async () => {
    const pid = await pidOf();
    const state = homePaths(home).state;
    writeFileSync(state, '{"pid": 12, "port": "oops"\u0000\u0001');
    const status = await runCli(['db', 'status', '--json'], env);
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ state: 'connected', mode: 'builtin' });
    expect(JSON.parse(readFileSync(state, 'utf8'))).toMatchObject({ pid });

    writeFileSync(state, 'not json at all');
    const stopped = await runCli(['db', 'stop'], env);
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stopped.stdout).toContain(`Stopped the built-in Neo4j (pid ${pid})`);
    expect(isAlive(pid)).toBe(false);
    const started = await runCli(['db', 'start'], env, 900_000);
    expect(started.code, started.stderr).toBe(0);
  }, 900_000);

  it('`db status` into a reader that has already gone ends quietly, without EPIPE', () => {
    const res = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" db status | true`],
      {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        timeout: 300_000,
      },
    );
    expect(res.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(res.status).toBe(0);
    const head = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" db status | head -1`], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(head.stdout).toMatch(/^state: +connected\n$/);
    expect(head.stderr).toBe('');
  }, 600_000);

  it('killed in the middle of a query: the query fails, the watcher says why from the logs and restarts it once', async () => {
    const pid = await pidOf();
    const db = await connect({ env, start: false });
    const events: WatchEvent[] = [];
    const watcher = watchBuiltinNeo4j({
      home,
      env,
      heap: HEAP,
      intervalMs: 250,
      onEvent: (e) => events.push(e),
    });
    try {
      const query = db.driver.executeQuery(
        'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS c',
        {},
        { database: db.database },
      );
      const outcome = query.then(
        () => 'finished',
        (err: Error) => err.message,
      );
      await new Promise((r) => setTimeout(r, 1500));
      // What -XX:+ExitOnOutOfMemoryError prints as the JVM exits, so the watcher has a cause to find.
      appendFileSync(
        homePaths(home).neo4jLog,
        'Terminating due to java.lang.OutOfMemoryError: Java heap space\n',
      );
      await killHard(pid);
      expect(await outcome).not.toBe('finished');

      const deadline = Date.now() + 600_000;
      while (
        !events.some((e) => e.kind === 'restarted' || e.kind === 'restart-failed') &&
        Date.now() < deadline
      )
        await new Promise((r) => setTimeout(r, 250));
      expect(events[0]).toMatchObject({ kind: 'died', pid });
      expect(events[0]?.kind === 'died' && events[0].cause).toMatch(/ran out of memory/);
      expect(events[1]?.kind, JSON.stringify(events[1])).toBe('restarted');

      // Only once: killed again, it is left down with its cause.
      const second = await pidOf();
      await killHard(second);
      while (!events.some((e) => e.kind === 'gave-up') && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 250));
      expect(events.at(-1)).toMatchObject({ kind: 'gave-up', pid: second });
    } finally {
      watcher.stop();
      await db.close().catch(() => undefined);
    }
    // The next command notices the unexpected stop, says so, and starts it.
    const progress: string[] = [];
    const again = await connect({ env, onProgress: (m) => progress.push(m), startTimeoutMs: 600_000 });
    await again.close();
    expect(progress.join('\n')).toMatch(
      /had stopped unexpectedly: its logs name no cause \(it may have been killed\)/,
    );
  }, 1_200_000);

  it('killed in the middle of an ingest: the summary counts only what was committed, and a rerun finishes', async () => {
    let db = await connect({ env, start: false });
    const child = spawn(process.execPath, [BIN, 'ingest', '--workers', '1', corpus], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    while ((await articleCount(db).catch(() => 0)) < 30) await new Promise((r) => setTimeout(r, 200));
    await db.close();
    await killHard(await pidOf());
    expect(await exited).not.toBe(0);
    const message =
      /Neo4j became unreachable while ingesting .*?; (\d+) article\(s\) were stored, (\d+) may have been \(the commit of their group was cut off\), (\d+) were not/.exec(
        stderr,
      );
    expect(message, stderr).not.toBeNull();
    const [claimed, inDoubt, notStored] = message!.slice(1).map(Number) as [number, number, number];
    expect(claimed + inDoubt + notStored).toBe(150);
    expect(stderr).toMatch(
      new RegExp(
        `Articles: ${claimed} ingested, 0 already in the graph \\(unchanged\\), ${150 - claimed} failed`,
      ),
    );
    expect(stderr).toMatch(/not stored: Neo4j became unreachable/);

    db = await connect({ env, startTimeoutMs: 600_000 });
    try {
      // The summary counts only what a commit confirmed; the one group whose commit was cut off may be
      // in the graph or not, and the message says how many that is.
      const stored = await articleCount(db);
      expect(stored).toBeGreaterThanOrEqual(claimed);
      expect(stored).toBeLessThanOrEqual(claimed + inDoubt);
      expect(stored).toBeLessThan(150);
      const again = await runCli(['ingest', corpus], env, 900_000);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain(`Articles: ${150 - stored} ingested, ${stored} already in the graph`);
      expect(await articleCount(db)).toBe(150);
    } finally {
      await db.close();
    }
    expect(stdout).toBe('');
  }, 1_800_000);

  it('a corrupt journal is read around: the damaged lines are ignored and the ingest goes on', async () => {
    const journal = join(home, 'ingest-journal.jsonl');
    writeFileSync(journal, `\u0000\u00ff{"state":"pending","sha256":\n[1,2]\n{"state":"pending"}\n`);
    const res = await runCli(['ingest', corpus], env, 900_000);
    expect(res.code, res.stderr).toBe(0);
    const counts = /Articles: (\d+) ingested, (\d+) already in the graph(?: \(unchanged\))?, 0 failed/.exec(
      res.stdout,
    );
    expect(counts, res.stdout).not.toBeNull();
    expect(Number(counts![1]) + Number(counts![2])).toBe(150);
    expect(existsSync(journal)).toBe(true);
  }, 900_000);
});
