// Finding Java: missing, too old, or fine, with messages that say what to do.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findJava, parseJavaMajor } from '../../../src-main/core/neo4j/java';

const root = mkdtempSync(join(tmpdir(), 'rendezvous-java-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A JAVA_HOME whose bin/java prints the given `java -version` text. */
function fakeJavaHome(name: string, versionText: string): string {
  const home = join(root, name);
  mkdirSync(join(home, 'bin'), { recursive: true });
  const java = join(home, 'bin', 'java');
  writeFileSync(java, `#!/bin/sh\necho '${versionText}' >&2\n`);
  chmodSync(java, 0o755);
  return home;
}

describe('parseJavaMajor', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')?.major).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_292"')?.major).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')?.major).toBe(21);
  });
});

describe('findJava', () => {
  it('says Java is missing when PATH has no java and JAVA_HOME is unset, and offers NEO4J_URI', () => {
    expect(() => findJava({ PATH: join(root, 'empty') })).toThrow(
      expect.objectContaining({
        code: 'JAVA_MISSING',
        message: expect.stringMatching(/Java was not found.*Install Java 17.*NEO4J_URI/s),
      }),
    );
  });

  it('names a JAVA_HOME that has no java in it', () => {
    expect(() => findJava({ PATH: '/usr/bin:/bin', JAVA_HOME: join(root, 'nowhere') })).toThrow(
      expect.objectContaining({
        code: 'JAVA_MISSING',
        message: expect.stringContaining(`JAVA_HOME is set to ${join(root, 'nowhere')}`),
      }),
    );
  });

  it('refuses Java 11 as too old, naming the version and what to install', () => {
    const home = fakeJavaHome('jdk11', 'openjdk version "11.0.22" 2024-01-16');
    expect(() => findJava({ PATH: '/usr/bin:/bin', JAVA_HOME: home })).toThrow(
      expect.objectContaining({
        code: 'JAVA_TOO_OLD',
        message: expect.stringMatching(
          /Java 11\.0\.22 .* too old: Neo4j 5 needs Java 17 or newer.*NEO4J_URI/s,
        ),
      }),
    );
  });

  it('accepts the Java on this machine', () => {
    expect(findJava().major).toBeGreaterThanOrEqual(17);
  });
});
