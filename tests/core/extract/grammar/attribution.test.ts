import { describe, expect, it } from 'vitest';
import {
  attributionOf,
  attributionRanges,
  inRanges,
} from '../../../../src-main/core/extract/grammar/attribution';
import { view } from './view';

describe('the attribution pass', () => {
  it('finds a closing "…, X said" and an opening "According to Y"', () => {
    const s = 'The ministers met in the capital, a spokesman said.';
    const [range] = attributionRanges(s);
    expect(range && s.slice(range[0], range[1])).toBe(', a spokesman said.');
    const lead = 'According to the Harbour Gazette, the ministers met twice.';
    expect(attributionRanges(lead).some(([a]) => a === 0)).toBe(true);
  });

  it('does not take a lead clause that names a meeting for an attribution', () => {
    expect(attributionRanges('After the talks he said nothing more').some(([a]) => a === 0)).toBe(false);
  });

  it('tells the announcer from the outlet that reported', () => {
    const v = view('Mara Ellison said the envoys met twice, according to the Harbour Gazette.', [
      { text: 'Mara Ellison', kind: 'person' },
      { text: 'Harbour Gazette', kind: 'org' },
    ]);
    expect(attributionOf(v.s, v.local, v.attributions)).toEqual({
      announcedBy: 'Mara Ellison',
      reportedBy: 'Harbour Gazette',
    });
  });

  it('places an offset inside or outside ranges', () => {
    expect(inRanges(3, [[0, 5]])).toBe(true);
    expect(inRanges(5, [[0, 5]])).toBe(false);
  });
});
