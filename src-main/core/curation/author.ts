// Who makes a correction: the name set in RENDEZVOUS_USER, else the operating system's user name.
import { userInfo } from 'node:os';

/** The name recorded with each correction. */
export function curationAuthor(env: NodeJS.ProcessEnv = process.env): string {
  const set = env.RENDEZVOUS_USER?.trim();
  if (set) return set.slice(0, 200);
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
