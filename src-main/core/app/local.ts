// What only a host on this machine may ask for, beside the API table: files and folders by path, the query
// console with its own limits, names as typed on a command line, the true count behind a meeting limit, and
// stopping the built-in Neo4j. Each runs over the same database access as the handlers.
import type { MeetingsInput } from '../../common/graph';
import type { IngestReport } from '../../common/ingest';
import { endOfIso, startOfIso } from '../merge/dates';
import { ingestExtractedPaths, ingestPaths, unfinishedArticles } from '../ingest';
import type { IngestPathsOptions } from '../ingest';
import type { ExtractedIngestOptions } from '../ingest/extracted';
import { stopBuiltinNeo4j } from '../neo4j/manager';
import { resolveTarget, type ConnectOptions, type GraphDb } from '../store/connection';
import { runConsoleQuery, type ConsoleOptions, type ConsoleResult } from '../store/console';
import { findPeople } from '../store/curation';
import { countMeetings } from '../store/overview';
import type { DatabaseAccess } from './handlers';

/** What stopping the database did: the built-in Neo4j stopped (or was not running), or the user's own left alone. */
type StopOutcome =
  | { mode: 'external'; uri: string }
  | { mode: 'builtin'; home: string; wasRunning: boolean; pid: number | null; port: number | null };

/** The services of a local host (the command line), over the app's database. */
export interface LocalServices {
  /** Ingests files and folders; with `resume`, also what an interrupted ingest left pending. */
  ingestPaths(paths: string[], options: IngestPathsOptions): Promise<IngestReport>;
  /** Ingests extraction files (.json) and folders of them. */
  ingestExtracted(paths: string[], options: ExtractedIngestOptions): Promise<IngestReport>;
  /** The articles an interrupted ingest of this home left pending. */
  unfinished(): { file: string; sha256: string; onDisk: boolean }[];
  /** One read-only console query, with the limits the caller sets. */
  consoleQuery(cypher: string, options: ConsoleOptions): Promise<ConsoleResult>;
  /** People whose name or alias is `text` (case ignored), or the one with that id. */
  findPeople(text: string): Promise<{ id: string; name: string; aliases: string[] }[]>;
  /** How many meetings the range of a `meetings` call holds, with no limit and every status. */
  countMeetings(range: Pick<MeetingsInput, 'from' | 'to' | 'asOf'>): Promise<number>;
  /** Stops the built-in Neo4j of the home and waits until its port is closed; leaves the user's own alone. */
  stopDatabase(): Promise<StopOutcome>;
}

/** The local services over a database access; `connect` names the home and environment. */
export function localServices(database: DatabaseAccess<GraphDb>, connect: ConnectOptions): LocalServices {
  const withDb =
    <A extends unknown[], O>(fn: (db: GraphDb, ...args: A) => Promise<O>) =>
    async (...args: A): Promise<O> =>
      fn(await database.get(), ...args);
  return {
    ingestPaths: withDb(ingestPaths),
    ingestExtracted: withDb(ingestExtractedPaths),
    unfinished: () => unfinishedArticles(resolveTarget(connect).home),
    consoleQuery: withDb(runConsoleQuery),
    findPeople: withDb(findPeople),
    countMeetings: withDb((db, range: Pick<MeetingsInput, 'from' | 'to' | 'asOf'>) =>
      countMeetings(db, {
        from: range.from ? startOfIso(range.from) : null,
        to: range.to ? endOfIso(range.to) : null,
        asOf: range.asOf ? endOfIso(range.asOf) : null,
        outlets: null,
        articleIds: null,
      }),
    ),
    stopDatabase: async () => {
      const target = resolveTarget(connect);
      if (target.mode === 'external') return { mode: 'external', uri: target.external.uri };
      return { mode: 'builtin', home: target.home, ...(await stopBuiltinNeo4j(target.home)) };
    },
  };
}
