// What the passes of the meeting grammar read: one sentence with its mentions, one trigger's stretch of it,
// and the article around them.
import type { PersonMention } from '../../../common/extraction';
import type { EntityMention } from '../entities';
import type { Sentence } from '../../lexicon/sentences';
import type { NamedAt } from './coreference';
import type { Trigger } from './triggers';

/** An entity mention with offsets counted from the start of its sentence; `titleStart` is always set. */
export type LocalMention = EntityMention & { titleStart: number };

/** One sentence as the passes see it: its text, its mentions and the ranges that attribute it. */
export interface SentenceView {
  si: number;
  s: string;
  /** Offset of the sentence in the article text. */
  start: number;
  local: LocalMention[];
  people: LocalMention[];
  attributions: Array<[number, number]>;
}

/** One trigger with the stretch of the sentence it governs (up to the next trigger). */
export interface TriggerSpan {
  t: Trigger;
  /** Its position among the sentence's triggers. */
  k: number;
  before: string;
  segStart: number;
  /** Where a span of time ("two days after") parts this trigger's event from the one before, if it does. */
  cutAt?: number;
  /** In a sentence a span of time parts ("two days after"), the part of the sentence this trigger's event is told in. */
  region?: [number, number];
  segEnd: number;
  /** The sentence from the trigger to the end of its stretch. */
  own: string;
}

/** The article as the passes see it. */
export interface ArticleView {
  text: string;
  sentences: Sentence[];
  mentions: EntityMention[];
  published: string | null;
  /** The article's people, to resolve roles used as names ("the Russian leader"). */
  people: PersonMention[];
  dateline: string | null;
  /** Every person mention, by sentence and offset, for coreference. */
  named: NamedAt[];
}
