// Extraction on every core: a piscina pool of worker threads, with an in-thread fallback, a heap ceiling per
// worker and a per-file time limit; a file that throws, kills its worker or runs over fails alone.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { Extraction } from '../../common/extraction';
import { toErrorPayload, type ErrorPayload } from '../../common/errors';
import { fileTimeoutMs } from '../config/limits';
import type { ExtractTask, TaskStarted } from './extract-worker';

/** What extracting one document gave. */
export type ExtractOutcome = { ok: true; extraction: Extraction } | { ok: false; error: ErrorPayload };

/** A document to extract. */
export interface ExtractJob {
  name: string;
  bytes: Uint8Array;
}

/** Options of a pool. */
export interface PoolOptions {
  /** How long one file may take, in ms (default: RENDEZVOUS_FILE_TIMEOUT, else 30 s); its worker is then stopped. */
  fileTimeoutMs?: number;
  /** Another worker module with extract-worker's contract (a test's, one that fails on purpose). */
  worker?: URL;
}

/** CPU time used by a thread so far, in ms, from /proc/PID/task/TID/stat (utime + stime), or null. */
function threadCpuMs(thread: string | null): number | null {
  if (!thread) return null;
  try {
    const stat = readFileSync(`${thread}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (11 and 12 after the command name and state) in ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Where the CPU time of a worker can be read, wall-clock time stops it only at this multiple of the limit. */
export const WALL_BACKSTOP = 10;

/**
 * A worker's heap ceiling: a pathological file fails alone instead of exhausting the process. An article
 * needs far less (a 3 MB text, near the 5 MB limit for one file, was extracted under this ceiling, the
 * process and its one worker at 257 MB resident). The ceiling also bounds how far V8 lets a worker's
 * heap grow between collections: at 1 GB the 30,000-article ingest peaked at 1,045 MiB.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256 };

/** Extraction workers by default: one per core, at most four (writes to the one Neo4j bound the rest). */
export const defaultWorkers = (): number => Math.max(1, Math.min(availableParallelism(), 4));

/**
 * The worker file and how to start it: the built extract-worker.js beside this module as is, or, when
 * running from TypeScript sources (tsx, vitest), the .ts file with tsx's loader given to the worker.
 */
function workerEntry(worker?: URL): { filename: string; execArgv?: string[] } | null {
  const here = import.meta.url;
  if (!here.startsWith('file:')) return null;
  const url = worker ?? new URL(here.endsWith('.ts') ? './extract-worker.ts' : './extract-worker.js', here);
  const filename = fileURLToPath(url);
  if (!existsSync(filename)) return null;
  if (!filename.endsWith('.ts')) return { filename };
  const tsx = pathToFileURL(createRequire(here).resolve('tsx')).href;
  return { filename, execArgv: [...process.execArgv, '--import', tsx] };
}

/** One file on its way through the pool. */
interface Running {
  job: ExtractJob;
  resolve(outcome: ExtractOutcome): void;
  abort: AbortController;
  clock: NodeJS.Timeout | null;
  /** The worker said it began this file. */
  started: boolean;
  /** The worker failed; whether it had begun the file is being decided. */
  failing: boolean;
}

/** How long a failed file waits for its worker's begin message, which may arrive after the failure. */
const BEGIN_GRACE_MS = 100;

/**
 * Runs extractions on worker threads, one per core by default. When workers cannot start (a bundle
 * without the worker file), extraction runs in this thread instead, with the same results.
 */
export class ExtractionPool {
  private readonly pool: Piscina<ExtractTask, ExtractOutcome> | null;
  private readonly running = new Map<number, Running>();
  private nextId = 0;
  /** Why the workers cannot run files, once one failed before it began its first file. */
  private broken: string | null = null;
  /** True when extraction runs on worker threads (only then is the time limit enforced). */
  readonly threaded: boolean;
  /** The per-file limit in ms. */
  readonly fileTimeoutMs: number;

  constructor(size = defaultWorkers(), options: PoolOptions = {}) {
    this.fileTimeoutMs = options.fileTimeoutMs ?? fileTimeoutMs();
    const entry = size > 0 ? workerEntry(options.worker) : null;
    this.threaded = !!entry;
    const threads = Math.max(1, size);
    this.pool = entry
      ? new Piscina<ExtractTask, ExtractOutcome>({
          ...entry,
          minThreads: threads,
          maxThreads: threads,
          resourceLimits: WORKER_LIMITS,
        })
      : null;
    this.pool?.on('message', (message: TaskStarted) => this.onStarted(message));
    // A worker that fails with no file of ours is replaced by piscina; the file it had is failed below.
    this.pool?.on('error', () => undefined);
  }

  /** A worker began a file: its clock starts now, on that worker's own CPU time where it can be read. */
  private onStarted(message: TaskStarted): void {
    const run = this.running.get(message.started);
    if (!run || run.started) return;
    run.started = true;
    if (run.failing) return;
    const cpuAtStart = threadCpuMs(message.thread);
    const began = Date.now();
    const wallLimit = cpuAtStart === null ? this.fileTimeoutMs : this.fileTimeoutMs * WALL_BACKSTOP;
    run.clock = setInterval(
      () => {
        const cpu = threadCpuMs(message.thread);
        const cpuMs = cpu === null || cpuAtStart === null ? null : cpu - cpuAtStart;
        const wallMs = Date.now() - began;
        if ((cpuMs !== null && cpuMs >= this.fileTimeoutMs) || wallMs >= wallLimit)
          this.timedOut(message.started, { cpuMs, wallMs });
      },
      Math.min(250, this.fileTimeoutMs),
    );
  }

  /** Stops a file over its limit: piscina ends its worker and starts another. */
  private timedOut(id: number, used: { cpuMs: number | null; wallMs: number }): void {
    const run = this.running.get(id);
    if (!run) return;
    this.settle(id, {
      ok: false,
      error: {
        code: 'EXTRACTION_TIMEOUT',
        message:
          `${run.job.name}: extraction took longer than ${this.fileTimeoutMs / 1000} s and was stopped ` +
          '(raise the limit with --file-timeout or RENDEZVOUS_FILE_TIMEOUT).',
        details: { file: run.job.name, timeoutMs: this.fileTimeoutMs, ...used },
      },
    });
    run.abort.abort();
  }

  private settle(id: number, outcome: ExtractOutcome): void {
    const run = this.running.get(id);
    if (!run) return;
    this.running.delete(id);
    if (run.clock) clearInterval(run.clock);
    run.resolve(outcome);
  }

  /**
   * A file whose worker failed. If the worker had begun it, the file alone fails. If not, the worker could not
   * even load: another would fail the same way, so every waiting file fails now. The begin message travels
   * apart from the failure, so it is given a moment to arrive first.
   */
  private failed(id: number, err: unknown): void {
    const run = this.running.get(id);
    if (!run) return;
    run.failing = true;
    const message = err instanceof Error ? err.message : String(err);
    setTimeout(() => {
      if (!run.started && !this.broken) {
        this.broken = message;
        void this.pool?.destroy().catch(() => undefined);
      }
      this.settle(id, {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: run.started
            ? `${run.job.name}: extraction stopped: ${message}`
            : `${run.job.name}: the extraction worker did not start: ${this.broken}`,
        },
      });
    }, BEGIN_GRACE_MS);
  }

  /** Extracts one document; never rejects: failures come back as an error payload naming the file. */
  extract(job: ExtractJob): Promise<ExtractOutcome> {
    if (!this.pool) {
      // Loaded only here: with workers, the extraction code lives in the workers alone.
      return import('../extract/index').then(
        ({ extractArticle }) => {
          try {
            return { ok: true, extraction: extractArticle(job) };
          } catch (err) {
            return { ok: false, error: toErrorPayload(err) };
          }
        },
        (err: unknown) => ({ ok: false, error: toErrorPayload(err) }),
      );
    }
    if (this.broken)
      return Promise.resolve({
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `${job.name}: the extraction worker did not start: ${this.broken}`,
        },
      });
    const id = this.nextId++;
    const abort = new AbortController();
    return new Promise((resolve) => {
      this.running.set(id, { job, resolve, abort, clock: null, started: false, failing: false });
      this.pool!.run({ id, name: job.name, bytes: job.bytes }, { signal: abort.signal }).then(
        (outcome) => this.settle(id, outcome),
        (err: unknown) => this.failed(id, err),
      );
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    for (const run of this.running.values()) if (run.clock) clearInterval(run.clock);
    await this.pool?.destroy().catch(() => undefined);
  }
}
