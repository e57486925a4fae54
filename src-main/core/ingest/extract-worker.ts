// A worker thread that extracts articles: says { ready } once loaded, then receives { id, name, bytes } and
// answers { id, extraction | error }.
import { readlinkSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { toErrorPayload } from '../../common/errors';
import { extractArticle, extractText } from '../extract/index';

parentPort?.on('message', (job: { id: number; name: string; bytes: Uint8Array }) => {
  try {
    const extraction = extractArticle({ name: job.name, bytes: job.bytes });
    parentPort?.postMessage({ id: job.id, ok: true, extraction });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, ok: false, error: toErrorPayload(err) });
  }
});

// Loading the extraction code and its first use take seconds: a short article is extracted once before the
// worker says it is ready, and the pool starts a file's clock only after that.
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
parentPort?.postMessage({ ready: true, thread });
