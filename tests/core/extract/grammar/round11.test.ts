import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';

const article = (body: string): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: 2025-01-15\n\n${body}\n`);

describe('round 11: false meetings', () => {
  it('takes no meeting from a source that has no information about one', () => {
    const x = article(
      'A spokesman for the ministry said the government did not have information about the reported meeting between Anna Berg and Tom Kell.',
    );
    expect(x.meetings).toHaveLength(0);
    const stated = article(
      'A spokesman for the ministry said Anna Berg and Tom Kell will meet in Oslo on Friday.',
    );
    expect(stated.meetings).toHaveLength(1);
  });

  it('takes no meeting from an agreement to resume talks with no date, but keeps a dated one', () => {
    const bare = article('Norway and Iceland agreed to resume their fisheries negotiations, officials said.');
    expect(bare.meetings).toHaveLength(0);
    const dated = article(
      'Norway and Iceland agreed to resume their fisheries negotiations on Monday in Oslo.',
    );
    expect(dated.meetings).toHaveLength(1);
  });

  it('takes no meeting from a record set by a visit ("the first … to visit X since"), but keeps the visit', () => {
    const record = article(
      'Anna Berg is the first Norwegian prime minister to visit Iceland since 1998 after former premier Tom Kell.',
    );
    expect(record.meetings).toHaveLength(0);
    const visit = article('Anna Berg will visit Iceland next week to meet Prime Minister Tom Kell.');
    expect(visit.meetings).toHaveLength(1);
  });
});
