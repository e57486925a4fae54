// The explorer's methods beyond the graph queries: edge details, paths, the query console, saved views.
import type { ApiMethod, RendezvousHandlers } from '../../common/api';
import type { GraphDb } from '../store/connection';
import { runQuery } from '../store/console-graph';
import { edgeDetails } from '../store/edges';
import { openCluster, viewClusters } from '../store/clusters';
import { findPaths } from '../store/queries/path';
import { deleteView, listViews, openView, renameView, saveView } from '../store/saved-views';

/** The methods this group serves. */
type ExplorerMethod = Extract<
  ApiMethod,
  | 'edgeDetails'
  | 'paths'
  | 'clusters'
  | 'openCluster'
  | 'runQuery'
  | 'listViews'
  | 'openView'
  | 'saveView'
  | 'renameView'
  | 'deleteView'
>;

/** Each method as `(db, input) => result`, over the app's database. */
export type ExplorerServices<Db> = {
  [K in ExplorerMethod]: (
    db: Db,
    input: Parameters<RendezvousHandlers[K]>[0],
  ) => ReturnType<RendezvousHandlers[K]>;
};

/** The handlers of the group, each getting the database first. */
export function explorerHandlers<Db>(
  services: ExplorerServices<Db>,
  db: () => Promise<Db>,
): Pick<RendezvousHandlers, ExplorerMethod> {
  const wrap =
    <I, O>(fn: (db: Db, input: I) => Promise<O>) =>
    async (input: I): Promise<O> =>
      fn(await db(), input);
  return {
    edgeDetails: wrap(services.edgeDetails),
    paths: wrap(services.paths),
    clusters: wrap(services.clusters),
    openCluster: wrap(services.openCluster),
    runQuery: wrap(services.runQuery),
    listViews: wrap(services.listViews),
    openView: wrap(services.openView),
    saveView: wrap(services.saveView),
    renameView: wrap(services.renameView),
    deleteView: wrap(services.deleteView),
  };
}

/** Edge details, paths, the console and saved views from core/store. */
export const explorerServices: ExplorerServices<GraphDb> = {
  edgeDetails,
  paths: findPaths,
  clusters: viewClusters,
  openCluster,
  runQuery,
  listViews: (db) => listViews(db),
  openView,
  saveView,
  renameView,
  deleteView,
};
