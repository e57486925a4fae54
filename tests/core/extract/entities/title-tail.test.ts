import { describe, expect, it } from 'vitest';
import { titledPlaceStart } from '../../../../src-main/core/extract/entities/candidate';
import type { RawPerson } from '../../../../src-main/core/extract/entities/context';
import { cutTitleTails } from '../../../../src-main/core/extract/entities/title-tail';
import { tokenize } from '../../../../src-main/core/extract/tokens';

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

describe('a name after a title and its place', () => {
  it('is the title holder, titled from the title word', () => {
    const toks = tokenize('Also present was Harbour Ambassador to Norway Ada Brenn.', 0);
    const from = toks.findIndex((t) => t.text === 'Ada');
    expect(titledPlaceStart(toks, from)).toBe(toks.find((t) => t.text === 'Ambassador')?.start);
    const plain = tokenize('The trip to Norway Ada Brenn planned fell through.', 0);
    expect(
      titledPlaceStart(
        plain,
        plain.findIndex((t) => t.text === 'Ada'),
      ),
    ).toBeNull();
  });
});
