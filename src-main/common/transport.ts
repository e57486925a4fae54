// How calls travel between the UI and its host: the IPC channel or HTTP path of each method, the web
// mode's token header, and the outcome every transport carries back.
import type { ErrorPayload } from './errors';

/** The IPC channel of a method: derived from its name, never typed by hand. */
export function ipcChannel(methodName: string): string {
  return `rendezvous:${methodName}`;
}

/** The HTTP path of a method in the web mode. */
export function httpPath(methodName: string): string {
  return `/api/${methodName}`;
}

/** The header that carries the web mode's token. */
export const TOKEN_HEADER = 'x-rendezvous-token';

/** What every transport carries back: the value, or the error with its code. */
export type CallOutcome<T = unknown> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
