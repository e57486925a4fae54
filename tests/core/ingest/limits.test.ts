// The limits of an ingest: the per-file time limit's sources, disk space refused with the numbers,
// and a journal that a full disk cannot tear.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileTimeoutMs } from '../../../src-main/core/config/limits';
import { assertDiskSpace, diskReserveBytes, freeBytes, isDiskFull } from '../../../src-main/core/ingest/disk';
import { IngestJournal } from '../../../src-main/core/ingest/journal';

const dir = mkdtempSync(join(tmpdir(), 'rendezvous-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the per-file time limit', () => {
  it('is 30 s by default, RENDEZVOUS_FILE_TIMEOUT when set, and the explicit value above both', () => {
    expect(fileTimeoutMs(undefined, {})).toBe(30_000);
    expect(fileTimeoutMs(undefined, { RENDEZVOUS_FILE_TIMEOUT: '2.5' })).toBe(2500);
    expect(fileTimeoutMs(7, { RENDEZVOUS_FILE_TIMEOUT: '2.5' })).toBe(7000);
  });

  it('refuses a limit that is not a positive number, naming where it came from', () => {
    expect(() => fileTimeoutMs(undefined, { RENDEZVOUS_FILE_TIMEOUT: 'soon' })).toThrow(
      /RENDEZVOUS_FILE_TIMEOUT must be a number of seconds .* got "soon"/,
    );
    expect(() => fileTimeoutMs(undefined, { RENDEZVOUS_FILE_TIMEOUT: '0' })).toThrow(/greater than 0/);
  });
});

describe('disk space', () => {
  it('refuses an ingest larger than the free space, with the free and needed megabytes', () => {
    const free = freeBytes(dir);
    let error: Error | undefined;
    try {
      assertDiskSpace([dir], free, 0);
    } catch (err) {
      error = err as Error;
    }
    expect(error?.message).toMatch(
      /^Not enough free disk space to ingest: [\d.]+ MB free on the disk of .*, [\d.]+ MB needed \(10 × [\d.]+ MB of articles \+ 0\.0 MB kept free\)/,
    );
    expect(() => assertDiskSpace([dir], 1000, 0)).not.toThrow();
  });

  it('reads the reserve from RENDEZVOUS_DISK_RESERVE_MB and recognises a full disk from Node and from Neo4j', () => {
    expect(diskReserveBytes({})).toBe(64 * 1024 * 1024);
    expect(diskReserveBytes({ RENDEZVOUS_DISK_RESERVE_MB: '0' })).toBe(0);
    expect(() => diskReserveBytes({ RENDEZVOUS_DISK_RESERVE_MB: 'lots' })).toThrow(/whole number/);
    expect(isDiskFull(Object.assign(new Error('write failed'), { code: 'ENOSPC' }))).toBe(true);
    expect(isDiskFull(new Error('java.io.IOException: No space left on device'))).toBe(true);
    expect(isDiskFull(new Error('connection refused'))).toBe(false);
  });
});

describe('a damaged journal', () => {
  it('keeps the entries it can read and ignores garbage, torn lines and lines of the wrong shape', () => {
    const path = join(dir, 'journal.jsonl');
    const sha = 'a'.repeat(64);
    const good = (state: string, s = sha) =>
      JSON.stringify({ state, sha256: s, file: '/x.txt', onDisk: true, at: 'now' });
    writeFileSync(
      path,
      [
        good('pending'),
        '\u0000\u0001garbage',
        '{"state":"committed","sha256":',
        '[1,2,3]',
        '{"state":"exploded","sha256":"b","file":"/y.txt","onDisk":true}',
        'null',
        good('pending', 'c'.repeat(64)),
        good('committed', 'c'.repeat(64)),
        '',
      ].join('\n'),
    );
    const journal = new IngestJournal(path);
    expect(journal.entries()).toHaveLength(3);
    expect(journal.unfinished().map((e) => e.sha256)).toEqual([sha]);
    journal.committed(sha, '/x.txt', true);
    expect(journal.unfinished()).toEqual([]);
    journal.compact();
    expect(readFileSync(path, 'utf8')).toBe('');
  });
});
