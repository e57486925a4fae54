// The console's worker thread: connects on its own, runs one checked query and posts the rows back. The host
// thread stops it at the time limit, however large a single row is.
import neo4j, { Neo4jError } from 'neo4j-driver';
import { parentPort, workerData } from 'node:worker_threads';
import { streamRows } from './console-stream';
import type { StreamLimits, StreamedRows } from './console-stream';

/** What the host gives the worker. */
export interface ConsoleWorkerInput {
  uri: string;
  username: string;
  password: string;
  database: string;
  statement: string;
  params: Record<string, unknown>;
  limits: StreamLimits;
}

/** What the worker posts back: the rows, or the failure's Neo4j code and message. */
export type ConsoleWorkerOutput =
  { ok: true; result: StreamedRows } | { ok: false; code: string; message: string };

async function run(input: ConsoleWorkerInput): Promise<ConsoleWorkerOutput> {
  const driver = neo4j.driver(input.uri, neo4j.auth.basic(input.username, input.password), {
    userAgent: 'rendezvous-console',
    connectionTimeout: 15_000,
    maxConnectionPoolSize: 1,
  });
  const session = driver.session({
    database: input.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(input.limits.rowCap + 1, 1000),
  });
  try {
    return { ok: true, result: await streamRows(session, input.statement, input.params, input.limits) };
  } catch (err) {
    return {
      ok: false,
      code: err instanceof Neo4jError ? err.code : '',
      message: err instanceof Error ? err.message : String(err),
    };
  } finally {
    await session.close().catch(() => undefined);
    await driver.close().catch(() => undefined);
  }
}

if (parentPort) {
  const port = parentPort;
  void run(workerData as ConsoleWorkerInput).then((output) => port.postMessage(output));
}
