// The documented extraction format: the published JSON Schema is the zod schema's, and every file of the
// corpus (gold of the seeds, dev, wide and events) is accepted as it is.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { RendezvousError } from '../../../src-main/common/errors';
import { parseExtractionFile, placeKindOf, toExtraction } from '../../../src-main/core/ingest/extracted';
import { extractionJsonSchema } from '../../../src-main/core/ingest/extraction-format';
import { extractArticle } from '../../../src-main/core/extract';
import { REPO } from '../../helpers/seeds';

const SHARED = join(REPO, '..', 'shared');
const goldDirs = [
  join(SHARED, 'seeds', 'gold'),
  join(SHARED, 'corpus', 'dev', 'gold'),
  join(SHARED, 'corpus', 'wide', 'gold'),
  join(SHARED, 'corpus', 'events', 'gold'),
];

describe('the extraction format', () => {
  it('is published in docs/ exactly as the zod schema that validates it', async () => {
    const published = readFileSync(join(REPO, 'docs', 'extraction-format.schema.json'), 'utf8');
    const generated = await format(JSON.stringify(extractionJsonSchema(), null, 2), { parser: 'json' });
    expect(published).toBe(generated);
  });

  it('accepts every gold file of the corpus', () => {
    let n = 0;
    for (const dir of goldDirs)
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
        const path = join(dir, f);
        const bytes = readFileSync(path);
        const ex = toExtraction(path, bytes, parseExtractionFile(path, bytes.toString('utf8')));
        expect(ex.source.sha256).toMatch(/^[0-9a-f]{64}$/);
        n++;
      }
    expect(n).toBeGreaterThan(70);
  });

  it('accepts the output of rendezvous extract as it is, keeping the article identity and evidence offsets', () => {
    const file = join(SHARED, 'seeds', '002_0b1c1a8c5344a831.txt');
    const out = extractArticle({ name: file, bytes: readFileSync(file) });
    const text = JSON.stringify(out, null, 2);
    const back = toExtraction('out.json', Buffer.from(text), parseExtractionFile('out.json', text));
    expect(back.source.sha256).toBe(out.source.sha256);
    expect(back.meetings.map((m) => m.evidence_spans)).toEqual(out.meetings.map((m) => m.evidence_spans));
    expect(back.text).toBe(out.text);
  });

  it('maps the finer place kinds of other pipelines to the four of the model', () => {
    expect(placeKindOf('island')).toBe('venue');
    expect(placeKindOf('residence')).toBe('venue');
    expect(placeKindOf('town')).toBe('city');
    expect(placeKindOf('province')).toBe('region');
    expect(placeKindOf('Country')).toBe('country');
  });

  it('names the JSON path of a schema violation, and refuses an unknown status', () => {
    const bad = (doc: unknown) => {
      try {
        parseExtractionFile('x.json', JSON.stringify(doc));
      } catch (err) {
        expect(err).toBeInstanceOf(RendezvousError);
        return (err as Error).message;
      }
      throw new Error('accepted');
    };
    expect(bad({ meetings: [{ participants: [], status: 'held', date: '12 June' }] })).toMatch(
      /at meetings\[0\]\.date: a date is YYYY-MM-DD/,
    );
    expect(bad({ meetings: [{ participants: [], status: 'rumoured' }] })).toMatch(/at meetings\[0\]\.status/);
    expect(bad({ people: 'Trump' })).toMatch(/at people:/);
    expect(
      bad({ people: [{ name: 'Donald Trump' }], meetings: [{ participants: ['Xi'], status: 'held' }] }),
    ).toMatch(/meetings\[0\]\.participants\[0\] "Xi" is not among the people/);
  });

  it('accepts a participant named by an alias or a surname of the people', () => {
    const doc = {
      people: [{ name: 'Donald Trump', aliases: ['President Trump'] }, { name: 'Xi Jinping' }],
      meetings: [{ participants: ['President Trump', 'Xi'], status: 'held' }],
    };
    expect(() => parseExtractionFile('x.json', JSON.stringify(doc))).not.toThrow();
  });
});
