// The built-in Neo4j manager with its own temporary home: start, reuse, lock, port, timeout, stop.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homePaths } from '../../../src-main/core/config/home';
import { findLauncherDir, launcherPaths } from '../../../src-main/core/neo4j/launcher';
import { isAlive, processCommand } from '../../../src-main/core/neo4j/processes';
import { isPortOpen } from '../../../src-main/core/neo4j/ports';
import {
  builtinNeo4jStatus,
  startBuiltinNeo4j,
  stopBuiltinNeo4j,
} from '../../../src-main/core/neo4j/manager';
import type { BuiltinNeo4j } from '../../../src-main/core/neo4j/manager';
import { connect, describeDb } from '../../../src-main/core/store/connection';
import { cleanEnv } from '../../helpers/db';

// Generous: a shared 2-core machine can take well over the 60 s default to cold-start Neo4j.
const START_TIMEOUT_MS = 240_000;
const homes: string[] = [];
const tempHome = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rendezvous-manager-'));
  homes.push(dir);
  return dir;
};

/** Java processes running the launcher for this home. */
function launchersOf(home: string): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes('rendezvous-neo4j.jar') && line.includes(homePaths(home).neo4jHome))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

describe('the built-in Neo4j of one home', () => {
  const home = tempHome();
  const env = cleanEnv();
  let busy: Server;
  let busyPort: number;
  let first: BuiltinNeo4j;

  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
    busyPort = (busy.address() as { port: number }).port;
  });

  afterAll(async () => {
    await stopBuiltinNeo4j(home);
    busy.close();
    for (const dir of homes) rmSync(dir, { recursive: true, force: true });
  });

  it('starts on another free port when the preferred one is in use', async () => {
    first = await startBuiltinNeo4j({
      home,
      env,
      port: busyPort,
      heap: '384m',
      startTimeoutMs: START_TIMEOUT_MS,
    });
    expect(first.reused).toBe(false);
    expect(first.port).not.toBe(busyPort);
    expect(first.uri).toBe(`bolt://127.0.0.1:${first.port}`);
    expect(first.version).toMatch(/^5\.26\./);
    expect(first.edition).toBe('community');
    expect(processCommand(first.pid)).toMatch(/java .*rendezvous-neo4j\.jar/);
    const listening = execFileSync('ss', ['-ltnp'], { encoding: 'utf8' });
    expect(listening).toMatch(new RegExp(`127\\.0\\.0\\.1\\]?:${first.port}\\s.*pid=${first.pid}`));
    expect(existsSync(homePaths(home).neo4jLog)).toBe(true);
    // The class archive is made once per launcher build (by the run's first start) and used from then on:
    // it exists, no failure was recorded for it, and the JVM that answers was started with it.
    const archive = launcherPaths(findLauncherDir(env)).classArchive;
    const failure = `${archive}.failed`;
    expect(existsSync(failure), existsSync(failure) ? readFileSync(failure, 'utf8') : '').toBe(false);
    expect(existsSync(archive)).toBe(true);
    expect(processCommand(first.pid)).toContain(`-XX:SharedArchiveFile=${archive}`);
  }, 300_000);

  it('reuses the running instance on a second start and finds the same data', async () => {
    const db = await connect({ home, env });
    await db.driver.executeQuery(
      "CREATE (:Person {id: 'kept', name: 'Kept'})",
      {},
      { database: db.database },
    );
    await db.close();

    const second = await startBuiltinNeo4j({ home, env });
    expect(second).toMatchObject({ reused: true, pid: first.pid, port: first.port });
    const again = await connect({ home, env });
    const found = await again.driver.executeQuery(
      "MATCH (p:Person {id: 'kept'}) RETURN p.name AS name",
      {},
      {
        database: again.database,
      },
    );
    expect(found.records[0]?.get('name')).toBe('Kept');
    expect((await describeDb(again)).nodeCount).toBe(1);
    await again.close();
    expect(launchersOf(home)).toEqual([first.pid]);
  });

  it('adopts its own Neo4j left running without a state file, e.g. after an interrupted start', async () => {
    rmSync(homePaths(home).state);
    const adopted = await startBuiltinNeo4j({ home, env, startTimeoutMs: START_TIMEOUT_MS });
    expect(adopted).toMatchObject({ reused: true, pid: first.pid, port: first.port, version: first.version });
    expect(existsSync(homePaths(home).state)).toBe(true);
    expect(launchersOf(home)).toEqual([first.pid]);
  });

  it('stops cleanly: the process exits and the port closes', async () => {
    const stopped = await stopBuiltinNeo4j(home);
    expect(stopped).toMatchObject({ wasRunning: true, pid: first.pid, port: first.port });
    expect(isAlive(first.pid)).toBe(false);
    expect(await isPortOpen(first.port)).toBe(false);
    expect(await builtinNeo4jStatus(home)).toBeNull();
    expect(await stopBuiltinNeo4j(home)).toMatchObject({ wasRunning: false });
  });

  it('says which process holds the data folder when another one has locked it', async () => {
    const storeLock = join(homePaths(home).dataDir, 'databases', 'store_lock');
    const holder = spawn(
      'python3',
      [
        '-c',
        "import fcntl, sys, time; f = open(sys.argv[1], 'r+'); fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB); print('locked', flush=True); time.sleep(600)",
        storeLock,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolveLocked, reject) => {
        holder.stdout.once('data', () => resolveLocked());
        holder.once('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
      });
      await expect(startBuiltinNeo4j({ home, env, startTimeoutMs: START_TIMEOUT_MS })).rejects.toMatchObject({
        code: 'DATA_LOCKED',
        message: expect.stringMatching(
          new RegExp(
            `data folder .*neo4j is locked by process ${holder.pid} \\(.*python3 -c .*\\)\\. Stop that process`,
          ),
        ),
      });
      expect(launchersOf(home)).toEqual([]);
    } finally {
      holder.kill('SIGKILL');
    }
  }, 300_000);

  it('gives up after the timeout, stops the process and shows the tail of the log', async () => {
    const slowHome = tempHome();
    await expect(startBuiltinNeo4j({ home: slowHome, env, startTimeoutMs: 1500 })).rejects.toMatchObject({
      code: 'NEO4J_START_TIMEOUT',
      message: expect.stringMatching(
        /did not answer on Bolt within 2 s.*Last lines of .*neo4j\.log:\n.*rendezvous-neo4j\.jar --home/s,
      ),
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(launchersOf(slowHome)).toEqual([]);
  });

  it('reports missing Java before starting anything', async () => {
    const noJavaHome = tempHome();
    await expect(
      startBuiltinNeo4j({
        home: noJavaHome,
        env: cleanEnv({ PATH: join(noJavaHome, 'bin'), JAVA_HOME: '' }),
      }),
    ).rejects.toMatchObject({ code: 'JAVA_MISSING', message: expect.stringMatching(/Java was not found/) });
    expect(existsSync(homePaths(noJavaHome).neo4jHome)).toBe(false);
  });
});
