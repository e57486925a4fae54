// The one list of methods. IPC, the preload, HTTP and the UI client are all derived from it.
import type { ApiOf, HandlersOf } from './contract';
import { curationMethods } from './curation';
import { dbMethods } from './db';
import { exportMethods } from './export';
import { exploreMethods } from './explore';
import { graphMethods } from './graph';
import { ingestMethods } from './ingest';
import { queryMethods } from './query';
import { shellMethods } from './shell';
import { viewMethods } from './views';

/** Every capability the UI has, as one table of methods. */
export const API = {
  ...dbMethods,
  ...curationMethods,
  ...exportMethods,
  ...graphMethods,
  ...ingestMethods,
  ...shellMethods,
  ...exploreMethods,
  ...queryMethods,
  ...viewMethods,
} as const;

/** The API table's type. */
type ApiTable = typeof API;
/** A method name. */
export type ApiMethod = keyof ApiTable;
/** The client-side API (renderer, preload, HTTP client). */
export type RendezvousApi = ApiOf<ApiTable>;
/** The server-side handlers (main process, web server). */
export type RendezvousHandlers = HandlersOf<ApiTable>;
/** The names of every method, in declaration order. */
export const API_METHODS = Object.keys(API) as ApiMethod[];
