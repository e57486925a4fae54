import { describe, expect, it } from 'vitest';
import { coverageText } from '../../../src-renderer/state/coverage';

const full = { shown: 10, total: 10 };

describe('the coverage banner text', () => {
  it('says nothing when no limit cut the view', () => {
    expect(coverageText({ meetings: full, mentioned: full, entities: full })).toBeNull();
    expect(coverageText(undefined)).toBeNull();
  });

  it('names every limit that cut the view with its true count', () => {
    const text = coverageText({
      meetings: { shown: 5000, total: 9947 },
      mentioned: { shown: 3000, total: 3100 },
      entities: { shown: 3000, total: 12400 },
    });
    expect(text).toContain('Showing 3,000 of 12,400 entities');
    expect(text).toContain('9,400 not drawn');
    expect(text).toContain('newest 5,000 of 9,947 meetings');
    expect(text).toContain('3,000 of 3,100 people');
  });

  it('says all entities are drawn when only the meetings were cut', () => {
    const text = coverageText({ meetings: { shown: 5000, total: 5050 }, mentioned: full, entities: full });
    expect(text).toMatch(
      /^Showing all 10 entities of these meetings · built from the newest 5,000 of 5,050 meetings/,
    );
  });
});

describe('the coverage banner with clusters', () => {
  it('counts what is not drawn in clusters once they are known', () => {
    const coverage = {
      meetings: { shown: 400, total: 10_120 },
      mentioned: full,
      entities: { shown: 800, total: 12_400 },
    };
    expect(coverageText(coverage, null)).toContain('11,600 not drawn');
    const clusters = {
      members: 11_600,
      clusters: Array.from({ length: 37 }, (_, i) => ({
        id: `cluster:${i}`,
        keys: [String(i)],
        label: `C${i}`,
        anchorId: null,
        count: i === 0 ? 11_600 - 36 : 1,
        kinds: { person: 1 },
        links: [],
        linksOmitted: 0,
      })),
    };
    expect(coverageText(coverage, clusters)).toMatch(
      /^Showing 800 of 12,400 entities \(the most connected\); 11,600 more in 37 clusters \(click one to open it\)/,
    );
  });
});
