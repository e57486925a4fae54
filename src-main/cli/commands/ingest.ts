// `rendezvous ingest PATH...`: files and folders into the graph, with a progress bar and a summary.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { basename } from 'node:path';
import type { IngestReport } from '../../common/ingest';
import { RendezvousError } from '../../common/errors';
import { ingestExtractedPaths, ingestPaths, unfinishedArticles } from '../../core/ingest';
import { withDb } from '../db-session';
import type { CommandRegistrar } from '../main';

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InvalidArgumentError('a whole number from 0 to 64');
  return n;
}

/** The end-of-run summary: articles; new and merged people; meetings; errors by file. */
export function formatIngestSummary(report: IngestReport): string {
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
    for (const f of failed) lines.push(`  ${f.file}: ${f.error?.message ?? 'failed'}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The options of `ingest`. */
interface IngestCommandOptions {
  resume?: boolean;
  json?: boolean;
  workers?: number;
  extracted?: boolean;
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
    .option('--workers <n>', 'extraction worker threads (default: one per core; 0 = none)', parseWorkers)
    .action(async (paths: string[], opts: IngestCommandOptions) => {
      if (!paths.length && !opts.resume)
        throw new RendezvousError(
          'INVALID_ARGUMENT',
          'Name at least one file or folder to ingest (or use --resume).',
        );
      await withDb(async (db) => {
        const left = unfinishedArticles(db.home);
        if (left.length && !opts.resume)
          process.stderr.write(
            `rendezvous: an earlier ingest was interrupted with ${left.length} article(s) pending; ` +
              'they are finished when ingested again (or run `rendezvous ingest --resume`).\n',
          );
        const bar = new cliProgress.SingleBar(
          {
            format: 'Ingesting [{bar}] {percentage}% | {value}/{total} | {file}',
            stream: process.stderr,
            hideCursor: true,
            clearOnComplete: false,
          },
          cliProgress.Presets.shades_classic,
        );
        let started = false;
        let report: IngestReport;
        try {
          const onProgress = (done: number, total: number, file: string) => {
            if (!started) {
              bar.start(total, 0, { file: '' });
              started = true;
            }
            bar.update(done, { file: basename(file) });
          };
          report = opts.extracted
            ? await ingestExtractedPaths(db, paths, { onProgress })
            : await ingestPaths(db, paths, { resume: opts.resume, workers: opts.workers, onProgress });
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
