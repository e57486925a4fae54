// The negation and modality pass: whether the words before a trigger deny the meeting or make it only possible.
import {
  cueRegExp,
  MODALITY_CUES,
  NEGATION_CUES,
  PROCESS_CUES,
  PROCESS_MODIFIERS,
  RESUMPTION_CUES,
} from '../../lexicon/cues';

/** How a sentence holds a meeting: stated, denied ("has no plans to meet"), or only possible ("could meet"). */
export type Polarity = 'asserted' | 'negated' | 'possible';

const NEGATED = cueRegExp(NEGATION_CUES, 'end');
const POSSIBLE = cueRegExp(MODALITY_CUES, 'end');
const PROCESS = cueRegExp(PROCESS_CUES, 'end');
const RESUMED = cueRegExp(RESUMPTION_CUES, 'end');
// A day, week or month right after the trigger: "agreed to resume talks on Monday" sets a meeting.
const DATED_AFTER =
  /^[^.;,]{0,40}?\b(?:on|next|this|by|from|in|later|early|late)\s+(?:this\s+|next\s+)?(?:\p{Lu}\p{Ll}+day|January|February|March|April|May|June|July|August|September|October|November|December|week|month|\d)/u;
const PROCESS_NOUN = new RegExp(`\\b(?:${PROCESS_MODIFIERS.join('|')})\\s+$`, 'i');

/** The polarity of a trigger from the clause before it (about the last 60 characters are read). */
export function polarityOf(before: string): Polarity {
  const clause =
    before
      .slice(-60)
      .split(/[;:—–]|,\s+(?:but|while|although)\b/)
      .pop() ?? '';
  if (NEGATED.test(clause)) return 'negated';
  if (POSSIBLE.test(clause)) return 'possible';
  return 'asserted';
}

/** Whether a meeting noun is the means of a process ("released through separate negotiations"), not a meeting. */
export function isProcess(before: string, after = ''): boolean {
  if (RESUMED.test(before.slice(-60)) && !DATED_AFTER.test(after)) return true;
  // "decided to open accession negotiations with X": the process of joining, not a meeting.
  return PROCESS.test(before.slice(-40)) || PROCESS_NOUN.test(before.slice(-20));
}

const HYPOTHETICAL =
  /\b(open to|ready to|ready for|willing to|prepared to|wants? to|wanted to|would like to|hopes? to|hoping to|could|might|may|offer(?:s|ed)? to|propos(?:e|es|ed|al)(?: to| for| of)?|call(?:s|ed|ing)? for|push(?:es|ed|ing)? for|urge[sd]?|no plans? (?:to|for)|refuse[sd]? to|declined? to|did not|didn't|has not|hasn't|have not|haven't|never|won't|will not|possible|potential|prospects? (?:of|for)|possibility of|idea of|rule[sd]? out|demand(?:s|ed)?|seek(?:s|ing)?|sought|invit(?:e|es|ed|ation)s? (?:to|for)|request(?:s|ed)?|challenge[sd]?|dared?|press(?:es|ed)?|pressured|any|no|without|instead of|before|ahead of(?!\s+an?\s))\s+(?:[\w’'-]+\s+){0,3}$/i;
// "a meeting between Putin and Zelensky was unlikely": judged, not arranged.
const UNLIKELY_AFTER =
  /^[^.;]{0,70}?\b(?:is|was|are|were|would be|remains?|seems?|looked)\s+(?:still\s+|highly\s+|very\s+)?(?:unlikely|possible|impossible|premature|out of the question|off the table|not (?:planned|expected|on the agenda|possible))\b/i;

// "Such talks often drag on", "talks usually take weeks": what meetings of a kind are like, not one meeting.
const GENERIC_BEFORE = /\bsuch\s+(?:[\p{Ll}-]+\s+)?$/iu;
const GENERIC_AFTER = /^\s+(?:often|usually|typically|generally|normally|rarely|seldom|tend to|tends to)\b/i;

/** Whether a trigger speaks of meetings of a kind ("such talks often …") rather than of one meeting. */
export function isGeneric(before: string, after: string): boolean {
  return GENERIC_BEFORE.test(before) || GENERIC_AFTER.test(after);
}

/**
 * "floated the idea of cancelling a meeting with X", "threatened to call off the summit": the cancelling is only
 * possible, the meeting it would cancel is planned.
 */
export const CANCEL_WEIGHED =
  /\b(?:cancel(?:l)?ing|cancel|scrapping|scrap|calling off|call off|pulling out of|pull out of|skipping|skip)\s+(?:(?:a|an|the|his|her|their|its|this|next)\s+)?(?:[\p{L}’'-]+\s+){0,2}$/iu;

// "may visit Oslo soon to meet X": the purpose of a possible trip is only possible too.
const POSSIBLE_PURPOSE = /\b(?:could|might|may)\s+(?:[\w’'.-]+\s+){1,6}to\s+$/;

// "requests from senior diplomats, including the foreign minister, to meet X": asked for, however far the asker.
const REQUESTED_PURPOSE = /\b(?:requests?|requested)\b[^.;]{0,120}?\bto\s+$/i;

// "hoped the gathering would eventually lead to talks", "could pave the way for a summit": a hoped-for result.
const HOPED_RESULT =
  /\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?)\b[^.;]{0,100}\b(?:would|will|could|can|might)\b[^.;]{0,60}$|\b(?:lead to|leading to|led to|pave the way for|paving the way for|open the door to|set the stage for)\s+(?:(?:a|an|the|direct|new|further)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** Whether the words before a trigger make it hypothetical ("open to meeting", "ready for talks"). */
export function isHypothetical(before: string): boolean {
  return HYPOTHETICAL.test(before) || POSSIBLE_PURPOSE.test(before);
}

/** Whether the sentence before a trigger hopes for the meeting as a result ("hoped it would lead to talks"). */
function isHopedFor(before: string): boolean {
  return HOPED_RESULT.test(before.slice(-170));
}

// "X is the first Indian leader to visit Y since 2004": a record the visitor sets, told of the visit told elsewhere.
const RECORD =
  /\b(?:is|was|became|becomes|will be|would be)\s+(?:the|only the)\s+(?:first|second|third|only|last)\s+(?:[\p{L}.'’-]+\s+){0,4}to\s+$/iu;

/**
 * Whether the trigger `word` (of `kind`) with the sentence `before` and `after` it states no meeting: a wish,
 * a denial, a process ("through talks"), a judgement ("talks were unlikely") or bare "discussions".
 * A reference to a meeting already told is only denied by a negation or a process.
 */
export function statesNoMeeting(
  trigger: { word: string; kind: string },
  before: string,
  after: string,
  reference: boolean,
): boolean {
  if (!reference && isHypothetical(before.slice(-60)) && !CANCEL_WEIGHED.test(before)) return true;
  if (!reference && REQUESTED_PURPOSE.test(before.slice(-160))) return true;
  if (!reference && isHopedFor(before)) return true;
  if (isGeneric(before, after)) return true;
  if (trigger.kind === 'visit' && RECORD.test(before)) return true;
  if (polarityOf(before) === 'negated') return true;
  if (trigger.kind === 'noun' && isProcess(before, after)) return true;
  if (!reference && UNLIKELY_AFTER.test(after.slice(0, 90))) return true;
  return (
    trigger.kind === 'noun' &&
    /^discussions?$/i.test(trigger.word) &&
    !reference &&
    !/\b(hold|held|holding|holds)\s+(?:\w+\s+){0,2}$/i.test(before)
  );
}
