import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../../src-main/common/graph';
import {
  captionSources,
  citeCaptionSource,
  describeFilter,
  estimateTextWidth,
  layoutCaption,
  wrapText,
} from '../../../src-renderer/export/caption';

const meeting = (id: string, articles: string[]): MeetingRecord => ({
  id,
  participants: [],
  participant_groups: [],
  place: null,
  city: null,
  country: null,
  date: null,
  date_precision: 'unknown',
  topic: null,
  status: 'held',
  status_history: [],
  sources: articles.map((a) => ({
    articleId: a,
    title: `Title ${a}`,
    outlet: 'Outlet',
    published: '2025-04-10',
    url: `https://example.com/${a}`,
    status: 'held',
    evidence: 'x',
    evidenceStart: null,
    evidenceEnd: null,
  })),
});

describe('caption', () => {
  it('numbers each article once, in order of first citation', () => {
    const sources = captionSources([meeting('m1', ['a', 'b']), meeting('m2', ['b', 'c'])]);
    expect(sources.map((s) => s.title)).toEqual(['Title a', 'Title b', 'Title c']);
    expect(citeCaptionSource(sources[1]!, 1)).toBe(
      '[2] Outlet, “Title b”, 2025-04-10, https://example.com/b',
    );
  });

  it('describes the filters in effect in words', () => {
    expect(
      describeFilter({
        view: 'whoMetWhom',
        statuses: ['held', 'planned'],
        from: '2025-04-01',
        to: '2025-04-30',
        asOf: '2025-04-09',
        outlets: ['TASS'],
      }),
    ).toEqual([
      'View: who met whom',
      'Status: held, planned',
      'Dates: 2025-04-01 to 2025-04-30',
      'As known on 2025-04-09',
      'Outlets: TASS',
    ]);
    expect(describeFilter({ view: 'meetings', to: '2025' })).toEqual(['View: meetings', 'Dates: up to 2025']);
  });

  it('wraps long lines by words and breaks a long URL by characters', () => {
    const measure = (t: string) => t.length * 10;
    expect(wrapText('aaa bbb ccc', 70, measure)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('https://example.com/very/long', 100, measure)).toEqual([
      'https://ex',
      'ample.com/',
      'very/long',
    ]);
    for (const line of wrapText('one 😀😀😀😀😀😀😀😀😀😀😀😀😀 two', 40, measure))
      expect(line.length).toBeGreaterThan(0);
  });

  it('lays out nothing for an empty caption and grows with its sources', () => {
    expect(layoutCaption({}, 400).height).toBe(0);
    const short = layoutCaption({ title: 'T', sources: [] }, 400);
    const long = layoutCaption({ title: 'T', sources: captionSources([meeting('m', ['a', 'b', 'c'])]) }, 400);
    expect(long.height).toBeGreaterThan(short.height);
    for (const line of long.lines)
      expect(estimateTextWidth(line.text, line.fontSize, line.bold)).toBeLessThanOrEqual(400 - 32);
  });
});
