import { describe, expect, it } from 'vitest';
import { API_METHODS, type RendezvousHandlers } from '../../../src-main/common/api';
import { RendezvousError } from '../../../src-main/common/errors';
import { callMethod, invokeMethod, isApiMethod } from '../../../src-main/core/app/dispatch';
import { textFileName } from '../../../src-main/core/app/handlers';

const handlers = Object.fromEntries(
  API_METHODS.map((name) => [name, async (input: unknown) => ({ name, input })]),
) as unknown as RendezvousHandlers;

describe('dispatching a call from an untrusted caller', () => {
  it('knows exactly the methods of the API table, and nothing inherited', () => {
    for (const name of API_METHODS) expect(isApiMethod(name)).toBe(true);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'dropDatabase']) {
      expect(isApiMethod(name)).toBe(false);
    }
  });

  it('refuses an unknown method with NOT_FOUND', async () => {
    const err = await invokeMethod(handlers, 'constructor', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RendezvousError);
    expect((err as RendezvousError).code).toBe('NOT_FOUND');
  });

  it('refuses malformed input with INVALID_ARGUMENT, naming the method and the field', async () => {
    const outcome = await callMethod(handlers, 'expand', { id: 'p:1', limit: -3 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('INVALID_ARGUMENT');
      expect(outcome.error.message).toMatch(/expand/);
      expect(outcome.error.message).toMatch(/limit/);
    }
  });

  it('hands the handler the parsed input, with defaults, and an empty object for no input', async () => {
    expect(await invokeMethod(handlers, 'expand', { id: 'p:1' })).toEqual({
      name: 'expand',
      input: { id: 'p:1', view: 'whoMetWhom', limit: 25 },
    });
    expect(await invokeMethod(handlers, 'dbStatus', undefined)).toEqual({ name: 'dbStatus', input: {} });
  });
});

describe('pasted text', () => {
  it('is read as a .txt file unless its name says .md or .html', () => {
    expect(textFileName('Reuters, April 10')).toBe('Reuters, April 10.txt');
    expect(textFileName('notes.md')).toBe('notes.md');
    expect(textFileName('page.HTML')).toBe('page.HTML');
  });
});
