import { describe, expect, it } from 'vitest';
import { highlightSegments, highlightTerms } from '../../../src-renderer/panels/evidence';
import { binTimeline } from '../../../src-renderer/panels/timeline';

describe('evidence highlighting', () => {
  const meeting = {
    participants: ['Steve Witkoff', 'Kirill Dmitriev'],
    participant_groups: [],
    place: 'White House',
    city: 'Washington',
    country: null,
    topic: 'sanctions relief',
  };

  it('marks full names, surnames, the place and the topic', () => {
    const text = 'Dmitriev met Steve Witkoff at the White House on April 2 to discuss sanctions relief.';
    const marked = highlightSegments(text, highlightTerms(meeting))
      .filter((s) => s.mark)
      .map((s) => s.text);
    expect(marked).toEqual(['Dmitriev', 'Steve Witkoff', 'White House', 'sanctions relief']);
  });

  it('keeps the text intact and marks only whole words', () => {
    const text = 'The Witkoffs arrived; Witkoff spoke.';
    const segments = highlightSegments(text, ['Witkoff']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Witkoff']);
  });

  it('treats terms as text, not patterns', () => {
    expect(highlightSegments('a (b) c', ['(b)']).filter((s) => s.mark)).toEqual([
      { text: '(b)', mark: true },
    ]);
    expect(highlightSegments('plain', [])).toEqual([{ text: 'plain', mark: false }]);
  });
});

describe('the timeline', () => {
  it('bins by day over a short span, summing statuses', () => {
    const bins = binTimeline([
      { date: '2025-04-10', precision: 'day', status: 'held', count: 1 },
      { date: '2025-04-10', precision: 'day', status: 'planned', count: 2 },
      { date: '2025-02-27', precision: 'day', status: 'held', count: 1 },
    ]);
    expect(bins.map((b) => b.key)).toEqual(['2025-02-27', '2025-04-10']);
    expect(bins[1]).toMatchObject({
      from: '2025-04-10',
      to: '2025-04-10',
      count: 3,
      byStatus: { held: 1, planned: 2 },
    });
  });

  it('bins by month over a long span or coarse dates, and leaves out undated meetings', () => {
    const bins = binTimeline([
      { date: '2024-11-05', precision: 'day', status: 'held', count: 1 },
      { date: '2025-02', precision: 'month', status: 'planned', count: 1 },
      { date: '2025', precision: 'year', status: 'held', count: 1 },
      { date: 'unknown', precision: 'unknown', status: 'held', count: 4 },
    ]);
    expect(bins.map((b) => [b.key, b.from, b.to])).toEqual([
      ['2024-11', '2024-11-01', '2024-11-30'],
      ['2025-02', '2025-02-01', '2025-02-28'],
    ]);
  });
});
