// `rendezvous query "CYPHER"`: the read-only console for analysts.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { DEFAULT_ROW_CAP, DEFAULT_TIMEOUT_MS } from '../../core/store/console';
import type { ConsoleResult } from '../../core/store/console';
import type { JsonValue } from '../../core/store/console-json';
import { withApp } from '../app';
import type { CommandRegistrar } from '../main';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function cell(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function printTable(result: ConsoleResult): void {
  const header = result.columns;
  const body = result.rows.map((row) => header.map((c) => cell(row[c]).replace(/\s*\n\s*/g, ' ')));
  const widths = header.map((h, i) =>
    Math.min(60, Math.max(h.length, ...body.map((r) => (r[i] ?? '').length))),
  );
  const fit = (text: string, width: number) =>
    text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => fit(c, widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  if (header.length) {
    process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-+-')}\n`);
    for (const row of body) process.stdout.write(`${line(row)}\n`);
  }
  process.stdout.write(
    `(${result.rows.length} row${result.rows.length === 1 ? '' : 's'}, ${result.elapsedMs} ms)\n`,
  );
}

/** Registers `query`. */
export const registerQuery: CommandRegistrar = (program: Command) => {
  program
    .command('query')
    .description('Run one read-only Cypher query (writes, LOAD CSV, dbms.*, apoc.* and batches are refused).')
    .argument('<cypher>', 'the Cypher query, quoted')
    .option('--json', 'print the rows alone, as a JSON array')
    .option('--limit <rows>', `return at most this many rows (default ${DEFAULT_ROW_CAP})`, positiveInt)
    .option(
      '--timeout <seconds>',
      `stop the query after this long (default ${DEFAULT_TIMEOUT_MS / 1000})`,
      positiveInt,
    )
    .action(async (cypher: string, options: { json?: boolean; limit?: number; timeout?: number }) => {
      const result = await withApp((app) =>
        app.local.consoleQuery(cypher, {
          rowCap: options.limit ?? DEFAULT_ROW_CAP,
          timeoutMs: (options.timeout ?? DEFAULT_TIMEOUT_MS / 1000) * 1000,
        }),
      );
      if (options.json) process.stdout.write(`${JSON.stringify(result.rows, null, 2)}\n`);
      else printTable(result);
      if (result.truncatedBy === 'rows') {
        process.stderr.write(
          `rendezvous: only the first ${result.rowCap} rows are shown (row cap hit); add LIMIT or use --limit.\n`,
        );
      } else if (result.truncatedBy === 'bytes') {
        process.stderr.write(
          `rendezvous: only the first ${result.rows.length} rows are shown: the next row would pass the answer's size budget of ${Math.round(result.byteBudget / 1024 / 1024)} MB; return fewer or smaller values.\n`,
        );
      }
    });
};
