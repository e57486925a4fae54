// Precision of the extracted meetings per confidence band on one corpus set:
//   npx tsx bench/calibrate.ts [wide|dev|seeds]
//   npx tsx bench/calibrate.ts ARTICLES_DIR GOLD_DIR   (any other set with gold, e.g. articles kept outside the repository)
// Extracts once, then scores the meetings at or above each band's floor with the corpus scorer; a band's
// precision is (true positives at its floor - those at the next floor) / (meetings in the band).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Extraction } from '../src-main/common/extraction';
import { extractArticle } from '../src-main/core/extract/index';

const corpus = resolve(import.meta.dirname, '../../shared/corpus');
const name = process.argv[2] ?? 'wide';
const dirs: Record<string, [string, string]> = {
  wide: [join(corpus, 'wide/articles'), join(corpus, 'wide/gold')],
  dev: [join(corpus, 'dev/articles'), join(corpus, 'dev/gold')],
  seeds: [resolve(corpus, '../seeds'), resolve(corpus, '../seeds/gold')],
};
const [articles, gold] = process.argv[3]
  ? [resolve(name), resolve(process.argv[3])]
  : (dirs[name] ?? dirs.wide!);
const extractions = new Map<string, Extraction>();
for (const file of readdirSync(articles).filter((f) => f.endsWith('.txt')))
  extractions.set(
    basename(file, '.txt'),
    extractArticle({ name: file, bytes: readFileSync(join(articles, file)) }),
  );

/** True positives and predictions among the meetings with confidence ≥ floor. */
function atFloor(floor: number): { tp: number; n: number } {
  const out = mkdtempSync(join(tmpdir(), 'calibrate-'));
  let n = 0;
  for (const [stem, x] of extractions) {
    const meetings = x.meetings.filter((m) => (m.confidence ?? 0) >= floor);
    n += meetings.length;
    writeFileSync(join(out, `${stem}.json`), JSON.stringify({ ...x, meetings }));
  }
  const run = spawnSync(process.execPath, [join(corpus, 'score.mjs'), gold, out], { encoding: 'utf8' });
  rmSync(out, { recursive: true, force: true });
  const p = /total: .*meetings P=([\d.]+)/.exec(run.stdout);
  return { tp: Math.round(Number(p?.[1] ?? 0) * n), n };
}

const floors = [0, 0.2, 0.4, 0.5, 0.6, 0.7, 1.01];
const at = floors.map(atFloor);
console.log('| confidence | meetings | precision |\n|---|---|---|');
for (let i = 0; i < floors.length - 1; i++) {
  const n = at[i]!.n - at[i + 1]!.n;
  const tp = at[i]!.tp - at[i + 1]!.tp;
  const band = i === floors.length - 2 ? `≥ ${floors[i]}` : `${floors[i]}–${floors[i + 1]}`;
  console.log(`| ${band} | ${n} | ${n ? (tp / n).toFixed(2) : '—'} |`);
}
for (const f of [0.4, 0.5, 0.6, 0.7])
  console.log(
    `at ≥ ${f}: ${at[floors.indexOf(f)]!.n} meetings, precision ${(at[floors.indexOf(f)]!.tp / Math.max(1, at[floors.indexOf(f)]!.n)).toFixed(2)}`,
  );
