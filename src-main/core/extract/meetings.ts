// The meeting grammar: finds talks, meetings, summits and visits in the body sentences, with their parties,
// place, date, topic, status, who announced them and the sentences that state them. It runs the passes of
// grammar/ in order: triggers and their references, negation and modality, parties and coreference, place,
// status, time, topic and attribution per trigger; then merging within the sentence and across the article,
// composition, and the final shape (inherited parties, article dates, dateline place, splits, confidence).
import type { MeetingMention, PersonMention } from '../../common/extraction';
import type { EntityMention } from './entities';
import type { Sentence } from '../lexicon/sentences';
import { sentenceCandidates } from './grammar/candidate';
import { coalesce } from './grammar/coalesce';
import { addAffiliations, addArrivals, addMembers, rosterName } from './grammar/composition';
import type { ArticleView } from './grammar/context';
import { finish } from './grammar/finish';
import { attach, mergeInSentence, type Meeting } from './grammar/merge';
import { sentenceView } from './grammar/sentence-view';

/** What the grammar needs: the cleaned text, its sentences, the entity mentions, the publication date. */
export interface MeetingInput {
  text: string;
  sentences: Sentence[];
  mentions: EntityMention[];
  published: string | null;
  /** The article's people, to resolve roles used as names ("the Russian leader"). */
  people?: PersonMention[];
  /** The dateline's place, which locates undated-place meetings of the first paragraph. */
  dateline?: string | null;
}

/** The article as the passes read it, with every person mention placed for coreference. */
function articleView(input: MeetingInput): ArticleView {
  const named = input.mentions
    .filter((m) => m.kind === 'person')
    .map((m) => ({
      name: m.name,
      sentence: m.sentence,
      offset: m.start - (input.sentences[m.sentence]?.start ?? 0),
      pronounLed: /^\s*(?:He|She)\b/.test(input.sentences[m.sentence]?.text ?? ''),
    }));
  return {
    text: input.text,
    sentences: input.sentences,
    mentions: input.mentions,
    published: input.published,
    people: input.people ?? [],
    dateline: input.dateline ?? null,
    named,
  };
}

const REMOTE_TALK = /\b(?:phone|telephone|video)\b[^.;]{0,40}\b(?:conversation|call|talk)s?\b/i;

/**
 * "X held a conversation with Y" and, further on, "a detailed phone conversation with Y": a conversation the
 * article also tells as a phone or video call with the same counterpart was no meeting in person.
 */
function toldAsRemote(m: MeetingMention, art: ArticleView): boolean {
  if (!/^conversations?$/i.test(m.trigger ?? '')) return false;
  return art.sentences.some(
    (s, si) =>
      REMOTE_TALK.test(s.text) &&
      art.named.some((n) => n.sentence === si && m.participants.slice(1).includes(n.name)),
  );
}

/** Finds every meeting the article states, merging the sentences that speak of the same one. */
export function extractMeetings(input: MeetingInput): MeetingMention[] {
  const art = articleView(input);
  const bySentence = new Map<number, EntityMention[]>();
  for (const m of input.mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const meetings: Meeting[] = [];
  // The meeting a list of attendees may follow: the one the sentence just before stated or listed for.
  let roster: { meeting: Meeting; si: number } | null = null;
  input.sentences.forEach((sentence, si) => {
    const v = sentenceView(sentence, si, bySentence.get(si) ?? []);
    const touched = attach(meetings, mergeInSentence(sentenceCandidates(v, art)), si);
    const listed = touched ? null : rosterName(v);
    if (listed && roster && si - roster.si === 1) {
      roster.meeting.people = [...new Set([...roster.meeting.people, listed])];
      roster.meeting.sentences.push(si);
    }
    roster = touched ? { meeting: touched, si } : listed && roster?.si === si - 1 ? { ...roster, si } : null;
    addMembers(meetings, touched, v);
    addArrivals(meetings, touched, v);
    addAffiliations(meetings, v);
  });
  return coalesce(
    meetings.flatMap((m, i) => finish(m, i, meetings, art)),
    art.people,
  ).filter((m) => !toldAsRemote(m, art));
}
