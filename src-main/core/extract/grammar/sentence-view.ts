// One sentence of the article as the per-trigger passes read it: its mentions at offsets from its start and
// the ranges that attribute it.
import type { EntityMention } from '../entities';
import type { Sentence } from '../../lexicon/sentences';
import { attributionRanges } from './attribution';
import type { SentenceView } from './context';

/** Sentence number `si` with its mentions at offsets from its start. */
export function sentenceView(sentence: Sentence, si: number, mentions: EntityMention[]): SentenceView {
  const local = mentions.map((m) => ({
    ...m,
    start: m.start - sentence.start,
    end: m.end - sentence.start,
    titleStart: (m.titleStart ?? m.start) - sentence.start,
  }));
  return {
    si,
    s: sentence.text,
    start: sentence.start,
    local,
    people: local.filter((m) => m.kind === 'person'),
    attributions: attributionRanges(sentence.text),
  };
}
