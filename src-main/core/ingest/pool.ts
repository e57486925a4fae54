// Extraction on every core: a small pool of worker threads, with an in-thread fallback.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../../common/extraction';
import { toErrorPayload, type ErrorPayload } from '../../common/errors';
import { fileTimeoutMs } from '../config/limits';

/** What extracting one document gave. */
export type ExtractOutcome = { ok: true; extraction: Extraction } | { ok: false; error: ErrorPayload };

/** A document to extract. */
export interface ExtractJob {
  name: string;
  bytes: Uint8Array;
}

interface Pending {
  job: ExtractJob;
  resolve(outcome: ExtractOutcome): void;
}

interface Slot {
  worker: Worker;
  /** True once the worker has loaded the extraction code; only then is it given files. */
  ready: boolean;
  /** The worker thread's /proc/PID/task/TID folder, where its CPU time is read (Linux). */
  thread: string | null;
  busy: { id: number; pending: Pending; timer: NodeJS.Timeout } | null;
  onTimeout?: (used: { cpuMs: number | null; wallMs: number }) => void;
}

/** Options of a pool. */
export interface PoolOptions {
  /** How long one file may take, in ms (default: RENDEZVOUS_FILE_TIMEOUT, else 30 s); its worker is then stopped. */
  fileTimeoutMs?: number;
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

/** A worker's heap ceiling: a pathological file fails alone instead of exhausting the process. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1024 };

/** Extraction workers by default: one per core, at most four (writes to the one Neo4j bound the rest). */
export const defaultWorkers = (): number => Math.max(1, Math.min(availableParallelism(), 4));

/**
 * How to start the worker: the built worker file as is, or, when running from TypeScript sources (tsx,
 * vitest), a tiny bootstrap that registers tsx in the worker and then imports the .ts entry.
 */
export function workerEntry(): { script: string | URL; eval: boolean } | null {
  const here = import.meta.url;
  if (!here.startsWith('file:')) return null;
  const ts = here.endsWith('.ts');
  const url = new URL(ts ? './extract-worker.ts' : './extract-worker.js', here);
  if (!existsSync(fileURLToPath(url))) return null;
  if (!ts) return { script: url, eval: false };
  const tsxDir = dirname(createRequire(here).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return { script: bootstrap, eval: true };
}

/**
 * Runs extractions on worker threads, one per core by default. When workers cannot start (a bundle
 * without the worker file), extraction runs in this thread instead, with the same results.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;
  /** True when extraction runs on worker threads (only then is the time limit enforced). */
  readonly threaded: boolean;
  /** The per-file limit in ms. */
  readonly fileTimeoutMs: number;

  constructor(size = defaultWorkers(), options: PoolOptions = {}) {
    this.fileTimeoutMs = options.fileTimeoutMs ?? fileTimeoutMs();
    const entry = size > 0 ? workerEntry() : null;
    this.threaded = !!entry;
    if (entry) for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn(entry));
  }

  private spawn(entry: { script: string | URL; eval: boolean }): Slot {
    const slot: Slot = {
      worker: new Worker(entry.script, { eval: entry.eval, resourceLimits: WORKER_LIMITS }),
      busy: null,
      ready: false,
      thread: null,
    };
    slot.worker.on(
      'message',
      (msg: ({ id: number } & ExtractOutcome) | { ready: true; thread: string | null }) => {
        if ('ready' in msg) {
          slot.ready = true;
          slot.thread = msg.thread;
          this.pump();
          return;
        }
        const busy = slot.busy;
        if (!busy || busy.id !== msg.id) return;
        slot.busy = null;
        if (busy.timer) clearInterval(busy.timer);
        busy.pending.resolve(
          msg.ok ? { ok: true, extraction: msg.extraction } : { ok: false, error: msg.error },
        );
        this.pump();
      },
    );
    const fail = (error: ErrorPayload | string) => {
      const busy = slot.busy;
      slot.busy = null;
      if (busy?.timer) clearInterval(busy.timer);
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      if (busy)
        busy.pending.resolve({
          ok: false,
          error:
            typeof error === 'string'
              ? { code: 'INTERNAL', message: `${busy.pending.job.name}: extraction stopped: ${error}` }
              : error,
        });
      if (this.closed) return;
      if (!slot.ready && typeof error === 'string') {
        // The worker could not even load: another would fail the same way, so the queued files fail now.
        if (!this.slots.length)
          for (const pending of this.queue.splice(0))
            pending.resolve({
              ok: false,
              error: {
                code: 'INTERNAL',
                message: `${pending.job.name}: the extraction worker did not start: ${error}`,
              },
            });
        return;
      }
      this.slots.push(this.spawn(entry));
      this.pump();
    };
    slot.onTimeout = (used) => {
      const busy = slot.busy;
      if (!busy) return;
      const seconds = this.fileTimeoutMs / 1000;
      fail({
        code: 'EXTRACTION_TIMEOUT',
        message:
          `${busy.pending.job.name}: extraction took longer than ${seconds} s and was stopped ` +
          '(raise the limit with --file-timeout or RENDEZVOUS_FILE_TIMEOUT).',
        details: { file: busy.pending.job.name, timeoutMs: this.fileTimeoutMs, ...used },
      });
      void slot.worker.terminate();
    };
    slot.worker.on('error', (err) => fail(err.message));
    slot.worker.on('exit', (code) => {
      if (!this.closed) fail(`the worker exited with code ${code}`);
    });
    slot.worker.unref();
    return slot;
  }

  /**
   * The clock of one file. On Linux it is the worker thread's own CPU time, so a busy machine does not
   * make a normal file fail; wall-clock time, at ten times the limit, stops a worker that makes no
   * progress at all. Elsewhere it is wall-clock time.
   */
  private clock(slot: Slot): NodeJS.Timeout {
    const cpuAtStart = threadCpuMs(slot.thread);
    const started = Date.now();
    const wallLimit = cpuAtStart === null ? this.fileTimeoutMs : this.fileTimeoutMs * WALL_BACKSTOP;
    return setInterval(
      () => {
        const cpu = threadCpuMs(slot.thread);
        const overCpu = cpuAtStart !== null && cpu !== null && cpu - cpuAtStart >= this.fileTimeoutMs;
        const wallMs = Date.now() - started;
        if (overCpu || wallMs >= wallLimit)
          slot.onTimeout?.({ cpuMs: cpu === null || cpuAtStart === null ? null : cpu - cpuAtStart, wallMs });
      },
      Math.min(250, this.fileTimeoutMs),
    );
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || !slot.ready) continue;
      const pending = this.queue.shift();
      if (!pending) break;
      const id = this.nextId++;
      slot.busy = { id, pending, timer: this.clock(slot) };
      slot.worker.ref();
      slot.worker.postMessage({ id, name: pending.job.name, bytes: pending.job.bytes });
    }
    // Workers keep the process alive only while there is work (queued files wait for a worker to load).
    const working = this.queue.length > 0 || this.slots.some((s) => s.busy);
    for (const s of this.slots) {
      if (working) s.worker.ref();
      else s.worker.unref();
    }
  }

  /** Extracts one document; never rejects: failures come back as an error payload naming the file. */
  extract(job: ExtractJob): Promise<ExtractOutcome> {
    if (!this.threaded) {
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
    if (!this.slots.length)
      return Promise.resolve({
        ok: false,
        error: { code: 'INTERNAL', message: `${job.name}: no extraction worker could start` },
      });
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) if (s.busy?.timer) clearInterval(s.busy.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
