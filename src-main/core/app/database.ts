// The app's one connection: started lazily, reported honestly (starting, connected, error), reset on new settings.
import type { DbStatus } from '../../common/db';
import { RendezvousError } from '../../common/errors';
import {
  connect,
  connectedStatus,
  resolveTarget,
  testConnection,
  unconnectedStatus,
  type ConnectOptions,
  type GraphDb,
} from '../store/connection';
import type { DatabaseAccess } from './handlers';
import { watchBuiltinNeo4j } from '../neo4j/watch';
import { builtinNeo4jStatus } from '../neo4j/manager';

/** A database access that can also be closed when the host quits. */
export interface AppDatabase extends DatabaseAccess<GraphDb> {
  close(): Promise<void>;
}

/**
 * Who owns the connection, and so what may be done with the built-in Neo4j. Either way, closing releases
 * the driver only and a running built-in Neo4j keeps running.
 * - `app`: a long-lived host (the window, the web mode). The status never waits: it starts connecting in
 *   the background. The built-in Neo4j is watched, and restarted once if it dies.
 * - `command`: one command-line run. The status waits for the connection, except that a built-in Neo4j
 *   that is not running is reported `stopped` when the command may not start it (`start: false`). Nothing
 *   is watched or restarted: a Neo4j that dies ends the command with the reason.
 */
export type DatabaseOwner = 'app' | 'command';

function asRendezvousError(err: unknown): RendezvousError {
  if (err instanceof RendezvousError) return err;
  return new RendezvousError('NEO4J_UNAVAILABLE', err instanceof Error ? err.message : String(err));
}

/** Connects on first use (starting the built-in Neo4j when it is the choice) and keeps the connection. */
export function createAppDatabase(options: ConnectOptions, owner: DatabaseOwner = 'app'): AppDatabase {
  let current: GraphDb | null = null;
  let pending: Promise<GraphDb> | null = null;
  let lastError: RendezvousError | null = null;
  let generation = 0;
  let watcher: { stop(): void } | null = null;

  // The built-in Neo4j is watched while connected: if it dies, the cause is shown and it is restarted once.
  const watch = (db: GraphDb): void => {
    watcher?.stop();
    watcher =
      db.mode === 'builtin' && owner === 'app'
        ? watchBuiltinNeo4j({
            ...options,
            home: db.home,
            env: options.env ?? process.env,
            onEvent: (event) => {
              if (event.kind === 'died' || event.kind === 'gave-up') {
                if (current === db) current = null;
                void db.close().catch(() => undefined);
                lastError = new RendezvousError(
                  'NEO4J_UNAVAILABLE',
                  `The built-in Neo4j (pid ${event.pid}) stopped unexpectedly: ${event.cause}.` +
                    (event.kind === 'died'
                      ? ' Restarting it.'
                      : ' It was restarted once already; not again.'),
                );
              } else if (event.kind === 'restart-failed')
                lastError = new RendezvousError('NEO4J_UNAVAILABLE', event.message);
              else lastError = null;
            },
          })
        : null;
  };

  const get = (): Promise<GraphDb> => {
    if (current) return Promise.resolve(current);
    if (!pending) {
      const mine = ++generation;
      pending = connect(options).then(
        (db) => {
          if (mine !== generation) {
            void db.close();
            throw new RendezvousError(
              'NEO4J_UNAVAILABLE',
              'The connection settings changed while connecting.',
            );
          }
          current = db;
          pending = null;
          lastError = null;
          watch(db);
          return db;
        },
        (err: unknown) => {
          if (mine === generation) {
            lastError = asRendezvousError(err);
            pending = null;
          }
          throw asRendezvousError(err);
        },
      );
    }
    return pending;
  };

  const targetStatus = (state: 'starting' | 'error', error: RendezvousError | null): DbStatus => {
    try {
      return unconnectedStatus(resolveTarget(options), state, error);
    } catch (err) {
      return unconnectedStatus({ mode: 'builtin', home: '' }, 'error', asRendezvousError(err));
    }
  };

  const reset = async (): Promise<void> => {
    watcher?.stop();
    watcher = null;
    generation++;
    const db = current;
    current = null;
    pending = null;
    lastError = null;
    await db?.close().catch(() => undefined);
  };

  // A command asks once and waits for the answer; it starts nothing it may not start.
  const commandStatus = async (): Promise<DbStatus> => {
    try {
      const target = resolveTarget(options);
      if (target.mode === 'builtin' && options.start === false && !(await builtinNeo4jStatus(target.home)))
        return unconnectedStatus(target, 'stopped', null);
      return await connectedStatus(await get());
    } catch (err) {
      return targetStatus('error', asRendezvousError(err));
    }
  };

  return {
    get,
    status: async () => {
      if (owner === 'command') return commandStatus();
      if (current) {
        try {
          return await connectedStatus(current);
        } catch (err) {
          await reset();
          lastError = asRendezvousError(err);
          return targetStatus('error', lastError);
        }
      }
      // Keep trying in the background; the last failure stays visible until a connection succeeds.
      if (!pending) void get().catch(() => undefined);
      return lastError ? targetStatus('error', lastError) : targetStatus('starting', null);
    },
    test: testConnection,
    reset,
    close: reset,
  };
}
