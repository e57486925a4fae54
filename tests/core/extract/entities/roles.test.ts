import { describe, expect, it } from 'vitest';
import { cleanRole, roleOf } from '../../../../src-main/core/extract/entities/roles';
import { at, viewOf } from './view';

describe('titles stripped into roles', () => {
  it('the title before a name is the role, and its country is the role’s country', () => {
    const { toks } = viewOf('The Kenyan Foreign Minister Anna Berg arrived.');
    const from = at(toks, 'Anna');
    expect(roleOf(toks, from, from + 2)).toEqual({
      role: 'Kenyan Foreign Minister',
      country: 'Kenya',
      roleStart: toks[at(toks, 'Kenyan')]!.start,
    });
  });

  it('an apposition after the name is the role when it holds a role noun', () => {
    const { toks } = viewOf('Tomas Lindqvist, a senior adviser to the Chilean president, said so.');
    const role = roleOf(toks, 0, 2);
    expect(role.role).toBe('senior adviser to the Chilean president');
    expect(role.country).toBe('Chile');
  });

  it('a clause after the name is no role', () => {
    const { toks } = viewOf('Tomas Lindqvist, who was the adviser, said so.');
    expect(roleOf(toks, 0, 2).role).toBeNull();
  });

  it('a role loses its article and possessive owner', () => {
    expect(cleanRole('the Council’s deputy chair')).toBe('deputy chair');
    expect(cleanRole('a senior adviser')).toBe('senior adviser');
  });
});
