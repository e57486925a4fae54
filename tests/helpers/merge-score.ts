// Scoring a merge against the events corpus: the predicted partition from `meetings --json`, scored by
// the corpus's own score-merge.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { REPO } from './seeds';

/** The events corpus beside the repository. */
export const EVENTS = resolve(REPO, '..', 'shared', 'corpus', 'events');

/** A meeting as `meetings --json` prints it, with what scoring needs. */
export interface ScoredMeeting {
  id: string;
  sources: { file?: string | null; index?: number; articleId: string }[];
}

/** One gold event of clusters.json. */
export interface GoldEvent {
  event: string;
  lookalike_of?: string;
  mentions: { article: string; meeting: number }[];
}

/** The gold partition. */
export function goldEvents(): GoldEvent[] {
  return JSON.parse(readFileSync(join(EVENTS, 'clusters.json'), 'utf8')) as GoldEvent[];
}

/** The predicted partition: each meeting's sources as (article, index of the meeting in the article). */
export function partitionOf(
  meetings: ScoredMeeting[],
): { mentions: { article: string; meeting: number }[] }[] {
  return meetings.map((m) => ({
    mentions: m.sources
      .filter((s) => s.file && s.index !== undefined)
      .map((s) => ({ article: basename(s.file!).replace(/\.(json|txt)$/, ''), meeting: s.index! })),
  }));
}

/** The scores score-merge.mjs prints on its last line. */
export interface MergeScores {
  pairwise_p: number;
  pairwise_r: number;
  pairwise_f1: number;
  bcubed_p: number;
  bcubed_r: number;
  bcubed_f1: number;
}

/** Runs score-merge.mjs on a predicted partition. */
export function scoreMerge(pred: { mentions: { article: string; meeting: number }[] }[]): {
  scores: MergeScores;
  output: string;
} {
  const file = join(mkdtempSync(join(tmpdir(), 'rendezvous-merge-')), 'pred.json');
  writeFileSync(file, JSON.stringify(pred));
  const run = spawnSync(
    process.execPath,
    [join(EVENTS, 'score-merge.mjs'), join(EVENTS, 'clusters.json'), file, '--verbose'],
    {
      encoding: 'utf8',
    },
  );
  const last = run.stdout.trim().split('\n').pop() ?? '';
  const scores = Object.fromEntries(
    [...last.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1]!, Number(m[2])]),
  ) as unknown as MergeScores;
  return { scores, output: run.stdout + run.stderr };
}

/** Pairs of gold lookalike events that some predicted meeting merges. */
export function mergedLookalikes(pred: { mentions: { article: string; meeting: number }[] }[]): string[] {
  const gold = goldEvents();
  const eventOf = new Map<string, string>();
  for (const e of gold) for (const m of e.mentions) eventOf.set(`${m.article}#${m.meeting}`, e.event);
  const out: string[] = [];
  for (const p of pred) {
    const events = new Set(p.mentions.map((m) => eventOf.get(`${m.article}#${m.meeting}`)).filter(Boolean));
    for (const e of gold)
      if (e.lookalike_of && events.has(e.event) && events.has(e.lookalike_of))
        out.push(`${e.event}~${e.lookalike_of}`);
  }
  return out;
}
