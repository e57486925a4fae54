// Why the built-in Neo4j stopped or would not start, in words: read from its own logs, not guessed.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { homePaths } from '../config/home';

/** The causes the logs can name. */
export type Neo4jFailureKind = 'out-of-memory' | 'disk-full' | 'recovery-impossible' | 'store-damaged';

/** A cause found in the logs: its kind, a sentence for a person, and the log line that shows it. */
export interface Neo4jFailureCause {
  kind: Neo4jFailureKind;
  summary: string;
  line: string;
  log: string;
}

const CAUSES: { kind: Neo4jFailureKind; pattern: RegExp; summary: string }[] = [
  {
    kind: 'disk-full',
    pattern: /No space left on device|ENOSPC|insufficient (?:free )?disk space|disk (?:is )?full/i,
    summary: 'the disk is full; free some space, then start it again',
  },
  {
    kind: 'out-of-memory',
    // Not the JVM flag -XX:+ExitOnOutOfMemoryError, which debug.log lists among the VM arguments.
    pattern:
      /(?<!\w)(?:java\.lang\.)?OutOfMemoryError(?!\w)|Java heap space|GC overhead limit exceeded|MemoryLimitExceeded/i,
    summary: 'it ran out of memory (RENDEZVOUS_NEO4J_HEAP sets its heap)',
  },
  {
    kind: 'recovery-impossible',
    pattern:
      /recovery (?:is )?(?:not possible|impossible|failed)|unable to (?:recover|complete recovery)|UnderlyingStorageException|transaction logs? .*(?:missing|corrupt)|could not be recovered/i,
    summary:
      'its store could not be recovered after a crash (often after a full disk); see the log line below',
  },
  {
    kind: 'store-damaged',
    pattern: /corrupt|inconsistent|Database .* failed to start|Failed to start database/i,
    summary: 'its store is damaged or failed to start; see the log line below',
  },
];

/** The last `bytes` of a file from `from` on (or from its end minus `bytes`), as text. */
function tail(file: string, from: number, bytes: number): string {
  if (!existsSync(file)) return '';
  const size = statSync(file).size;
  const start = Math.max(from > size ? 0 : from, size - bytes);
  const buffer = Buffer.alloc(size - start);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, start);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

/** The sizes of the logs now, so a later diagnosis reads only what was written since. */
export function logMarks(home: string): Record<string, number> {
  const marks: Record<string, number> = {};
  for (const log of neo4jLogs(home)) marks[log] = existsSync(log) ? statSync(log).size : 0;
  return marks;
}

/** The logs that can hold a cause: Neo4j's own debug.log, and the launcher's output (where the JVM writes). */
export function neo4jLogs(home: string): string[] {
  const paths = homePaths(home);
  return [join(paths.neo4jHome, 'logs', 'debug.log'), paths.neo4jLog];
}

/**
 * The cause of a failure as the logs state it (debug.log first), reading what was written after `marks`
 * (or the last 256 KB), or null when they name none of the known causes.
 */
export function failureCause(
  home: string,
  marks: Record<string, number> = {},
  since?: Date,
): Neo4jFailureCause | null {
  for (const log of neo4jLogs(home)) {
    let text: string;
    try {
      text = tail(log, marks[log] ?? 0, 256 * 1024);
    } catch {
      continue;
    }
    let lines = text.split('\n').filter((l) => l.trim() && !/^\s+at |^\s+\.\.\. \d+ more/.test(l));
    if (since) lines = linesSince(lines, since);
    lines = withoutQuietEntries(lines);
    for (const cause of CAUSES) {
      const line = [...lines].reverse().find((l) => cause.pattern.test(l));
      if (line) return { kind: cause.kind, summary: cause.summary, line: line.trim().slice(0, 400), log };
    }
  }
  return null;
}

/**
 * The lines of WARN and ERROR entries, and lines of logs without levels (the JVM's output). An entry of
 * debug.log starts with a timestamp and a level; the lines after it (VM arguments, settings) belong to it.
 */
function withoutQuietEntries(lines: string[]): string[] {
  let quiet = false;
  return lines.filter((l) => {
    const level = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+[+-]\d{4} +([A-Z]+) /.exec(l)?.[1];
    if (level) quiet = level === 'INFO' || level === 'DEBUG';
    return !quiet;
  });
}

/** The lines written at or after `since`: by their timestamps (debug.log), or after the last start header. */
function linesSince(lines: string[], since: Date): string[] {
  const stamp = (l: string): number | null => {
    const m = /^(?:=== )?(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?/.exec(l);
    if (!m) return null;
    const zone = m[3] ? (m[3] === 'Z' ? 'Z' : `${m[3].slice(0, 3)}:${m[3].slice(-2)}`) : 'Z';
    const t = Date.parse(`${m[1]}T${m[2]}${zone}`);
    return Number.isNaN(t) ? null : t;
  };
  let keepFrom = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = stamp(lines[i]!);
    if (t !== null && t < since.getTime() - 1000) break;
    keepFrom = i;
  }
  return lines.slice(keepFrom);
}

/** "Neo4j's log says: …" for a message, or an empty string when the logs name no cause. */
export function describeCause(cause: Neo4jFailureCause | null): string {
  return cause ? ` Cause: ${cause.summary}. From ${cause.log}:\n  ${cause.line}` : '';
}
