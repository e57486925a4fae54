// `rendezvous web [--port N]`: the explorer in a browser, on 127.0.0.1, behind a random token.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { CommandRegistrar } from '../main';
import { startWebApp } from '../../web';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('a port number from 0 to 65535 (0 picks a free port)');
  }
  return port;
}

/** Registers `web`. */
export const registerWeb: CommandRegistrar = (program: Command) => {
  program
    .command('web')
    .description('Serve the explorer on http://127.0.0.1 (token required), over the same API as the app.')
    .option('-p, --port <port>', 'port to listen on; 0 picks a free one', parsePort, 0)
    .option('--rebuild', 'rebuild the web UI even if it looks up to date')
    .action(async (opts: { port: number; rebuild?: boolean }) => {
      process.stdout.write('Preparing the web UI…\n');
      const app = await startWebApp({ port: opts.port, rebuild: opts.rebuild });
      process.stdout.write(`Rendezvous is running at ${app.url}\n`);
      process.stdout.write(
        'Open that URL in your browser (it carries the access token). Press Ctrl+C to stop.\n',
      );
      await new Promise<void>((done) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void app.stop().then(done, done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
};
