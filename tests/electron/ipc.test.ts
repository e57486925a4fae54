/* eslint-disable no-restricted-imports -- these tests exercise the Electron layer itself, with stand-ins for Electron objects. */
import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type RendezvousHandlers } from '../../src-main/common/api';
import { ipcChannel, type CallOutcome } from '../../src-main/common/transport';
import { bindIpc, type IpcMainLike } from '../../src-main/electron/ipc';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<CallOutcome>;

/** Records the handlers the binding registers, like ipcMain does. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipc, handlers };
}

/** Handlers that record what reached them (the wiring under test, not the database). */
function recordingHandlers() {
  const calls: [string, unknown][] = [];
  const handlers = Object.fromEntries(
    API_METHODS.map((name) => [
      name,
      async (input: unknown) => {
        calls.push([name, input]);
        return name === 'openExternal' ? { opened: true } : [];
      },
    ]),
  ) as unknown as RendezvousHandlers;
  return { handlers, calls };
}

const event = {} as IpcMainInvokeEvent;

describe('the IPC binding', () => {
  it('registers exactly one handler per API method, on channels derived from the method names', () => {
    const { ipc, handlers } = fakeIpcMain();
    bindIpc(ipc, recordingHandlers().handlers);
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map(ipcChannel).sort());
  });

  it('passes validated input to the handler, with defaults applied', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const rec = recordingHandlers();
    bindIpc(ipc, rec.handlers);
    const outcome = await handlers.get(ipcChannel('search'))!(event, { text: 'Witkoff' });
    expect(outcome.ok).toBe(true);
    expect(rec.calls).toEqual([['search', { text: 'Witkoff', limit: 10 }]]);
  });

  it('rejects a malformed call with INVALID_ARGUMENT and never reaches the handler', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const rec = recordingHandlers();
    bindIpc(ipc, rec.handlers);
    const bad: [string, unknown][] = [
      ['search', { text: 42 }],
      ['search', { text: 'x', limit: 10_000 }],
      ['search', { text: 'x', injected: true }],
      ['graph', { view: 'everything' }],
      ['details', { id: '' }],
      ['dbStatus', 'not an object'],
      ['openExternal', { url: 'file:///etc/passwd' }],
      ['openExternal', { url: 'javascript:alert(1)' }],
    ];
    for (const [name, input] of bad) {
      const outcome = await handlers.get(ipcChannel(name))!(event, input);
      expect(outcome.ok, `${name} ${JSON.stringify(input)}`).toBe(false);
      if (!outcome.ok) expect(outcome.error.code).toBe('INVALID_ARGUMENT');
    }
    const extra = await handlers.get(ipcChannel('dbStatus'))!(event, {}, { more: 1 });
    expect(extra.ok).toBe(false);
    expect(rec.calls).toEqual([]);
  });

  it('lets openExternal through for http(s) links only', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const rec = recordingHandlers();
    bindIpc(ipc, rec.handlers);
    const ok = await handlers.get(ipcChannel('openExternal'))!(event, {
      url: 'https://kyivindependent.com/x',
    });
    expect(ok).toEqual({ ok: true, value: { opened: true } });
    expect(rec.calls).toEqual([['openExternal', { url: 'https://kyivindependent.com/x' }]]);
  });

  it('refuses calls from a frame that is not the app', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const rec = recordingHandlers();
    bindIpc(ipc, rec.handlers, () => false);
    const outcome = await handlers.get(ipcChannel('dbStatus'))!(event, {});
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe('FORBIDDEN');
    expect(rec.calls).toEqual([]);
  });

  it('carries a handler error back with its code and message, not its stack', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const { RendezvousError } = await import('../../src-main/common/errors');
    const rec = recordingHandlers();
    (rec.handlers as Record<string, unknown>).details = async () => {
      throw new RendezvousError('NOT_FOUND', 'No entity with id p:nobody');
    };
    bindIpc(ipc, rec.handlers);
    const outcome = await handlers.get(ipcChannel('details'))!(event, { id: 'p:nobody' });
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No entity with id p:nobody' },
    });
  });

  it('can be unbound, removing every handler', () => {
    const { ipc, handlers } = fakeIpcMain();
    const unbind = bindIpc(ipc, recordingHandlers().handlers);
    unbind();
    expect(handlers.size).toBe(0);
  });
});
