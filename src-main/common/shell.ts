// What the host offers beyond data: opening links in the system browser.
import { z } from 'zod';
import { method } from './contract';

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
