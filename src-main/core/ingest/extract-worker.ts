// The extraction pool's worker: piscina runs its default export for each file. It tells the pool when it
// begins a file (so the file's clock starts then, not while the worker was loading) and on which thread.
import { readlinkSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { toErrorPayload } from '../../common/errors';
import { extractArticle, extractText } from '../extract/index';
import type { ExtractOutcome } from './pool';

/** One file for the worker: the pool's id for it, its name and bytes. */
export interface ExtractTask {
  id: number;
  name: string;
  bytes: Uint8Array;
}

/** Sent to the pool as a file begins: its id, and the worker thread's /proc/PID/task/TID folder (Linux). */
export interface TaskStarted {
  started: number;
  thread: string | null;
}

// Loading the extraction code and its first use take seconds: a short article is extracted once while the
// worker loads, before it takes its first file.
try {
  extractText('warm-up.txt', 'Anna Berg met John Smith in Paris on Monday to discuss trade.');
} catch {
  // a failure here will show on the first real file
}
// On Linux the worker's own thread is /proc/PID/task/TID: the pool reads its CPU time there.
let thread: string | null = null;
try {
  thread = `/proc/${readlinkSync('/proc/thread-self')}`;
} catch {
  // elsewhere the pool counts wall-clock time
}

/** Extracts one file; an extraction that throws comes back as that file's error. */
export default function extractTask(task: ExtractTask): ExtractOutcome {
  parentPort?.postMessage({ started: task.id, thread } satisfies TaskStarted);
  try {
    return { ok: true, extraction: extractArticle({ name: task.name, bytes: task.bytes }) };
  } catch (err) {
    return { ok: false, error: toErrorPayload(err) };
  }
}
