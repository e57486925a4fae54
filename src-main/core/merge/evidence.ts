// Finding the sentence of the article text that states a fact, with its offsets.
import type { EvidenceSpan } from '../../common/extraction';
import { splitSentences } from '../lexicon/sentences';

/** The sentences of a text, as [start, end) spans with their text: the extraction's own sentences. */
export function sentenceSpans(text: string): EvidenceSpan[] {
  return splitSentences(text).map((s) => ({ start: s.start, end: s.end, text: s.text }));
}

/** The first sentence that contains one of the needles (whole words, case-sensitive), or null. */
export function sentenceWith(
  text: string,
  needles: string[],
  spans = sentenceSpans(text),
): EvidenceSpan | null {
  const words = needles.map((n) => n.trim()).filter((n) => n.length > 1);
  if (!words.length) return null;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return spans.find((s) => re.test(s.text)) ?? null;
}
