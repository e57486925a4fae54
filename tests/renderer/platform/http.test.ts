import { describe, expect, it } from 'vitest';
import { createHttpApi, takeToken } from '../../../src-renderer/platform/http';
import { API_METHODS } from '../../../src-main/common/api';
import { RendezvousError } from '../../../src-main/common/errors';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size;
    },
  };
}

describe('the web client', () => {
  it('takes the token from the address, keeps it for the tab and removes it from the address bar', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];
    const history = {
      replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url),
    } as unknown as History;
    const token = takeToken(
      { href: 'http://127.0.0.1:5000/?token=abc&x=1#top' } as Location,
      storage,
      history,
    );
    expect(token).toBe('abc');
    expect(replaced).toEqual(['/?x=1#top']);
    expect(takeToken({ href: 'http://127.0.0.1:5000/' } as Location, storage, history)).toBe('abc');
  });

  it('posts each method to /api/METHOD with the token header, and unwraps errors with their code', async () => {
    const calls: [string, RequestInit][] = [];
    const api = createHttpApi('tok', (async (url: string, init: RequestInit) => {
      calls.push([url, init]);
      const body = url.endsWith('/search')
        ? { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'bad' } }
        : { ok: true, value: { state: 'connected' } };
      return new Response(JSON.stringify(body), { status: url.endsWith('/search') ? 400 : 200 });
    }) as typeof fetch);
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    await expect(api.dbStatus({})).resolves.toEqual({ state: 'connected' });
    expect(calls[0]![0]).toBe('/api/dbStatus');
    expect((calls[0]![1].headers as Record<string, string>)['x-rendezvous-token']).toBe('tok');
    const err = await api.search({ text: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RendezvousError);
    expect((err as RendezvousError).code).toBe('INVALID_ARGUMENT');
  });

  it('refuses to open anything but an http(s) link', async () => {
    const api = createHttpApi('tok', (async () => new Response('{}')) as typeof fetch);
    await expect(api.openExternal({ url: 'javascript:alert(1)' })).rejects.toThrow(/http/);
    await expect(api.openExternal({ url: 'file:///etc/passwd' })).rejects.toThrow(/http/);
  });
});
