// `rendezvous extract FILE... [--out DIR]`: people, places and meetings of each article, as JSON.
// Without --out: one file prints its extraction object; several print a JSON array of
// { file, extraction } or { file, error } entries, in the order given. With --out: each NAME.ext
// is written to DIR/NAME.json and its path printed. Errors name the file and the reason on stderr;
// the other files still run, and the exit code is 1 when any failed. Each file is extracted on a worker
// thread under a time limit (--file-timeout, RENDEZVOUS_FILE_TIMEOUT, 30 s): one over it is stopped,
// reported, and the batch goes on.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { Command } from 'commander';
import { MAX_ARTICLE_BYTES } from '../../common/ingest';
import type { Extraction } from '../../common/extraction';
import { RendezvousError, toErrorPayload } from '../../common/errors';
import { assertArticleSize } from '../../core/articles/decode';
import { fileTimeoutMs } from '../../core/config/limits';
import { ExtractionPool } from '../../core/ingest/pool';
import { printable } from '../../core/ingest/printable';
import { fileTimeoutOption } from '../file-timeout';
import type { CommandRegistrar } from '../main';

/** Reads one article file, refusing what is not a regular file or is too large before reading it. */
function readArticleBytes(path: string): Uint8Array {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile())
      throw new RendezvousError('FILE_UNREADABLE', `${path}: not a regular file`, { file: path });
    size = st.size;
  } catch (err) {
    if (err instanceof RendezvousError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new RendezvousError(
      'FILE_UNREADABLE',
      `${path}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(err)})`}`,
      { file: path },
    );
  }
  assertArticleSize(path, size, MAX_ARTICLE_BYTES);
  try {
    return readFileSync(path);
  } catch (err) {
    throw new RendezvousError('FILE_UNREADABLE', `${path}: cannot be read (${(err as Error).message})`, {
      file: path,
    });
  }
}

/** Registers `extract`. */
export const registerExtract: CommandRegistrar = (program: Command) => {
  program
    .command('extract')
    .description(
      'Extract people, places and meetings from article files (.txt, .html, .md). Prints JSON: the object for one file, an array of {file, extraction|error} for several; with --out, writes DIR/NAME.json per file.',
    )
    .argument('<files...>', 'article files')
    .option('--out <dir>', 'write DIR/NAME.json for each NAME.ext instead of printing')
    .addOption(fileTimeoutOption())
    .action(async (files: string[], opts: { out?: string; fileTimeout?: number }) => {
      let failed = 0;
      const results: Array<{
        file: string;
        extraction?: Extraction;
        error?: ReturnType<typeof toErrorPayload>;
      }> = [];
      if (opts.out) mkdirSync(opts.out, { recursive: true });
      const pool = new ExtractionPool(Math.min(files.length, Math.max(1, availableParallelism() - 1)), {
        fileTimeoutMs: fileTimeoutMs(opts.fileTimeout),
      });
      // Every file is read first (cheap, and errors are found early), then extracted on the pool in order.
      const jobs = files.map((file) => {
        try {
          return pool.extract({ name: file, bytes: readArticleBytes(file) });
        } catch (err) {
          return Promise.resolve({ ok: false as const, error: toErrorPayload(err) });
        }
      });
      try {
        for (const [n, file] of files.entries()) {
          const outcome = await jobs[n]!;
          if (outcome.ok) {
            const extraction = outcome.extraction;
            if (opts.out) {
              const target = join(opts.out, `${basename(file, extname(file))}.json`);
              writeFileSync(target, `${JSON.stringify(extraction, null, 2)}\n`);
              process.stdout.write(`${target}\n`);
            } else results.push({ file, extraction });
          } else {
            failed++;
            const payload = outcome.error;
            const message = payload.message.includes(file) ? payload.message : `${file}: ${payload.message}`;
            process.stderr.write(`rendezvous extract: ${printable(message)}\n`);
            results.push({ file, error: { ...payload, message } });
          }
        }
      } finally {
        await pool.close();
      }
      if (!opts.out) {
        const single = files.length === 1 ? results[0]?.extraction : undefined;
        if (files.length === 1) {
          if (single) process.stdout.write(`${JSON.stringify(single, null, 2)}\n`);
        } else process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      }
      process.exitCode = failed ? 1 : 0;
    });
};
