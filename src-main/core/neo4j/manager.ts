// The built-in Neo4j: start it detached for a home, reuse it while it runs, stop it cleanly.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RendezvousError } from '../../common/errors';
import { ensureBuiltinPassword } from '../config/config';
import { homePaths } from '../config/home';
import { findJava } from './java';
import { ensureLauncher, findLauncherDir, launcherLockFile } from './launcher';
import type { LauncherPaths } from './launcher';
import { findFileHolder, isAlive, processCommand, withFileLock } from './processes';
import { describeCause, failureCause, logMarks } from './diagnose';
import { freePort, isPortOpen, sleep, waitPortClosed } from './ports';
import { neo4jMemory } from './sizing';

/** How long a start may take before it is abandoned with the tail of the log. */
export const DEFAULT_START_TIMEOUT_MS = 60_000;

/** The start timeout: RENDEZVOUS_NEO4J_START_TIMEOUT (seconds) when set to a positive number, else 60 s. */
export function startTimeoutFromEnv(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.RENDEZVOUS_NEO4J_START_TIMEOUT?.trim() || NaN);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_START_TIMEOUT_MS;
}

const READY = 'RENDEZVOUS_NEO4J_READY';
const ERROR = 'RENDEZVOUS_NEO4J_ERROR';
const PORT_ATTEMPTS = 5;
const LOG_ROTATE_BYTES = 10 * 1024 * 1024;

/** Options for starting the built-in Neo4j of one home. */
export interface StartOptions {
  home: string;
  env?: NodeJS.ProcessEnv;
  /** The neo4j-server folder; found next to the sources when omitted. */
  launcherDir?: string;
  /** The JVM heap, e.g. "512m"; defaults to RENDEZVOUS_NEO4J_HEAP, then a share of the available memory (sizing.ts). */
  heap?: string;
  /** A preferred port; if it is taken another free one is used. */
  port?: number;
  startTimeoutMs?: number;
  /** Progress lines for a person ("building the launcher", "starting Neo4j"). */
  onProgress?: (message: string) => void;
}

/** A running built-in Neo4j, as recorded in `HOME/run/neo4j.json`. */
export interface BuiltinNeo4j {
  pid: number;
  port: number;
  uri: string;
  home: string;
  version: string | null;
  edition: string | null;
  startedAt: string;
  /** True when an instance that was already running was reused. */
  reused: boolean;
}

type StateFile = Omit<BuiltinNeo4j, 'reused'>;

function readState(home: string): StateFile | null {
  const file = homePaths(home).state;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as StateFile;
    return Number.isInteger(state.pid) && Number.isInteger(state.port) ? state : null;
  } catch {
    return null;
  }
}

function writeState(home: string, state: StateFile): void {
  const file = homePaths(home).state;
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
}

function isOurLauncher(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  const command = processCommand(pid);
  if (command === null) return true;
  return (
    command.includes('rendezvous-neo4j.jar') && command.includes(`--home ${homePaths(home).neo4jHome} --port`)
  );
}

/** The running built-in Neo4j of this home, or null when none answers. */
export async function builtinNeo4jStatus(home: string): Promise<BuiltinNeo4j | null> {
  const state = readState(home) ?? (await recoverState(home));
  if (!state || !isOurLauncher(state.pid, home)) return null;
  if (!(await isPortOpen(state.port))) return null;
  return { ...state, reused: true };
}

/**
 * When `run/neo4j.json` is missing or damaged, finds the process that holds this home's store lock; if it
 * is our launcher and its port answers, writes the state file again from what it shows, so a running
 * Neo4j is never orphaned (and `db stop` can still stop it).
 */
async function recoverState(home: string): Promise<StateFile | null> {
  const found = launcherHolding(home);
  if (!found || !(await isPortOpen(found.port))) return null;
  const state = stateOf(found, readyLineOf(found.paths.neo4jLog, found.pid));
  try {
    writeState(home, state);
  } catch {
    // a read-only or full disk: the state is still good for this call
  }
  return state;
}

/** Our launcher holding this home's store lock, with the Bolt port it was started on; null when there is none. */
function launcherHolding(
  home: string,
): { paths: ReturnType<typeof homePaths>; pid: number; port: number } | null {
  const paths = homePaths(home);
  const storeLock = join(paths.dataDir, 'databases', 'store_lock');
  if (!existsSync(storeLock)) return null;
  const holder = findFileHolder(storeLock);
  if (!holder || !isOurLauncher(holder.pid, home)) return null;
  const port = Number(/--port (\d+)/.exec(holder.command ?? '')?.[1]);
  if (!Number.isInteger(port) || port <= 0) return null;
  return { paths, pid: holder.pid, port };
}

/** The state file of a running launcher, its version and edition read off its ready line when there is one. */
function stateOf(
  found: { paths: ReturnType<typeof homePaths>; pid: number; port: number },
  ready: string | undefined,
): StateFile {
  return {
    pid: found.pid,
    port: found.port,
    uri: `bolt://127.0.0.1:${found.port}`,
    home: found.paths.home,
    version: ready ? (/version=(\S+)/.exec(ready)?.[1] ?? null) : null,
    edition: ready ? (/edition=(\S+)/.exec(ready)?.[1] ?? null) : null,
    startedAt: new Date().toISOString(),
  };
}

function readyLineOf(log: string, pid: number): string | undefined {
  try {
    return readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith(READY) && line.includes(`pid=${pid} `))
      .pop();
  } catch {
    return undefined;
  }
}

/**
 * The built-in Neo4j of this home that stopped without `db stop` (its state file still names a dead
 * process), with the cause its logs give; null when it was stopped cleanly or never started.
 */
export function unexpectedStop(home: string): { pid: number; cause: string } | null {
  const state = readState(home);
  if (!state || isAlive(state.pid)) return null;
  const started = new Date(state.startedAt);
  const cause = failureCause(home, {}, Number.isNaN(started.getTime()) ? undefined : started);
  return {
    pid: state.pid,
    cause: cause ? `${cause.summary} (${cause.line})` : 'its logs name no cause (it may have been killed)',
  };
}

/**
 * Finds this home's launcher running without a state file (its starter was interrupted, e.g. by Ctrl-C)
 * and, once its port answers, records and reuses it instead of failing on the store lock.
 */
async function adoptOrphan(home: string, timeoutMs: number): Promise<BuiltinNeo4j | null> {
  const found = launcherHolding(home);
  if (!found) return null;
  // Adopt it only once it has said it is ready (its password is set by then), and its port answers.
  const readyLine = (): string | undefined => readyLineOf(found.paths.neo4jLog, found.pid);
  const deadline = Date.now() + timeoutMs;
  let ready = readyLine();
  while (!ready || !(await isPortOpen(found.port))) {
    if (!isAlive(found.pid) || Date.now() > deadline) return null;
    await sleep(250);
    ready = readyLine();
  }
  const state = stateOf(found, ready);
  writeState(home, state);
  return { ...state, reused: true };
}

const startsInProgress = new Map<string, Promise<BuiltinNeo4j>>();

/**
 * Starts the built-in Neo4j for a home, or reuses the one already running there. The process is detached
 * and outlives the caller; its output goes to `HOME/logs/neo4j.log`. Never waits longer than the timeout.
 */
export function startBuiltinNeo4j(options: StartOptions): Promise<BuiltinNeo4j> {
  const key = homePaths(options.home).home;
  const pending = startsInProgress.get(key);
  if (pending) return pending;
  const started = startSerialised(options).finally(() => startsInProgress.delete(key));
  startsInProgress.set(key, started);
  return started;
}

async function startSerialised(options: StartOptions): Promise<BuiltinNeo4j> {
  const running = await builtinNeo4jStatus(options.home);
  if (running) return running;
  const paths = homePaths(options.home);
  mkdirSync(paths.home, { recursive: true, mode: 0o700 });
  mkdirSync(paths.run, { recursive: true });
  mkdirSync(paths.logs, { recursive: true });
  const timeoutMs = options.startTimeoutMs ?? startTimeoutFromEnv(options.env ?? process.env);
  try {
    return await withFileLock(paths.startLock, timeoutMs + 15 * 60_000, async () => {
      const again = await builtinNeo4jStatus(options.home);
      if (again) return again;
      const adopted = await adoptOrphan(options.home, timeoutMs);
      if (adopted) return adopted;
      const died = unexpectedStop(options.home);
      if (died)
        options.onProgress?.(
          `the built-in Neo4j (pid ${died.pid}) had stopped unexpectedly: ${died.cause}; starting it again`,
        );
      return await launch(options, timeoutMs);
    });
  } catch (err) {
    if (err instanceof RendezvousError) throw err;
    throw new RendezvousError(
      'NEO4J_UNAVAILABLE',
      `Could not start the built-in Neo4j: ${(err as Error).message}`,
    );
  }
}

async function launch(options: StartOptions, timeoutMs: number): Promise<BuiltinNeo4j> {
  const env = options.env ?? process.env;
  const paths = homePaths(options.home);
  const progress = options.onProgress ?? (() => undefined);
  const java = findJava(env);
  const launcherDir = options.launcherDir ?? findLauncherDir(env);
  if (!existsSync(join(launcherDir, 'target', 'rendezvous-neo4j.jar'))) {
    progress(`building the Neo4j launcher in ${launcherDir} with Maven (first run only)`);
  }
  const launcher = await ensureLauncher(launcherDir, env);
  const memory = neo4jMemory(env);
  const heap = options.heap ?? memory.heap;
  if (!/^\d+[kmgKMG]?$/.test(heap)) {
    throw new RendezvousError(
      'INVALID_ARGUMENT',
      `RENDEZVOUS_NEO4J_HEAP must look like 512m or 1g, got "${heap}".`,
    );
  }
  const archive = await ensureClassArchive(launcher, java.command, env, progress);
  const password = ensureBuiltinPassword(options.home);
  rotateLog(paths.neo4jLog);
  const marks = logMarks(options.home);

  let port = options.port ?? (await freePort());
  for (let attempt = 1; ; attempt++) {
    progress(`starting Neo4j on 127.0.0.1:${port}`);
    const outcome = await spawnAndWait({
      java: java.command,
      args: [
        ...jvmOptions(heap),
        ...(archive ? [`-XX:SharedArchiveFile=${archive}`] : []),
        '-jar',
        launcher.jar,
        '--home',
        paths.neo4jHome,
        '--port',
        String(port),
      ],
      env: { ...env, RENDEZVOUS_NEO4J_PASSWORD: password, RENDEZVOUS_NEO4J_PAGECACHE: memory.pageCache },
      log: paths.neo4jLog,
      timeoutMs,
    });
    if (outcome.kind === 'ready') {
      const state: StateFile = {
        pid: outcome.pid,
        port,
        uri: `bolt://127.0.0.1:${port}`,
        home: paths.home,
        version: outcome.version,
        edition: outcome.edition,
        startedAt: new Date().toISOString(),
      };
      writeState(options.home, state);
      return { ...state, reused: false };
    }
    if (outcome.kind === 'error' && outcome.code === 'PORT_IN_USE' && attempt < PORT_ATTEMPTS) {
      progress(`port ${port} is in use, trying another`);
      port = await freePort();
      continue;
    }
    const error = failure(outcome, paths.neo4jHome, paths.neo4jLog, timeoutMs);
    if (error.code === 'DATA_LOCKED' || error.code === 'PORT_IN_USE') throw error;
    // The launcher's output rarely says why Neo4j would not come up; its own debug.log does.
    const cause = failureCause(options.home, marks) ?? failureCause(options.home);
    throw cause
      ? new RendezvousError(error.code, `${error.message}\n${describeCause(cause).trim()}`, {
          ...error.details,
          cause: cause.kind,
        })
      : error;
  }
}

function jvmOptions(heap: string): string[] {
  // No -XX:+ExitOnOutOfMemoryError: a query that runs out of heap must fail alone; the launcher ends the
  // process itself when an OutOfMemoryError escapes any other thread.
  return [`-Xmx${heap}`, '-XX:+UseG1GC', '-Dfile.encoding=UTF-8'];
}

/**
 * Makes the JVM class archive of this launcher build once (starting and stopping Neo4j in a scratch home),
 * which shortens every later start by about a third. Returns its path, or null when it is disabled
 * (RENDEZVOUS_NEO4J_CDS=0) or could not be made; a failure is remembered and never blocks a start.
 */
export async function ensureClassArchive(
  launcher: LauncherPaths,
  java: string,
  env: NodeJS.ProcessEnv,
  progress: (message: string) => void = () => undefined,
): Promise<string | null> {
  const archive = launcher.classArchive;
  const failed = `${archive}.failed`;
  if (env.RENDEZVOUS_NEO4J_CDS === '0') return null;
  if (existsSync(archive)) return archive;
  if (existsSync(failed)) return null;
  await withFileLock(launcherLockFile(launcher.dir, 'archive'), 10 * 60_000, async () => {
    if (existsSync(archive) || existsSync(failed)) return;
    progress('preparing a class archive so that later starts are faster (first run only)');
    const scratch = mkdtempSync(join(tmpdir(), 'rendezvous-cds-'));
    const part = `${archive}.${process.pid}.part`;
    try {
      const outcome = await spawnAndWait({
        java,
        args: [
          ...jvmOptions('512m'),
          `-XX:ArchiveClassesAtExit=${part}`,
          '-jar',
          launcher.jar,
          '--home',
          join(scratch, 'neo4j'),
          '--port',
          String(await freePort()),
        ],
        env: { ...env, RENDEZVOUS_NEO4J_PASSWORD: randomBytes(18).toString('base64url') },
        log: join(scratch, 'launcher.log'),
        timeoutMs: 5 * 60_000,
      });
      if (outcome.kind !== 'ready') {
        writeFileSync(failed, `${outcome.kind}\n${'tail' in outcome ? outcome.tail : ''}\n`);
        return;
      }
      process.kill(outcome.pid, 'SIGTERM');
      const deadline = Date.now() + 120_000;
      while (isAlive(outcome.pid) && Date.now() < deadline) await sleep(200);
      if (!isAlive(outcome.pid) && existsSync(part) && statSync(part).size > 0) renameSync(part, archive);
      else writeFileSync(failed, 'the JVM wrote no class archive\n');
    } finally {
      rmSync(part, { force: true });
      rmSync(scratch, { recursive: true, force: true });
    }
  });
  return existsSync(archive) ? archive : null;
}

type Outcome =
  | { kind: 'ready'; pid: number; version: string | null; edition: string | null }
  | { kind: 'error'; code: string; message: string; tail: string }
  | { kind: 'exit'; exitCode: number | null; tail: string }
  | { kind: 'timeout'; tail: string };

interface SpawnRequest {
  java: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  log: string;
  timeoutMs: number;
}

function spawnAndWait(request: SpawnRequest): Promise<Outcome> {
  const offset = existsSync(request.log) ? statSync(request.log).size : 0;
  const fd = openSync(request.log, 'a', 0o600);
  writeSync(fd, `\n=== ${new Date().toISOString()} ${request.java} ${request.args.join(' ')}\n`);
  let child: ChildProcess;
  try {
    child = spawn(request.java, request.args, {
      detached: true,
      stdio: ['ignore', fd, fd],
      env: request.env,
    });
  } finally {
    closeSync(fd);
  }
  return new Promise<Outcome>((resolveOutcome) => {
    let settled = false;
    let exited: number | null | undefined;
    const logText = () => {
      try {
        return readFileSync(request.log, 'utf8').slice(offset);
      } catch {
        return '';
      }
    };
    const tail = () =>
      logText()
        .split('\n')
        .filter((line) => !/^\s+at |^\s+\.\.\. \d+ more/.test(line))
        .slice(-20)
        .join('\n')
        .trim();
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(timer);
      if (outcome.kind === 'ready') child.unref();
      resolveOutcome(outcome);
    };
    const inspect = () => {
      const text = logText();
      const ready = text.split('\n').find((line) => line.startsWith(READY));
      if (ready) {
        const pid = Number(/pid=(\d+)/.exec(ready)?.[1] ?? child.pid);
        finish({
          kind: 'ready',
          pid,
          version: /version=(\S+)/.exec(ready)?.[1] ?? null,
          edition: /edition=(\S+)/.exec(ready)?.[1] ?? null,
        });
        return;
      }
      const error = text.split('\n').find((line) => line.startsWith(ERROR));
      if (error && exited !== undefined) {
        const [, code = 'FAILED', ...rest] = error.split(' ');
        finish({ kind: 'error', code, message: rest.join(' '), tail: tail() });
        return;
      }
      if (exited !== undefined) finish({ kind: 'exit', exitCode: exited, tail: tail() });
    };
    child.on('error', (err) => {
      exited = null;
      finish({ kind: 'exit', exitCode: null, tail: `${err.message}\n${tail()}` });
    });
    child.on('exit', (code) => {
      exited = code;
      inspect();
    });
    const poll = setInterval(inspect, 150);
    const timer = setTimeout(() => {
      inspect();
      if (settled) return;
      killGroup(child.pid);
      finish({ kind: 'timeout', tail: tail() });
    }, request.timeoutMs);
  });
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

function failure(outcome: Outcome, neo4jHome: string, log: string, timeoutMs: number): RendezvousError {
  switch (outcome.kind) {
    case 'timeout':
      return new RendezvousError(
        'NEO4J_START_TIMEOUT',
        `The built-in Neo4j did not answer on Bolt within ${Math.round(timeoutMs / 1000)} s and was stopped. Last lines of ${log}:\n${outcome.tail || '(empty)'}`,
        { log },
      );
    case 'error': {
      if (outcome.code === 'DATA_LOCKED') {
        const holder = findFileHolder(join(neo4jHome, 'data', 'databases', 'store_lock'));
        const who = holder
          ? `process ${holder.pid}${holder.command ? ` (${holder.command.slice(0, 160)})` : ''}`
          : 'another process';
        return new RendezvousError(
          'DATA_LOCKED',
          `The data folder ${neo4jHome} is locked by ${who}. Stop that process, or use another RENDEZVOUS_HOME.`,
          { pid: holder?.pid ?? null },
        );
      }
      if (outcome.code === 'PORT_IN_USE') {
        return new RendezvousError(
          'PORT_IN_USE',
          `Every port tried for the built-in Neo4j was already in use (last: ${outcome.message}).`,
        );
      }
      return new RendezvousError(
        'NEO4J_UNAVAILABLE',
        `The built-in Neo4j failed to start: ${outcome.message}. Last lines of ${log}:\n${outcome.tail}`,
        { log },
      );
    }
    case 'exit':
      return new RendezvousError(
        'NEO4J_UNAVAILABLE',
        `The built-in Neo4j exited during start (exit code ${outcome.exitCode ?? 'none'}). Last lines of ${log}:\n${outcome.tail || '(empty)'}`,
        { log },
      );
    default:
      return new RendezvousError('INTERNAL', 'unexpected start outcome');
  }
}

function rotateLog(log: string): void {
  try {
    if (existsSync(log) && statSync(log).size > LOG_ROTATE_BYTES) renameSync(log, `${log}.1`);
  } catch {
    // keeping the old log is harmless
  }
}

/** What `stopBuiltinNeo4j` found and did. */
export interface StopResult {
  wasRunning: boolean;
  pid: number | null;
  port: number | null;
}

/** Stops the built-in Neo4j of a home: SIGTERM, wait for a clean exit, then make sure the port is closed. */
export async function stopBuiltinNeo4j(
  home: string,
  options: { timeoutMs?: number } = {},
): Promise<StopResult> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const state = readState(home) ?? (await recoverState(home));
  const stateFile = homePaths(home).state;
  if (!state || !isOurLauncher(state.pid, home)) {
    rmSync(stateFile, { force: true });
    return { wasRunning: false, pid: null, port: null };
  }
  try {
    process.kill(state.pid, 'SIGTERM');
  } catch {
    // exited in the meantime
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(state.pid) && Date.now() < deadline) await sleep(150);
  if (isAlive(state.pid)) {
    killGroup(state.pid);
    const hardDeadline = Date.now() + 10_000;
    while (isAlive(state.pid) && Date.now() < hardDeadline) await sleep(100);
  }
  const closed = await waitPortClosed(state.port, 10_000);
  rmSync(stateFile, { force: true });
  if (!closed) {
    throw new RendezvousError(
      'PORT_IN_USE',
      `Neo4j (pid ${state.pid}) was stopped but port ${state.port} still answers; another process may hold it.`,
    );
  }
  return { wasRunning: true, pid: state.pid, port: state.port };
}
