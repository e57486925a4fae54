// Connecting to the graph: the user's own Neo4j (NEO4J_URI or saved settings) or the built-in one.
import neo4j, { Neo4jError } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { ConnectionTest, DbStatus, ExternalNeo4j } from '../../common/db';
import { RendezvousError } from '../../common/errors';
import { APP_VERSION } from '../../common/version';
import { externalFromEnv, readConfig } from '../config/config';
import { homePaths, resolveHome } from '../config/home';
import type { HomeOptions } from '../config/home';
import { builtinNeo4jStatus, startBuiltinNeo4j } from '../neo4j/manager';
import { withFileLock } from '../neo4j/processes';
import type { StartOptions } from '../neo4j/manager';
import { ensureSchema } from './schema';
import { sendWithoutDelay } from './no-delay';

/** An open connection to the graph database; `close()` releases the driver (the built-in Neo4j keeps running). */
export interface GraphDb {
  driver: Driver;
  database: string;
  mode: 'builtin' | 'external';
  uri: string;
  /** The Rendezvous home this connection was resolved from. */
  home: string;
  /** The credentials the driver uses, for a second connection of the same user (the console's worker). */
  auth?: { username: string; password: string };
  close(): Promise<void>;
}

/** How to connect: which home, which environment, and whether the built-in Neo4j may be started. */
export interface ConnectOptions extends HomeOptions {
  /** Start the built-in Neo4j when it is not running (default true). */
  start?: boolean;
  /** Create constraints and indexes on connect (default true). */
  schema?: boolean;
  launcherDir?: string;
  heap?: string;
  startTimeoutMs?: number;
  onProgress?: StartOptions['onProgress'];
}

/** The database Rendezvous would use for these options, without connecting. */
export type ConnectionTarget =
  | { mode: 'external'; external: ExternalNeo4j; fromEnvironment: boolean; home: string }
  | { mode: 'builtin'; home: string };

/** Picks the database: NEO4J_URI in the environment, else the saved external one, else the built-in one. */
export function resolveTarget(options: ConnectOptions = {}): ConnectionTarget {
  const env = options.env ?? process.env;
  const home = resolveHome(options);
  const fromEnv = externalFromEnv(env);
  if (fromEnv) return { mode: 'external', external: fromEnv, fromEnvironment: true, home };
  const config = readConfig(home);
  if (config.mode === 'external' && config.external) {
    return { mode: 'external', external: config.external, fromEnvironment: false, home };
  }
  return { mode: 'builtin', home };
}

function makeDriver(uri: string, username: string, password: string): Driver {
  sendWithoutDelay(uri);
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    userAgent: `rendezvous/${APP_VERSION}`,
    connectionTimeout: 15_000,
    connectionAcquisitionTimeout: 30_000,
    maxConnectionPoolSize: 20,
  });
}

/** Turns a driver failure while connecting into a message a person can act on. */
function connectionError(err: unknown, uri: string, username: string, hint: string): RendezvousError {
  if (err instanceof RendezvousError) return err;
  const code = err instanceof Neo4jError ? err.code : '';
  const message = err instanceof Error ? err.message : String(err);
  if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    /unauthori[sz]ed|authentication failure/i.test(message)
  ) {
    return new RendezvousError(
      'AUTH_FAILED',
      `Neo4j at ${uri} rejected the credentials for user "${username}" (wrong username or password). ${hint}`,
    );
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new RendezvousError(
      'AUTH_FAILED',
      `Neo4j at ${uri} is refusing logins for "${username}" after too many failed attempts; wait a few seconds. ${hint}`,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new RendezvousError('NEO4J_UNAVAILABLE', `Neo4j at ${uri} has no such database: ${message}`);
  }
  return new RendezvousError('NEO4J_UNAVAILABLE', `Cannot reach Neo4j at ${uri}: ${message}`);
}

async function homeDatabase(driver: Driver): Promise<string> {
  const result = await driver.executeQuery('CALL db.info() YIELD name RETURN name', {}, { routing: 'READ' });
  return String(result.records[0]?.get('name') ?? 'neo4j');
}

async function openVerified(
  uri: string,
  username: string,
  password: string,
  database: string | undefined,
  hint: string,
  attempts: number,
): Promise<{ driver: Driver; database: string }> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const driver = makeDriver(uri, username, password);
    try {
      await driver.verifyAuthentication();
      const db = database ?? (await homeDatabase(driver));
      await driver.executeQuery('RETURN 1', {}, { database: db });
      return { driver, database: db };
    } catch (err) {
      await driver.close().catch(() => undefined);
      lastError = err;
      const mapped = connectionError(err, uri, username, hint);
      if (mapped.code === 'AUTH_FAILED' || attempt === attempts) throw mapped;
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
  throw connectionError(lastError, uri, username, hint);
}

/**
 * Runs `ensureSchema`; if an index is in the FAILED state (e.g. a full-text index after a crash), drops it,
 * or the constraint that owns it, and runs `ensureSchema` again so it is rebuilt from the data.
 */
async function ensureSchemaHealing(driver: Driver, database: string): Promise<void> {
  try {
    await ensureSchema(driver, database);
  } catch (err) {
    const failed = await driver.executeQuery(
      "SHOW INDEXES YIELD name, state, owningConstraint WHERE state = 'FAILED' RETURN name, owningConstraint",
      {},
      { database },
    );
    if (!failed.records.length) throw err;
    const quote = (name: string) => `\`${name.replace(/`/g, '``')}\``;
    for (const record of failed.records) {
      const constraint = record.get('owningConstraint') as string | null;
      const statement = constraint
        ? `DROP CONSTRAINT ${quote(constraint)} IF EXISTS`
        : `DROP INDEX ${quote(String(record.get('name')))} IF EXISTS`;
      await driver.executeQuery(statement, {}, { database });
    }
    await ensureSchema(driver, database);
  }
}

/** `ensureSchemaHealing`, tried again (up to five times) when Neo4j calls the failure transient. */
async function ensureSchemaRetrying(driver: Driver, database: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ensureSchemaHealing(driver, database);
      return;
    } catch (err) {
      const code = err instanceof Neo4jError ? err.code : '';
      const transient =
        code.startsWith('Neo.TransientError.') ||
        /\b(?:deadlock|lock|already exists)\b/i.test(err instanceof Error ? err.message : '');
      if (!transient || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 200 * attempt + Math.floor(Math.random() * 200)));
    }
  }
}

/**
 * Connects to the database chosen by `resolveTarget`, starting the built-in Neo4j when needed (it is left
 * running for the next command), verifies the credentials, and creates the schema idempotently.
 */
export async function connect(options: ConnectOptions = {}): Promise<GraphDb> {
  const target = resolveTarget(options);
  let opened: { driver: Driver; database: string };
  let uri: string;
  let auth: { username: string; password: string };
  if (target.mode === 'external') {
    const { external } = target;
    uri = external.uri;
    const hint = target.fromEnvironment
      ? 'Check NEO4J_USERNAME and NEO4J_PASSWORD.'
      : `Check the saved settings in ${homePaths(target.home).config}.`;
    opened = await openVerified(uri, external.username, external.password, external.database, hint, 1);
    auth = { username: external.username, password: external.password };
  } else {
    if (options.start === false) {
      const running = await builtinNeo4jStatus(target.home);
      if (!running) {
        throw new RendezvousError(
          'NEO4J_UNAVAILABLE',
          `The built-in Neo4j of ${target.home} is not running; start it with \`rendezvous db start\`.`,
        );
      }
    }
    const running = await startBuiltinNeo4j({
      home: target.home,
      env: options.env ?? process.env,
      launcherDir: options.launcherDir,
      heap: options.heap,
      startTimeoutMs: options.startTimeoutMs,
      onProgress: options.onProgress,
    });
    uri = running.uri;
    const password = readConfig(target.home).builtin?.password ?? '';
    const hint = `The password in ${homePaths(target.home).config} does not match the data in ${homePaths(target.home).neo4jHome}; restart with \`rendezvous db stop\` then \`rendezvous db start\`.`;
    opened = await openVerified(uri, 'neo4j', password, 'neo4j', hint, 3);
    auth = { username: 'neo4j', password };
  }
  const { driver, database } = opened;
  try {
    // Serialised per home (and retried on transient errors for a shared external database): concurrent
    // starts otherwise race each other's schema changes and fail on Neo4j's schema lock.
    if (options.schema !== false) {
      const paths = homePaths(target.home);
      await withFileLock(
        paths.schemaLock,
        5 * 60_000,
        () => ensureSchemaRetrying(driver, database),
        paths.run,
      );
    }
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw new RendezvousError(
      'QUERY_FAILED',
      `Connected to ${uri}, but creating the constraints and indexes failed: ${(err as Error).message}`,
    );
  }
  let closed = false;
  return {
    driver,
    database,
    mode: target.mode,
    uri,
    home: target.home,
    auth,
    close: async () => {
      if (closed) return;
      closed = true;
      await driver.close();
    },
  };
}

/** The server's version and edition, and the graph's node count. */
export interface DbDescription {
  version: string;
  edition: string;
  nodeCount: number;
}

/** Asks the connected database for its version, edition and node count. */
export async function describeDb(db: GraphDb): Promise<DbDescription> {
  const components = await db.driver.executeQuery(
    "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
    {},
    { database: db.database, routing: 'READ', transactionConfig: { timeout: 15_000 } },
  );
  const count = await db.driver.executeQuery(
    'MATCH (n) RETURN count(n) AS nodes',
    {},
    { database: db.database, routing: 'READ', transactionConfig: { timeout: 15_000 } },
  );
  const row = components.records[0];
  return {
    version: String(row?.get('version') ?? 'unknown'),
    edition: String(row?.get('edition') ?? 'unknown'),
    nodeCount: Number(count.records[0]?.get('nodes') ?? 0),
  };
}

/** The `DbStatus` of a live connection. */
export async function connectedStatus(db: GraphDb): Promise<DbStatus> {
  const description = await describeDb(db);
  return {
    state: 'connected',
    mode: db.mode,
    uri: db.uri,
    database: db.database,
    version: description.version,
    edition: description.edition,
    nodeCount: description.nodeCount,
    home: db.home,
    dataDir: db.mode === 'builtin' ? homePaths(db.home).dataDir : null,
    error: null,
  };
}

/** The `DbStatus` of a failed or pending connection. */
export function unconnectedStatus(
  target: ConnectionTarget,
  state: 'starting' | 'error' | 'stopped',
  error: RendezvousError | null,
): DbStatus {
  return {
    state,
    mode: target.mode,
    uri: target.mode === 'external' ? target.external.uri : null,
    database: target.mode === 'external' ? (target.external.database ?? null) : 'neo4j',
    version: null,
    edition: null,
    nodeCount: null,
    home: target.home,
    dataDir: target.mode === 'builtin' ? homePaths(target.home).dataDir : null,
    error: error ? { code: error.code, message: error.message } : null,
  };
}

/** "Test connection" in Settings: tries the given Neo4j without saving anything. */
export async function testConnection(external: ExternalNeo4j): Promise<ConnectionTest> {
  let driver: Driver | null = null;
  try {
    const opened = await openVerified(
      external.uri,
      external.username,
      external.password,
      external.database,
      'Check the username and password.',
      1,
    );
    driver = opened.driver;
    const db: GraphDb = {
      driver,
      database: opened.database,
      mode: 'external',
      uri: external.uri,
      home: '',
      close: async () => undefined,
    };
    const description = await describeDb(db);
    return {
      ok: true,
      version: description.version,
      edition: description.edition,
      message: `Connected to Neo4j ${description.version} ${description.edition} at ${external.uri} (database ${opened.database}).`,
    };
  } catch (err) {
    const mapped = connectionError(err, external.uri, external.username, 'Check the username and password.');
    return { ok: false, version: null, edition: null, message: mapped.message };
  } finally {
    await driver?.close().catch(() => undefined);
  }
}
