import { describe, expect, it } from 'vitest';
import { EntitySink } from '../../../../src-main/core/extract/entities/context';
import { emitKnown, matchKnown } from '../../../../src-main/core/extract/entities/known';
import { at, viewOf } from './view';

describe('known names', () => {
  it('match the longest phrase the gazetteer knows: New Zealand is one country', () => {
    const { view, toks } = viewOf('New Zealand sent a delegation.');
    expect(matchKnown(view, toks, 0, 2)).toMatchObject({ end: 2, kind: 'country', name: 'New Zealand' });
  });

  it('a capital that speaks is its government; a capital after "in" is only a place', () => {
    const { view, toks } = viewOf('Paris said the ministers would meet in Berlin.');
    const sink = new EntitySink();
    for (const word of ['Paris', 'Berlin']) {
      const pos = at(toks, word);
      const known = matchKnown(view, toks, pos, pos + 1);
      if (!known) throw new Error(`${word} is not known`);
      emitKnown(sink, known, toks, pos, 0);
    }
    expect(sink.mentions.map((m) => `${m.kind}:${m.name}`)).toEqual([
      'place:Paris',
      'group:France',
      'place:Berlin',
    ]);
    expect(sink.placeList().map((p) => p.kind)).toEqual(['city', 'city']);
  });

  it('a demonym is a party and no place', () => {
    const { view, toks } = viewOf('Kenyan officials arrived.');
    const known = matchKnown(view, toks, 0, 1);
    expect(known).toMatchObject({ kind: 'demonym', name: 'Kenya' });
  });
});
