import { describe, expect, it } from 'vitest';
import {
  isNameWord,
  personNameKey,
  sameFullName,
  surnameOf,
} from '../../../../src-main/core/extract/entities/names';

describe('name words and keys', () => {
  it('a name word is capitalised, an initial, or a prefixed family name', () => {
    expect(['Berg', 'J.', 'McAllister', "O'Hara", 'al-Rashid', 'Li'].every(isNameWord)).toBe(true);
    expect(['berg', 'BERG1', 'iPhone'].some(isNameWord)).toBe(false);
  });

  it('a name key folds case and accents and drops honorifics', () => {
    expect(personNameKey('Dr. Ánna Berg')).toBe('anna berg');
    expect(surnameOf('Mr Tomas Lind')).toBe('lind');
  });

  it('two spellings are one person with the same surname and first initial', () => {
    expect(sameFullName('Anna Berg', 'A. Berg')).toBe(true);
    expect(sameFullName('Anna Berg', 'Bo Berg')).toBe(false);
    expect(sameFullName('Anna Berg', 'Anna Lind')).toBe(false);
  });
});
