// Finding the sentence of the article text that states a fact, with its offsets.
import type { EvidenceSpan } from '../../common/extraction';

const SENTENCE_END = /[.!?]["'”’)]*(?=\s+["'“‘(]?[A-Z0-9])|\n\s*\n/g;

/** The sentences of a text, as [start, end) spans with their text (trimmed). */
export function sentenceSpans(text: string): EvidenceSpan[] {
  const spans: EvidenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
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
