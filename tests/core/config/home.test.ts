// Where the Rendezvous home is, and its config file.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  connectionSettings,
  ensureBuiltinPassword,
  externalFromEnv,
  readConfig,
  saveConnectionChoice,
} from '../../../src-main/core/config/config';
import { homePaths, resolveHome } from '../../../src-main/core/config/home';

const made: string[] = [];
const tempHome = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rendezvous-home-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('resolveHome', () => {
  it('uses RENDEZVOUS_HOME before the host default and XDG', () => {
    expect(
      resolveHome({ env: { RENDEZVOUS_HOME: '/srv/rdv', XDG_DATA_HOME: '/x' }, defaultHome: '/electron' }),
    ).toBe('/srv/rdv');
  });

  it("uses the host's default (Electron userData) when RENDEZVOUS_HOME is unset", () => {
    expect(resolveHome({ env: { XDG_DATA_HOME: '/x' }, defaultHome: '/electron/userData' })).toBe(
      '/electron/userData',
    );
  });

  it('falls back to the XDG data folder, then ~/.local/share', () => {
    expect(resolveHome({ env: { XDG_DATA_HOME: '/data' } })).toBe('/data/rendezvous');
    expect(resolveHome({ env: { HOME: '/home/ana' } })).toBe('/home/ana/.local/share/rendezvous');
  });

  it('gives two homes two separate Neo4j data folders', () => {
    expect(homePaths('/a').dataDir).not.toBe(homePaths('/b').dataDir);
    expect(homePaths('/a').dataDir.startsWith('/a/')).toBe(true);
  });
});

describe('the config file', () => {
  it('creates a random password once, in a file only the owner can read', () => {
    const home = tempHome();
    const first = ensureBuiltinPassword(home);
    expect(first.length).toBeGreaterThanOrEqual(24);
    expect(ensureBuiltinPassword(home)).toBe(first);
    expect(ensureBuiltinPassword(tempHome())).not.toBe(first);
    expect(statSync(homePaths(home).config).mode & 0o777).toBe(0o600);
  });

  it('saves an external Neo4j and hides its password in the settings view', () => {
    const home = tempHome();
    saveConnectionChoice(home, 'external', {
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'u',
      password: 'p',
    });
    expect(readConfig(home)).toMatchObject({
      mode: 'external',
      external: { uri: 'neo4j+s://abc.databases.neo4j.io' },
    });
    const settings = connectionSettings(home, {});
    expect(settings).toMatchObject({
      mode: 'external',
      fromEnvironment: false,
      external: { username: 'u', hasPassword: true },
    });
    expect(JSON.stringify(settings)).not.toContain('"p"');
  });

  it('lets NEO4J_URI override the saved choice', () => {
    const home = tempHome();
    const settings = connectionSettings(home, { NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'x' });
    expect(settings).toMatchObject({
      mode: 'external',
      fromEnvironment: true,
      external: { uri: 'bolt://db:7687' },
    });
  });

  it('names the file when the config is damaged', () => {
    const home = tempHome();
    writeFileSync(homePaths(home).config, '{ not json');
    expect(() => readConfig(home)).toThrow(/config\.json is not valid JSON/);
  });

  it('rejects a NEO4J_URI that is not a Neo4j URI, saying what is expected', () => {
    expect(() => externalFromEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/neo4j:\/\/localhost:7687/);
    expect(externalFromEnv({ NEO4J_URI: 'neo4j://h:7687' })).toMatchObject({
      username: 'neo4j',
      password: '',
    });
  });

  it('writes the config as JSON that keeps the password', () => {
    const home = tempHome();
    const password = ensureBuiltinPassword(home);
    expect(JSON.parse(readFileSync(homePaths(home).config, 'utf8')).builtin.password).toBe(password);
  });
});
