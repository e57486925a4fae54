// Extraction measured against the hand-made gold of the seeds and the dev corpus, with the corpus scorer.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src-main/common/extraction';
import { extractArticle } from '../../../src-main/core/extract/index';

const root = resolve(__dirname, '../../..');
const shared = resolve(root, '../shared');
const scorer = join(shared, 'corpus/score.mjs');
const seeds = join(shared, 'seeds');
const dev = join(shared, 'corpus/dev');
const temp: string[] = [];
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

function extractDir(dir: string): { out: string; extractions: Map<string, Extraction> } {
  const out = mkdtempSync(join(tmpdir(), 'rendezvous-extract-'));
  temp.push(out);
  const extractions = new Map<string, Extraction>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const x = extractArticle({ name: file, bytes: readFileSync(join(dir, file)) });
    extractions.set(file, x);
    writeFileSync(join(out, `${basename(file, '.txt')}.json`), JSON.stringify(x));
  }
  return { out, extractions };
}

function score(
  goldDir: string,
  predDir: string,
): { people: number; meetings: number; attr: number; report: string } {
  const run = spawnSync(process.execPath, [scorer, goldDir, predDir, '--verbose'], { encoding: 'utf8' });
  const last = /score: people_f1=([\d.]+) meeting_f1=([\d.]+) attr_acc=([\d.]+)/.exec(run.stdout);
  if (!last) throw new Error(`scorer failed: ${run.stderr || run.stdout}`);
  return { people: Number(last[1]), meetings: Number(last[2]), attr: Number(last[3]), report: run.stdout };
}

const wide = join(shared, 'corpus/wide');

describe('extraction against the gold corpus', () => {
  it('finds the corpus and its scorer (the scores below are not skipped when they are missing)', () => {
    for (const path of [scorer, join(seeds, 'gold'), join(dev, 'gold'), join(wide, 'gold')])
      expect(existsSync(path), `${path} is missing: the corpus lives in ../shared/corpus`).toBe(true);
  });

  it('scores people F1 ≥ 0.95, meeting F1 ≥ 0.9 and attribute accuracy ≥ 0.85 on the seeds', () => {
    const { out } = extractDir(seeds);
    const s = score(join(seeds, 'gold'), out);
    expect(s.people, s.report).toBeGreaterThanOrEqual(0.95);
    expect(s.meetings, s.report).toBeGreaterThanOrEqual(0.9);
    expect(s.attr, s.report).toBeGreaterThanOrEqual(0.85);
  });

  it('scores people F1 ≥ 0.9 and meeting F1 ≥ 0.8 on the dev corpus', () => {
    const { out } = extractDir(join(dev, 'articles'));
    const s = score(join(dev, 'gold'), out);
    expect(s.people, s.report).toBeGreaterThanOrEqual(0.9);
    expect(s.meetings, s.report).toBeGreaterThanOrEqual(0.8);
  });

  // The wide corpus: articles far from the seeds. After round 9 it measures people 0.985, meetings 0.860 and
  // attributes 0.867; the floors sit just under: people and attributes a little lower, meetings 0.02 lower
  // (0.84, above the 0.75 target); docs/extraction.md keeps the measured figures.
  // Attribute accuracy is measured on matched meetings only, so it moves when more meetings match.
  it('scores people F1 ≥ 0.97, meeting F1 ≥ 0.84 and attribute accuracy ≥ 0.86 on the wide corpus', () => {
    const { out } = extractDir(join(wide, 'articles'));
    const s = score(join(wide, 'gold'), out);
    expect(s.people, s.report).toBeGreaterThanOrEqual(0.97);
    expect(s.meetings, s.report).toBeGreaterThanOrEqual(0.84);
    expect(s.attr, s.report).toBeGreaterThanOrEqual(0.86);
  });

  it('never lists a credited name (author, photographer, host) among the people', () => {
    for (const [dir, goldDir] of [
      [seeds, join(seeds, 'gold')],
      [join(dev, 'articles'), join(dev, 'gold')],
    ] as const) {
      const { extractions } = extractDir(dir);
      for (const [file, x] of extractions) {
        const gold = JSON.parse(readFileSync(join(goldDir, `${basename(file, '.txt')}.json`), 'utf8')) as {
          credits: Array<string | { name: string }>;
        };
        const credits = gold.credits.map((c) => (typeof c === 'string' ? c : c.name).toLowerCase());
        for (const p of x.people) {
          for (const name of [p.name, ...p.aliases])
            expect(credits, `${file}: ${name}`).not.toContain(name.toLowerCase());
        }
      }
    }
  });

  it('takes no fact from the seeds’ captions, teasers and widgets', () => {
    const { extractions } = extractDir(seeds);
    const chrome = [
      'A Russian flag flies',
      'Putin believes he has the upper hand',
      'the daily grind of the front line',
      'Trump didn’t impose tariffs',
      'Liberation Day',
      'Ultimate guide on how drones',
      'Chervona Kalyna',
    ];
    for (const [file, x] of extractions) {
      for (const c of chrome) expect(x.text, `${file}: ${c}`).not.toContain(c);
      for (const m of x.meetings) for (const c of chrome) expect(m.evidence).not.toContain(c);
      for (const m of x.meetings)
        for (const span of m.evidence_spans) expect(x.text.slice(span.start, span.end)).toBe(span.text);
      expect(x.people.map((p) => p.name)).not.toContain('Francis Farrell');
    }
  });
});
