import { describe, expect, it } from 'vitest';
import {
  absorb,
  attach,
  mergeInSentence,
  dateConflict,
  findTarget,
  placeConflict,
  type Candidate,
  type Meeting,
} from '../../../../src-main/core/extract/grammar/merge';
import { meeting } from './view';

const nowhere = { venue: null, city: null, country: null, region: null };
/** A candidate of sentence 0: a meeting of the test helper without what merging adds. */
const candidate = (over: Partial<Candidate>): Candidate => {
  const { sentences: _sentences, affiliations: _affiliations, ...rest } = meeting(over);
  return rest;
};

describe('the merging pass', () => {
  it('tells apart places and dates that cannot be one meeting', () => {
    expect(placeConflict({ ...nowhere, city: 'Lyon' }, { ...nowhere, city: 'Nice' })).toBe(true);
    expect(placeConflict({ ...nowhere, venue: 'Grand Hotel' }, { ...nowhere, city: 'Nice' })).toBe(false);
    expect(
      dateConflict({ date: '2025-01-13', precision: 'day' }, { date: '2025-01', precision: 'month' }),
    ).toBe(false);
    expect(
      dateConflict({ date: '2025-01-13', precision: 'day' }, { date: '2025-01-14', precision: 'day' }),
    ).toBe(true);
  });

  it('merges a next sentence that restates the meeting with one more person into it', () => {
    const m = meeting({ people: ['Ana Ruiz', 'Tom Mboya', 'Karl Brandt'] });
    const c = candidate({ people: ['Ana Ruiz', 'Tom Mboya', 'Carl Dunn'] });
    expect(findTarget([m], c, 1)).toBe(m);
  });

  it('keeps a new counterpart of the same person a new meeting', () => {
    const m = meeting({ people: ['Ana Ruiz', 'Tom Mboya'] });
    const c = candidate({ people: ['Ana Ruiz', 'Carl Dunn'] });
    expect(findTarget([m], c, 1)).toBeNull();
  });

  it('keeps a meeting at a venue in another country apart from the same person’s meeting before', () => {
    const m = meeting({ people: ['Ana Ruiz'], where: { ...nowhere, city: 'Lyon', country: 'France' } });
    const abroad = candidate({
      people: ['Ana Ruiz'],
      where: { ...nowhere, venue: 'Harbour Summit', country: 'Norway' },
    });
    expect(findTarget([m], abroad, 1)).toBeNull();
    const there = candidate({
      people: ['Ana Ruiz'],
      where: { ...nowhere, venue: 'Grand Hotel', city: 'Nice' },
    });
    expect(findTarget([m], there, 2)).toBe(m);
  });

  it('sends a reference to the latest meeting whose status it shares', () => {
    const held = meeting({ people: ['Ana Ruiz'], status: 'held' });
    const planned = meeting({ people: ['Tom Mboya'], status: 'planned' });
    const c = candidate({ reference: true, status: 'held', statusExplicit: true });
    expect(findTarget([held, planned], c, 3)).toBe(held);
  });

  it('adds a statement’s parties, place and date to the meeting it restates', () => {
    const into = candidate({ people: ['Ana Ruiz'], triggers: ['met'] });
    absorb(
      into,
      candidate({
        people: ['Tom Mboya'],
        where: { ...nowhere, city: 'Lyon' },
        date: { date: '2025-01-13', precision: 'day' },
        triggers: ['talks'],
      }),
    );
    expect(into.people).toEqual(['Ana Ruiz', 'Tom Mboya']);
    expect(into.where.city).toBe('Lyon');
    expect(into.date?.date).toBe('2025-01-13');
    expect(into.triggers).toEqual(['met', 'talks']);
  });
});

describe('merging within a sentence and across the article', () => {
  const where = { venue: null, city: null, country: null, region: null };
  it('merges two triggers of one event in a sentence, and keeps a sequel apart', () => {
    const a = candidate({ people: ['A', 'B'], segPeople: ['B'] });
    const b = candidate({ triggerText: 'talks', triggers: ['talks'], people: ['A', 'B'] });
    expect(mergeInSentence([a, b])).toHaveLength(1);
    const c = candidate({ people: ['A', 'B'], segPeople: ['B'] });
    const d = candidate({ people: ['A', 'B', 'C'], segPeople: ['C'], sequel: true });
    const both = mergeInSentence([c, d]);
    expect(both.map((x) => x.people)).toEqual([['A', 'B'], ['C']]);
  });

  it('drops a reference when the sentence also states a meeting', () => {
    const ref = candidate({ reference: true, people: ['A'] });
    const stated = candidate({ people: ['A', 'B'] });
    expect(mergeInSentence([ref, stated])).toEqual([stated]);
  });

  it('opens a meeting for a new candidate, joins the next sentence to it, and skips a bare mention', () => {
    const meetings: Meeting[] = [];
    attach(meetings, [candidate({ people: ['A', 'B'], where })], 0);
    attach(meetings, [candidate({ people: ['A'] })], 1);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.sentences).toEqual([0, 1]);
    attach(meetings, [candidate({ people: [], triggerKind: 'noun' })], 5);
    expect(meetings).toHaveLength(1);
  });
});
