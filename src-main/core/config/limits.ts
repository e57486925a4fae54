// Limits that keep one bad article from stalling a whole batch: how long extracting one file may take.
import { RendezvousError } from '../../common/errors';

/** How long extracting one file may take by default, in seconds. */
export const DEFAULT_FILE_TIMEOUT_S = 30;

/** The environment variable that sets the per-file extraction limit, in seconds. */
export const FILE_TIMEOUT_ENV = 'RENDEZVOUS_FILE_TIMEOUT';

/** Parses a limit in seconds (a positive number up to a day); throws INVALID_ARGUMENT naming where it came from. */
export function parseTimeoutSeconds(value: string, from: string): number {
  const n = Number(value.trim());
  if (!value.trim() || !Number.isFinite(n) || n <= 0 || n > 86_400)
    throw new RendezvousError(
      'INVALID_ARGUMENT',
      `${from} must be a number of seconds greater than 0 and at most 86400, got "${value}".`,
    );
  return n;
}

/** The per-file extraction limit in milliseconds: the explicit value, else RENDEZVOUS_FILE_TIMEOUT, else 30 s. */
export function fileTimeoutMs(explicitSeconds?: number, env: NodeJS.ProcessEnv = process.env): number {
  if (explicitSeconds !== undefined) return Math.round(explicitSeconds * 1000);
  const fromEnv = env[FILE_TIMEOUT_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '')
    return Math.round(parseTimeoutSeconds(fromEnv, FILE_TIMEOUT_ENV) * 1000);
  return DEFAULT_FILE_TIMEOUT_S * 1000;
}
