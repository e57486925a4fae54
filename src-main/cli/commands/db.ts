// `rendezvous db start|stop|status`: the database behind the graph.
import type { Command } from 'commander';
import type { DbStatus } from '../../common/db';
import { RendezvousError } from '../../common/errors';
import { homePaths } from '../../core/config/home';
import { builtinNeo4jStatus, stopBuiltinNeo4j } from '../../core/neo4j/manager';
import { connect, connectedStatus, resolveTarget, unconnectedStatus } from '../../core/store/connection';
import { withDb } from '../db-session';
import type { CommandRegistrar } from '../main';

function printStatus(status: DbStatus): void {
  const lines: [string, string | number | null][] = [
    ['state', status.state],
    ['mode', status.mode === 'builtin' ? 'built-in Neo4j' : 'your own Neo4j'],
    ['uri', status.uri],
    ['neo4j', status.version ? `${status.version} ${status.edition ?? ''}`.trim() : null],
    ['database', status.database],
    ['nodes', status.nodeCount],
    ['home', status.home],
    ['data', status.dataDir],
    ['error', status.error ? `${status.error.code}: ${status.error.message}` : null],
  ];
  for (const [label, value] of lines) {
    if (value !== null && value !== '') process.stdout.write(`${`${label}:`.padEnd(10)}${value}\n`);
  }
}

async function status(json: boolean): Promise<number> {
  const target = resolveTarget();
  let result: DbStatus;
  if (target.mode === 'builtin' && !(await builtinNeo4jStatus(target.home))) {
    result = unconnectedStatus(target, 'stopped', null);
  } else {
    try {
      const db = await connect({ start: false, schema: false });
      try {
        result = await connectedStatus(db);
      } finally {
        await db.close();
      }
    } catch (err) {
      if (!(err instanceof RendezvousError)) throw err;
      result = unconnectedStatus(target, 'error', err);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else printStatus(result);
  return result.state === 'error' ? 1 : 0;
}

/** Registers `db start`, `db stop` and `db status`. */
export const registerDb: CommandRegistrar = (program: Command) => {
  const db = program
    .command('db')
    .description('Start, stop or inspect the database (the built-in Neo4j or your own).');

  db.command('start')
    .description('Start the built-in Neo4j (or check your own) and print its bolt:// URI; it keeps running.')
    .action(async () => {
      await withDb(async (graph) => {
        process.stdout.write(`${graph.uri}\n`);
        const where =
          graph.mode === 'builtin'
            ? `built-in Neo4j, data in ${homePaths(graph.home).neo4jHome}, log in ${homePaths(graph.home).neo4jLog}`
            : 'your own Neo4j (from NEO4J_URI or the saved settings); nothing was started';
        process.stderr.write(`rendezvous: connected to ${where}\n`);
      });
    });

  db.command('stop')
    .description('Stop the built-in Neo4j of this home and wait until its port is closed.')
    .action(async () => {
      const target = resolveTarget();
      if (target.mode === 'external') {
        process.stdout.write(
          `Using your own Neo4j at ${target.external.uri}; Rendezvous did not start it and does not stop it.\n`,
        );
        return;
      }
      const stopped = await stopBuiltinNeo4j(target.home);
      process.stdout.write(
        stopped.wasRunning
          ? `Stopped the built-in Neo4j (pid ${stopped.pid}); port ${stopped.port} is closed.\n`
          : `The built-in Neo4j of ${target.home} was not running.\n`,
      );
    });

  db.command('status')
    .description('Show the URI, Neo4j version and edition, and the node count (does not start anything).')
    .option('--json', 'print the status as JSON')
    .action(async (options: { json?: boolean }) => {
      process.exitCode = await status(Boolean(options.json));
    });
};
