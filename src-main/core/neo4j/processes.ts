// Process facts the manager needs: is a pid alive, what is it, who holds a file open, and a simple file lock.
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { resolve } from 'node:path';
import { sleep } from './ports';

/** True when the process exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true;
  }
}

/** The command line of a process, or null where /proc is unavailable. */
export function processCommand(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return null;
  }
}

/** The process that has the file open (on Linux, through /proc), or null if none is found. */
export function findFileHolder(file: string): { pid: number; command: string | null } | null {
  const target = resolve(file);
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  for (const name of pids) {
    const pid = Number(name);
    if (pid === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === target) return { pid, command: processCommand(pid) };
      } catch {
        // the descriptor closed while we looked
      }
    }
  }
  return null;
}

/**
 * Runs `fn` while holding an exclusive lock file (created with O_EXCL, holding our pid).
 * A lock left by a dead process is taken over; waiting longer than `timeoutMs` throws.
 */
export async function withFileLock<T>(
  file: string,
  timeoutMs: number,
  fn: () => Promise<T>,
  /** A folder to create first when the lock's folder may not exist yet. */
  folder?: string,
): Promise<T> {
  if (folder) mkdirSync(folder, { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let content: string;
      try {
        content = readFileSync(file, 'utf8').trim();
      } catch {
        continue;
      }
      const holder = Number(content);
      if (!/^\d+$/.test(content)) {
        // Just created and not yet written, or damaged: only content that stays so is stale.
        await sleep(250);
        let again: string | null = null;
        try {
          again = readFileSync(file, 'utf8').trim();
        } catch {
          // released in between
        }
        if (again === content) rmSync(file, { force: true });
        continue;
      }
      if (!isAlive(holder)) {
        rmSync(file, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${file}, held by process ${holder}`);
      }
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(file, { force: true });
  }
}
