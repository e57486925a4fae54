import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src-main/core/lexicon/sentences';

describe('splitSentences', () => {
  it('keeps abbreviations, initials and dates inside their sentence', () => {
    const text =
      'The U.S. delegation left on Feb. 27 with Mr. J. Smith. It ended at 1 p.m., late. Russia and the U.S. The talks went on.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The U.S. delegation left on Feb. 27 with Mr. J. Smith.',
      'It ended at 1 p.m., late.',
      'Russia and the U.S.',
      'The talks went on.',
    ]);
  });

  it('gives offsets that point into the text and paragraph numbers', () => {
    const text = 'First one. "Second," he said.\n\nNew paragraph here!';
    const sentences = splitSentences(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('ends a sentence at a paragraph break even without punctuation', () => {
    expect(splitSentences('A heading\n\nThe body.').map((s) => s.text)).toEqual(['A heading', 'The body.']);
  });
});
