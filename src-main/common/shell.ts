// What the host offers beyond data: opening links in the system browser.
import { z } from 'zod';
import { method } from './contract';

/** Only http(s) links may leave the app. */
export const ExternalUrlSchema = z
  .string()
  .max(4000)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'only http(s) links can be opened');

/** Host methods. */
export const shellMethods = {
  openExternal: method<{ opened: boolean }>()(
    z.object({ url: ExternalUrlSchema }).strict(),
    'Opens an http(s) link in the system browser.',
  ),
};
