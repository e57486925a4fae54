// The ingest journal: one line per article state change (pending → committed or failed), in the home.
import {
  closeSync,
  existsSync,
  fstatSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** One journal line. */
export interface JournalEntry {
  state: 'pending' | 'committed' | 'failed';
  sha256: string;
  /** The file's path (absolute) when it came from disk, else the document's name. */
  file: string;
  /** True when `file` is a path on disk the ingest can read again. */
  onDisk: boolean;
  at: string;
}

const STATES = new Set(['pending', 'committed', 'failed']);

function isJournalEntry(value: unknown): value is JournalEntry {
  const e = value as Partial<JournalEntry> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    STATES.has(e.state as string) &&
    typeof e.sha256 === 'string' &&
    e.sha256.length > 0 &&
    typeof e.file === 'string' &&
    typeof e.onDisk === 'boolean'
  );
}

/** The journal file of a home. */
export function journalPath(home: string): string {
  return join(home, 'ingest-journal.jsonl');
}

/**
 * An append-only record of each article's progress. The graph itself is the truth about what was
 * committed (an Article node exists only after its transaction); the journal tells which articles an
 * interrupted ingest left pending, so `ingest --resume` can finish them.
 */
export class IngestJournal {
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
  }

  private append(entry: Omit<JournalEntry, 'at'>): void {
    this.appendLines(`${JSON.stringify({ ...entry, at: new Date().toISOString() })}\n`);
  }

  /**
   * Appends whole lines or nothing: a write cut short (a full disk) is truncated away again, so the
   * journal never holds a torn line that the next append would run into. The error is rethrown.
   */
  private appendLines(text: string): void {
    const fd = openSync(this.path, 'a', 0o600);
    try {
      const size = fstatSync(fd).size;
      try {
        const bytes = Buffer.from(text);
        for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
      } catch (err) {
        try {
          ftruncateSync(fd, size);
        } catch {
          // nothing more can be done; the reader ignores a torn last line
        }
        if (err instanceof Error && !(err as NodeJS.ErrnoException).path)
          (err as NodeJS.ErrnoException).path = this.path;
        throw err;
      }
    } finally {
      closeSync(fd);
    }
  }

  /** Marks an article as about to be written. */
  pending(sha256: string, file: string, onDisk: boolean): void {
    this.append({ state: 'pending', sha256, file, onDisk });
  }

  /** Marks every article of a run as to be written, in one append, before the first is written. */
  pendingAll(articles: { sha256: string; file: string; onDisk: boolean }[]): void {
    if (!articles.length) return;
    const at = new Date().toISOString();
    this.appendLines(articles.map((a) => `${JSON.stringify({ state: 'pending', ...a, at })}\n`).join(''));
  }

  /** Marks an article as written (or found already stored). */
  committed(sha256: string, file: string, onDisk: boolean): void {
    this.append({ state: 'committed', sha256, file, onDisk });
  }

  /** Marks an article as failed for a reason that rerunning will not fix (bad input). */
  failed(sha256: string, file: string, onDisk: boolean): void {
    this.append({ state: 'failed', sha256, file, onDisk });
  }

  /** Every entry, oldest first; a torn or damaged line (a crash mid-write, a bad edit) is ignored. */
  entries(): JournalEntry[] {
    if (!existsSync(this.path)) return [];
    const out: JournalEntry[] = [];
    for (const line of readFileSync(this.path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as unknown;
        if (isJournalEntry(entry)) out.push(entry);
      } catch {
        // A line cut short by a crash carries nothing that was committed.
      }
    }
    return out;
  }

  /** Articles whose last state is pending: left so by an interrupted ingest. */
  unfinished(): JournalEntry[] {
    const last = new Map<string, JournalEntry>();
    for (const e of this.entries()) last.set(e.sha256, e);
    return [...last.values()].filter((e) => e.state === 'pending');
  }

  /** Rewrites the journal keeping only the unfinished articles' entries (done after a complete run). */
  compact(): void {
    const keep = this.unfinished();
    const tmp = `${this.path}.tmp`;
    try {
      writeFileSync(tmp, keep.map((e) => `${JSON.stringify(e)}\n`).join(''));
      renameSync(tmp, this.path);
    } catch (err) {
      // The journal as it was stays valid; only the tidy-up is lost.
      rmSync(tmp, { force: true });
      throw err;
    }
  }
}
