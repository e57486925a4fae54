// Watching the built-in Neo4j from a long-lived host: notice when it dies, say why, restart it once.
import type { BuiltinNeo4j, StartOptions } from './manager';
import { startBuiltinNeo4j, unexpectedStop } from './manager';

/** What the watcher saw: Neo4j died (with the cause from its logs), was restarted, or was left down. */
export type WatchEvent =
  | { kind: 'died'; pid: number; cause: string }
  | { kind: 'restarted'; neo4j: BuiltinNeo4j }
  | { kind: 'restart-failed'; message: string }
  | { kind: 'gave-up'; pid: number; cause: string };

/** Options of a watcher: how to start Neo4j again, how often to look, and where events go. */
export interface WatchOptions extends StartOptions {
  intervalMs?: number;
  /** How many restarts are allowed (default 1): a Neo4j that keeps dying is left down with its cause. */
  restarts?: number;
  onEvent(event: WatchEvent): void;
}

/**
 * Polls the home's built-in Neo4j. When its process is gone without `db stop` (which removes the state
 * file), reports the cause its logs give and starts it again, at most `restarts` times.
 */
export function watchBuiltinNeo4j(options: WatchOptions): { stop(): void } {
  let left = options.restarts ?? 1;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    const died = unexpectedStop(options.home);
    if (!died) return;
    busy = true;
    if (left <= 0) {
      options.onEvent({ kind: 'gave-up', pid: died.pid, cause: died.cause });
      clearInterval(timer);
      return;
    }
    left--;
    options.onEvent({ kind: 'died', pid: died.pid, cause: died.cause });
    startBuiltinNeo4j(options)
      .then((neo4j) => options.onEvent({ kind: 'restarted', neo4j }))
      .catch((err: unknown) =>
        options.onEvent({
          kind: 'restart-failed',
          message: err instanceof Error ? err.message : String(err),
        }),
      )
      .finally(() => {
        busy = false;
      });
  }, options.intervalMs ?? 2000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
