// Running Cypher: one session per call, driver errors turned into errors a person can act on.
import type { ManagedTransaction } from 'neo4j-driver';
import { RendezvousError } from '../../common/errors';
import type { GraphDb } from './connection';
import { toParams, toPlain } from './values';
import type { TxLike } from './meeting-candidates';

/** A record as plain values, keyed by the names the query returns. */
export type Row = Record<string, unknown>;

/** Neo4j is unreachable or went away: the message a person sees, with the cause. */
export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ECONNRESET|connection.*(closed|refused|lost)|Pool is closed|socket hang up/i.test(
      err instanceof Error ? err.message : String(err),
    )
  );
}

/** Turns a driver error into a RendezvousError with a code a person can act on. */
export function storeError(err: unknown, what: string): RendezvousError {
  if (err instanceof RendezvousError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (isUnavailable(err))
    return new RendezvousError('NEO4J_UNAVAILABLE', `Neo4j is not reachable while ${what}: ${message}`);
  return new RendezvousError('QUERY_FAILED', `Neo4j refused ${what}: ${message}`);
}

/** Runs one statement in its own transaction of the given mode and returns its records as plain objects. */
async function run(
  db: GraphDb,
  mode: 'READ' | 'WRITE',
  query: string,
  params: Row,
  what: string,
): Promise<Row[]> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: mode });
  try {
    const work = async (tx: ManagedTransaction) => tx.run(query, toParams(params));
    const res = await (mode === 'READ' ? session.executeRead(work) : session.executeWrite(work));
    return res.records.map((r) => toPlain(r.toObject()) as Row);
  } catch (err) {
    throw storeError(err, what);
  } finally {
    await session.close();
  }
}

/** Runs a read query and returns its records as plain objects. */
export const read = (db: GraphDb, query: string, params: Row, what: string): Promise<Row[]> =>
  run(db, 'READ', query, params, what);

/** Runs one write statement in its own transaction and returns its records as plain objects. */
export const write = (db: GraphDb, query: string, params: Row, what: string): Promise<Row[]> =>
  run(db, 'WRITE', query, params, what);

/**
 * Runs a statement without the stack trace the driver captures for every statement (to put on an error
 * the server may return): the writer sends several for each article, and capturing them took about as
 * much of its CPU as planning the article's people. An error still carries the server's code and message,
 * and the writer's callers name what was being written (storeError).
 */
export function runUntraced(
  tx: TxLike,
  query: string,
  params: Record<string, unknown>,
): ReturnType<TxLike['run']> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return tx.run(query, params);
  } finally {
    Error.stackTraceLimit = limit;
  }
}
