// Starts ONE built-in Neo4j for the whole test run, in a temporary home, and stops it at the end.
// The integration and e2e projects both name this file; the instance is shared through a process-wide
// record, so however many projects run, there is one Neo4j. Unit-only runs start nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { readConfig } from '../../src-main/core/config/config';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import type { TestNeo4j } from './test-neo4j';

interface Shared {
  info: TestNeo4j;
  users: number;
}

const KEY = Symbol.for('rendezvous.test.neo4j');
type GlobalWithShared = typeof globalThis & { [KEY]?: Shared };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const global = globalThis as GlobalWithShared;
  let shared = global[KEY];
  if (!shared) {
    const home = mkdtempSync(join(tmpdir(), 'rendezvous-test-'));
    const env = { ...process.env };
    for (const name of [
      'NEO4J_URI',
      'NEO4J_USERNAME',
      'NEO4J_PASSWORD',
      'NEO4J_DATABASE',
      'RENDEZVOUS_HOME',
    ]) {
      delete env[name];
    }
    const started = Date.now();
    // A generous timeout: on a busy 2-core machine a cold start can take far longer than the usual 10-15 s.
    const running = await startBuiltinNeo4j({
      home,
      env,
      heap: process.env.RENDEZVOUS_NEO4J_HEAP ?? '512m',
      startTimeoutMs: 300_000,
    });
    const password = readConfig(home).builtin?.password ?? '';
    console.log(
      `[global-setup] Neo4j ${running.version} at ${running.uri} (home ${home}) ready in ${Date.now() - started} ms`,
    );
    shared = {
      info: { uri: running.uri, username: 'neo4j', password, database: 'neo4j', home, pid: running.pid },
      users: 0,
    };
    global[KEY] = shared;
  }
  shared.users++;
  project.provide('neo4j', shared.info);
  const current = shared;
  return async () => {
    current.users--;
    if (current.users > 0) return;
    delete global[KEY];
    await stopBuiltinNeo4j(current.info.home);
    if (!process.env.RENDEZVOUS_KEEP_TEST_HOME) rmSync(current.info.home, { recursive: true, force: true });
  };
}
