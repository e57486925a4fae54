// The trigger pass: the words that may state a meeting (verbs, passives, nouns), remote contacts left out.
import { ATTEND_VERBS, MEETING_NOUN_PHRASES, MEETING_VERBS, REACTION_OBJECTS } from '../../lexicon/cues';

/** A word of a sentence that may state a meeting, with the kind of wording it is. */
export interface Trigger {
  index: number;
  length: number;
  word: string;
  kind: 'noun' | 'meet' | 'visit' | 'host' | 'travel' | 'social';
}

const MORE_VERBS = new RegExp(`\\b(?:${MEETING_VERBS.join('|')})\\b`, 'g');
const MORE_NOUNS = new RegExp(`\\b(?:${MEETING_NOUN_PHRASES.join('|')})\\b`, 'g');
const NOUN_TRIGGER = /\b(talks|meetings?|negotiations|consultations|summits?|discussions)\b/gi;
const HOLD_CONVERSATION =
  /\b(?:hold|holds|held|holding)\s+(?:[\w-]+\s+){0,2}(conversations?)\b|\b(?:had|has|have|held|hold|holds|holding)\s+(?:[\w-]+\s+){0,4}?(discussions?)\s+with\b/gi;
// "attended the closing of the Regional Conference on Water", "will take part in the forum": being at a gathering.
const ATTEND_GATHERING = new RegExp(
  `\\b(?:${ATTEND_VERBS.join('|')})\\s+(?:the\\s+)?(?:(?:opening|closing|start|end|first day|last day)\\s+(?:session\\s+)?of\\s+(?:the|a|an|this)\\s+)?(?:[\\p{L}\\d.’'-]+\\s+){0,8}?(conference|forum|summit|assembly|congress)\\b`,
  'giu',
);
const MEET_TRIGGER =
  /\b(met|meet|meets|sat down)\b(?!\s+(?:the\s+|its\s+|their\s+)?(?:demands?|deadlines?|needs?|criteria|requirements?|targets?|expectations|goals?|standards?|conditions?|obligations?|threshold|challenges?|press|reporters|journalists)\b)/gi;
const VISIT_TRIGGER = /\b(visit(?:ed|s|ing)?)\b/gi;
const HOST_TRIGGER =
  /\b(hosted|hosts|will host|to host|welcomed|welcomes|received|receives|receive|greeted)\s+(?=by\s+\p{Lu}|\p{Lu}|(?:the|a)\s+(?:visiting\s+)?(?:President|Prime Minister|Premier|Vice President|Deputy Prime Minister|Chancellor|King|Queen|Emir|Crown Prince|Speaker|Governor|Secretary[- ]General|Director[- ]General|Chairman|Chairperson|Chair|Head)\b|(?:(?:his|her|their|the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}(?:leaders|delegations?|officials|counterparts?|ministers|envoys|presidents?|premiers?|talks|summit|meeting)\b)/gu;
// "…, greeted by the nation's leader Emir X": a greeting in person, whoever the words before the name are.
const GREETED_BY = /\b(greeted)\s+by\s+(?:the\s+)?(?:[\p{Ll}’'-]+\s+){0,3}?(?=\p{Lu})/gu;
const TRAVEL_PURPOSE =
  /\b(?:arrived|arrives|arrive|landed|traveled|travelled|travels|flew|went|came|headed)\b[^.;]{0,60}?\bto (negotiate|discuss)\b/gi;
// "Spoke with" is a meeting only when the sentence puts the two in one place.
const SPOKE_IN_PERSON =
  /\b(spoke|talked|conferred|chatted)\s+(?:briefly\s+)?with\b(?=[^.;]{0,80}\b(?:on the sidelines|in person|face[- ]to[- ]face|during (?:his|her|their|a|the) visit))/gi;
// "X discussed trade with Y": a meeting only where the article puts the two in one place (`inPerson`).
const DISCUSSED_WITH =
  /\b(discussed|discusses|discussing)\b(?=(?:(?!\b(?:meeting|talks|summit|visit|call)\b)[^.;]){0,100}?\bwith\s+(?:[\p{Ll}'’-]+\s+){0,5}\p{Lu})/gu;
const SOCIAL_TRIGGER =
  /\b(?:had|held|hosted|attended|gave|offered|threw|hosts|will host)\s+(?:an?\s+)?(?:working\s+|private\s+|state\s+|official\s+)?(dinner|lunch|luncheon|breakfast|banquet|reception)\b|\b(dined)\s+with\b|\b(?:went|headed|drove)\s+to\s+(?:the|a)\s+(?:[\p{L}’'-]+\s+){0,3}?(restaurant|café|cafe|residence|dacha)\b/giu;
// "has met strong opposition", "was met with criticism": a reaction, not a meeting.
const REACTION = new RegExp(
  `^\\s+(?:with\\s+)?(?:(?:an?|the|some|much|little|strong|stiff|fierce|growing|widespread|broad|mixed|a\\s+lot\\s+of)\\s+)*(?:[\\p{Ll}-]+\\s+)?(?:${REACTION_OBJECTS.join('|')})\\b(?!\\s+(?:leaders?|part(?:y|ies)|figures?|lawmakers|groups?|politicians|members|candidates?|activists|chiefs?|heads?|senators?|\\p{Lu}))`,
  'u',
);
const FRAMING_VISIT = /\b(?:during|on|in the course of)\s+(?:a|an|his|her|their|the)\s+(?:[\p{Ll}-]+\s+)?$/iu;
const EVENT_HOSTED =
  /\b(?:summit|meeting|conference|forum|session|games|championship|event)s?,?\s+(?:(?:which|that)\s+)?(?:(?:will|would|is|was|are|were|has|have|had)\s+)?(?:(?:be|been|being)\s+)?$/i;
const REMOTE =
  /\b(phone|telephone|calls?(?!\s+(?:on|upon)\b)|video ?link|video ?conference|videoconference|virtual(?:ly)?|online|by video)\b/i;

const IN_PERSON =
  /\b(?:on the (?:sidelines|margins)|in person|face[- ]to[- ]face|during (?:his|her|their|a|the) (?:visit|stay|trip|meeting|talks)|bilateral)\b/i;

/**
 * Whether "X discussed … with Y" in sentence `si` was in person: the sentence says so, or one of the three
 * sentences before it states a meeting or visit in person, and none of them speaks of a call.
 */
export function inPerson(sentences: string[], si: number): boolean {
  const here = sentences[si] ?? '';
  if (REMOTE.test(here)) return false;
  if (IN_PERSON.test(here)) return true;
  const before = sentences.slice(Math.max(0, si - 3), si);
  if (before.some((b) => REMOTE.test(b))) return false;
  return before.some((b) => findTriggers(b).some((t) => !/^discuss/i.test(t.word)));
}

/** Whether a text names a meeting by a noun ("talks", "a summit"). */
export function hasMeetingNoun(text: string): boolean {
  return /\b(talks|meetings?|negotiations|consultations|summits?|discussions)\b/i.test(text);
}

/** "was to sit down with Y during a visit to X on Monday": a visit that frames the meeting stated before it. */
export function framesMeeting(sentence: string, t: Trigger): boolean {
  return t.kind === 'visit' && FRAMING_VISIT.test(sentence.slice(0, t.index));
}

/** Finds the words that may state a meeting in one sentence, remote ones left out. */
export function findTriggers(sentence: string): Trigger[] {
  const out: Trigger[] = [];
  const add = (re: RegExp, kind: Trigger['kind'], group = 1): void => {
    for (const m of sentence.matchAll(re)) {
      const word = m[group] ?? m[2] ?? m[3] ?? m[0];
      const index = (m.index ?? 0) + m[0].toLowerCase().lastIndexOf(word.toLowerCase());
      out.push({ index, length: word.length, word, kind });
    }
  };
  add(NOUN_TRIGGER, 'noun');
  add(HOLD_CONVERSATION, 'noun');
  add(ATTEND_GATHERING, 'noun');
  add(MEET_TRIGGER, 'meet');
  add(VISIT_TRIGGER, 'visit');
  add(HOST_TRIGGER, 'host');
  add(GREETED_BY, 'host');
  add(TRAVEL_PURPOSE, 'travel');
  add(SOCIAL_TRIGGER, 'social');
  add(SPOKE_IN_PERSON, 'meet');
  add(DISCUSSED_WITH, 'meet');
  add(MORE_VERBS, 'meet', 0);
  add(MORE_NOUNS, 'noun', 0);
  out.sort((a, b) => a.index - b.index);
  const kept: Trigger[] = [];
  for (const t of out) {
    const prev = kept[kept.length - 1];
    if (prev && t.index < prev.index + prev.length) continue;
    const around = sentence.slice(Math.max(0, t.index - 25), t.index + t.length + 25);
    if (REMOTE.test(around)) continue;
    if (/\bpress\b/i.test(sentence.slice(Math.max(0, t.index - 8), t.index))) continue;
    if (t.kind === 'meet' && REACTION.test(sentence.slice(t.index + t.length))) continue;
    // "the summit, which will be hosted by X": who hosts an event named just before, not a meeting of its own.
    if (t.kind === 'host' && EVENT_HOSTED.test(sentence.slice(Math.max(0, t.index - 60), t.index))) continue;
    kept.push(t);
  }
  return kept;
}

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, several: 2 };

/** How many meetings a trigger counts ("two rounds of talks", "three meetings"): 1 unless a number says more. */
export function countBefore(s: string, t: Trigger): number {
  const countMatch =
    /\b(two|three|four|five|several|\d+)\s+(?:(?!and\b|or\b|of\b|\d)[\w-]+\s+){0,2}(?:rounds?\s+of\s+[\w-]+|meetings|sessions|summits|talks)$/i.exec(
      s.slice(Math.max(0, t.index - 40), t.index + t.length),
    );
  const countWord = countMatch?.[1]?.toLowerCase();
  return countWord ? (COUNT_WORDS[countWord] ?? (Number(countWord) || 1)) : 1;
}
