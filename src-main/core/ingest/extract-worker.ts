// A worker thread that extracts articles: receives { id, name, bytes }, answers { id, extraction | error }.
import { parentPort } from 'node:worker_threads';
import { toErrorPayload } from '../../common/errors';
import { extractArticle } from '../extract/index';

parentPort?.on('message', (job: { id: number; name: string; bytes: Uint8Array }) => {
  try {
    const extraction = extractArticle({ name: job.name, bytes: job.bytes });
    parentPort?.postMessage({ id: job.id, ok: true, extraction });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, ok: false, error: toErrorPayload(err) });
  }
});
