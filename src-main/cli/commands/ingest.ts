// `rendezvous ingest PATH...`: files and folders into the graph, with a progress bar and a summary.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { basename } from 'node:path';
import type { IngestReport } from '../../common/ingest';
import { RendezvousError } from '../../common/errors';
import type { PastedArticleMeta } from '../../core/app/pasted-text';
import { printable } from '../../core/ingest/printable';
import { fileTimeoutOption } from '../file-timeout';
import { fileTimeoutMs } from '../../core/config/limits';
import { call, withApp } from '../app';
import type { CommandRegistrar } from '../main';

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InvalidArgumentError('a whole number from 0 to 64');
  return n;
}

/** The end-of-run summary: articles; new and merged people; meetings; errors by file. */
function formatIngestSummary(report: IngestReport): string {
  const lines = [
    `Articles: ${report.articles} ingested, ${report.unchanged ?? 0} already in the graph (unchanged), ${report.errors} failed` +
      (report.resumed ? `; ${report.resumed} finished from an interrupted run` : ''),
    `People: ${report.newPeople} new, ${report.mergedPeople} merged into people already known`,
    `Meetings: ${report.newMeetings ?? 0} new, ${report.mergedMeetings ?? 0} merged into meetings already known ` +
      `(${report.meetings} reports)`,
  ];
  if (report.durationMs !== undefined) lines.push(`Time: ${(report.durationMs / 1000).toFixed(1)} s`);
  const failed = report.files.filter((f) => !f.ok);
  if (failed.length) {
    lines.push(`Errors (${failed.length}):`);
    for (const f of failed) lines.push(`  ${printable(f.file)}: ${printable(f.error?.message ?? 'failed')}`);
  }
  if (report.skipped?.length) {
    lines.push(`Skipped (${report.skipped.length}):`);
    for (const s of report.skipped) lines.push(`  ${printable(s.file)}: ${printable(s.reason)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Reads all of standard input as UTF-8 text. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The options of `ingest`. */
type IngestCommandOptions = {
  resume?: boolean;
  json?: boolean;
  workers?: number;
  fileTimeout?: number;
  extracted?: boolean;
  stdin?: boolean;
} & PastedArticleMeta;

/** `ingest --stdin`: one article from standard input, with the title, date, outlet and URL given, as pasted text. */
async function ingestStdin(paths: string[], opts: IngestCommandOptions): Promise<void> {
  if (paths.length)
    throw new RendezvousError('INVALID_ARGUMENT', 'Use either --stdin or files and folders, not both.');
  const text = await readStdin();
  if (!text.trim()) throw new RendezvousError('INVALID_ARGUMENT', 'Standard input was empty.');
  if (!opts.date)
    process.stderr.write(
      'rendezvous: no --date given; meetings dated relative to publication ("last week") stay undated.\n',
    );
  const report = await withApp(
    (app) =>
      call(app, 'importText', {
        name: opts.title ?? 'stdin',
        text,
        title: opts.title,
        date: opts.date,
        outlet: opts.outlet,
        url: opts.url,
      }),
    { fileTimeoutMs: fileTimeoutMs(opts.fileTimeout) },
  );
  if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(formatIngestSummary(report));
  if (report.errors) process.exitCode = 1;
}

/** Registers `ingest`. */
export const registerIngest: CommandRegistrar = (program: Command) => {
  program
    .command('ingest')
    .description('Extract articles (files or folders of .txt, .html, .md) and store them in the graph.')
    .argument('[paths...]', 'files and folders to ingest')
    .option('--resume', 'also finish the articles an interrupted ingest left pending')
    .option('--json', 'print the report as JSON instead of the summary')
    .option(
      '--extracted',
      'the paths are extraction JSON files or folders (docs/extraction-format.schema.json)',
    )
    .option(
      '--workers <n>',
      'extraction worker threads (default: one per core, at most 4; 0 = none)',
      parseWorkers,
    )
    .addOption(fileTimeoutOption())
    .option('--stdin', 'read one article as text from standard input')
    .option('--title <title>', 'with --stdin: the article title')
    .option('--date <date>', 'with --stdin: the publication date (YYYY-MM-DD), needed for dated facts')
    .option('--outlet <name>', 'with --stdin: the outlet that published it')
    .option('--url <url>', 'with --stdin: where it was published')
    .action(async (paths: string[], opts: IngestCommandOptions) => {
      if (opts.stdin) return ingestStdin(paths, opts);
      if (opts.title || opts.date || opts.outlet || opts.url)
        throw new RendezvousError('INVALID_ARGUMENT', '--title, --date, --outlet and --url go with --stdin.');
      if (!paths.length && !opts.resume)
        throw new RendezvousError(
          'INVALID_ARGUMENT',
          'Name at least one file or folder to ingest (or use --resume).',
        );
      await withApp(async (app) => {
        const left = app.local.unfinished();
        if (left.length && !opts.resume)
          process.stderr.write(
            `rendezvous: an earlier ingest was interrupted with ${left.length} article(s) pending; ` +
              'they are finished when ingested again (or run `rendezvous ingest --resume`).\n',
          );
        const bar = new cliProgress.SingleBar(
          {
            format:
              'Ingesting [{bar}] {percentage}% | {value}/{total} | {rate} articles/s | ETA {eta_formatted} | {file}',
            stream: process.stderr,
            hideCursor: true,
            clearOnComplete: false,
          },
          cliProgress.Presets.shades_classic,
        );
        let started = false;
        let report: IngestReport;
        try {
          const began = Date.now();
          const onProgress = (done: number, total: number, file: string) => {
            if (!started) {
              bar.start(total, 0, { file: '', rate: '0.0' });
              started = true;
            }
            const rate = (done / Math.max(0.001, (Date.now() - began) / 1000)).toFixed(1);
            bar.update(done, { file: printable(basename(file)), rate });
          };
          const onWaiting = (pid: number) =>
            process.stderr.write(
              `rendezvous: waiting for another ingest into this graph (process ${pid}) to finish…\n`,
            );
          report = opts.extracted
            ? await app.local.ingestExtracted(paths, { onProgress, onWaiting })
            : await app.local.ingestPaths(paths, {
                resume: opts.resume,
                workers: opts.workers,
                fileTimeoutMs: fileTimeoutMs(opts.fileTimeout),
                onWaiting,
                onProgress,
              });
        } catch (err) {
          if (started) bar.stop();
          const partial =
            err instanceof RendezvousError ? (err.details?.report as IngestReport | undefined) : undefined;
          if (partial) process.stderr.write(formatIngestSummary(partial));
          throw err;
        }
        if (started) bar.stop();
        if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else process.stdout.write(formatIngestSummary(report));
        if (report.errors) process.exitCode = 1;
      });
    });
};
