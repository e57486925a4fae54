// A worker thread that extracts articles, as the ingest engine runs it; used by bad-input.test.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractArticle } = await import(workerData.module);
parentPort.on('message', ({ name, text }) => {
  try {
    const x = extractArticle({ name, bytes: new TextEncoder().encode(text) });
    parentPort.postMessage({ participants: x.meetings.map((m) => m.participants) });
  } catch (err) {
    parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
});
