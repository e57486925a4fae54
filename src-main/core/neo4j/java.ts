// Finding a Java runtime able to run Neo4j 5 (Java 17 or newer), with messages that say what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RendezvousError } from '../../common/errors';

/** The oldest Java major version Neo4j 5.26 runs on. */
export const MIN_JAVA_MAJOR = 17;

/** A usable Java: the command to run and its major version. */
export interface JavaRuntime {
  command: string;
  major: number;
  version: string;
  /** Where it was found: 'JAVA_HOME' or 'PATH'. */
  source: 'JAVA_HOME' | 'PATH';
}

const OWN_NEO4J =
  'or use your own Neo4j instead: set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD (Neo4j Desktop, Docker or Aura with neo4j+s://)';
const INSTALL = `Install Java ${MIN_JAVA_MAJOR} or 21 (e.g. \`sudo apt install openjdk-17-jdk-headless\`, or a JDK from https://adoptium.net)`;

/** Reads the major version from `java -version` output ("17.0.15", "1.8.0_292", "21"). */
export function parseJavaMajor(versionOutput: string): { major: number; version: string } | null {
  const m = /version "([^"]+)"/.exec(versionOutput) ?? /^\S+ (\d+(?:\.\d+)*)/m.exec(versionOutput);
  if (!m?.[1]) return null;
  const version = m[1];
  const parts = version.split(/[.+_-]/);
  const first = Number(parts[0]);
  const major = first === 1 ? Number(parts[1]) : first;
  return Number.isFinite(major) ? { major, version } : null;
}

/** Finds Java through JAVA_HOME, else PATH; throws JAVA_MISSING or JAVA_TOO_OLD with what to install. */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaRuntime {
  const javaHome = env.JAVA_HOME?.trim();
  let command = 'java';
  let source: JavaRuntime['source'] = 'PATH';
  if (javaHome) {
    command = join(javaHome, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    source = 'JAVA_HOME';
    if (!existsSync(command)) {
      throw new RendezvousError(
        'JAVA_MISSING',
        `JAVA_HOME is set to ${javaHome}, but there is no ${command}. Point JAVA_HOME at a Java ${MIN_JAVA_MAJOR}+ installation or unset it. ${INSTALL}, ${OWN_NEO4J}.`,
        { javaHome },
      );
    }
  }
  const run = spawnSync(command, ['-version'], { env, encoding: 'utf8', timeout: 20_000 });
  if (run.error) {
    const missing = (run.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new RendezvousError(
      'JAVA_MISSING',
      missing
        ? `Java was not found (no \`java\` on PATH and JAVA_HOME is not set); the built-in Neo4j needs Java ${MIN_JAVA_MAJOR} or newer. ${INSTALL}, ${OWN_NEO4J}.`
        : `Running ${command} -version failed: ${run.error.message}. ${INSTALL}, ${OWN_NEO4J}.`,
    );
  }
  const parsed = parseJavaMajor(`${run.stderr ?? ''}\n${run.stdout ?? ''}`);
  if (!parsed) {
    throw new RendezvousError(
      'JAVA_MISSING',
      `Could not read the version of ${command} (output: ${(run.stderr || run.stdout || '').trim().slice(0, 200)}). ${INSTALL}, ${OWN_NEO4J}.`,
    );
  }
  if (parsed.major < MIN_JAVA_MAJOR) {
    throw new RendezvousError(
      'JAVA_TOO_OLD',
      `Java ${parsed.version} (${command}, from ${source}) is too old: Neo4j 5 needs Java ${MIN_JAVA_MAJOR} or newer. ${INSTALL} and put it on PATH or in JAVA_HOME, ${OWN_NEO4J}.`,
      { version: parsed.version },
    );
  }
  return { command, major: parsed.major, version: parsed.version, source };
}
