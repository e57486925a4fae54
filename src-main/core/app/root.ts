// The composition root: the API handlers built from the real core (connection, settings, store, ingest, exports).
import type { RendezvousHandlers } from '../../common/api';
import { readConfig, connectionSettings, saveConnectionChoice } from '../config/config';
import { resolveHome } from '../config/home';
import type { ExternalNeo4j } from '../../common/db';
import type { ConnectOptions, GraphDb } from '../store/connection';
import { graphQueries } from '../store/queries';
import { ingestDocuments } from '../ingest';
import { exportServices } from '../export/service';
import { createAppDatabase, type DatabaseOwner } from './database';
import { localServices, type LocalServices } from './local';
import { createHandlers } from './handlers';
import { explorerServices } from './explorer';
import { curationServices } from './curation';

/** The handlers and how to release what they hold. */
export interface AppHandlers {
  handlers: RendezvousHandlers;
  /** What only a host on this machine may do (paths, the console's own limits), over the same database. */
  local: LocalServices;
  close(): Promise<void>;
}

/** Keeps the saved password when the form leaves it empty for the same server and user. */
function withSavedPassword(home: string, external: ExternalNeo4j | undefined): ExternalNeo4j | undefined {
  if (!external || external.password) return external;
  const saved = readConfig(home).external;
  if (saved && saved.uri === external.uri && saved.username === external.username) {
    return { ...external, password: saved.password };
  }
  return external;
}

/** Wires every API method to the core; the host supplies how links open and who owns the connection. */
export function createAppHandlers(options: {
  connect: ConnectOptions;
  openExternal(url: string): Promise<boolean>;
  /** The window and the web mode are `app` (the default); a command-line run is `command`. */
  owner?: DatabaseOwner;
  /** How long extracting one imported file may take, in ms (default: RENDEZVOUS_FILE_TIMEOUT, else 30 s). */
  fileTimeoutMs?: number;
}): AppHandlers {
  const env = options.connect.env ?? process.env;
  const home = resolveHome({ ...options.connect, env });
  const database = createAppDatabase({ ...options.connect, home, env }, options.owner);
  const { fileTimeoutMs } = options;
  const handlers = createHandlers<GraphDb>({
    database,
    settings: {
      read: () => connectionSettings(home, env),
      save: (mode, external) => saveConnectionChoice(home, mode, withSavedPassword(home, external)),
    },
    queries: graphQueries,
    ingest: (db, documents) => ingestDocuments(db, documents, { fileTimeoutMs }),
    exports: exportServices,
    curation: curationServices,
    openExternal: options.openExternal,
    explorer: explorerServices,
  });
  return {
    handlers,
    local: localServices(database, { ...options.connect, home, env }),
    close: () => database.close(),
  };
}
