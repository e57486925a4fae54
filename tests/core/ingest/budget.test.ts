// Extraction with a budget: cost linear in the length of text without punctuation, and a per-file time
// limit that stops the worker, reports the file and lets the batch go on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src-main/core/extract/index';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../src-main/core/lexicon/sentences';
import { ExtractionPool, WALL_BACKSTOP } from '../../../src-main/core/ingest/pool';
import { unpunctuatedText } from '../../fixtures/unpunctuated';

const cpuMs = (fn: () => void): number => {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

describe('long text without punctuation', () => {
  it('is cut into sentences of bounded length that still cover every word', () => {
    const text = unpunctuatedText(50_000);
    const sentences = splitSentences(text);
    expect(Math.max(...sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(sentences.map((s) => s.text).join(' ')).toBe(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('costs time linear in its length: four times the text takes well under eight times the CPU', () => {
    extractText('warm-up.txt', unpunctuatedText(5_000));
    const small = cpuMs(() => extractText('small.txt', unpunctuatedText(25_000)));
    const large = cpuMs(() => extractText('large.txt', unpunctuatedText(100_000)));
    // Quadratic growth (the cost before the fix) would be 16 times; linear is 4.
    expect(large / small).toBeLessThan(8);
  }, 300_000);
});

describe('the per-file time limit', () => {
  it('stops a 200 KB unpunctuated file at its limit, names it with the reason, and extracts the next file', async () => {
    const pool = new ExtractionPool(1, { fileTimeoutMs: 3000 });
    try {
      const long = new TextEncoder().encode(unpunctuatedText(200_000));
      const stopped = pool.extract({ name: 'long.txt', bytes: long });
      const next = pool.extract({
        name: 'short.txt',
        bytes: readFileSync(join(__dirname, '..', '..', 'fixtures', 'articles', 'no-meetings.txt')),
      });
      const outcome = await stopped;
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.error.code).toBe('EXTRACTION_TIMEOUT');
        expect(outcome.error.message).toBe(
          'long.txt: extraction took longer than 3 s and was stopped (raise the limit with --file-timeout or RENDEZVOUS_FILE_TIMEOUT).',
        );
        // Stopped within its limit: the worker's own CPU time (a busy machine does not count against it),
        // checked four times a second; wall-clock time is only a backstop.
        const used = outcome.error.details as { cpuMs: number | null; wallMs: number };
        if (used.cpuMs !== null) {
          expect(used.cpuMs).toBeLessThan(3000 + 1000);
          if (used.cpuMs < 3000) expect(used.wallMs).toBeGreaterThanOrEqual(3000 * WALL_BACKSTOP);
        } else expect(used.wallMs).toBeLessThan(3000 + 1000);
      }
      const after = await next;
      expect(after.ok, after.ok ? '' : after.error.message).toBe(true);
    } finally {
      await pool.close();
    }
  }, 300_000);
});
