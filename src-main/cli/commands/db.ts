// `rendezvous db start|stop|status`: the database behind the graph.
import type { Command } from 'commander';
import type { DbStatus } from '../../common/db';
import { RendezvousError, type ErrorCode } from '../../common/errors';
import { homePaths } from '../../core/config/home';
import { call, withApp } from '../app';
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
  const result = await withApp((app) => call(app, 'dbStatus', {}), {
    connect: { start: false, schema: false },
  });
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
      const graph = await withApp((app) => call(app, 'dbStatus', {}));
      if (graph.state !== 'connected' || !graph.uri || !graph.home)
        throw new RendezvousError(
          (graph.error?.code ?? 'NEO4J_UNAVAILABLE') as ErrorCode,
          graph.error?.message ?? `The database is ${graph.state}.`,
        );
      process.stdout.write(`${graph.uri}\n`);
      const where =
        graph.mode === 'builtin'
          ? `built-in Neo4j, data in ${homePaths(graph.home).neo4jHome}, log in ${homePaths(graph.home).neo4jLog}`
          : 'your own Neo4j (from NEO4J_URI or the saved settings); nothing was started';
      process.stderr.write(`rendezvous: connected to ${where}\n`);
    });

  db.command('stop')
    .description('Stop the built-in Neo4j of this home and wait until its port is closed.')
    .action(async () => {
      const stopped = await withApp((app) => app.local.stopDatabase());
      if (stopped.mode === 'external') {
        process.stdout.write(
          `Using your own Neo4j at ${stopped.uri}; Rendezvous did not start it and does not stop it.\n`,
        );
        return;
      }
      process.stdout.write(
        stopped.wasRunning
          ? `Stopped the built-in Neo4j (pid ${stopped.pid}); port ${stopped.port} is closed.\n`
          : `The built-in Neo4j of ${stopped.home} was not running.\n`,
      );
    });

  db.command('status')
    .description('Show the URI, Neo4j version and edition, and the node count (does not start anything).')
    .option('--json', 'print the status as JSON')
    .action(async (options: { json?: boolean }) => {
      process.exitCode = await status(Boolean(options.json));
    });
};
