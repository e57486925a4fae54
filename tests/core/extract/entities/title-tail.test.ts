import { describe, expect, it } from 'vitest';
import type { RawPerson } from '../../../../src-main/core/extract/entities/context';
import { cutTitleTails } from '../../../../src-main/core/extract/entities/title-tail';

/** A candidate name at `start`, after a title when `titled`. */
const raw = (name: string, start: number, titled: boolean): RawPerson => ({
  tokens: name.split(' '),
  start,
  end: start + name.length,
  sentence: 0,
  titleStart: titled ? start - 9 : start,
  role: null,
  roleCountry: null,
  strong: true,
});

describe('words glued between a title and a name', () => {
  it('gives them to the title when the name stands alone elsewhere in the article', () => {
    const out = cutTitleTails({
      fullNames: [raw('Northshire Ada Brenn', 100, true), raw('Ada Brenn', 300, false)],
      singles: [raw('Northshire', 500, true)],
    });
    expect(out.fullNames.map((r) => r.tokens.join(' '))).toEqual(['Ada Brenn', 'Ada Brenn']);
    expect(out.fullNames[0]?.start).toBe(111);
    expect(out.singles).toEqual([]);
  });

  it('gives them to the title when they stand alone after a title elsewhere', () => {
    const out = cutTitleTails({
      fullNames: [raw('Harbour Board Ivo Marr Dane', 100, true), raw('Harbour Board', 300, true)],
      singles: [],
    });
    expect(out.fullNames.map((r) => r.tokens.join(' '))).toEqual(['Ivo Marr Dane']);
  });

  it('leaves an untitled or two-word name alone', () => {
    const names = [
      raw('Ada Brenn Holt', 100, false),
      raw('Brenn Holt', 200, false),
      raw('Ivo Marr', 300, true),
    ];
    expect(cutTitleTails({ fullNames: names, singles: [] }).fullNames).toEqual(names);
  });
});
