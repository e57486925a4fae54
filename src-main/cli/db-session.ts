// Getting a connected database in a CLI command: starts the built-in Neo4j if needed and leaves it running.
import { connect } from '../core/store/connection';
import type { ConnectOptions, GraphDb } from '../core/store/connection';

/** Connects (starting the built-in Neo4j when it is not running), runs `fn`, and closes the driver. */
export async function withDb<T>(fn: (db: GraphDb) => Promise<T>, options: ConnectOptions = {}): Promise<T> {
  const db = await connect({
    onProgress: (message) => process.stderr.write(`rendezvous: ${message}\n`),
    ...options,
  });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
