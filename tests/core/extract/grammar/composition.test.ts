import { describe, expect, it } from 'vitest';
import {
  addAffiliations,
  addMembers,
  statesComposition,
} from '../../../../src-main/core/extract/grammar/composition';
import { meeting, view } from './view';

describe('the composition pass', () => {
  it('recognises sentences that say who made up a meeting', () => {
    expect(statesComposition('The harbour delegation was led by the deputy mayor.')).toBe(true);
    expect(statesComposition('The three guests were A, B and C.')).toBe(true);
    expect(statesComposition('The mayors met on Friday.')).toBe(false);
    expect(statesComposition('Also attending the meeting were two harbour envoys.')).toBe(true);
  });

  it('adds the people a composition sentence names to the last meeting nearby', () => {
    const m = meeting({ people: ['Mara Ellison', 'Tomas Ruiz'], sentences: [0] });
    const v = view('She was accompanied by Ines Vale.', [{ text: 'Ines Vale', kind: 'person' }], 1);
    addMembers([m], null, v);
    expect(m.people).toContain('Ines Vale');
    expect(m.sentences).toEqual([0, 1]);
    const far = view('She was accompanied by Ivo Marr.', [{ text: 'Ivo Marr', kind: 'person' }], 9);
    addMembers([m], null, far);
    expect(m.people).not.toContain('Ivo Marr');
  });

  it('adds the countries of a meeting’s people named in its sentence', () => {
    const m = meeting({ people: ['Mara Ellison'], sentences: [0] });
    addAffiliations(
      [m],
      view('Mara Ellison met him.', [{ text: 'Mara Ellison', kind: 'person', country: 'Chile' }]),
    );
    expect(m.affiliations).toEqual(['Chile']);
  });
});
