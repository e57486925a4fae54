import { describe, expect, it } from 'vitest';
import type { MeetingReport } from '../../../src-main/core/merge/summary';
import { candidateQuery } from '../../../src-main/core/store/meeting-candidates';
import { runUntraced } from '../../../src-main/core/store/session';
import { meetingReport } from '../../fixtures/meeting-report';

const report = (over: Partial<MeetingReport>): MeetingReport =>
  meetingReport({
    reported: '2031-03-12',
    date: '2031-03-10',
    datePrecision: 'day',
    personIds: ['person:ada-quill'],
    ...over,
  });

const seeksOf = (r: MeetingReport) =>
  [...candidateQuery([r]).seeks.values()].map((s) => [s.id, s.span, s.from, s.to, s.start]);

describe('the merge-candidate lookup of a report (candidateQuery)', () => {
  it('seeks each key open once, then per width class from that many days before the first day', () => {
    expect(seeksOf(report({}))).toEqual([
      ['party|person:ada-quill|2031-03|-1', -1, '', '', ''],
      ['party|person:ada-quill|2031-03|0|2031-03-10|2031-03-10', 0, '2031-03-10', '2031-03-10', '2031-03-10'],
      ['party|person:ada-quill|2031-03|6|2031-03-10|2031-03-10', 6, '2031-03-04', '2031-03-10', '2031-03-10'],
      [
        'party|person:ada-quill|2031-03|30|2031-03-10|2031-03-10',
        30,
        '2031-02-08',
        '2031-03-10',
        '2031-03-10',
      ],
      [
        'party|person:ada-quill|2031-03|365|2031-03-10|2031-03-10',
        365,
        '2030-03-10',
        '2031-03-10',
        '2031-03-10',
      ],
    ]);
  });

  it('gives the same seeks when asked again, and other seeks for other days of the same key', () => {
    const first = seeksOf(report({}));
    expect(seeksOf(report({ articleId: 'article:b' }))).toEqual(first);
    const week = seeksOf(report({ date: '2031-03-10', datePrecision: 'week' }));
    expect(week[1]).toEqual([
      'party|person:ada-quill|2031-03|0|2031-03-10|2031-03-16',
      0,
      '2031-03-10',
      '2031-03-16',
      '2031-03-10',
    ]);
    expect(seeksOf(report({}))).toEqual(first);
  });

  it('reads an undated report’s keys whole', () => {
    const q = candidateQuery([report({ date: null, datePrecision: 'unknown' })]);
    expect(q.seeks.size).toBe(0);
    expect(q.undated.has('party|person:ada-quill|2031-03')).toBe(true);
  });
});

describe('runUntraced', () => {
  it('runs the statement and gives the stack-trace limit back, even when the run throws', async () => {
    const limit = Error.stackTraceLimit;
    const seen: number[] = [];
    const ok = {
      run: (q: string) => (
        seen.push(Error.stackTraceLimit),
        Promise.resolve({ records: [{ get: () => q }] })
      ),
    };
    const res = await runUntraced(ok, 'RETURN 1', {});
    expect(res.records[0]!.get('x')).toBe('RETURN 1');
    expect(seen).toEqual([0]);
    expect(Error.stackTraceLimit).toBe(limit);
    const failing = {
      run: (): never => {
        throw new Error('refused');
      },
    };
    expect(() => runUntraced(failing, 'RETURN 1', {})).toThrow('refused');
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
