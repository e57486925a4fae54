// `npm run bench`: runs every suite in bench/suites/ (or those named on the command line) and prints
// each figure as a ratio against a baseline measured in the same run, with the machine's load average when
// the figure was taken (figures measured on a busy machine say so). Results also go to bench/results/.
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFigure, BenchSuite } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(join(here, 'suites'))
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => !wanted.length || wanted.includes(basename(f, '.ts')))
  .sort();

const format = (f: BenchFigure): string => {
  const ratio = f.baseline
    ? ` | baseline ${f.baseline.value.toFixed(2)} ${f.unit} (${f.baseline.name}) | ratio ${(f.value / f.baseline.value).toFixed(2)}x`
    : '';
  const target = f.target ? ` | target ${f.target}` : '';
  return `  ${f.name}: ${f.value.toFixed(2)} ${f.unit}${ratio}${target} | load ${f.load ?? '?'}`;
};

const all: Record<string, BenchFigure[]> = {};
let failed = 0;
for (const file of files) {
  const suite = (await import(pathToFileURL(join(here, 'suites', file)).href)) as { default: BenchSuite };
  if (suite.default.onlyWhenNamed && !wanted.includes(basename(file, '.ts'))) continue;
  console.log(`\n# ${suite.default.title}`);
  try {
    const figures = await suite.default.run();
    // The 1-minute load average as the suite finishes, unless the suite took it beside each figure.
    const load = loadavg()[0]!.toFixed(2);
    for (const f of figures) f.load ??= load;
    all[basename(file, '.ts')] = figures;
    for (const f of figures) console.log(format(f));
  } catch (err) {
    failed++;
    console.log(`  failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'latest.json'), JSON.stringify(all, null, 2));
process.exitCode = failed ? 1 : 0;
