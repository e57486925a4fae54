// Every command reaches the core through the app's handlers: the API table, validated as for the window and
// the web mode. The command owns its connection: it waits for it, and leaves a running Neo4j running.
import type { ApiMethod, RendezvousApi } from '../common/api';
import { RendezvousError } from '../common/errors';
import { createAppHandlers, type AppHandlers } from '../core/app/root';
import { invokeMethod } from '../core/app/dispatch';
import type { ConnectOptions } from '../core/store/connection';

/** How a command connects: whether it may start the built-in Neo4j or create the schema, and its file limit. */
interface CommandAppOptions {
  connect?: Pick<ConnectOptions, 'start' | 'schema'>;
  fileTimeoutMs?: number;
}

/** Builds the app's handlers for one command, runs `fn`, and releases the connection (Neo4j keeps running). */
export async function withApp<T>(
  fn: (app: AppHandlers) => Promise<T>,
  options: CommandAppOptions = {},
): Promise<T> {
  const app = createAppHandlers({
    connect: {
      onProgress: (message) => process.stderr.write(`rendezvous: ${message}\n`),
      ...options.connect,
    },
    owner: 'command',
    fileTimeoutMs: options.fileTimeoutMs,
    openExternal: () => Promise.reject(new RendezvousError('FORBIDDEN', 'The command line opens no links.')),
  });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

/** An input as a command line gives it: closed lists widened to plain strings, which the schema then checks. */
type CommandLineInput<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? CommandLineInput<U>[]
    : T extends object
      ? { [K in keyof T]: CommandLineInput<T[K]> }
      : T;

/** Calls one API method as the UI would: the input is checked by the method's schema, then handled. */
export async function call<K extends ApiMethod>(
  app: AppHandlers,
  name: K,
  input: CommandLineInput<Parameters<RendezvousApi[K]>[0]>,
): Promise<Awaited<ReturnType<RendezvousApi[K]>>> {
  return (await invokeMethod(app.handlers, name, input)) as Awaited<ReturnType<RendezvousApi[K]>>;
}
