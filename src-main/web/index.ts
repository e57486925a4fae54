// Starts the web mode: the composition root over HTTP, serving the built renderer.
import type { RendezvousHandlers } from '../common/api';
import { RendezvousError } from '../common/errors';
import { createAppHandlers, type AppHandlers } from '../core/app/root';
import type { ConnectOptions } from '../core/store/connection';
import { ensureRendererBuilt } from './renderer-build';
import { startWebServer, type WebServer } from './server';

/** What `rendezvous web` runs: the server and the database behind it. */
export interface WebApp extends WebServer {
  handlers: RendezvousHandlers;
  /** Stops the server and closes the connection (the built-in Neo4j keeps running). */
  stop(): Promise<void>;
}

/** Builds the renderer if needed, wires the handlers and listens on 127.0.0.1. */
export async function startWebApp(
  options: { port?: number; token?: string; rebuild?: boolean; connect?: ConnectOptions } = {},
): Promise<WebApp> {
  const rendererDir = await ensureRendererBuilt(options.rebuild ?? false);
  const app: AppHandlers = createAppHandlers({
    connect: options.connect ?? {},
    openExternal: async () => {
      throw new RendezvousError(
        'FORBIDDEN',
        'In the browser, links open in a new tab; the server opens nothing.',
      );
    },
  });
  const server = await startWebServer({
    handlers: app.handlers,
    rendererDir,
    port: options.port,
    token: options.token,
  });
  return {
    ...server,
    handlers: app.handlers,
    stop: async () => {
      await server.close();
      await app.close();
    },
  };
}
