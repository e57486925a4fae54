// Disk space: refuse an ingest that would fill the disk, and turn ENOSPC into a message a person can act on.
import { existsSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { RendezvousError } from '../../common/errors';

/** Bytes of disk an ingest may need per byte of article: text, evidence, indexes and Neo4j's transaction log. */
export const DISK_BYTES_PER_ARTICLE_BYTE = 10;
/** Space kept free beyond that estimate by default (RENDEZVOUS_DISK_RESERVE_MB overrides it). */
export const DEFAULT_DISK_RESERVE_BYTES = 64 * 1024 * 1024;

const MB = 1024 * 1024;
const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;

/** The reserve in bytes: RENDEZVOUS_DISK_RESERVE_MB when set to a whole number, else 64 MB. */
export function diskReserveBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.RENDEZVOUS_DISK_RESERVE_MB?.trim();
  if (!raw) return DEFAULT_DISK_RESERVE_BYTES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new RendezvousError(
      'INVALID_ARGUMENT',
      `RENDEZVOUS_DISK_RESERVE_MB must be a whole number of megabytes, got "${raw}".`,
    );
  return n * MB;
}

/** Free bytes for an unprivileged writer on the file system that holds `path` (or its nearest existing parent). */
export function freeBytes(path: string): number {
  let p = path;
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  const s = statfsSync(p);
  return Number(s.bavail) * Number(s.bsize);
}

/**
 * Refuses, with the numbers, an ingest of `articleBytes` when a folder it writes to (the journal's, the
 * built-in Neo4j's data) has less free space than the estimate plus the reserve.
 */
export function assertDiskSpace(
  folders: string[],
  articleBytes: number,
  reserveBytes = diskReserveBytes(),
): void {
  const needed = articleBytes * DISK_BYTES_PER_ARTICLE_BYTE + reserveBytes;
  for (const folder of folders) {
    const free = freeBytes(folder);
    if (free < needed)
      throw new RendezvousError(
        'DISK_FULL',
        `Not enough free disk space to ingest: ${mb(free)} free on the disk of ${folder}, ` +
          `${mb(needed)} needed (${DISK_BYTES_PER_ARTICLE_BYTE} × ${mb(articleBytes)} of articles + ` +
          `${mb(reserveBytes)} kept free). Free some space, or ingest fewer files at a time.`,
        { folder, freeBytes: free, neededBytes: needed, articleBytes },
      );
  }
}

/** True when an error (from Node or from Neo4j) says the disk is full. */
export function isDiskFull(err: unknown): boolean {
  if ((err as NodeJS.ErrnoException | null)?.code === 'ENOSPC') return true;
  const message = err instanceof Error ? err.message : String(err);
  return /ENOSPC|No space left on device|disk (?:is )?full/i.test(message);
}

/** The DISK_FULL error for a write that failed on a full disk, saying what was being written. */
export function diskFullError(
  err: unknown,
  what: string,
  details: Record<string, unknown> = {},
): RendezvousError {
  const path = (err as NodeJS.ErrnoException | null)?.path;
  return new RendezvousError(
    'DISK_FULL',
    `The disk is full${path ? ` (writing ${path})` : ''}: ${what}. Free some space and run the same command again.`,
    details,
  );
}
