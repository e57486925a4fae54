import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../../../src-main/core/extract/dates';
import { extractText } from '../../../../src-main/core/extract/index';
import { isDuration, settleYear } from '../../../../src-main/core/extract/grammar/time';

describe('the time pass', () => {
  it('reads "in 5 years" and "not exceeding two months" as spans, not dates', () => {
    expect(isDuration('their first talks in 5 years')).toBe(true);
    expect(isDuration('within a period not exceeding two months')).toBe(true);
    expect(isDuration('for the past two years')).toBe(true);
    expect(isDuration('two years ago')).toBe(false);
    expect(isDuration('on March 3')).toBe(false);
    expect(resolveDates('the first talks in 5 years between the two ministers', '2025-01-15')).toEqual([]);
  });

  it('gives "first talks in 5 years" no date five years ahead', () => {
    const x = extractText(
      'test.txt',
      'date: 2025-01-15\n\nPeruvian Foreign Minister Rosa Quispe and Chilean Foreign Minister Tomas Araya held their first talks in 5 years in Lima.\n',
    );
    for (const m of x.meetings) expect(m.date ?? '').not.toMatch(/^2030/);
  });

  it('resolves a weekday after the publication day forward for a planned meeting', () => {
    // 2025-01-15 is a Wednesday; the Friday of a planned meeting is the 17th, of a held one the 10th.
    const x = extractText(
      'test.txt',
      'date: 2025-01-15\n\nPeruvian Foreign Minister Rosa Quispe will meet Chilean Foreign Minister Tomas Araya in Lima on Friday.\n',
    );
    expect(x.meetings[0]).toMatchObject({ status: 'planned', date: '2025-01-17' });
  });

  it('places a year-less date of a past event before the report and of a coming one after it', () => {
    const ref = new Date(Date.UTC(2025, 0, 15, 12));
    expect(settleYear([2025, 3, 3], ref, false, true)).toEqual([2024, 3, 3]);
    expect(settleYear([2025, 1, 10], ref, false, true)).toEqual([2025, 1, 10]);
    expect(settleYear([2025, 3, 3], ref, true, true)).toEqual([2025, 3, 3]);
  });

  it('dates a follow-on meeting of the same visitor, in the next sentences, by the day of the visit', () => {
    const x = extractText(
      'test.txt',
      'date: 2024-05-15\n\nArgentine President Carlos Ruiz visited Chile on Monday, where he was received by President Ana Soto in Santiago. ' +
        'In addition to meeting with Soto, Ruiz visited Senate President Jorge Vidal and Court President Marta Rios.\n',
    );
    expect(x.meetings.map((m) => [m.participants[1], m.date])).toEqual([
      ['Ana Soto', '2024-05-13'],
      ['Jorge Vidal', '2024-05-13'],
      ['Marta Rios', '2024-05-13'],
    ]);
  });
});
