// The trusted side of every transport: look the method up in the one API table, validate, run.
import { z } from 'zod';
import { API, type ApiMethod, type RendezvousHandlers } from '../../common/api';
import { RendezvousError, toErrorPayload } from '../../common/errors';
import type { CallOutcome } from '../../common/transport';

/** True when `name` is a method of the API table. */
export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API, name);
}

/** Validates untrusted input with the method's zod schema; a malformed call is an INVALID_ARGUMENT error. */
export function validateInput(name: ApiMethod, raw: unknown): unknown {
  const parsed = API[name].input.safeParse(raw === undefined ? {} : raw);
  if (!parsed.success) {
    throw new RendezvousError(
      'INVALID_ARGUMENT',
      `Invalid arguments for ${name}: ${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** Runs one call from an untrusted caller: unknown method → NOT_FOUND, bad input → INVALID_ARGUMENT. */
export async function invokeMethod(
  handlers: RendezvousHandlers,
  name: string,
  raw: unknown,
): Promise<unknown> {
  if (!isApiMethod(name)) throw new RendezvousError('NOT_FOUND', `No such method: ${name}`);
  const input = validateInput(name, raw);
  const handler = handlers[name] as (input: unknown) => Promise<unknown>;
  return handler(input);
}

/** Like invokeMethod, but never throws: the outcome carries the value or the error payload. */
export async function callMethod(
  handlers: RendezvousHandlers,
  name: string,
  raw: unknown,
): Promise<CallOutcome> {
  try {
    return { ok: true, value: await invokeMethod(handlers, name, raw) };
  } catch (err) {
    return { ok: false, error: toErrorPayload(err) };
  }
}
