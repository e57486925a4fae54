// The main thread's side of the layout worker (layout.worker.ts): one worker per page, started at the first
// large layout and kept; each job sends node ids with their disc sizes and the edges, and resolves with the
// positions. When the worker cannot start or fails, the job rejects and the canvas lays out on the main thread.

/**
 * Above this many nodes the first fCoSE layout runs in the worker. It is also where fCoSE's quality drops to
 * 'draft' (layouts.ts) and the discs are no longer pushed apart (separate.ts), so the worker runs exactly the
 * layout the main thread would: a spectral layout, in which node sizes only place the result's centre (the
 * canvas fits it to the view afterwards), which is why the worker needs no label sizes.
 */
export const WORKER_MIN_NODES = 1500;

/** What the worker is sent: node ids with their width and height, and edges as [source, target]. */
export interface LayoutJob {
  id: number;
  nodes: { id: string; w: number; h: number }[];
  edges: [string, string][];
}

/** What it answers: x, y of each node in the order sent, or why it failed. */
export type LayoutAnswer = { id: number; positions: Float64Array } | { id: number; error: string };

let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const waiting = new Map<number, { ok(p: Float64Array): void; fail(err: Error): void }>();

function failAll(err: Error): void {
  for (const w of waiting.values()) w.fail(err);
  waiting.clear();
}

function theWorker(): Worker {
  if (broken) throw new Error('the layout worker failed before');
  if (worker) return worker;
  if (typeof Worker === 'undefined') throw new Error('this runtime has no Web Workers');
  const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
  w.onmessage = (event: MessageEvent<LayoutAnswer>) => {
    const answer = event.data;
    const job = waiting.get(answer.id);
    if (!job) return;
    waiting.delete(answer.id);
    if ('error' in answer) job.fail(new Error(answer.error));
    else job.ok(answer.positions);
  };
  // A worker that cannot load (a content security policy, a runtime without module workers) reports an
  // error event and never answers: every waiting job fails, and later ones do not try again.
  w.onerror = (event) => {
    event.preventDefault();
    broken = true;
    worker = null;
    w.terminate();
    failAll(new Error(event.message || 'the layout worker could not start'));
  };
  worker = w;
  return w;
}

/** A layout started in the worker: the positions by node id once it is done. */
export function layoutInWorker(
  nodes: LayoutJob['nodes'],
  edges: LayoutJob['edges'],
): Promise<Map<string, { x: number; y: number }>> {
  return new Promise((resolve, reject) => {
    let w: Worker;
    try {
      w = theWorker();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    const id = nextId++;
    waiting.set(id, {
      ok: (p) => {
        const out = new Map<string, { x: number; y: number }>();
        nodes.forEach((n, i) => out.set(n.id, { x: p[2 * i]!, y: p[2 * i + 1]! }));
        resolve(out);
      },
      fail: reject,
    });
    w.postMessage({ id, nodes, edges } satisfies LayoutJob);
  });
}

/** Starts the worker ahead of its first job, so its script is read and compiled while the page is idle. */
export function warmLayoutWorker(): void {
  try {
    theWorker();
  } catch {
    // No worker: large layouts run on the main thread, and say so when they do.
  }
}
