// Test builders: Extraction objects from the hand-made gold files, with the fields the gold leaves out.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Extraction, MeetingMention } from '../../../src-main/common/extraction';
import { SEEDS } from '../../helpers/seeds';

/** The two seed articles. */
export const SEED_DIR = SEEDS;
/** The seed files, in name order. */
export const SEED_FILES = ['000_646501f04d5823af.txt', '002_0b1c1a8c5344a831.txt'].map((f) =>
  join(SEED_DIR, f),
);

/** An Extraction built from a gold JSON file and its article text (evidence offsets found in the text). */
export function goldExtraction(
  txtPath: string,
  goldPath = join(dirname(txtPath), 'gold', basename(txtPath).replace(/\.txt$/, '.json')),
): Extraction {
  const bytes = readFileSync(txtPath);
  const text = bytes.toString('utf8');
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    article: { title: string; published: string; outlet: string; authors: string[] };
    people: Extraction['people'];
    organizations: Extraction['organizations'];
    places: Extraction['places'];
    credits: string[];
    meetings: (Omit<MeetingMention, 'evidence_spans' | 'country' | 'announced_by' | 'reported_by'> &
      Partial<MeetingMention>)[];
  };
  return {
    source: {
      file: basename(txtPath),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      format: 'txt',
    },
    article: { ...gold.article, url: null },
    people: gold.people,
    organizations: gold.organizations,
    places: gold.places,
    credits: gold.credits,
    meetings: gold.meetings.map((m) => {
      const start = text.indexOf(m.evidence);
      return {
        ...m,
        country: m.country ?? null,
        announced_by: m.announced_by ?? null,
        reported_by: m.reported_by ?? null,
        evidence_spans: start >= 0 ? [{ start, end: start + m.evidence.length, text: m.evidence }] : [],
      };
    }),
    text,
  };
}
