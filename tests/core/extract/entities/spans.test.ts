import { describe, expect, it } from 'vitest';
import { capitalisedRuns } from '../../../../src-main/core/extract/entities/spans';
import { tokenize } from '../../../../src-main/core/extract/tokens';

const runsOf = (text: string): string[] => {
  const toks = tokenize(text);
  return capitalisedRuns(toks).map((r) =>
    toks
      .slice(r.from, r.to)
      .map((t) => t.text)
      .join(' '),
  );
};

describe('candidate spans', () => {
  it('are the runs of capitalised words, with name particles between capitals kept inside', () => {
    expect(runsOf('Yesterday the envoy Anna van der Berg met Tomas Lind in Oslo.')).toEqual([
      'Yesterday',
      'Anna van der Berg',
      'Tomas Lind',
      'Oslo',
    ]);
  });

  it('end at a particle that no capital follows', () => {
    expect(runsOf('The house of Berg van the old town')).toEqual(['The', 'Berg']);
  });

  it('carry a prefixed family name inside the run: Karim al-Rashid', () => {
    expect(runsOf('Minister Karim al-Rashid spoke.')).toEqual(['Minister Karim al-Rashid']);
  });
});
