import { createServer, connect, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

let server: Server;
let port = 0;
beforeAll(async () => {
  server = createServer((s) => s.end());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Connects to the test server and reports the socket's no-delay state once connected, and its connect listeners. */
async function probe(): Promise<{ listeners: number; noDelay: boolean }> {
  const socket = connect(port, '127.0.0.1');
  const listeners = socket.listenerCount('connect');
  const setNoDelay = vi.spyOn(socket, 'setNoDelay');
  await new Promise<void>((done) => socket.once('connect', () => done()));
  socket.destroy();
  return { listeners, noDelay: setNoDelay.mock.calls.some((c) => c[0] === true) };
}

describe('sending Bolt requests without delay', () => {
  it('sets no-delay on sockets to the database port, once however often the module is loaded', async () => {
    const before = await probe();
    expect(before.noDelay).toBe(false);
    for (let i = 0; i < 3; i++) {
      vi.resetModules();
      const { sendWithoutDelay } = await import('../../../src-main/core/store/no-delay');
      sendWithoutDelay(`bolt://127.0.0.1:${port}`);
    }
    const after = await probe();
    expect(after.noDelay).toBe(true);
    expect(after.listeners).toBe(before.listeners + 1);
  });
});
