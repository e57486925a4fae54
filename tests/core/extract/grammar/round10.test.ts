import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';

const article = (body: string): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: 2025-01-15\n\n${body}\n`);

describe('round 10: false meetings', () => {
  it('takes no meeting from one country alone with nobody named, but keeps a bloc alone', () => {
    const host = article('Norway has offered to host the summit next month.');
    expect(host.meetings).toHaveLength(0);
    const bloc = article('The G7 will meet in Rome on March 3.');
    expect(bloc.meetings).toHaveLength(1);
  });
});
