// Ingest: extraction on worker threads, then groups of articles written in input order, one transaction a
// group, journaled; each group is read and planned while the one before it is committed (write-pipeline.ts).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { RendezvousError, toErrorPayload } from '../../common/errors';
import type { Extraction } from '../../common/extraction';
import { MAX_ARTICLE_BYTES, type IngestFileResult, type IngestReport } from '../../common/ingest';
import type { GraphDb } from '../store/connection';
import { storedArticles } from '../store/write-article';
import { startGroup, type GroupResults, type PendingGroup } from '../store/write-pipeline';
import { articleNodeId } from '../merge/plan';
import { homePaths } from '../config/home';
import { assertDiskSpace, diskFullError, isDiskFull } from './disk';
import { collectArticleFiles, type SkippedEntry } from './files';
import { reapplyCorrections } from '../store/curation';
import { IngestJournal, journalPath } from './journal';
import { withIngestLock } from './lock';
import { ExtractionPool, type ExtractOutcome } from './pool';

export { ARTICLE_EXTENSIONS, collectArticleFiles } from './files';

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
  /** Worker threads for extraction (default: one per core, at most 4; 0 extracts in this thread). */
  workers?: number;
  /** The journal file (default: `ingest-journal.jsonl` in the database's home). */
  journal?: string;
  /** How many articles share a transaction's commit (default 8; 1 gives each its own). */
  group?: number;
  /** How long extracting one file may take, in ms (default: RENDEZVOUS_FILE_TIMEOUT, else 30 s). */
  fileTimeoutMs?: number;
  /** Called once when another ingest of the same home is running and this one waits for it. */
  onWaiting?(holderPid: number): void;
}

/** Articles per transaction: all or none of them, so each article is whole or absent either way. */
export const DEFAULT_GROUP = 8;

interface Source {
  name: string;
  /** Absolute path when the document came from disk. */
  path: string | null;
  read(): Promise<Uint8Array>;
}

/** The bytes of a source read again for extraction, or why not: unreadable now, or changed since it was hashed. */
async function readAgain(source: Source, sha256: string): Promise<Uint8Array | ExtractOutcome> {
  try {
    const bytes = await source.read();
    if (createHash('sha256').update(bytes).digest('hex') === sha256) return bytes;
    return {
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: `${source.name} changed while it was being ingested; ingest it again once it is written`,
      },
    };
  } catch (err) {
    return { ok: false, error: toErrorPayload(err) };
  }
}

/** A file's result before anything is known of it: ok, with nothing counted yet. */
export const emptyResult = (file: string): IngestFileResult => ({
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
export function summarize(
  files: IngestFileResult[],
  durationMs: number,
  resumed = 0,
  skipped: SkippedEntry[] = [],
): IngestReport {
  const sum = (f: (r: IngestFileResult) => number | undefined) => files.reduce((n, r) => n + (f(r) ?? 0), 0);
  return {
    files,
    ...(skipped.length ? { skipped } : {}),
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
function runIngest(
  db: GraphDb,
  sources: Source[],
  options: IngestOptions = {},
  skipped: SkippedEntry[] = [],
): Promise<IngestReport> {
  return withIngestLock(
    homePaths(db.home).ingestLock,
    () => ingestLocked(db, sources, options, skipped),
    options.onWaiting,
  );
}

async function ingestLocked(
  db: GraphDb,
  sources: Source[],
  options: IngestOptions,
  skipped: SkippedEntry[],
): Promise<IngestReport> {
  const started = Date.now();
  const journal = new IngestJournal(options.journal ?? journalPath(db.home));
  const unfinishedBefore = new Set(journal.unfinished().map((e) => e.sha256));
  const results: IngestFileResult[] = sources.map((s) => emptyResult(s.path ?? s.name));
  const total = sources.length;
  let done = 0;
  const progress = (i: number) => options.onProgress?.(++done, total, results[i]!.file);

  // Hash every file first, one at a time, keeping only its hash and size: the hash decides whether it is
  // new. The bytes are read again when the article's turn to be extracted comes, so memory holds only the
  // articles in flight, whatever the size of the corpus.
  const sizes: number[] = [];
  for (let i = 0; i < sources.length; i++) {
    try {
      const b = await sources[i]!.read();
      sizes.push(b.byteLength);
      results[i]!.sha256 = createHash('sha256').update(b).digest('hex');
    } catch (err) {
      sizes.push(0);
      results[i]!.ok = false;
      results[i]!.error = toErrorPayload(err);
    }
  }
  const hashes = results.map((r) => r.sha256).filter((h): h is string => !!h);
  const stored = await storedArticles(db, [...new Set(hashes)]);
  const seen = new Set<string>();
  const todo: number[] = [];
  // Stored by a run cut off before its corrections were re-applied to them: re-applied now, then done.
  const leftPending: number[] = [];
  let resumed = 0;
  for (let i = 0; i < sources.length; i++) {
    const r = results[i]!;
    if (!r.ok || !r.sha256) {
      progress(i);
      continue;
    }
    if (stored.has(r.sha256) || seen.has(r.sha256)) {
      r.unchanged = true;
      if (unfinishedBefore.has(r.sha256)) leftPending.push(i);
      else progress(i);
      continue;
    }
    seen.add(r.sha256);
    todo.push(i);
  }

  if (leftPending.length) {
    await reapplyCorrections(db, [...new Set(leftPending.map((i) => articleNodeId(results[i]!.sha256!)))]);
    for (const i of leftPending) {
      journal.committed(results[i]!.sha256!, results[i]!.file, !!sources[i]!.path);
      progress(i);
    }
  }

  // Refuse before writing anything when the disk cannot take these articles.
  const folders = [dirname(journal.path)];
  const dataDir = homePaths(db.home).dataDir;
  if (db.mode === 'builtin' && existsSync(dataDir)) folders.push(dataDir);
  assertDiskSpace(
    folders,
    todo.reduce((n, i) => n + (sizes[i] ?? 0), 0),
  );

  // Only what a commit confirmed counts as stored; everything else is reported as not stored.
  const committed = new Set<number>();
  const notStored = (reason: RendezvousError): IngestReport => {
    for (const i of todo) {
      const r = results[i]!;
      if (committed.has(i) || !r.ok) continue;
      r.ok = false;
      r.error = toErrorPayload(reason);
    }
    return summarize(results, Date.now() - started, resumed, skipped);
  };

  // Every article this run will write is pending until its commit: an interrupted run leaves them so.
  try {
    journal.pendingAll(
      todo.map((i) => ({ sha256: results[i]!.sha256!, file: results[i]!.file, onDisk: !!sources[i]!.path })),
    );
  } catch (err) {
    if (!isDiskFull(err)) throw err;
    const report = notStored(
      new RendezvousError('DISK_FULL', 'not stored: the disk was full before the ingest began'),
    );
    throw diskFullError(err, `nothing was ingested (the journal ${journal.path} could not be written)`, {
      report,
    });
  }
  const pool = new ExtractionPool(options.workers, { fileTimeoutMs: options.fileTimeoutMs });
  const window = Math.max(4, (options.workers ?? 2) * 4);
  const inflight = new Map<number, Promise<ExtractOutcome>>();
  let launched = 0;
  const launch = (upTo: number) => {
    while (launched < todo.length && launched < upTo) {
      const i = todo[launched++]!;
      inflight.set(
        i,
        readAgain(sources[i]!, results[i]!.sha256!).then((bytes) =>
          bytes instanceof Uint8Array ? pool.extract({ name: sources[i]!.name, bytes }) : bytes,
        ),
      );
    }
  };
  const groupSize = Math.max(1, options.group ?? DEFAULT_GROUP);
  type Pending = { batch: { i: number; extraction: Extraction }[]; group: PendingGroup };
  /** After a group's commit: its results, the corrections re-applied to it, the journal, the progress. */
  const finish = async ({ batch, group: pendingGroup }: Pending): Promise<void> => {
    let written: GroupResults;
    try {
      written = await pendingGroup.results;
    } catch (err) {
      const cause = err instanceof Error ? err.message : String(err);
      const full = isDiskFull(err);
      // The group being written may or may not have been committed when the connection was lost: it is
      // counted as not stored, and said to be in doubt. A rerun finds it by its hash if it was stored.
      for (const { i } of batch) {
        results[i]!.ok = false;
        results[i]!.error = {
          code: full ? 'DISK_FULL' : 'NEO4J_UNAVAILABLE',
          message:
            `in doubt: ${full ? 'the disk of the database filled up' : 'Neo4j went away'} during the commit ` +
            `of this article's group, so it may or may not be stored; ingest again to finish (${cause})`,
        };
      }
      const report = notStored(
        new RendezvousError(
          full ? 'DISK_FULL' : 'NEO4J_UNAVAILABLE',
          full ? 'not stored: the disk of the database was full' : 'not stored: Neo4j became unreachable',
        ),
      );
      const notReached = todo.filter(
        (i) => results[i]!.error?.message.startsWith('not stored:') === true,
      ).length;
      const counts =
        `${report.articles} article(s) were stored, ${batch.length} may have been (the commit of their ` +
        `group was cut off), ${notReached} were not (none is half-written)`;
      if (full)
        throw diskFullError(err, `the database could not store ${results[batch[0]!.i]!.file}; ${counts}`, {
          report,
        });
      throw new RendezvousError(
        'NEO4J_UNAVAILABLE',
        `Neo4j became unreachable while ingesting ${results[batch[0]!.i]!.file}; ${counts}. Run the same ` +
          `ingest again once Neo4j is back to finish. (${cause})`,
        { report },
      );
    }
    // The results first (the commit is done), then the journal: a journal write that fails on a full
    // disk cannot make a committed article count as not stored.
    batch.forEach(({ i }, n) => {
      const r = results[i]!;
      const w = written[n]!;
      if ('error' in w) {
        r.ok = false;
        r.error = toErrorPayload(w.error);
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
        committed.add(i);
        if (unfinishedBefore.has(r.sha256!)) resumed++;
      }
    });
    // The journal marks the group done only once the corrections are re-applied to it: a run cut off in
    // between leaves it pending, and the next run re-applies them to it.
    let changed = false;
    try {
      changed = await reapplyCorrections(
        db,
        written.flatMap((w) => ('error' in w || w.unchanged ? [] : [w.articleId])),
      );
    } catch (err) {
      if (!(err instanceof RendezvousError) || err.code !== 'NEO4J_UNAVAILABLE') throw err;
      // The group is committed; only the corrections' re-application was cut off.
      const report = notStored(
        new RendezvousError('NEO4J_UNAVAILABLE', 'not stored: Neo4j became unreachable'),
      );
      const notReached = todo.filter(
        (i) => results[i]!.error?.message.startsWith('not stored:') === true,
      ).length;
      throw new RendezvousError(
        'NEO4J_UNAVAILABLE',
        `Neo4j became unreachable while ingesting ${results[batch.at(-1)!.i]!.file}; ${report.articles} ` +
          `article(s) were stored, 0 may have been (the commit of their group was cut off), ${notReached} ` +
          `were not (none is half-written), and the corrections are not yet re-applied to the last group. ` +
          `Run the same ingest again once Neo4j is back to finish: it re-applies them too. (${err.message})`,
        { report },
      );
    }
    for (const { i } of batch) {
      const r = results[i]!;
      const onDisk = !!sources[i]!.path;
      if (committed.has(i)) journal.committed(r.sha256!, r.file, onDisk);
      else journal.failed(r.sha256!, r.file, onDisk);
      progress(i);
    }
    pendingGroup.settle(!changed);
  };
  let pending: Pending | null = null;
  try {
    for (let k = 0; k < todo.length;) {
      // Take the next extractions in order, up to a group, and write them together.
      const batch: { i: number; extraction: Extraction }[] = [];
      while (k < todo.length && batch.length < groupSize) {
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
      // The group is read and planned while the one before it is committed and finished (write-pipeline.ts).
      const group = startGroup(
        db,
        batch.map((b) => b.extraction),
        pending?.group ?? null,
      );
      if (pending) {
        try {
          await finish(pending);
        } catch (err) {
          group.cancel();
          await group.results.catch(() => undefined);
          throw err;
        }
      }
      pending = { batch, group };
    }
    if (pending) await finish(pending);
  } catch (err) {
    if (!isDiskFull(err) || err instanceof RendezvousError) throw err;
    const report = notStored(
      new RendezvousError('DISK_FULL', 'not stored: the disk was full (the journal could not be written)'),
    );
    throw diskFullError(
      err,
      `${report.articles} article(s) were stored and the journal ${journal.path} is intact; the rest were not`,
      { report },
    );
  } finally {
    await pool.close();
  }
  try {
    if (!journal.unfinished().length) journal.compact();
  } catch (err) {
    if (!isDiskFull(err)) throw err;
    // Compacting is only tidying: the journal as it stands is complete.
  }
  return summarize(results, Date.now() - started, resumed, skipped);
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

/** Reads a file from disk, refusing one over the size limit before reading it. */
async function readArticleFile(path: string): Promise<Uint8Array> {
  const s = await stat(path).catch((err: Error) => {
    throw new RendezvousError('FILE_UNREADABLE', `${path}: cannot read the file (${err.message}).`);
  });
  if (!s.isFile())
    throw new RendezvousError('FILE_UNREADABLE', `${path}: not a regular file; it was not opened.`);
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
  const { files, missing, skipped } = await collectArticleFiles(paths);
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
  return runIngest(db, sources, options, skipped);
}

/** The articles an interrupted ingest left pending, from the journal of a home. */
export function unfinishedArticles(home: string): { file: string; sha256: string; onDisk: boolean }[] {
  return new IngestJournal(journalPath(home))
    .unfinished()
    .map((e) => ({ file: e.file, sha256: e.sha256, onDisk: e.onDisk }));
}

export { ingestExtractedPaths } from './extracted';
