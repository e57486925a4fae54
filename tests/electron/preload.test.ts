import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../src-main/common/api';
import { RendezvousError } from '../../src-main/common/errors';
import { ipcChannel, type CallOutcome } from '../../src-main/common/transport';
import { buildBridge } from '../../src-main/preload/bridge';

const exposed: Record<string, unknown> = {};
const invoked: [string, unknown][] = [];
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      exposed[key] = api;
    },
  },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown): Promise<CallOutcome> => {
      invoked.push([channel, input]);
      return { ok: true, value: { state: 'connected' } };
    },
  },
}));

describe('the preload', () => {
  it('exposes window.rendezvous and nothing else, built from the method list', async () => {
    await import('../../src-main/preload/index');
    expect(Object.keys(exposed)).toEqual(['rendezvous']);
    const api = exposed.rendezvous as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const name of API_METHODS) expect(typeof api[name]).toBe('function');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
  });

  it('sends each call on its own channel with exactly one argument', async () => {
    await import('../../src-main/preload/index');
    const api = exposed.rendezvous as { dbStatus(input: object): Promise<unknown> };
    await expect(api.dbStatus({})).resolves.toEqual({ state: 'connected' });
    expect(invoked.at(-1)).toEqual([ipcChannel('dbStatus'), {}]);
  });

  it('turns an error outcome into a RendezvousError with its code', async () => {
    const bridge = buildBridge(async () => ({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: 'Invalid arguments for search' },
    }));
    const err = await bridge.search({ text: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RendezvousError);
    expect((err as RendezvousError).code).toBe('INVALID_ARGUMENT');
  });
});
