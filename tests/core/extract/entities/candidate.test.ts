import { describe, expect, it } from 'vitest';
import {
  appositionToRole,
  notAPerson,
  personCandidate,
} from '../../../../src-main/core/extract/entities/candidate';
import { at, viewOf } from './view';

const spanAt = (toks: { text: string }[], first: string, length: number, titled = false) => {
  const from = toks.findIndex((t) => t.text === first);
  return { from, to: from + length, si: 0, titleFrom: 0, titled };
};

describe('person candidates', () => {
  it('an untitled name after "the" is a thing: the Golden Lantern', () => {
    const { view, toks } = viewOf('Thieves took the Golden Lantern from the hall.');
    expect(notAPerson(view, toks, spanAt(toks, 'Golden', 2), ['Golden', 'Lantern'])).toBe(true);
  });

  it('a name after "the" with a noun after it is still a person: the Lind government', () => {
    const { view, toks } = viewOf('Officials of the Anna Lind government resigned.');
    expect(notAPerson(view, toks, spanAt(toks, 'Anna', 2), ['Anna', 'Lind'])).toBe(false);
  });

  it('a plural of a people or of members names a group: Harbourians', () => {
    const { view, toks } = viewOf('The mayor will meet with Harbourians on Friday.');
    expect(notAPerson(view, toks, spanAt(toks, 'Harbourians', 1), ['Harbourians'])).toBe(true);
  });

  it('a run that ends on a title names an office: Forum Leaders', () => {
    const { view, toks } = viewOf('The Forum Leaders gathered.');
    expect(notAPerson(view, toks, spanAt(toks, 'Forum', 2), ['Forum', 'Leaders'])).toBe(true);
  });

  it('a lone unknown word after a preposition of place is a place', () => {
    const { view, toks } = viewOf('She will travel to Velmora soon.');
    expect(notAPerson(view, toks, spanAt(toks, 'Velmora', 1), ['Velmora'])).toBe(true);
  });

  it('a name set off by a comma after a title is a person', () => {
    const { toks } = viewOf('The Governor of the province, Arjun Velu, spoke.');
    expect(appositionToRole(toks, at(toks, 'Arjun'))).toBe(true);
    expect(appositionToRole(toks, at(toks, 'Governor'))).toBe(false);
  });

  it('a candidate that speaks is strong, with its title start kept', () => {
    const { view, toks } = viewOf('Tomas Lind said the meeting was useful.');
    expect(personCandidate(view, toks, spanAt(toks, 'Tomas', 2))).toMatchObject({
      tokens: ['Tomas', 'Lind'],
      strong: true,
      role: null,
      titleStart: 0,
    });
  });

  it('two capitalised words with no sign of a person are weak', () => {
    const { view, toks } = viewOf('Fighting near Velmor Yar continued.');
    expect(personCandidate(view, toks, spanAt(toks, 'Velmor', 2))?.strong).toBe(false);
  });
});
