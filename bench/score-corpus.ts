// Scores the extraction on one corpus set in one command:
//   npx tsx bench/score-corpus.ts seeds|dev|wide|wide-a|wide-b|events|events-a|events-b [--verbose]
// wide-a is wide/ articles 20–39, wide-b is 40–59; events-a is events/ clusters e01–e03, events-b
// e04–e07. Extractions are written to a temporary folder
// (kept with --keep) and scored with the corpus scorer.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { extractArticle } from '../src-main/core/extract/index';

const corpus = resolve(import.meta.dirname, '../../shared/corpus');
const sets: Record<string, { articles: string; gold: string; pick?: (n: number) => boolean }> = {
  seeds: { articles: resolve(corpus, '../seeds'), gold: resolve(corpus, '../seeds/gold') },
  dev: { articles: join(corpus, 'dev/articles'), gold: join(corpus, 'dev/gold') },
  wide: { articles: join(corpus, 'wide/articles'), gold: join(corpus, 'wide/gold') },
  'wide-a': { articles: join(corpus, 'wide/articles'), gold: join(corpus, 'wide/gold'), pick: (n) => n < 40 },
  'wide-b': {
    articles: join(corpus, 'wide/articles'),
    gold: join(corpus, 'wide/gold'),
    pick: (n) => n >= 40,
  },
  events: { articles: join(corpus, 'events/articles'), gold: join(corpus, 'events/gold') },
  'events-a': {
    articles: join(corpus, 'events/articles'),
    gold: join(corpus, 'events/gold'),
    pick: (n) => n <= 3,
  },
  'events-b': {
    articles: join(corpus, 'events/articles'),
    gold: join(corpus, 'events/gold'),
    pick: (n) => n >= 4,
  },
};

const cluster = (stem: string): number => Number(/^e(\d+)-/.exec(stem)?.[1] ?? stem);

const [name = 'wide', ...flags] = process.argv.slice(2);
const set = sets[name];
if (!set) throw new Error(`unknown set ${name}: one of ${Object.keys(sets).join(', ')}`);
const out = flags.includes('--keep')
  ? join(tmpdir(), `score-${name}`)
  : mkdtempSync(join(tmpdir(), 'score-'));
mkdirSync(out, { recursive: true });
const gold = mkdtempSync(join(tmpdir(), 'gold-'));
for (const file of readdirSync(set.articles).filter((f) => f.endsWith('.txt'))) {
  const stem = basename(file, '.txt');
  if (set.pick && !set.pick(cluster(stem))) continue;
  const x = extractArticle({ name: file, bytes: readFileSync(join(set.articles, file)) });
  writeFileSync(join(out, `${stem}.json`), JSON.stringify(x, null, 1));
  writeFileSync(join(gold, `${stem}.json`), readFileSync(join(set.gold, `${stem}.json`)));
}
const args = [join(corpus, 'score.mjs'), gold, out, ...(flags.includes('--verbose') ? ['--verbose'] : [])];
const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
process.stdout.write(run.stdout + run.stderr);
rmSync(gold, { recursive: true, force: true });
if (!flags.includes('--keep')) rmSync(out, { recursive: true, force: true });
