// The `rendezvous` command line: a thin host of the core. Each command lives in cli/commands/.
import { Command, CommanderError } from 'commander';
import { RendezvousError } from '../common/errors';
import { APP_VERSION } from '../common/version';
import { registerDb } from './commands/db';
import { registerQuery } from './commands/query';
import { registerIngest } from './commands/ingest';
import { registerMeetings } from './commands/meetings';
import { registerWeb } from './commands/web';
import { registerExtract } from './commands/extract';
import { registerExport } from './commands/export';
import { diskFullError, isDiskFull } from '../core/ingest/disk';
import { registerCuration } from './commands/curation';

/** A command module adds its subcommand to the program. */
export type CommandRegistrar = (program: Command) => void;

const registrars: CommandRegistrar[] = [
  registerDb,
  registerQuery,
  registerIngest,
  registerMeetings,
  registerWeb,
  registerExtract,
  registerExport,
  registerCuration,
];

/**
 * A reader that goes away early (`rendezvous db status | head -1`) closes the pipe: the command then ends
 * quietly with the exit code it had, instead of crashing on EPIPE.
 */
function endQuietlyOnBrokenPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw err;
  });
}

/** Runs the CLI and returns the process exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  endQuietlyOnBrokenPipe(process.stdout);
  endQuietlyOnBrokenPipe(process.stderr);
  const program = new Command('rendezvous')
    .description('Who met whom, where, when and about what: read news articles into a Neo4j graph.')
    .version(APP_VERSION)
    .exitOverride()
    .showHelpAfterError();
  for (const register of registrars) register(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof RendezvousError) {
      process.stderr.write(`rendezvous: ${err.message}\n`);
      return 1;
    }
    if (isDiskFull(err)) {
      process.stderr.write(`rendezvous: ${diskFullError(err, 'the command stopped').message}\n`);
      return 1;
    }
    process.stderr.write(`rendezvous: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}
