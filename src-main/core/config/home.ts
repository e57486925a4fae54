// The Rendezvous home: the one folder holding a user's config, Neo4j data and logs.
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** How to find the home: RENDEZVOUS_HOME wins, then the host's default (Electron's userData), then XDG. */
export interface HomeOptions {
  /** An explicit home, e.g. from a command-line flag or a test. */
  home?: string;
  /** The host's per-user folder when RENDEZVOUS_HOME is unset (Electron passes `app.getPath('userData')`). */
  defaultHome?: string;
  env?: NodeJS.ProcessEnv;
}

/** Resolves the home folder as an absolute path; it is not created here. */
export function resolveHome(options: HomeOptions = {}): string {
  const env = options.env ?? process.env;
  if (options.home) return resolve(options.home);
  const fromEnv = env.RENDEZVOUS_HOME?.trim();
  if (fromEnv) return resolve(fromEnv);
  if (options.defaultHome) return resolve(options.defaultHome);
  const xdg = env.XDG_DATA_HOME?.trim();
  const dataRoot = xdg && isAbsolute(xdg) ? xdg : join(env.HOME?.trim() || homedir(), '.local', 'share');
  return join(dataRoot, 'rendezvous');
}

/** Where each thing lives inside a home; each home has its own Neo4j data, so two homes never share one. */
export interface HomePaths {
  home: string;
  config: string;
  /** The built-in Neo4j's own home (its data/, logs/, conf/). */
  neo4jHome: string;
  /** The folder the store lock lives in while Neo4j runs. */
  dataDir: string;
  logs: string;
  /** The launcher's output: startup, errors, shutdown. */
  neo4jLog: string;
  run: string;
  /** The running built-in Neo4j: pid, port, uri. */
  state: string;
  /** Held while a process starts Neo4j for this home. */
  startLock: string;
  /** Held while a process creates the schema, so concurrent starts do not race on it. */
  schemaLock: string;
  /** Held while an ingest writes to this home's graph: ingests run one after the other. */
  ingestLock: string;
}

/** The fixed layout of a home. */
export function homePaths(home: string): HomePaths {
  const neo4jHome = join(home, 'neo4j');
  return {
    home,
    config: join(home, 'config.json'),
    neo4jHome,
    dataDir: join(neo4jHome, 'data'),
    logs: join(home, 'logs'),
    neo4jLog: join(home, 'logs', 'neo4j.log'),
    run: join(home, 'run'),
    state: join(home, 'run', 'neo4j.json'),
    startLock: join(home, 'run', 'start.lock'),
    schemaLock: join(home, 'run', 'schema.lock'),
    ingestLock: join(home, 'run', 'ingest.lock'),
  };
}
