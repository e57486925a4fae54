import { describe, expect, it } from 'vitest';
import { resolveDates, resolveRelativeDate } from '../../../src-main/core/extract/dates';

describe('resolveRelativeDate', () => {
  it('resolves days against the publication date', () => {
    expect(resolveRelativeDate('on April 10', '2025-04-08', true)).toEqual({
      date: '2025-04-10',
      precision: 'day',
    });
    expect(resolveRelativeDate('on Feb. 27', '2025-04-10')).toEqual({ date: '2025-02-27', precision: 'day' });
    expect(resolveRelativeDate('Only today', '2025-06-02')).toEqual({ date: '2025-06-02', precision: 'day' });
    expect(resolveRelativeDate('on Wednesday 6 August', '2025-08-06')).toEqual({
      date: '2025-08-06',
      precision: 'day',
    });
  });

  it('looks forward for planned meetings and back for held ones', () => {
    expect(resolveRelativeDate('on Wednesday', '2025-02-18', true)).toEqual({
      date: '2025-02-19',
      precision: 'day',
    });
    expect(resolveRelativeDate('next Saturday', '2025-04-12', true)).toEqual({
      date: '2025-04-19',
      precision: 'day',
    });
    expect(resolveRelativeDate('on Tuesday', '2025-04-10', false)).toEqual({
      date: '2025-04-08',
      precision: 'day',
    });
  });

  it('gives weeks, months and years their precision', () => {
    expect(resolveRelativeDate('last week', '2025-04-10')).toEqual({ date: '2025-04-03', precision: 'week' });
    expect(resolveRelativeDate('Earlier this month', '2025-04-08')).toEqual({
      date: '2025-04',
      precision: 'month',
    });
    expect(resolveRelativeDate('in March', '2025-04-08')).toEqual({ date: '2025-03', precision: 'month' });
    expect(resolveRelativeDate('in February', '2025-03-14')).toEqual({ date: '2025-02', precision: 'month' });
    expect(resolveRelativeDate('last year', '2025-06-02')).toEqual({ date: '2024', precision: 'year' });
    expect(resolveRelativeDate('in 2023', '2025-06-02')).toEqual({ date: '2023', precision: 'year' });
  });

  it('ignores times of day and says unknown when there is no date', () => {
    expect(resolveRelativeDate('late in the evening', '2025-03-14')).toEqual({
      date: null,
      precision: 'unknown',
    });
    expect(resolveRelativeDate('at 1 p.m.', '2025-06-02')).toEqual({ date: null, precision: 'unknown' });
    expect(resolveRelativeDate('for weeks', '2025-06-02')).toEqual({ date: null, precision: 'unknown' });
  });

  it('reports where each date sits in the text', () => {
    const text = 'Peskov said on April 8 that talks will take place on April 10.';
    const dates = resolveDates(text, '2025-04-08', true);
    expect(dates.map((d) => [d.date, text.slice(d.index, d.index + d.length)])).toEqual([
      ['2025-04-08', 'April 8'],
      ['2025-04-10', 'April 10'],
    ]);
  });
});

describe('without a publication date', () => {
  it('keeps only dates that carry their year', () => {
    expect(resolveRelativeDate('on April 10', null)).toEqual({ date: null, precision: 'unknown' });
    expect(resolveRelativeDate('last week', null)).toEqual({ date: null, precision: 'unknown' });
    expect(resolveRelativeDate('on April 10, 2025', null)).toEqual({ date: '2025-04-10', precision: 'day' });
  });
});
