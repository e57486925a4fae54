// The composition root's wiring: every API method mapped onto the core, for any host (Electron, web, tests).
import type { ApiMethod, RendezvousHandlers } from '../../common/api';
import type { ConnectionSettings, ConnectionTest, DbStatus, ExternalNeo4j } from '../../common/db';
import type { IngestReport } from '../../common/ingest';
import { explorerHandlers, type ExplorerServices } from './explorer';
import { withArticleHeader } from './pasted-text';
import { curationHandlers, type CurationServices } from './curation';

type In<K extends ApiMethod> = Parameters<RendezvousHandlers[K]>[0];
type Out<K extends ApiMethod> = Awaited<ReturnType<RendezvousHandlers[K]>>;

/** The graph queries of core/store, each `(db, input) => DTO`. */
type StoreQueries<Db> = {
  [K in 'graph' | 'facets' | 'search' | 'expand' | 'path' | 'details' | 'meetings']: (
    db: Db,
    input: In<K>,
  ) => Promise<Out<K>>;
};

/** The exports of core/export (and loading a snapshot into Neo4j), over the same database. */
type ExportServices<Db> = {
  [K in 'exportGraph' | 'exportEvidence' | 'loadSnapshot']: (db: Db, input: In<K>) => Promise<Out<K>>;
};

/** One article handed to the ingest: a name and its bytes. */
interface IngestDocument {
  name: string;
  data: Buffer;
}

/** How the app reaches its database. */
export interface DatabaseAccess<Db> {
  /** The connected database; the first call starts or connects, and rejects with the reason when it cannot. */
  get(): Promise<Db>;
  /** The status, without waiting for a start in progress. */
  status(): Promise<DbStatus>;
  /** Tries an external Neo4j without keeping the connection. */
  test(settings: ExternalNeo4j): Promise<ConnectionTest>;
  /** Forgets the current connection so the next `get` follows the saved choice. */
  reset(): Promise<void>;
}

/** Everything the handlers are built from. */
export interface AppServices<Db> {
  database: DatabaseAccess<Db>;
  settings: {
    read(): ConnectionSettings;
    save(mode: 'builtin' | 'external', external?: ExternalNeo4j): void;
  };
  queries: StoreQueries<Db>;
  ingest(db: Db, documents: IngestDocument[]): Promise<IngestReport>;
  exports: ExportServices<Db>;
  /** The analyst's corrections. */
  curation: CurationServices<Db>;
  /** Opens an http(s) link in the system browser; the host decides how (Electron's shell, or refusal). */
  openExternal(url: string): Promise<boolean>;
  explorer: ExplorerServices<Db>;
}

/** Pasted text is read as a .txt file unless its name says otherwise. */
export function textFileName(name: string): string {
  return /\.(txt|md|html?)$/i.test(name) ? name : `${name}.txt`;
}

/** Builds the handler of every API method from the services. */
export function createHandlers<Db>(services: AppServices<Db>): RendezvousHandlers {
  const { database, queries, exports } = services;
  const withDb =
    <I, O>(fn: (db: Db, input: I) => Promise<O>) =>
    async (input: I): Promise<O> =>
      fn(await database.get(), input);
  return {
    dbStatus: () => database.status(),
    getSettings: async () => services.settings.read(),
    testConnection: (input) => database.test(input),
    saveSettings: async (input) => {
      services.settings.save(input.mode, input.external);
      await database.reset();
      void database.get().catch(() => undefined);
      return services.settings.read();
    },
    graph: withDb(queries.graph),
    facets: withDb(queries.facets),
    search: withDb(queries.search),
    expand: withDb(queries.expand),
    path: withDb(queries.path),
    details: withDb(queries.details),
    meetings: withDb(queries.meetings),
    importDocuments: withDb((db, input: In<'importDocuments'>) =>
      services.ingest(
        db,
        input.documents.map((d) => ({ name: d.name, data: Buffer.from(d.dataBase64, 'base64') })),
      ),
    ),
    importText: withDb((db, input: In<'importText'>) =>
      services.ingest(db, [
        { name: textFileName(input.name), data: Buffer.from(withArticleHeader(input.text, input), 'utf8') },
      ]),
    ),
    exportGraph: withDb(exports.exportGraph),
    exportEvidence: withDb(exports.exportEvidence),
    loadSnapshot: withDb(exports.loadSnapshot),
    openExternal: async (input) => ({ opened: await services.openExternal(input.url) }),
    ...explorerHandlers(services.explorer, () => database.get()),
    ...curationHandlers(services.curation, withDb),
  };
}
