import { describe, expect, it } from 'vitest';
import type { Where } from '../../../../src-main/core/extract/grammar/merge';
import {
  completeWhere,
  countryOfParties,
  datelineCountry,
  gatheringName,
  placeFields,
  placeFromDateline,
  whereOf,
} from '../../../../src-main/core/extract/grammar/place';
import { spanOf, view } from './view';

const nowhere = (): Where => ({ venue: null, city: null, country: null, region: null });

describe('the place pass', () => {
  it('locates a meeting "in" a city and takes its country', () => {
    const v = view('The envoys met in Oslo on Monday.', [{ text: 'Oslo', kind: 'place', placeKind: 'city' }]);
    expect(whereOf(v, spanOf(v, 'met'))).toMatchObject({ city: 'Oslo', country: 'Norway' });
  });

  it('takes a named summit as the place, with the country it is held in', () => {
    const v = view('She will attend the 12th Harbour Council Summit.');
    expect(whereOf(v, spanOf(v, 'Summit')).event).toBe('12th Harbour Council Summit');
    const w = view('He will take part in the ALBA summit in Norway and hold talks with several leaders.', [
      { text: 'Norway', kind: 'place', placeKind: 'country' },
    ]);
    // The summit is a reference ("the … summit"), so the talks are the sentence's first trigger and read it all.
    const talks = { ...spanOf(w, 'talks'), k: 0, segStart: 0 };
    expect(whereOf(w, talks)).toMatchObject({ event: 'ALBA summit', country: 'Norway' });
    // The gathering is the place only when no venue is named, keeps its city, and tells no meetings apart.
    expect(placeFields({ ...nowhere(), event: 'Harbour Summit', city: 'Oslo' })).toMatchObject({
      place: 'Harbour Summit',
      city: 'Oslo',
    });
    expect(placeFields({ ...nowhere(), event: 'Harbour Summit', venue: 'Grand Hotel' }).place).toBe(
      'Grand Hotel',
    );
    const t = { index: 15, length: 6, word: 'summit', kind: 'noun' as const };
    expect(gatheringName('They called a summit for May.', { ...t, index: 14 })).toBeNull();
    expect(gatheringName('Leaders of the summit met.', { ...t, index: 15 })).toBeNull();
  });

  it('puts a meeting with no place in the country its parties or the dateline name, unless one points abroad', () => {
    expect(datelineCountry('OSLO')).toBe('Norway');
    // Every person of one country, and a group of that country: held at home.
    expect(countryOfParties(['Norway', 'Norway'], ['Norway'], null)).toBe('Norway');
    // One person of unknown country: the meeting may be abroad.
    expect(countryOfParties(['Norway', null], [], null)).toBeNull();
    // Under an Oslo dateline, parties of no known country meet in Norway; a foreign party leaves it open.
    expect(countryOfParties([null, null], [], 'Oslo')).toBe('Norway');
    expect(countryOfParties([null, 'Chile'], [], 'Oslo')).toBeNull();
    expect(countryOfParties(['Chile'], ['Peru'], null)).toBeNull();
  });

  it('does not take the place of a topic for the place of the meeting', () => {
    const v = view('The envoys met to discuss the war in Norway.', [
      { text: 'Norway', kind: 'place', placeKind: 'country' },
    ]);
    expect(whereOf(v, spanOf(v, 'met')).country).toBeNull();
  });

  it('finds the capital a demonym names', () => {
    const v = view('The envoys met in the Norwegian capital.');
    expect(whereOf(v, spanOf(v, 'met')).city).toBe('Oslo');
  });

  it('completes a city with its country and places a meeting told where the report is at the dateline', () => {
    const w = { ...nowhere(), city: 'Oslo' };
    completeWhere(w);
    expect(w.country).toBe('Norway');
    const d = nowhere();
    placeFromDateline(d, 'Oslo', true);
    expect(d.city).toBe('Oslo');
    const later = nowhere();
    placeFromDateline(later, 'Oslo', false);
    expect(later.city).toBeNull();
  });

  it('gives the most specific place first', () => {
    expect(placeFields({ ...nowhere(), city: 'Oslo', country: 'Norway' })).toEqual({
      place: 'Oslo',
      city: 'Oslo',
      country: 'Norway',
    });
  });
});

describe('the place pass on clauses and descriptions', () => {
  it('locates a meeting "in the old city of" a named city', () => {
    const v = view('The two ministers will hold talks next week in the old port city of Bergen, Norway.', [
      { text: 'Bergen', kind: 'place', placeKind: 'city' },
      { text: 'Norway', kind: 'place', placeKind: 'country' },
    ]);
    expect(whereOf(v, spanOf(v, 'talks'))).toMatchObject({ city: 'Bergen' });
  });

  it('places a meeting of a ", where" clause at the place named just before it', () => {
    const v = view('The envoy flew home from Oslo, where she had attended several regional meetings.', [
      { text: 'Oslo', kind: 'place', placeKind: 'city' },
    ]);
    expect(whereOf(v, spanOf(v, 'meetings'))).toMatchObject({ city: 'Oslo', country: 'Norway' });
  });
});

describe('places of what a participle describes', () => {
  it('does not place a meeting where the people it is about are held', () => {
    const v = view('The envoy arrived in Oslo for talks on freeing sailors held in Bergen.', [
      { text: 'Oslo', kind: 'place', placeKind: 'city' },
      { text: 'Bergen', kind: 'place', placeKind: 'city' },
    ]);
    expect(whereOf(v, spanOf(v, 'talks')).city).toBe('Oslo');
    const held = view('The talks held in Bergen ended late.', [
      { text: 'Bergen', kind: 'place', placeKind: 'city' },
    ]);
    expect(whereOf(held, spanOf(held, 'talks')).city).toBe('Bergen');
    const passive = view('The harbour meeting on fishing was held in Bergen.', [
      { text: 'Bergen', kind: 'place', placeKind: 'city' },
    ]);
    expect(whereOf(passive, spanOf(passive, 'meeting')).city).toBe('Bergen');
  });
});
