// `rendezvous export --format json|graphml|gexf|csv|cypher --out PATH`: the stored graph (or the part
// --from/--to/--status/--as-of select) written atomically; for csv, PATH is a folder.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { ExportFormat } from '../../common/export';
import { EXPORT_FORMATS } from '../../common/export';
import { saveExport } from '../../core/export/write';
import { call, withApp } from '../app';
import type { CommandRegistrar } from '../main';
import { commaList } from '../options';

function parseFormat(value: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`one of ${EXPORT_FORMATS.join(', ')}`);
  return value as ExportFormat;
}

function parseView(value: string): 'meetings' | 'whoMetWhom' {
  if (value !== 'meetings' && value !== 'whoMetWhom')
    throw new InvalidArgumentError('meetings or whoMetWhom');
  return value;
}

/** Registers `export`. */
export const registerExport: CommandRegistrar = (program: Command) => {
  program
    .command('export')
    .description('Export the graph as a JSON snapshot, GraphML, GEXF, CSV (a folder) or a Cypher script.')
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, parseFormat)
    .requiredOption('--out <path>', 'the file to write (for csv: a folder, created if missing)')
    .option('--from <date>', 'only meetings on or after this date')
    .option('--to <date>', 'only meetings on or before this date')
    .option('--status <list>', 'only meetings with these statuses (comma-separated)', commaList)
    .option('--as-of <date>', 'the graph as known on this date')
    .option(
      '--view <view>',
      'meetings (meetings as nodes, the default) or whoMetWhom (pairs that met)',
      parseView,
    )
    .option('--title <text>', 'a title stored in a JSON snapshot')
    .action(
      async (opts: {
        format: ExportFormat;
        out: string;
        from?: string;
        to?: string;
        status?: string[];
        asOf?: string;
        view?: 'meetings' | 'whoMetWhom';
        title?: string;
      }) => {
        const result = await withApp((app) =>
          call(app, 'exportGraph', {
            format: opts.format,
            scope: 'all',
            filter: {
              view: opts.view ?? 'meetings',
              ...(opts.from ? { from: opts.from } : {}),
              ...(opts.to ? { to: opts.to } : {}),
              ...(opts.status ? { statuses: opts.status } : {}),
              ...(opts.asOf ? { asOf: opts.asOf } : {}),
            },
            title: opts.title,
          }),
        );
        const paths = await saveExport(result, opts.out);
        process.stdout.write(
          `Exported ${result.nodes} nodes and ${result.edges} edges as ${opts.format}: ${paths.join(', ')}\n`,
        );
      },
    );
};
