import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';
import { isNewDate, rescheduledDate } from '../../../../src-main/core/extract/grammar/reschedule';

const article = (body: string): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: 2025-01-15\n\n${body}\n`);

describe('blocs and alliances, meetings of an organisation, rescheduled meetings', () => {
  it('reads the name before "trade bloc" or "alliance" as an organisation at the table', () => {
    const x = article('The Norvalo trade bloc will meet in Lyon on Friday to discuss tariffs.');
    expect(x.organizations.map((o) => o.name)).toContain('Norvalo');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participant_groups).toEqual(['Norvalo']);
  });

  it('takes the organisation of "the meeting of the X alliance" as its party', () => {
    const x = article('The annual meeting of the Harbour alliance took place in Lyon on Monday.');
    expect(x.meetings[0]?.participant_groups).toEqual(['Harbour']);
  });

  it('finds the new date of a rescheduled meeting', () => {
    const s = 'The session set for Sunday has been postponed to January 22.';
    expect(isNewDate(s, s.indexOf('January'))).toBe(true);
    expect(isNewDate(s, s.indexOf('Sunday'))).toBe(false);
    expect(rescheduledDate(s, '2025-01-15')).toEqual({ date: '2025-01-22', precision: 'day' });
    expect(rescheduledDate('The session was called off.', '2025-01-15')).toBeNull();
  });

  it('splits a postponed meeting into the one called off and the one planned at the new date', () => {
    const x = article(
      'The ministerial meeting of the Harbour alliance initially slated for Sunday has been postponed to January 22.',
    );
    expect(x.meetings.map((m) => [m.status, m.date])).toEqual([
      ['cancelled', '2025-01-19'],
      ['planned', '2025-01-22'],
    ]);
  });
});
