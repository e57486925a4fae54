// Ingest: extraction on worker threads, then one transaction per article, journaled, in input order.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { RendezvousError, toErrorPayload } from '../../common/errors';
import type { Extraction } from '../../common/extraction';
import { MAX_ARTICLE_BYTES, type IngestFileResult, type IngestReport } from '../../common/ingest';
import type { GraphDb } from '../store/connection';
import { storedArticles, writeArticles } from '../store/write-article';
import { reapplyCorrections } from '../store/curation';
import { IngestJournal, journalPath } from './journal';
import { ExtractionPool, type ExtractOutcome } from './pool';

/** A document to ingest: its name and bytes (`data` is accepted as a synonym of `bytes`). */
export interface IngestDocument {
  name: string;
  bytes?: Uint8Array;
  data?: Uint8Array;
}

/** Options of an ingest. */
export interface IngestOptions {
  /** Called after each file with how many are done, of how many, and the file's name. */
  onProgress?(done: number, total: number, file: string): void;
  /** Worker threads for extraction (default: one per core; 0 extracts in this thread). */
  workers?: number;
  /** The journal file (default: `ingest-journal.jsonl` in the database's home). */
  journal?: string;
  /** How many articles share a transaction's commit (default 8; 1 gives each its own). */
  group?: number;
}

/** Articles per transaction: all or none of them, so each article is whole or absent either way. */
export const DEFAULT_GROUP = 8;

/** The file extensions a folder is searched for. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.md'];

interface Source {
  name: string;
  /** Absolute path when the document came from disk. */
  path: string | null;
  read(): Promise<Uint8Array>;
}

const emptyResult = (file: string): IngestFileResult => ({
  file,
  ok: true,
  unchanged: false,
  people: 0,
  meetings: 0,
  error: null,
  sha256: null,
  newPeople: 0,
  mergedPeople: 0,
  newMeetings: 0,
  mergedMeetings: 0,
});

/** Sums the per-file results into the import's summary. */
export function summarize(files: IngestFileResult[], durationMs: number, resumed = 0): IngestReport {
  const sum = (f: (r: IngestFileResult) => number | undefined) => files.reduce((n, r) => n + (f(r) ?? 0), 0);
  return {
    files,
    articles: files.filter((f) => f.ok && !f.unchanged).length,
    newPeople: sum((f) => f.newPeople),
    mergedPeople: sum((f) => f.mergedPeople),
    meetings: sum((f) => f.meetings),
    errors: files.filter((f) => !f.ok).length,
    unchanged: files.filter((f) => f.unchanged).length,
    newMeetings: sum((f) => f.newMeetings),
    mergedMeetings: sum((f) => f.mergedMeetings),
    resumed,
    durationMs,
  };
}

/**
 * Ingests documents: extraction runs on worker threads; writes run in input order (so the same input
 * always gives the same graph), a few articles per transaction to share the commit, each article whole
 * or absent, and a failed group retried article by article so a bad article fails alone. An article already stored is skipped; a
 * bad file is reported and the others go on. If Neo4j becomes unreachable, the ingest stops with
 * NEO4J_UNAVAILABLE (its `details.report` holds what was done) and a rerun resumes where it stopped.
 */
async function runIngest(db: GraphDb, sources: Source[], options: IngestOptions = {}): Promise<IngestReport> {
  const started = Date.now();
  const journal = new IngestJournal(options.journal ?? journalPath(db.home));
  const unfinishedBefore = new Set(journal.unfinished().map((e) => e.sha256));
  const results: IngestFileResult[] = sources.map((s) => emptyResult(s.path ?? s.name));
  const total = sources.length;
  let done = 0;
  const progress = (i: number) => options.onProgress?.(++done, total, results[i]!.file);

  // Read every file first: its hash decides whether it is new.
  const bytes: (Uint8Array | null)[] = [];
  for (let i = 0; i < sources.length; i++) {
    try {
      const b = await sources[i]!.read();
      bytes.push(b);
      results[i]!.sha256 = createHash('sha256').update(b).digest('hex');
    } catch (err) {
      bytes.push(null);
      results[i]!.ok = false;
      results[i]!.error = toErrorPayload(err);
    }
  }
  const hashes = results.map((r) => r.sha256).filter((h): h is string => !!h);
  const stored = await storedArticles(db, [...new Set(hashes)]);
  const seen = new Set<string>();
  const todo: number[] = [];
  let resumed = 0;
  for (let i = 0; i < sources.length; i++) {
    const r = results[i]!;
    if (!r.ok || !r.sha256) {
      progress(i);
      continue;
    }
    if (stored.has(r.sha256) || seen.has(r.sha256)) {
      r.unchanged = true;
      if (unfinishedBefore.has(r.sha256)) journal.committed(r.sha256, r.file, !!sources[i]!.path);
      progress(i);
      continue;
    }
    seen.add(r.sha256);
    todo.push(i);
  }

  // Every article this run will write is pending until its commit: an interrupted run leaves them so.
  journal.pendingAll(
    todo.map((i) => ({ sha256: results[i]!.sha256!, file: results[i]!.file, onDisk: !!sources[i]!.path })),
  );
  const pool = new ExtractionPool(options.workers);
  const window = Math.max(4, (options.workers ?? 2) * 4);
  const inflight = new Map<number, Promise<ExtractOutcome>>();
  let launched = 0;
  const launch = (upTo: number) => {
    while (launched < todo.length && launched < upTo) {
      const i = todo[launched++]!;
      inflight.set(i, pool.extract({ name: sources[i]!.name, bytes: bytes[i]! }));
      bytes[i] = null;
    }
  };
  const group = Math.max(1, options.group ?? DEFAULT_GROUP);
  try {
    for (let k = 0; k < todo.length;) {
      // Take the next extractions in order, up to a group, and write them together.
      const batch: { i: number; extraction: Extraction }[] = [];
      while (k < todo.length && batch.length < group) {
        launch(k + window);
        const i = todo[k++]!;
        const r = results[i]!;
        const outcome = await inflight.get(i)!;
        inflight.delete(i);
        if (!outcome.ok) {
          r.ok = false;
          r.error = outcome.error;
          journal.failed(r.sha256!, r.file, !!sources[i]!.path);
          progress(i);
          continue;
        }
        const extraction = outcome.extraction;
        extraction.source = { ...extraction.source, sha256: r.sha256! };
        batch.push({ i, extraction });
      }
      if (!batch.length) continue;
      let written: Awaited<ReturnType<typeof writeArticles>>;
      try {
        written = await writeArticles(
          db,
          batch.map((b) => b.extraction),
        );
      } catch (err) {
        for (const { i } of batch) {
          results[i]!.ok = false;
          results[i]!.error = toErrorPayload(err);
        }
        const report = summarize(results, Date.now() - started, resumed);
        const left = todo.length - k + batch.length;
        throw new RendezvousError(
          'NEO4J_UNAVAILABLE',
          `Neo4j became unreachable while ingesting ${results[batch[0]!.i]!.file}; ${report.articles} article(s) ` +
            `were stored, ${left} were not (none half-written). Run the same ingest again once Neo4j is back to ` +
            `finish. (${err instanceof Error ? err.message : String(err)})`,
          { report },
        );
      }
      batch.forEach(({ i }, n) => {
        const r = results[i]!;
        const w = written[n]!;
        const onDisk = !!sources[i]!.path;
        if ('error' in w) {
          r.ok = false;
          r.error = toErrorPayload(w.error);
          journal.failed(r.sha256!, r.file, onDisk);
        } else {
          Object.assign(r, {
            unchanged: w.unchanged,
            people: w.people,
            meetings: w.meetings,
            newPeople: w.newPeople,
            mergedPeople: w.mergedPeople,
            newMeetings: w.newMeetings,
            mergedMeetings: w.mergedMeetings,
          });
          if (unfinishedBefore.has(r.sha256!)) resumed++;
          journal.committed(r.sha256!, r.file, onDisk);
        }
        progress(i);
      });
      await reapplyCorrections(
        db,
        written.flatMap((w) => ('error' in w || w.unchanged ? [] : [w.articleId])),
      );
    }
  } finally {
    await pool.close();
  }
  if (!journal.unfinished().length) journal.compact();
  return summarize(results, Date.now() - started, resumed);
}

const bytesOf = (d: IngestDocument): Uint8Array => {
  const b = d.bytes ?? d.data;
  if (!b) throw new RendezvousError('BAD_INPUT', `${d.name}: the document has no content.`);
  return b;
};

/** Ingests documents given as bytes (the UI's import). */
export function ingestDocuments(
  db: GraphDb,
  documents: IngestDocument[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  return runIngest(
    db,
    documents.map((d) => ({ name: d.name, path: null, read: async () => bytesOf(d) })),
    options,
  );
}

/** The article files under the given paths: files as given, folders searched (sorted, hidden ones skipped). */
export async function collectArticleFiles(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && ARTICLE_EXTENSIONS.includes(extname(e.name).toLowerCase())) files.push(p);
    }
  };
  for (const raw of paths) {
    const p = resolve(raw);
    const s = await stat(p).catch(() => null);
    if (!s) missing.push(p);
    else if (s.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

/** Reads a file from disk, refusing one over the size limit before reading it. */
async function readArticleFile(path: string): Promise<Uint8Array> {
  const s = await stat(path).catch((err: Error) => {
    throw new RendezvousError('FILE_UNREADABLE', `${path}: cannot read the file (${err.message}).`);
  });
  if (s.size > MAX_ARTICLE_BYTES)
    throw new RendezvousError(
      'FILE_TOO_LARGE',
      `${path}: the file is ${s.size} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes (5 MB).`,
    );
  return readFile(path).catch((err: Error) => {
    throw new RendezvousError('FILE_UNREADABLE', `${path}: cannot read the file (${err.message}).`);
  });
}

/** Options of a path ingest. */
export interface IngestPathsOptions extends IngestOptions {
  /** Also finish the on-disk articles an interrupted ingest left pending in the journal. */
  resume?: boolean;
}

/** Ingests files and folders (the CLI's `ingest PATH...`); with `resume`, also what an interrupted run left. */
export async function ingestPaths(
  db: GraphDb,
  paths: string[],
  options: IngestPathsOptions = {},
): Promise<IngestReport> {
  const { files, missing } = await collectArticleFiles(paths);
  if (options.resume) {
    const journal = new IngestJournal(options.journal ?? journalPath(db.home));
    for (const e of journal.unfinished()) if (e.onDisk && !files.includes(e.file)) files.push(e.file);
  }
  const sources: Source[] = [
    ...files.map((f) => ({ name: f, path: f, read: () => readArticleFile(f) })),
    ...missing.map((m) => ({
      name: m,
      path: m,
      read: async (): Promise<Uint8Array> => {
        throw new RendezvousError('FILE_UNREADABLE', `${m}: no such file or folder.`);
      },
    })),
  ];
  return runIngest(db, sources, options);
}

/** The articles an interrupted ingest left pending, from the journal of a home. */
export function unfinishedArticles(home: string): { file: string; sha256: string; onDisk: boolean }[] {
  return new IngestJournal(journalPath(home))
    .unfinished()
    .map((e) => ({ file: e.file, sha256: e.sha256, onDisk: e.onDisk }));
}
