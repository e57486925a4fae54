// The reference rule of the trigger pass: whether a meeting noun points back at a meeting already told
// ("the talks") or opens a new one ("another round of talks", "the Security Council meeting").
import { cityByName, countryByDemonym, countryByName, isRegion, venueByName } from '../../lexicon/gazetteer';
import { ATTEND_VERBS } from '../../lexicon/cues';
import type { Trigger } from './triggers';

const DETERMINERS =
  /^(the|this|that|these|those|today['’]s|yesterday['’]s|(?:year|week|month)['’]s|such|its|their|his|her|our)$/i;
const INDEFINITE = /^(a|an|another)$/i;
const NEW_MARKERS =
  /^(previous|previously|next|new|another|first|first-ever|maiden|inaugural|upcoming|future|earlier|last|former|again|resume[sd]?|follow-up|subsequent)$/i;
const NOT_MODIFIER =
  /^(?:and|but|for|nor|with|from|into|onto|upon|about|after|before|over|under|between|among|during|through|without|within|against|toward|towards|than|that|which|who|whom|whose|will|would|shall|should|can|could|may|might|must|has|have|had|was|were|are|been|being|is|hold|holds|held|began|begin|begins|start|starts|resume|resumes|continue|continues|join|joins|attend|attends|enter|enters|hosts?|led|set|said|says|also|not|new|all|both|more|most|such|any|some|each|other|their|his|her|its|our|your|two|three)$/;
const LISTED_MODIFIER =
  /^(rounds?|of|second|third|fourth|fifth|latest|direct|indirect|private|closed|public|bilateral|sidelines?|trilateral|high-level|peace|diplomatic|technical|key|crucial|historic|formal|informal|face-to-face|in-person|official|recent|two|three|four|five|several|planned|expected|ongoing|\d+)$/i;

const ATTENDED = new RegExp(`\\b(?:${ATTEND_VERBS.join('|')})\\s+[^.;,]*$`, 'i');

/** The determiner before a meeting noun, the modifiers between them and the word before the determiner. */
export interface NounPhrase {
  det: string | null;
  modifiers: string[];
  prep: string | null;
}

/** A lowercase noun before a meeting noun ("the hostage talks", "the coalition talks"): no verb, no function word. */
function isNounModifier(w: string): boolean {
  return /^\p{Ll}{3,}$/u.test(w) && !/(?:ed|ing|ly)$/.test(w) && !NOT_MODIFIER.test(w);
}

/** The determiner of a trigger noun phrase, looking back over its modifiers; null for a bare noun. */
export function determinerOf(before: string): NounPhrase {
  const words = before.trimEnd().split(/\s+/).filter(Boolean);
  const modifiers: string[] = [];
  let nounModified = false;
  for (let i = words.length - 1; i >= 0 && modifiers.length < 7; i--) {
    const w = (words[i] ?? '').replace(/[,"“”]/g, '');
    if (DETERMINERS.test(w) || INDEFINITE.test(w)) {
      const prep = (words[i - 1] ?? '').toLowerCase() || null;
      // A plain noun modifier ("the hostage talks") makes a reference only as the object of a preposition.
      if (nounModified && !/^(?:in|on|about|of|from|over|regarding|into)$/.test(prep ?? '')) break;
      return { det: w.toLowerCase(), modifiers, prep };
    }
    const listed = LISTED_MODIFIER.test(w) || NEW_MARKERS.test(w) || /^\p{Lu}/u.test(w) || /-/.test(w);
    const isModifier = listed || (modifiers.length < 2 && isNounModifier(w));
    if (!isModifier) break;
    if (!listed) nounModified = true;
    modifiers.push(w.toLowerCase());
  }
  return { det: null, modifiers, prep: null };
}

/** Whether a capitalised word names something of its own, not a country, city, region or venue. */
function isProperName(w: string): boolean {
  return (
    /^\p{Lu}\p{Ll}/u.test(w) &&
    !/-/.test(w) &&
    !countryByName(w) &&
    !countryByDemonym(w) &&
    !cityByName(w, true) &&
    !isRegion(w) &&
    !venueByName(w)
  );
}

/** How a trigger refers: to a meeting told before (`reference`), as a new one (`fresh`), or as a topic's host. */
export interface Reference {
  reference: boolean;
  fresh: boolean;
  /** "talks on the talks": a reference that is the object of "on", "about", "over", "of" or "for". */
  topicRef: boolean;
}

/** How the trigger at `t` in sentence `s` refers to a meeting. */
export function referenceOf(s: string, t: Trigger): Reference {
  const before = s.slice(0, t.index);
  const { det, modifiers, prep } =
    t.kind === 'noun' ? determinerOf(before) : { det: null, modifiers: [], prep: null };
  const reference = !!det && DETERMINERS.test(det);
  const freshWords = [...modifiers, ...before.trimEnd().split(/\s+/).slice(-3)].map((w) => w.toLowerCase());
  const after = s.slice(t.index + t.length, t.index + t.length + 40);
  // A name among the modifiers ("the Security Council meeting") makes it a meeting of its own.
  const modifierWords = modifiers.length ? before.trimEnd().split(/\s+/).slice(-modifiers.length) : [];
  const fresh =
    (reference && modifierWords.some(isProperName)) ||
    freshWords.some((w) => NEW_MARKERS.test(w)) ||
    det === 'another' ||
    /^\s+(again|resume)/i.test(after) ||
    /^\s+will resume/i.test(after);
  // "attended the 77th session of the UN General Assembly": a named gathering attended is a meeting of its own.
  if (reference && fresh && ATTENDED.test(before)) return { reference: false, fresh, topicRef: false };
  const topicRef = reference && !!prep && /^(on|about|regarding|over|of|for)$/.test(prep);
  return { reference, fresh, topicRef };
}
