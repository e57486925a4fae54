// The launcher jar (neo4j-server/): where it is, and building it with Maven when it is missing or stale.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RendezvousError } from '../../common/errors';
import { withFileLock } from './processes';

/** The launcher module's files. */
export interface LauncherPaths {
  dir: string;
  pom: string;
  jar: string;
  lib: string;
  /** The JVM class archive (AppCDS) made from this build; it belongs to one build of the jar. */
  classArchive: string;
}

/** Paths inside a launcher module folder. */
export function launcherPaths(dir: string): LauncherPaths {
  return {
    dir,
    pom: join(dir, 'pom.xml'),
    jar: join(dir, 'target', 'rendezvous-neo4j.jar'),
    lib: join(dir, 'target', 'lib'),
    classArchive: join(dir, 'target', 'neo4j-classes.jsa'),
  };
}

/**
 * Finds `neo4j-server/`: RENDEZVOUS_LAUNCHER_DIR, else the nearest one above this module (works from the
 * sources and from a bundle), else under the working directory.
 */
export function findLauncherDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.RENDEZVOUS_LAUNCHER_DIR?.trim();
  if (fromEnv) return resolve(fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'neo4j-server');
    if (existsSync(join(candidate, 'pom.xml'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return resolve('neo4j-server');
}

function newestSourceTime(dir: string): number {
  let newest = existsSync(join(dir, 'pom.xml')) ? statSync(join(dir, 'pom.xml')).mtimeMs : 0;
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(dir, 'src'));
  return newest;
}

/** True when the jar and its libraries exist and are newer than the sources. */
export function isLauncherBuilt(dir: string): boolean {
  const p = launcherPaths(dir);
  if (!existsSync(p.jar) || !existsSync(p.lib)) return false;
  return statSync(p.jar).mtimeMs >= newestSourceTime(dir);
}

/** A lock file, outside the source tree, for work on one launcher folder ('build', 'archive'). */
export function launcherLockFile(dir: string, purpose: string): string {
  const lockDir = join(tmpdir(), 'rendezvous-locks');
  mkdirSync(lockDir, { recursive: true });
  return join(
    lockDir,
    `launcher-${purpose}-${createHash('sha1').update(dir).digest('hex').slice(0, 12)}.lock`,
  );
}

/** Builds the launcher with Maven if it is missing or older than its sources; returns its paths. */
export async function ensureLauncher(
  dir: string = findLauncherDir(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<LauncherPaths> {
  const paths = launcherPaths(dir);
  if (!existsSync(paths.pom)) {
    throw new RendezvousError(
      'LAUNCHER_BUILD_FAILED',
      `The built-in Neo4j launcher was not found at ${dir} (no pom.xml); set RENDEZVOUS_LAUNCHER_DIR to the neo4j-server folder, or use your own Neo4j with NEO4J_URI.`,
    );
  }
  if (isLauncherBuilt(dir)) return paths;
  const lock = launcherLockFile(dir, 'build');
  await withFileLock(lock, 15 * 60_000, async () => {
    if (isLauncherBuilt(dir)) return;
    rmSync(paths.classArchive, { force: true });
    rmSync(`${paths.classArchive}.failed`, { force: true });
    await runMaven(dir, env);
  });
  if (!isLauncherBuilt(dir)) {
    throw new RendezvousError('LAUNCHER_BUILD_FAILED', `Maven finished but ${paths.jar} is missing.`);
  }
  return paths;
}

function runMaven(dir: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolveBuild, reject) => {
    const child = spawn('mvn', ['-q', '-B', '-f', join(dir, 'pom.xml'), 'package', '-DskipTests'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => {
      const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
      reject(
        new RendezvousError(
          'LAUNCHER_BUILD_FAILED',
          missing
            ? `Maven (mvn) is needed once to build the built-in Neo4j launcher in ${dir}, and it is not on PATH. Install Maven (e.g. \`sudo apt install maven\`), or use your own Neo4j with NEO4J_URI.`
            : `Could not run Maven in ${dir}: ${err.message}`,
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolveBuild();
      else {
        const tail = output.trim().split('\n').slice(-25).join('\n');
        reject(
          new RendezvousError(
            'LAUNCHER_BUILD_FAILED',
            `Building the built-in Neo4j launcher with Maven failed (exit ${code}) in ${dir}:\n${tail}`,
          ),
        );
      }
    });
  });
}
