// Who makes a correction: the name the client sends (set in Settings), else RENDEZVOUS_USER, else the
// operating system's user name.
import { AsyncLocalStorage } from 'node:async_hooks';
import { userInfo } from 'node:os';

const scope = new AsyncLocalStorage<string>();

/** Runs `fn` with `name` as the author of the corrections it records (no name: the default applies). */
export function withAuthor<T>(name: string | undefined, fn: () => T): T {
  const set = name?.trim();
  return set ? scope.run(set.slice(0, 200), fn) : fn();
}

/** The name recorded with each correction. */
export function curationAuthor(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = scope.getStore();
  if (chosen) return chosen;
  const set = env.RENDEZVOUS_USER?.trim();
  if (set) return set.slice(0, 200);
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
