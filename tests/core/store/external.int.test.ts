// Your own Neo4j: NEO4J_URI (or the saved settings) is used and nothing is started; bad credentials are named.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { saveConnectionChoice } from '../../../src-main/core/config/config';
import { homePaths } from '../../../src-main/core/config/home';
import { connect, describeDb, testConnection } from '../../../src-main/core/store/connection';
import { cleanEnv, testNeo4j } from '../../helpers/db';

const homes: string[] = [];
const tempHome = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rendezvous-external-'));
  homes.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of homes) rmSync(dir, { recursive: true, force: true });
});

describe('your own Neo4j', () => {
  it('honours NEO4J_URI and starts no Neo4j of its own', async () => {
    const neo = testNeo4j();
    const home = tempHome();
    const db = await connect({
      home,
      env: cleanEnv({ NEO4J_URI: neo.uri, NEO4J_USERNAME: neo.username, NEO4J_PASSWORD: neo.password }),
    });
    try {
      expect(db).toMatchObject({ mode: 'external', uri: neo.uri, database: 'neo4j' });
      expect((await describeDb(db)).edition).toBe('community');
    } finally {
      await db.close();
    }
    expect(existsSync(homePaths(home).neo4jHome)).toBe(false);
    expect(existsSync(homePaths(home).state)).toBe(false);
  });

  it('uses the saved external settings when NEO4J_URI is unset', async () => {
    const neo = testNeo4j();
    const home = tempHome();
    saveConnectionChoice(home, 'external', {
      uri: neo.uri,
      username: neo.username,
      password: neo.password,
      database: 'neo4j',
    });
    const db = await connect({ home, env: cleanEnv() });
    expect(db.mode).toBe('external');
    await db.close();
    expect(existsSync(homePaths(home).neo4jHome)).toBe(false);
  });

  it('names wrong credentials and where to fix them', async () => {
    const neo = testNeo4j();
    await expect(
      connect({
        home: tempHome(),
        env: cleanEnv({ NEO4J_URI: neo.uri, NEO4J_USERNAME: 'nobody', NEO4J_PASSWORD: 'not-the-password' }),
      }),
    ).rejects.toMatchObject({
      code: 'AUTH_FAILED',
      message: `Neo4j at ${neo.uri} rejected the credentials for user "nobody" (wrong username or password). Check NEO4J_USERNAME and NEO4J_PASSWORD.`,
    });
  });

  it('says when the URI does not answer', async () => {
    await expect(
      connect({ home: tempHome(), env: cleanEnv({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' }) }),
    ).rejects.toMatchObject({
      code: 'NEO4J_UNAVAILABLE',
      message: expect.stringMatching(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/),
    });
  });

  it('tests a connection for Settings without saving it', async () => {
    const neo = testNeo4j();
    const ok = await testConnection({ uri: neo.uri, username: neo.username, password: neo.password });
    expect(ok).toMatchObject({ ok: true, edition: 'community', version: expect.stringMatching(/^5\.26\./) });
    const bad = await testConnection({ uri: neo.uri, username: 'nobody2', password: 'nope-nope' });
    expect(bad).toMatchObject({ ok: false, message: expect.stringMatching(/rejected the credentials/) });
  });
});
