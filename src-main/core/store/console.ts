// The read-only query console for analysts, in three layers: the text is normalised and screened
// (console-text.ts), Neo4j plans it and the plan is walked (console-plan.ts), and the built-in Neo4j itself
// refuses file access, unknown procedures and oversized transactions (the launcher's settings). The query then
// runs on a worker thread in a read transaction, with a timeout, a row cap and a byte budget.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { RendezvousError } from '../../common/errors';
import type { GraphDb } from './connection';
import type { JsonValue } from './console-json';
import { checkConsolePlan } from './console-plan';
import type { PlanNode } from './console-plan';
import { streamRows } from './console-stream';
import type { StreamLimits, StreamedRows } from './console-stream';
import { screenConsoleQuery } from './console-text';
import type { ConsoleWorkerInput, ConsoleWorkerOutput } from './console-worker';

/** Limits of one console query. */
export interface ConsoleOptions {
  /** At most this many rows are returned; `truncated` says when more existed (default 1000). */
  rowCap?: number;
  /** At most this many bytes of rows (UTF-8 JSON) are returned (default 32 MiB). */
  byteBudget?: number;
  /** The query stops after this long, however large its rows (default 30 s). */
  timeoutMs?: number;
  /** Query parameters: plain JSON values. */
  params?: Record<string, unknown>;
}

/** The answer of a console query. */
export interface ConsoleResult {
  columns: string[];
  rows: Record<string, JsonValue>[];
  /** True when a limit was hit and further rows were dropped. */
  truncated: boolean;
  /** Which limit dropped rows: the row cap or the byte budget; null when the answer is complete. */
  truncatedBy: 'rows' | 'bytes' | null;
  rowCap: number;
  byteBudget: number;
  /** The size of the returned rows as UTF-8 JSON. */
  bytes: number;
  elapsedMs: number;
}

/** The default row cap of the console. */
export const DEFAULT_ROW_CAP = 1000;
/** The default byte budget of the console's rows. */
const DEFAULT_BYTE_BUDGET = 32 * 1024 * 1024;
/** The default transaction timeout of the console. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The worker's heap: a single row larger than this ends the query, not the app. */
const WORKER_HEAP_MB = 512;
/** The least time a query is given on the worker, however little of the time limit planning left. */
const MIN_RUN_MS = 100;

const QUERY_TYPES: Record<string, string> = {
  r: 'read',
  w: 'write',
  rw: 'read and write',
  s: 'schema or administration',
};

function refuse(reason: string): never {
  throw new RendezvousError('QUERY_REFUSED', `Refused: ${reason}`);
}

type Failure = { code: string; message: string } | 'timed out' | 'too large';

function queryFailed(failure: Failure, timeoutMs: number): RendezvousError {
  if (failure === 'too large') {
    return new RendezvousError(
      'QUERY_FAILED',
      'The answer has a single value too large for the console to hold; return less (LIMIT, size(), a slice like list[0..100]).',
    );
  }
  const { code, message } = failure === 'timed out' ? { code: 'timed out', message: '' } : failure;
  if (failure === 'timed out' || /TransactionTimedOut/.test(code)) {
    return new RendezvousError(
      'QUERY_FAILED',
      `The query ran longer than ${Math.round(timeoutMs / 1000)} s and was stopped; narrow it or add a LIMIT.`,
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || /read access mode/i.test(message)) {
    return new RendezvousError(
      'QUERY_REFUSED',
      'Refused: the query tried to write; the console only reads the graph.',
    );
  }
  if (/MemoryLimitExceeded|OutOfMemory/.test(code)) {
    return new RendezvousError(
      'QUERY_REFUSED',
      `Refused by Neo4j: the query needs more memory than one transaction may use (${message.split('\n')[0]}). Narrow it.`,
    );
  }
  return new RendezvousError('QUERY_FAILED', `The query failed: ${message}${code ? ` (${code})` : ''}`);
}

function failureOf(err: unknown): Failure {
  if (err instanceof RendezvousError) throw err;
  return {
    code: err instanceof Neo4jError ? err.code : '',
    message: err instanceof Error ? err.message : String(err),
  };
}

/**
 * How to start the console worker: the built file beside this module, or, from TypeScript sources (tsx,
 * vitest), a bootstrap that registers tsx in the worker first. Null when neither exists (then the query runs
 * in this thread).
 */
function consoleWorkerEntry(): { script: string | URL; eval: boolean } | null {
  const here = import.meta.url;
  if (!here.startsWith('file:')) return null;
  const ts = here.endsWith('.ts');
  const url = new URL(ts ? './console-worker.ts' : './console-worker.js', here);
  if (!existsSync(fileURLToPath(url))) return null;
  if (!ts) return { script: url, eval: false };
  const tsxDir = dirname(createRequire(here).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return { script: bootstrap, eval: true };
}

function runOnWorker(
  entry: { script: string | URL; eval: boolean },
  input: ConsoleWorkerInput,
  limitMs: number,
): Promise<StreamedRows> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.script, {
      eval: entry.eval,
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (outcome: { rows: StreamedRows } | { failure: Failure }) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      void worker.terminate();
      if ('rows' in outcome) resolve(outcome.rows);
      else reject(queryFailed(outcome.failure, limitMs));
    };
    // Neo4j stops the transaction at its timeout, but a single huge row can outlast that on its way here, so the
    // worker (and its connection) is stopped at the same moment, whatever it is doing.
    const guard = setTimeout(() => settle({ failure: 'timed out' }), input.limits.timeoutMs);
    worker.on('message', (output: ConsoleWorkerOutput) =>
      settle(
        output.ok ? { rows: output.result } : { failure: { code: output.code, message: output.message } },
      ),
    );
    worker.on('error', (err: Error & { code?: string }) =>
      settle({
        failure:
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'too large'
            : { code: err.code ?? '', message: err.message },
      }),
    );
    worker.on('exit', (code) =>
      settle({ failure: { code: '', message: `the console worker stopped unexpectedly (exit ${code})` } }),
    );
  });
}

async function runInThread(
  db: GraphDb,
  statement: string,
  params: Record<string, unknown>,
  limits: StreamLimits,
  limitMs: number,
): Promise<StreamedRows> {
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(limits.rowCap + 1, 1000),
  });
  let timedOut = false;
  const guard = setTimeout(() => {
    timedOut = true;
    void session.close().catch(() => undefined);
  }, limits.timeoutMs);
  try {
    const rows = await streamRows(session, statement, params, limits);
    if (timedOut) throw queryFailed('timed out', limitMs);
    return rows;
  } catch (err) {
    throw queryFailed(timedOut ? 'timed out' : failureOf(err), limitMs);
  } finally {
    clearTimeout(guard);
    await session.close().catch(() => undefined);
  }
}

/** Plans the statement with EXPLAIN and refuses it unless its type is read and its plan passes the walk. */
async function checkWithNeo4j(
  db: GraphDb,
  statement: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): Promise<void> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    let queryType: string;
    let plan: PlanNode | null;
    try {
      const explained = await session.run(`EXPLAIN ${statement}`, params, { timeout: timeoutMs });
      queryType = explained.summary.queryType;
      plan = explained.summary.plan ? (explained.summary.plan as PlanNode) : null;
    } catch (err) {
      throw queryFailed(failureOf(err), timeoutMs);
    }
    if (queryType === 'w' || queryType === 'rw') {
      refuse(`this query's type is "${QUERY_TYPES[queryType]}", not read; the console only reads the graph.`);
    }
    checkConsolePlan(plan, db.database);
  } finally {
    await session.close().catch(() => undefined);
  }
}

/**
 * Runs one read-only query: screened by its text, planned by Neo4j and checked operator by operator, then run
 * in a read transaction on a worker thread that is stopped at the time limit. Keeps at most `rowCap` rows and
 * `byteBudget` bytes and says which limit cut the answer.
 */
export async function runConsoleQuery(
  db: GraphDb,
  cypher: string,
  options: ConsoleOptions = {},
): Promise<ConsoleResult> {
  const rowCap = options.rowCap ?? DEFAULT_ROW_CAP;
  const byteBudget = options.byteBudget ?? DEFAULT_BYTE_BUDGET;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(rowCap) || rowCap < 1) {
    throw new RendezvousError(
      'INVALID_ARGUMENT',
      `The row cap must be a positive whole number, got ${rowCap}.`,
    );
  }
  if (!Number.isInteger(byteBudget) || byteBudget < 1) {
    throw new RendezvousError(
      'INVALID_ARGUMENT',
      `The byte budget must be a positive whole number, got ${byteBudget}.`,
    );
  }
  const statement = screenConsoleQuery(cypher);
  const params = options.params ?? {};
  const started = Date.now();
  await checkWithNeo4j(db, statement, params, timeoutMs);
  // The time limit covers the whole call: what planning used is taken from the run.
  const remaining = Math.max(MIN_RUN_MS, timeoutMs - (Date.now() - started));
  const limits: StreamLimits = { rowCap, byteBudget, timeoutMs: remaining };
  const entry = db.auth ? consoleWorkerEntry() : null;
  const streamed =
    entry && db.auth
      ? await runOnWorker(
          entry,
          {
            uri: db.uri,
            username: db.auth.username,
            password: db.auth.password,
            database: db.database,
            statement,
            params,
            limits,
          },
          timeoutMs,
        )
      : await runInThread(db, statement, params, limits, timeoutMs);
  return {
    columns: streamed.columns,
    rows: streamed.rows,
    truncated: streamed.truncatedBy !== null,
    truncatedBy: streamed.truncatedBy,
    rowCap,
    byteBudget,
    bytes: streamed.bytes,
    elapsedMs: Date.now() - started,
  };
}
