// Bolt requests leave at once: the driver writes a large request in 1,400-byte pieces, and with Nagle's
// algorithm on, the kernel holds all but the first until the server acknowledges it, which a server
// waiting for the rest of the request does only after its delayed-ack timer (40 ms on Linux). The
// driver has no option for TCP_NODELAY, so it is set on its sockets as they connect; and what the driver
// writes in one turn of the event loop is sent as one write.
import { subscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

/**
 * The ports and the one subscription, kept on the process: the diagnostics channel is process-wide, so a
 * second copy of this module (a test runner re-evaluates modules per file) must not subscribe again and
 * give every socket one more listener.
 */
const STATE = Symbol.for('rendezvous.boltNoDelay');
type NoDelayState = { ports: Set<number> };
const holder = globalThis as typeof globalThis & { [STATE]?: NoDelayState };

/** The Bolt port a driver URI names (7687 when it names none). */
function boltPort(uri: string): number | null {
  try {
    return Number(new URL(uri).port || 7687);
  } catch {
    return null;
  }
}

/** Turns Nagle's algorithm off on this process's TCP connections to the Bolt port of `uri`. */
export function sendWithoutDelay(uri: string): void {
  const port = boltPort(uri);
  if (port === null) return;
  const existing = holder[STATE];
  if (existing) {
    existing.ports.add(port);
    return;
  }
  const state: NoDelayState = { ports: new Set([port]) };
  holder[STATE] = state;
  subscribe('net.client.socket', (message) => {
    const socket = (message as { socket: Socket }).socket;
    socket.once('connect', () => {
      if (!state.ports.has(socket.remotePort ?? -1)) return;
      socket.setNoDelay(true);
      coalesceWrites(socket);
    });
  });
}

/**
 * Sends what the driver writes in one turn of the event loop as one write: its 1,400-byte pieces of a
 * request (and the requests sent together, pipelined) are corked and leave together once the turn ends,
 * instead of one system call and one packet a piece (a 40 KB article's writes were some 30 of each).
 */
function coalesceWrites(socket: Socket): void {
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  let corked = false;
  socket.write = ((...args: unknown[]) => {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(() => {
        corked = false;
        socket.uncork();
      });
    }
    return write(...args);
  }) as Socket['write'];
}
