// What the host offers beyond data (opening links), and how calls travel between the UI and its host.
import { z } from 'zod';
import { method } from './contract';
import type { ErrorPayload } from './errors';

/** True for an absolute http(s) URL: the only links that may leave the app. */
export function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Only http(s) links may leave the app. */
const ExternalUrlSchema = z.string().max(4000).refine(isHttpUrl, 'only http(s) links can be opened');

/** Host methods. */
export const shellMethods = {
  openExternal: method<{ opened: boolean }>()(
    z.object({ url: ExternalUrlSchema }).strict(),
    'Opens an http(s) link in the system browser.',
  ),
};

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

/**
 * The Content-Security-Policy of the UI, in Electron (meta tag and header) and in the web mode (header).
 * Scripts only from the app itself; styles may be inline because the graph canvas sizes itself with them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
