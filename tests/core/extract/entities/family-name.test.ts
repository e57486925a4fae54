import { describe, expect, it } from 'vitest';
import {
  familyNameFirst,
  initialsAt,
  placeAsSurname,
} from '../../../../src-main/core/extract/entities/family-name';
import { at, viewOf } from './view';

describe('family name first, initials, and surnames that are places', () => {
  it('a family name in capitals before a titled given name gives the name in the usual order', () => {
    const { view, toks } = viewOf('Foreign Minister SATO Kenji will visit Lima.');
    const pos = at(toks, 'SATO');
    expect(familyNameFirst(view, toks, pos, pos + 2, true)).toEqual(['Kenji', 'Sato']);
  });

  it('an untitled pair of capitals that the tagger does not know as a name is left alone', () => {
    const { view, toks } = viewOf('GRAIN Exports rose again.');
    expect(familyNameFirst(view, toks, 0, 2, false)).toBeNull();
  });

  it('two capitals before a name are initials, but not before a title', () => {
    const one = viewOf('AB Lindqvist spoke first.');
    expect(initialsAt(one.toks, 0, 2)).toBe(true);
    const two = viewOf('XYZ Chairman Tomas Lind spoke first.');
    expect(initialsAt(two.toks, 0, 4)).toBe(false);
  });

  it('a city after a titled first and middle name is the surname', () => {
    const { view, toks } = viewOf('Defence Secretary Paul Erik Houston spoke.');
    const pos = at(toks, 'Paul');
    const e = at(toks, 'Houston');
    expect(placeAsSurname(view, toks, { pos, e, to: e + 1 }, true)).toBe(true);
    expect(placeAsSurname(view, toks, { pos, e, to: e + 2 }, true)).toBe(false);
  });
});
