import { describe, expect, it } from 'vitest';
import { determinerOf, referenceOf } from '../../../../src-main/core/extract/grammar/reference';
import { findTriggers } from '../../../../src-main/core/extract/grammar/triggers';

const refOf = (s: string, word: string) => {
  const t = findTriggers(s).find((x) => x.word === word);
  if (!t) throw new Error(word);
  return referenceOf(s, t);
};

describe('the reference rule of the trigger pass', () => {
  it('finds the determiner of a meeting noun over its modifiers', () => {
    expect(determinerOf('They spoke after the second round of direct ').det).toBe('the');
    expect(determinerOf('They began ').det).toBeNull();
    expect(determinerOf('The row came up in the fisheries ').prep).toBe('in');
  });

  it('reads "the talks" as a reference and "another round of talks" as a new meeting', () => {
    expect(refOf('The talks ended late on Friday.', 'talks')).toMatchObject({
      reference: true,
      fresh: false,
    });
    expect(refOf('They agreed to another round of talks in June.', 'talks')).toMatchObject({
      reference: false,
      fresh: true,
    });
  });

  it('reads a name among the modifiers as a meeting of its own', () => {
    expect(refOf('The Harbour Board meeting ran long.', 'meeting')).toMatchObject({
      reference: true,
      fresh: true,
    });
  });

  it('marks a reference after "on" or "about" as the topic of another statement', () => {
    expect(refOf('Reporters asked her about the talks.', 'talks').topicRef).toBe(true);
  });

  it('never makes a verb a reference', () => {
    expect(refOf('The envoys met in the old town.', 'met').reference).toBe(false);
  });
});
