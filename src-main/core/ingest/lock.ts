// One ingest at a time per home: a lock file holding the writer's pid, waited for with a message.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { isAlive } from '../neo4j/processes';

/** How often a waiting ingest looks at the lock again. */
const POLL_MS = 200;

/** Who holds the ingest lock of a home, or null when nobody (a lock left by a dead process counts as free). */
export function ingestLockHolder(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** In this process, ingests queue here first, so only one of them polls the file. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `fn` holding the home's ingest lock. While another ingest (another process, or another caller in
 * this one) holds it, `onWaiting` is called once with the holder's pid and this waits; a lock left by a
 * process that died is taken over. The lock is released when `fn` settles.
 */
export async function withIngestLock<T>(
  file: string,
  fn: () => Promise<T>,
  onWaiting?: (holderPid: number) => void,
): Promise<T> {
  let told = false;
  const tell = (pid: number) => {
    if (told) return;
    told = true;
    onWaiting?.(pid);
  };
  const previous = queues.get(file);
  if (previous) tell(process.pid);
  const run = (previous ?? Promise.resolve()).then(async () => {
    await acquire(file, tell);
    try {
      return await fn();
    } finally {
      rmSync(file, { force: true });
    }
  });
  const tail: Promise<unknown> = run.catch(() => undefined);
  queues.set(file, tail);
  void tail.then(() => {
    if (queues.get(file) === tail) queues.delete(file);
  });
  return run;
}

async function acquire(file: string, tell: (pid: number) => void): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  for (;;) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, String(process.pid));
      } finally {
        closeSync(fd);
      }
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(file, 'utf8').trim());
    } catch {
      continue; // released in between
    }
    if (!Number.isInteger(holder) || holder <= 0) {
      // Being written right now, or damaged: look again shortly; content that lasts is stale.
      const seen = readLock(file);
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (seen !== null && readLock(file) === seen) takeOverStale(file, seen);
      continue;
    }
    if (!isAlive(holder)) {
      takeOverStale(file, String(holder));
      continue;
    }
    tell(holder);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

function readLock(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Removes a stale lock, but only if it still holds what was judged stale (another waiter may have won). */
function takeOverStale(file: string, content: string): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  let moved = '';
  try {
    moved = readFileSync(aside, 'utf8').trim();
  } catch {
    // gone
  }
  if (moved !== content) {
    // We moved a fresh lock of another process: put it back if the place is still free.
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, moved);
      closeSync(fd);
    } catch {
      // another process took the free place first; it holds the lock now
    }
  }
  rmSync(aside, { force: true });
}
