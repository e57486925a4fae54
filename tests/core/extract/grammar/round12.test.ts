import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';

const article = (body: string, date = '2024-05-10'): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: ${date}\n\n${body}\n`);
const names = (x: ReturnType<typeof extractText>): string[] => x.people.map((p) => p.name);

describe('round 12: people who are not people', () => {
  it('takes no person from the name of a storm', () => {
    const x = article(
      'The state visit of President Lena Oram was called off because of Typhoon Marisol, officials said.',
    );
    expect(names(x)).toEqual(['Lena Oram']);
  });

  it('takes no person from a list of ministries', () => {
    const x = article(
      'Officials from the Ministries of Fisheries, Harbours and Coastal Works, Tourism and Energy held talks with Kenyan officials on Tuesday.',
    );
    expect(names(x)).toEqual([]);
  });
});

describe('round 12: wordings of a meeting', () => {
  it('reads "welcomed his Aldorian counterpart X" as a meeting held', () => {
    const x = article(
      'Foreign Minister Pavel Ostrov on Thursday welcomed his Aldorian counterpart Mira Kestel at the foreign ministry in Velgrad.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ participants: ['Pavel Ostrov', 'Mira Kestel'], status: 'held' });
    expect(x.meetings[0]?.trigger).toBe('welcomed');
  });

  it('reads a tête-à-tête, however it is spelt, as a meeting', () => {
    for (const word of ['tête-à-tête', 'tete-a-tete', 'tete-e-tete']) {
      const x = article(
        `President Lena Oram and Prime Minister Ivo Brand held a ${word} in Velgrad on Monday.`,
      );
      expect(x.meetings.map((m) => m.participants)).toEqual([['Lena Oram', 'Ivo Brand']]);
    }
  });

  it('keeps the gathering two leaders attended after their talks as a meeting of its own', () => {
    const x = article(
      'President Lena Oram met Prime Minister Ivo Brand in Velgrad on Monday. Both heads of state attended the closing of the Regional Conference on Water Security.',
    );
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings[1]?.participants).toEqual(['Lena Oram', 'Ivo Brand']);
    expect(x.meetings[1]?.trigger).toBe('Conference');
  });
});

describe('round 12: who a description stands for', () => {
  it('resolves "The U.S. president" to the one U.S. President named before', () => {
    const x = article(
      'U.S. President Tom Harlan will fly to Lima next week. The U.S. president had already scrapped a meeting with Mira Kestel.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ participants: ['Tom Harlan', 'Mira Kestel'], status: 'cancelled' });
  });

  it('reads "Latin American" as no country', () => {
    const x = article(
      'President Lena Oram met Prime Minister Ivo Brand at the Latin American Water Forum in Lima on Monday.',
    );
    expect(x.meetings[0]?.participant_groups ?? []).not.toContain('United States');
  });
});
