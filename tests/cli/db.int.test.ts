// `rendezvous db start|status|stop` and `query` with a fresh home, as a person would run them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { isPortOpen } from '../../src-main/core/neo4j/ports';
import { cleanEnv } from '../helpers/db';
import { runCli } from '../helpers/cli';

describe('rendezvous db with a fresh RENDEZVOUS_HOME', () => {
  const home = mkdtempSync(join(tmpdir(), 'rendezvous-cli-'));
  const env = cleanEnv({ RENDEZVOUS_HOME: home, RENDEZVOUS_NEO4J_HEAP: '384m' });
  let port = 0;

  afterAll(async () => {
    await stopBuiltinNeo4j(home);
    rmSync(home, { recursive: true, force: true });
  });

  it('says the database is stopped before anything started', async () => {
    const run = await runCli(['db', 'status'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^state: +stopped$/m);
  });

  it('start prints the bolt URI of a Neo4j listening on 127.0.0.1', async () => {
    const run = await runCli(['db', 'start'], env);
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    const uri = run.stdout.trim();
    expect(uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    port = Number(uri.split(':').pop());
    expect(await isPortOpen(port)).toBe(true);
  }, 300_000);

  it('status shows the URI, version and edition, and the node count', async () => {
    const run = await runCli(['db', 'status'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^state: +connected$/m);
    expect(run.stdout).toMatch(new RegExp(`^uri: +bolt://127\\.0\\.0\\.1:${port}$`, 'm'));
    expect(run.stdout).toMatch(/^neo4j: +5\.26\.\d+ community$/m);
    expect(run.stdout).toMatch(/^nodes: +0$/m);
  });

  it('query --json answers the version question with 5.26.x community', async () => {
    const run = await runCli(
      ['query', 'CALL dbms.components() YIELD versions, edition RETURN versions[0], edition', '--json'],
      env,
    );
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.['versions[0]']).toMatch(/^5\.26\.\d+$/);
    expect(rows[0]?.edition).toBe('community');
  });

  it('query refuses CREATE, exits non-zero and says why', async () => {
    const run = await runCli(['query', 'CREATE (n) RETURN n'], env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Refused: .*not read/);
    expect(run.stdout).toBe('');
  });

  it('stop closes the port and a second stop says it was not running', async () => {
    const run = await runCli(['db', 'stop'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`port ${port} is closed`));
    expect(await isPortOpen(port)).toBe(false);
    const again = await runCli(['db', 'stop'], env);
    expect(again.stdout).toMatch(/was not running/);
  });

  it('start without Java says what to install, or how to use your own Neo4j', async () => {
    const run = await runCli(['db', 'start'], { ...env, PATH: join(home, 'no-bin'), JAVA_HOME: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/rendezvous: Java was not found .*Install Java 17 .*NEO4J_URI/);
  });
});
