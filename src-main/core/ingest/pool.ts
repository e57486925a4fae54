// Extraction on every core: a small pool of worker threads, with an in-thread fallback.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../../common/extraction';
import { toErrorPayload, type ErrorPayload } from '../../common/errors';
import { extractArticle } from '../extract/index';

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
  busy: { id: number; pending: Pending } | null;
}

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
  /** True when extraction runs on worker threads. */
  readonly threaded: boolean;

  constructor(size = availableParallelism()) {
    const entry = size > 0 ? workerEntry() : null;
    this.threaded = !!entry;
    if (entry) for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn(entry));
  }

  private spawn(entry: { script: string | URL; eval: boolean }): Slot {
    const slot: Slot = { worker: new Worker(entry.script, { eval: entry.eval }), busy: null };
    slot.worker.on('message', (msg: { id: number } & ExtractOutcome) => {
      const busy = slot.busy;
      if (!busy || busy.id !== msg.id) return;
      slot.busy = null;
      busy.pending.resolve(
        msg.ok ? { ok: true, extraction: msg.extraction } : { ok: false, error: msg.error },
      );
      this.pump();
    });
    const fail = (reason: string) => {
      const busy = slot.busy;
      slot.busy = null;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      if (busy)
        busy.pending.resolve({
          ok: false,
          error: { code: 'INTERNAL', message: `${busy.pending.job.name}: extraction stopped: ${reason}` },
        });
      if (!this.closed) {
        this.slots.push(this.spawn(entry));
        this.pump();
      }
    };
    slot.worker.on('error', (err) => fail(err.message));
    slot.worker.on('exit', (code) => {
      if (!this.closed) fail(`the worker exited with code ${code}`);
    });
    slot.worker.unref();
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const pending = this.queue.shift();
      if (!pending) return;
      const id = this.nextId++;
      slot.busy = { id, pending };
      slot.worker.ref();
      slot.worker.postMessage({ id, name: pending.job.name, bytes: pending.job.bytes });
    }
    if (this.slots.every((s) => !s.busy)) for (const s of this.slots) s.worker.unref();
  }

  /** Extracts one document; never rejects: failures come back as an error payload naming the file. */
  extract(job: ExtractJob): Promise<ExtractOutcome> {
    if (!this.threaded) {
      try {
        return Promise.resolve({ ok: true, extraction: extractArticle(job) });
      } catch (err) {
        return Promise.resolve({ ok: false, error: toErrorPayload(err) });
      }
    }
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
