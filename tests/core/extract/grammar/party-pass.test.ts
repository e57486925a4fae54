import { describe, expect, it } from 'vitest';
import {
  eligibleGroup,
  eligiblePerson,
  partiesOf,
  roleMentions,
} from '../../../../src-main/core/extract/grammar/parties';
import { spanOf, view } from './view';

describe('the parties pass', () => {
  it('puts the subject and the object of "met" at the table, not a possessor or an object of "to"', () => {
    const v = view('Mara Ellison met Tomas Ruiz to deliver a letter to Ines Vale.', [
      { text: 'Mara Ellison', kind: 'person' },
      { text: 'Tomas Ruiz', kind: 'person' },
      { text: 'Ines Vale', kind: 'person' },
    ]);
    expect(partiesOf(v, spanOf(v, 'met'), false, []).names).toEqual(['Mara Ellison', 'Tomas Ruiz']);
    const own = view("Ines Vale's aide met the press.", [{ text: 'Ines Vale', kind: 'person' }]);
    expect(eligiblePerson(own.s, own.local[0] as never)).toBe(false);
  });

  it('does not take a country of a currency, a place or a described noun for a party', () => {
    const v = view(
      'Lorvania signed a deal worth 4 billion Lorvanian dollars in Estmark with Norlish companies.',
      [
        { text: 'Lorvania', kind: 'group', name: 'Lorvania' },
        { text: 'Lorvanian', kind: 'group', name: 'Lorvania' },
        { text: 'Estmark', kind: 'group', name: 'Estmark' },
        { text: 'Norlish', kind: 'group', name: 'Norland' },
      ],
    );
    const eligible = v.local.map((m) => eligibleGroup(v.s, m, v.people, 200));
    expect(eligible).toEqual([true, false, false, false]);
  });

  it('takes only "with X" parties for a reference to a meeting already told', () => {
    const v = view('Mara Ellison said the talks with Tomas Ruiz went well.', [
      { text: 'Mara Ellison', kind: 'person' },
      { text: 'Tomas Ruiz', kind: 'person' },
    ]);
    const p = partiesOf(v, spanOf(v, 'talks'), true, []);
    expect(p.names).toEqual(['Tomas Ruiz']);
    expect(p.allNames).toContain('Tomas Ruiz');
  });

  it('resolves "the Chilean president" to the one Chilean the article calls president', () => {
    const roster = [
      { name: 'Ada Brenn', aliases: [], roles: ['President'], affiliation: 'Chile' },
      { name: 'Ivo Marr', aliases: [], roles: ['Finance Minister'], affiliation: 'Chile' },
    ];
    expect(roleMentions('a visit by the Chilean president', roster)).toEqual(['Ada Brenn']);
    expect(roleMentions('a visit by the Chilean envoy', roster)).toEqual([]);
  });
});
