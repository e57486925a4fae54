import { describe, expect, it } from 'vitest';
import { finish, inheritParties, splitOf } from '../../../../src-main/core/extract/grammar/finish';
import { article, meeting } from './view';

describe('the final shape of a meeting', () => {
  it('takes the parties of the meeting before for "the two sides"', () => {
    const before = meeting({ groups: ['Chile'], affiliations: ['Peru'] });
    const m = meeting({ inheritParties: true });
    inheritParties(m, [before]);
    expect(m.groups.sort()).toEqual(['Chile', 'Peru']);
  });

  it('splits "visited A and B" into one meeting per counterpart', () => {
    const marks = [
      { text: 'Mara Ellison', kind: 'person' as const },
      { text: 'Tomas Ruiz', kind: 'person' as const },
      { text: 'Ines Vale', kind: 'person' as const },
    ];
    const art = article(['Mara Ellison separately met Tomas Ruiz and Ines Vale.'], [marks]);
    const m = meeting({ people: ['Mara Ellison', 'Tomas Ruiz', 'Ines Vale'] });
    expect(splitOf(m, art)).toEqual([
      ['Mara Ellison', 'Tomas Ruiz'],
      ['Mara Ellison', 'Ines Vale'],
    ]);
    expect(finish(m, 0, [m], art).map((x) => x.participants)).toHaveLength(2);
  });

  it('drops a meeting of one person with no counterpart and no place', () => {
    const art = article(['Mara Ellison attended a summit.']);
    expect(finish(meeting({ people: ['Mara Ellison'] }), 0, [], art)).toEqual([]);
  });

  it('never leaves a held meeting dated after its report', () => {
    const art = article(['A met B.'], [], '2031-05-14');
    const m = meeting({ people: ['A', 'B'], date: { date: '2031-05-20', precision: 'day' } });
    const [out] = finish(m, 0, [m], art);
    expect(out?.status).toBe('planned');
    expect(out?.evidence).toBe('A met B.');
    expect(out?.confidence).toBeGreaterThan(0);
  });
});
