// The meeting grammar: finds talks, meetings, summits and visits in the body sentences, with their
// parties, place, date, topic, status, who announced them and the sentences that state them.
import type { EvidenceSpan, MeetingMention, MeetingStatus, PersonMention } from '../../common/extraction';
import { resolveDates } from './dates';
import type { EntityMention } from './entities';
import {
  cityByName,
  countryByDemonym,
  countryByName,
  isRegion,
  leaderBySurnameKey,
  regionCountry,
  venueByName,
} from '../lexicon/gazetteer';
import type { Sentence } from './sentences';
import { statusWithCertainty } from './status';
import { isProcess, polarityOf } from './grammar/modality';
import { confidenceOf } from './grammar/confidence';
import { settleStatus } from './grammar/settle';
import { addDays, dayOfVisit } from './grammar/time';
import { isCancelled } from './grammar/status';
import { splitCounterparts } from './grammar/split';
import {
  absorb,
  dateConflict,
  findTarget,
  mergeInto,
  placeConflict,
  wherePreferred,
  type Candidate,
  type Meeting,
  type Where,
} from './grammar/merge';
import { resolveSubject, subjectReference, type NamedAt } from './grammar/coreference';
import {
  CURRENCY_WORDS,
  NON_PARTY_NOUNS,
  cueRegExp,
  MEETING_NOUN_PHRASES,
  MEETING_VERBS,
} from '../lexicon/cues';

const CURRENCY_AFTER = cueRegExp(CURRENCY_WORDS, 'start');
// "German and French companies": a demonym describing things or people, itself or through a coordination.
const DESCRIBED_AFTER = new RegExp(
  `^(?:\\s*(?:,|and|or)\\s+\\p{Lu}[\\p{L}-]+)*\\s+(?:${NON_PARTY_NOUNS.join('|')})\\b`,
  'u',
);
const MORE_VERBS = new RegExp(`\\b(?:${MEETING_VERBS.join('|')})\\b`, 'g');
const MORE_NOUNS = new RegExp(`\\b(?:${MEETING_NOUN_PHRASES.join('|')})\\b`, 'g');

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

const NOUN_TRIGGER = /\b(talks|meetings?|negotiations|consultations|summits?|discussions)\b/gi;
const HOLD_CONVERSATION = /\b(?:hold|holds|held|holding)\s+(?:[\w-]+\s+){0,2}(conversations?)\b/gi;
const MEET_TRIGGER =
  /\b(met|meet|meets|sat down)\b(?!\s+(?:the\s+|its\s+|their\s+)?(?:demands?|deadlines?|needs?|criteria|requirements?|targets?|expectations|goals?|standards?|conditions?|obligations?|threshold|challenges?|press|reporters|journalists)\b)/gi;
const VISIT_TRIGGER = /\b(visit(?:ed|s|ing)?)\b/gi;
const HOST_TRIGGER =
  /\b(hosted|hosts|will host|to host|welcomed|welcomes|received|receives|greeted)\s+(?=by\s+\p{Lu}|\p{Lu}|(?:the|a)\s+(?:visiting\s+)?(?:President|Prime Minister|Premier|Vice President|Deputy Prime Minister|Chancellor|King|Queen|Emir|Crown Prince|Speaker|Governor|Secretary[- ]General|Director[- ]General|Chairman|Chairperson|Chair|Head)\b|(?:(?:his|her|their|the|a|an)\s+)?(?:[\p{Ll}-]+\s+)?(?:leaders|delegations?|officials|counterparts?|ministers|envoys|presidents?|premiers?|talks|summit|meeting)\b)/gu;
const TRAVEL_PURPOSE =
  /\b(?:arrived|arrives|arrive|landed|traveled|travelled|travels|flew|went|came|headed)\b[^.;]{0,60}?\bto (negotiate|discuss)\b/gi;
// "Spoke with" is a meeting only when the sentence puts the two in one place.
const SPOKE_IN_PERSON =
  /\b(spoke|talked|conferred|chatted)\s+(?:briefly\s+)?with\b(?=[^.;]{0,80}\b(?:on the sidelines|in person|face[- ]to[- ]face|during (?:his|her|their|a|the) visit))/gi;
const SOCIAL_TRIGGER =
  /\b(?:had|held|hosted|attended)\s+(?:an?\s+)?(?:working\s+|private\s+|state\s+|official\s+)?(dinner|lunch|breakfast|banquet)\b|\b(dined)\s+with\b|\b(?:went|headed|drove)\s+to\s+(?:the|a)\s+(?:[\p{L}’'-]+\s+){0,3}?(restaurant|café|cafe|residence|dacha)\b/giu;

const HYPOTHETICAL =
  /\b(open to|ready to|ready for|willing to|prepared to|wants? to|wanted to|would like to|hopes? to|hoping to|could|might|may|offer(?:s|ed)? to|propos(?:e|es|ed|al)(?: to| for| of)?|call(?:s|ed|ing)? for|push(?:es|ed|ing)? for|urge[sd]?|no plans? (?:to|for)|refuse[sd]? to|declined? to|did not|didn't|has not|hasn't|have not|haven't|never|won't|will not|possible|potential|prospects? (?:of|for)|possibility of|idea of|rule[sd]? out|demand(?:s|ed)?|seek(?:s|ing)?|sought|invit(?:e|es|ed|ation)s? (?:to|for)|request(?:s|ed)?|challenge[sd]?|dared?|press(?:es|ed)?|pressured|any|no|without|instead of|before|ahead of)\s+(?:[\w’'-]+\s+){0,3}$/i;
// "a meeting between Putin and Zelensky was unlikely": judged, not arranged.
const UNLIKELY_AFTER =
  /^[^.;]{0,70}?\b(?:is|was|are|were|would be|remains?|seems?|looked)\s+(?:still\s+|highly\s+|very\s+)?(?:unlikely|possible|impossible|premature|out of the question|off the table|not (?:planned|expected|on the agenda|possible))\b/i;
const REMOTE =
  /\b(phone|telephone|calls?(?!\s+(?:on|upon)\b)|video ?link|video ?conference|videoconference|virtual(?:ly)?|online|by video)\b/i;
const DETERMINERS = /^(the|this|that|these|those|today['’]s|yesterday['’]s|such|its|their|his|her|our)$/i;
const INDEFINITE = /^(a|an|another)$/i;
const NEW_MARKERS =
  /^(previous|previously|next|new|another|first|first-ever|maiden|inaugural|upcoming|future|earlier|last|former|again|resume[sd]?|follow-up|subsequent)$/i;
const BACKGROUND =
  /\b(previous(?:ly)?|earlier|before|ago|in the past|former(?:ly)?|last (?:year|month|week))\b|\bhad\s+\w+ed\b/i;
const TOPIC_NOUNS =
  /\b(ceasefire|war|peace|conflict|invasion|fighting|truce|situation|crisis|settlement|security|stability|aggression|offensive|attacks?|strikes?|front|occupation|sanctions|troops|elections?|prisoners?|children|deportation|relations)\s*$/i;
const PARTY_NOUNS =
  /\b(representatives|delegations?|officials|leaders|ministers|envoys|negotiators|teams?|heads|presidents|governments?|sides?|diplomats|counterparts|administration)\s*(?:from|of)?\s*(?:the\s+)?$/i;
const PARTY_AFTER =
  /^\s+(?:defen[cs]e\s+|foreign\s+)?(?:negotiators|officials|delegations?|representatives|leaders|envoys|teams?|ministers)\b/i;
const SPEECH_BEFORE =
  /\b(said|says|told(?: \w+)?|announced|stated|reported|acknowledged|confirmed|added|wrote|noted|claimed|revealed)\s*$/i;
const SPEECH_AFTER =
  /^\s*,?\s*(?:also\s+)?(said|says|told|announced|stated|reported|acknowledged|confirmed|added|wrote|noted|claimed)\b/i;
// "The five leaders are A, B and C": a sentence that lists who the last meeting's counterparts were.
const ENUMERATION =
  /^\s*(?:the|these|those)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|other|visiting)\s+)?(?:leaders|presidents|heads of state|ministers|officials|counterparts|envoys|delegates|guests)\s+(?:are|were|included|include)\b/i;
const COMPOSITION =
  /\b(?:delegations?|team|side)\b[^.;]{0,40}?\b(?:led|headed|chaired|include[sd]?|including|comprised|consist(?:s|ed|ing) of)\b|\baccompanied by\b|\bhead(?:s|ed)? of the [\w\s’'-]{0,30}?delegation\b|\bjoined by\b|\b(?:also\s+)?(?:took part|participated|joined the (?:talks|meeting|negotiations)|attended the (?:talks|meeting|negotiations)|(?:was|were) also present)\b/i;
const BOTH_SIDES =
  /\b(?:both|the two) (?:sides|countries|delegations|leaders|governments|nations|parties|teams|men|women|presidents|ministers)\b|\bthe sides\b|\b(?:both|the two)\s+(?=met|held|hold|will|would|are|were|have|had|discussed|agreed|sat)\b/i;
// "“Great meeting with the President,” X said": a quote opening on a meeting with no subject is the speaker's own.
const ELLIPTIC_QUOTE = /["“]\s*(?:[\p{L}-]+\s+){0,2}$/u;
const NOT_MODIFIER =
  /^(?:and|but|for|nor|with|from|into|onto|upon|about|after|before|over|under|between|among|during|through|without|within|against|toward|towards|than|that|which|who|whom|whose|will|would|shall|should|can|could|may|might|must|has|have|had|was|were|are|been|being|is|hold|holds|held|began|begin|begins|start|starts|resume|resumes|continue|continues|join|joins|attend|attends|enter|enters|hosts?|led|set|said|says|also|not|new|all|both|more|most|such|any|some|each|other|their|his|her|its|our|your|two|three)$/;
const SEQUEL = /\b(?:followed|succeeded)\s+by\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?$/iu;
const CONTINUATION = /\b(again|resume[sd]?|follow-up|next round|another round|new round)\b/i;
const MONTH_OR_DAY =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)/;

interface Trigger {
  index: number;
  length: number;
  word: string;
  kind: 'noun' | 'meet' | 'visit' | 'host' | 'travel' | 'social';
}

/** Finds the words that may state a meeting in one sentence, hypothetical and remote ones left out. */
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
  add(MEET_TRIGGER, 'meet');
  add(VISIT_TRIGGER, 'visit');
  add(HOST_TRIGGER, 'host');
  add(TRAVEL_PURPOSE, 'travel');
  add(SOCIAL_TRIGGER, 'social');
  add(SPOKE_IN_PERSON, 'meet');
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
    kept.push(t);
  }
  return kept;
}

/** Whether the words before a trigger make it hypothetical ("open to meeting", "ready for talks"). */
export function isHypothetical(before: string): boolean {
  return HYPOTHETICAL.test(before);
}

/** A lowercase noun before a meeting noun ("the hostage talks", "the coalition talks"): no verb, no function word. */
function isNounModifier(w: string): boolean {
  return /^\p{Ll}{3,}$/u.test(w) && !/(?:ed|ing|ly)$/.test(w) && !NOT_MODIFIER.test(w);
}

/** The determiner of a trigger noun phrase, looking back over its modifiers; null for a bare noun. */
function determinerOf(before: string): { det: string | null; modifiers: string[]; prep: string | null } {
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
    const listed =
      /^(rounds?|of|second|third|fourth|fifth|latest|direct|indirect|private|closed|public|bilateral|trilateral|high-level|peace|diplomatic|technical|key|crucial|historic|formal|informal|face-to-face|in-person|official|recent|two|three|four|five|several|planned|expected|ongoing|\d+)$/i.test(
        w,
      ) ||
      NEW_MARKERS.test(w) ||
      /^\p{Lu}/u.test(w) ||
      /-/.test(w);
    const isModifier = listed || (modifiers.length < 2 && isNounModifier(w));
    if (!isModifier) break;
    if (!listed) nounModified = true;
    modifiers.push(w.toLowerCase());
  }
  return { det: null, modifiers, prep: null };
}

/** Ranges of a sentence that attribute it ("…, Peskov said.", "According to TASS, …", "X said that …"). */
function attributionRanges(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lastComma = s.lastIndexOf(',');
  if (lastComma > 0) {
    const tail = s.slice(lastComma);
    if (
      /\b(said|says|reported|reports|told|added|announced|stated|confirmed|wrote|noted|according to)\b/i.test(
        tail,
      ) &&
      tail.split(/\s+/).length <= 16
    )
      out.push([lastComma, s.length]);
  }
  for (const m of s.matchAll(/\baccording to [^,.;]+/gi))
    out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const lead =
    /^(.{0,110}?)\b(said|says|told \w+|announced|acknowledged|confirmed|stated|reported|noted|added|claimed|revealed|wrote)\b(?:\s+(?:on|in)\s+[\w.]+(?:\s+\d{1,2})?)?(?:\s+that)?\s/i.exec(
      s,
    );
  if (lead && !NOUN_TRIGGER.test(lead[1] ?? '')) out.push([0, lead[0].length]);
  NOUN_TRIGGER.lastIndex = 0;
  return out;
}

const inRanges = (pos: number, ranges: Array<[number, number]>): boolean =>
  ranges.some(([a, b]) => pos >= a && pos < b);

/** Whether a person mention can be a participant: not a possessor, not the object of "to/of/for/from". */
function eligiblePerson(text: string, m: EntityMention): boolean {
  const after = text.slice(m.end, m.end + 3);
  if (/^['’]s\b/.test(after)) return false;
  const from = Math.min(m.titleStart ?? m.start, m.start);
  const before = text.slice(Math.max(0, from - 20), from);
  if (
    /\b(of|to|for|from|against|about|toward|towards|than|like|behalf of|instructions from)\s+(the\s+)?$/i.test(
      before,
    )
  )
    return false;
  return true;
}

/** Whether a group mention names a party here, not a location or topic ("in Ukraine", "on Iran's"). */
function eligibleGroup(text: string, m: EntityMention, people: EntityMention[], trigger: number): boolean {
  if (people.some((p) => m.start >= (p.titleStart ?? p.start) && m.end <= p.end)) return false;
  // "Iran-US talks", "Russian-American meeting": a compound of parties names the parties.
  if (/-/.test(text.slice(m.start, m.end)) && trigger >= m.end && trigger - m.end < 45) return true;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (
    /\b(in|to|at|into|on|about|over|regarding|against|toward|towards|near|across|inside|throughout|within|for)\s+(the\s+)?$/i.test(
      before,
    )
  )
    return false;
  if (/\b(of|from)\s+(the\s+)?$/i.test(before) && !PARTY_NOUNS.test(before)) return false;
  if (/\b(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s*$/u.test(before)) return false;
  const after = text.slice(m.end, m.end + 30);
  if (CURRENCY_AFTER.test(after)) return false;
  if (DESCRIBED_AFTER.test(text.slice(m.end, m.end + 60))) return false;
  if (
    /^(?:['’]s)?\s+(?:state[- ]\w+\s+)?(?:news agency|media|state media|press|agency|outlet|television|tv)\b/i.test(
      after,
    )
  )
    return false;
  return true;
}

const ROLE_NOUN =
  /\bthe\s+(\p{Lu}[\p{L}-]+)\s+(president|leader|prime minister|premier|chancellor|foreign minister|defen[cs]e minister|king|crown prince|emir|envoy|negotiator)\b(?!\s+\p{Lu})/giu;

/** People a text names by role alone: "the Russian leader" is the one Russian the article calls leader or president. */
function roleMentions(text: string, people: PersonMention[]): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ROLE_NOUN)) {
    const country = countryByDemonym(m[1] ?? '')?.name;
    const noun = (m[2] ?? '').toLowerCase();
    if (!country) continue;
    const nouns = noun === 'leader' ? ['leader', 'president', 'prime minister', 'chancellor'] : [noun];
    const leaderNoun = ['leader', 'president', 'prime minister', 'premier', 'chancellor'].includes(noun);
    const found = people.filter(
      (p) =>
        p.affiliation === country &&
        (p.roles.some((r) => nouns.some((n) => r.toLowerCase().includes(n))) ||
          (leaderNoun && leaderBySurnameKey(p.name.split(' ').pop() ?? '')?.country === country)),
    );
    if (found.length === 1 && found[0]) out.push(found[0].name);
  }
  return out;
}

/** Fills a place's city and country from what is known of its venue and city. */
function completeWhere(w: Where): void {
  const venue = w.venue ? venueByName(w.venue) : null;
  if (venue) {
    w.city ??= venue.city;
    w.country ??= venue.country;
  }
  if (w.venue && !w.city) {
    const inCity = /\bin\s+(\p{Lu}[\p{L}-]+)$/u.exec(w.venue);
    const c = inCity?.[1] ? cityByName(inCity[1]) : null;
    if (c) w.city = c.name;
  }
  if (w.city && !w.country) w.country = cityByName(w.city)?.country ?? null;
  if (w.region && !w.country) w.country = regionCountry(w.region);
}

/** Who said so: the person or organisation of the sentence's attribution clauses ("…, Peskov said"). */
function attributionOf(
  s: string,
  local: EntityMention[],
  attributions: Array<[number, number]>,
): { announcedBy: string | null; reportedBy: string | null } {
  let announcedBy: string | null = null;
  let reportedBy: string | null = null;
  for (const [a, b] of attributions) {
    const inside = local.filter((m) => m.start >= a && m.start < b);
    const clause = s.slice(a, b);
    const person = inside.find((m) => m.kind === 'person');
    const org = inside.find((m) => m.kind === 'org');
    if (/\b(reported|reports|according to)\b/i.test(clause) && org) reportedBy ??= org.name;
    else if (person) announcedBy ??= person.name;
    else if (org) announcedBy ??= org.name;
  }
  return { announcedBy, reportedBy };
}

/** How many meetings a trigger counts ("two rounds of talks", "three meetings"): 1 unless a number says more. */
function countBefore(s: string, t: Trigger): number {
  const countMatch =
    /\b(two|three|four|five|several|\d+)\s+(?:(?!and\b|or\b|of\b|\d)[\w-]+\s+){0,2}(?:rounds?\s+of\s+[\w-]+|meetings|sessions|summits|talks)$/i.exec(
      s.slice(Math.max(0, t.index - 40), t.index + t.length),
    );
  const countWord = countMatch?.[1]?.toLowerCase();
  return countWord
    ? (({ two: 2, three: 3, four: 4, five: 5, several: 2 } as Record<string, number>)[countWord] ??
        (Number(countWord) || 1))
    : 1;
}

/** Where a trigger's meeting is: "in"/"at" a venue, city or country; the object of a visit; "the Russian capital". */
function whereOf(
  s: string,
  t: Trigger,
  local: EntityMention[],
  attributions: Array<[number, number]>,
  segStart: number,
  segEnd: number,
  own: string,
): Where {
  // Place: "in"/"at" a venue, city or country; the object of a visit; "the Russian capital".
  const where: Where = { venue: null, city: null, country: null, region: null };
  // A place after the trigger ("will meet X at the Y") comes before one in an earlier clause.
  const ordered = [...local.filter((p) => p.start >= t.index), ...local.filter((p) => p.start < t.index)];
  for (const p of ordered) {
    if (p.kind !== 'place' || inRanges(p.start, attributions)) continue;
    const inSegment = p.start >= segStart && p.start < segEnd;
    if (!inSegment || /^['’]s\b|^-/.test(s.slice(p.end, p.end + 3))) continue;
    const pre = s.slice(Math.max(0, p.start - 30), p.start);
    const locative =
      /\b(in|at|inside|near|outside)\s+(the\s+)?$/i.test(pre) ||
      /\b(in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s*$/u.test(pre) ||
      /\bcapital of\s+$/i.test(pre) ||
      (t.kind === 'visit' && /\bvisit\w*\s+(the\s+)?$/i.test(pre)) ||
      (t.kind === 'host' && /\bto\s+(the\s+)?$/i.test(pre)) ||
      (/\b(to|in)\s+(the\s+)?$/i.test(pre) &&
        /\b(arrived|arrives|arrive|landed|lands|travel|travels|traveled|travelled|traveling|travelling|fly|flies|flew|go|goes|went|came|comes|trip|visit\w*|head|heads|headed)\b/i.test(
          s.slice(Math.max(0, p.start - 60), p.start),
        ));
    if (!locative) continue;
    if (p.placeKind !== 'venue' && TOPIC_NOUNS.test(pre.replace(/\s+(in|at)\s+(the\s+)?$/i, ''))) continue;
    if (p.placeKind === 'venue') where.venue ??= p.name;
    else if (p.placeKind === 'city') where.city ??= p.name;
    else if (p.placeKind === 'country') where.country ??= p.name;
    else if (p.placeKind === 'region') where.region ??= p.name;
  }
  if (t.kind === 'social') {
    const m =
      /\bto\s+(?:the|a)\s+((?:[\p{L}’'-]+\s+){0,3}?(?:restaurant|café|cafe|residence|dacha)(?:\s+in\s+the\s+[\p{L}’'-]+\s+park)?)/iu.exec(
        s,
      );
    if (m?.[1]) where.venue ??= m[1].replace(/^(?:\p{Ll}+\s+)+(?=\p{Lu})/u, '');
  }
  const sidelines =
    /\b(?:sidelines of|during|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,5})(?:Conference|Forum|Summit|Games|Dialogue)\b/u.exec(
      own,
    );
  if (sidelines?.[1] && !where.city) {
    for (const word of sidelines[1].trim().split(/\s+/)) {
      const c = cityByName(word, true);
      if (c) {
        where.city = c.name;
        break;
      }
    }
  }
  const capital = /\b(?:in|to|at)\s+the\s+(\p{Lu}[\p{L}-]+)\s+capital\b(?!\s+of)/u.exec(s);
  if (capital?.[1] && !where.city) {
    const c = countryByDemonym(capital[1]);
    if (c?.capital) where.city = c.capital;
  }

  completeWhere(where);
  return where;
}

/** A trigger's status (and whether the wording states it) and its date: the nearest date of its stretch. */
function statusAndDate(
  s: string,
  t: Trigger,
  before: string,
  own: string,
  published: string | null,
  attributions: Array<[number, number]>,
  [segStart, segEnd]: [number, number],
): { status: MeetingStatus; explicit: boolean; date: Candidate['date'] } {
  // Status, date, topic.
  // A noun subject's verb may come late: "A meeting between A and B, set for Friday, has been postponed".
  const lateCancel = t.kind === 'noun' && isCancelled(own.slice(t.length, t.length + 200));
  const { status, explicit } = lateCancel
    ? { status: 'cancelled' as const, explicit: true }
    : statusWithCertainty(before.slice(-90), t.word, own.slice(t.length, t.length + 80));
  // A cancelled meeting that was "scheduled for Friday" was still ahead when it was called off.
  const ahead =
    status === 'planned' ||
    (status === 'cancelled' && /\b(?:scheduled|set|slated|planned|due)\s+(?:for|to)\b/i.test(s));
  const dates = resolveDates(s, published, ahead).filter((d) => {
    if (inRanges(d.index, attributions)) return false;
    if (d.index < segStart || d.index >= segEnd) return false;
    if (SPEECH_BEFORE.test(s.slice(Math.max(0, d.index - 25), d.index))) return false;
    if (SPEECH_AFTER.test(s.slice(d.index + d.length, d.index + d.length + 30))) return false;
    const lead = s.slice(Math.max(0, d.index - 8), d.index);
    if (/\b(since|until|by)\s+$/i.test(lead)) return false;
    // "from March 23-25", "from June 24 to July 5": a stay, dated by its first day; a bare "from May" is a start.
    if (/\bfrom\s+$/i.test(lead) && !/[-–]|\bto\b/.test(d.text)) return false;
    return true;
  });
  dates.sort((a, b) => Math.abs(a.index - t.index) - Math.abs(b.index - t.index));
  const date = dates[0] ? { date: dates[0].date, precision: dates[0].precision } : null;
  return { status, explicit, date };
}

/** Finds every meeting the article states, merging the sentences that speak of the same one. */
export function extractMeetings(input: MeetingInput): MeetingMention[] {
  const { text, sentences, mentions, published } = input;
  const meetings: Meeting[] = [];
  const bySentence = new Map<number, EntityMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }

  const named: NamedAt[] = mentions
    .filter((m) => m.kind === 'person')
    .map((m) => ({
      name: m.name,
      sentence: m.sentence,
      offset: m.start - (sentences[m.sentence]?.start ?? 0),
    }));
  /** The person a pronoun or description subject before the trigger stands for, when no name comes before it. */
  const subjectOf = (s: string, before: string, people: EntityMention[], si: number): string | null => {
    if (people.some((p) => p.start < before.length && eligiblePerson(s, p))) return null;
    const ref = subjectReference(before);
    return ref ? resolveSubject(ref, si, named, input.people ?? []) : null;
  };

  sentences.forEach((sentence, si) => {
    const s = sentence.text;
    const local = (bySentence.get(si) ?? []).map((m) => ({
      ...m,
      start: m.start - sentence.start,
      end: m.end - sentence.start,
      titleStart: (m.titleStart ?? m.start) - sentence.start,
    }));
    const people = local.filter((m) => m.kind === 'person');
    const attributions = attributionRanges(s);
    const found = findTriggers(s).filter((t) => !inRanges(t.index, attributions) || t.kind === 'noun');
    const isRef = (t: Trigger): boolean => {
      if (t.kind !== 'noun') return false;
      const d = determinerOf(s.slice(0, t.index)).det;
      return !!d && DETERMINERS.test(d);
    };
    const triggers = found.some((t) => !isRef(t)) ? found.filter((t) => !isRef(t)) : found;
    let touched: Meeting | null = null;
    const candidates: Candidate[] = [];

    triggers.forEach((t, k) => {
      const before = s.slice(0, t.index);
      const { det, modifiers, prep } =
        t.kind === 'noun' ? determinerOf(before) : { det: null, modifiers: [], prep: null };
      const reference = !!det && DETERMINERS.test(det);
      const freshWords = [...modifiers, ...before.trimEnd().split(/\s+/).slice(-3)].map((w) =>
        w.toLowerCase(),
      );
      const after = s.slice(t.index + t.length, t.index + t.length + 40);
      // A name among the modifiers ("the Security Council meeting") makes it a meeting of its own.
      const modifierWords = modifiers.length ? before.trimEnd().split(/\s+/).slice(-modifiers.length) : [];
      const properModifier = modifierWords.some(
        (w) =>
          /^\p{Lu}\p{Ll}/u.test(w) &&
          !/-/.test(w) &&
          !countryByName(w) &&
          !countryByDemonym(w) &&
          !cityByName(w, true) &&
          !isRegion(w) &&
          !venueByName(w),
      );
      const fresh =
        (reference && properModifier) ||
        freshWords.some((w) => NEW_MARKERS.test(w)) ||
        det === 'another' ||
        /^\s+(again|resume)/i.test(after) ||
        /^\s+will resume/i.test(after);
      if (!reference && isHypothetical(before.slice(-60))) return;
      if (polarityOf(before) === 'negated') return;
      if (t.kind === 'noun' && isProcess(before)) return;
      if (!reference && UNLIKELY_AFTER.test(s.slice(t.index + t.length, t.index + t.length + 90))) return;
      if (
        t.kind === 'noun' &&
        /^discussions?$/i.test(t.word) &&
        !reference &&
        !/\b(hold|held|holding|holds)\s+(?:\w+\s+){0,2}$/i.test(before)
      )
        return;
      const nextTrigger = triggers[k + 1];
      const segEnd = nextTrigger ? nextTrigger.index : s.length;
      const segStart = k === 0 ? 0 : t.index;
      const own = s.slice(t.index, segEnd);
      const topicRef = reference && !!prep && /^(on|about|regarding|over|of|for)$/.test(prep);

      // Participants and parties.
      // Everyone the sentence puts at the table; a reference to a known meeting adds only "with X", "between A and B".
      // The speaker takes part in "X said he would visit …" and in a quoted "I met …".
      const pronounSpeaker =
        /^\s*(he|she)\b/i.test(s.slice(attributions.find(([a]) => a === 0)?.[1] ?? -1)) ||
        /["“][^"”]*\b(I|we)\b[^"”]*$/.test(before) ||
        ELLIPTIC_QUOTE.test(before);
      const speakerEnd = pronounSpeaker ? s.length : 0;
      const allNames = people
        .filter((p) => eligiblePerson(s, p))
        .filter(
          (p) =>
            !inRanges(p.start, attributions) ||
            (pronounSpeaker && p.start < Math.max(speakerEnd, attributions.find(([a]) => a === 0)?.[1] ?? 0)),
        )
        .map((p) => p.name);
      const allGroups = local
        .filter((m) => !inRanges(m.start, attributions))
        .filter(
          (m) =>
            (m.kind === 'group' && eligibleGroup(s, m, people, t.index)) ||
            (m.kind === 'org' &&
              (PARTY_AFTER.test(s.slice(m.end, m.end + 30)) ||
                (m.end <= t.index && /^[\s\p{L}-]{0,20}$/u.test(s.slice(m.end, t.index))))),
        )
        .map((m) => m.name);
      // "the Ukrainian president's meeting with Trump": a possessor of the trigger and a role standing for a person.
      const possessors = people
        .filter((p) => /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(s.slice(p.end, t.index)))
        .map((p) => p.name);
      const byRole = roleMentions(s.slice(Math.max(0, t.index - 60), segEnd), input.people ?? []);
      allNames.push(...possessors, ...byRole);
      const segPeople = [
        ...new Set([
          ...people
            .filter(
              (p) =>
                p.start >= t.index &&
                p.start < segEnd &&
                eligiblePerson(s, p) &&
                !inRanges(p.start, attributions),
            )
            .map((p) => p.name),
          ...possessors,
          ...byRole,
        ]),
      ];
      let names = allNames;
      let groups = allGroups;
      if (reference) {
        names = people
          .filter(
            (p) =>
              /\b(with|and|between)\s+(?:\S+\s+){0,5}$/i.test(
                s.slice(Math.max(0, p.titleStart - 40), p.titleStart),
              ) && p.start > t.index - 60,
          )
          .filter((p) => eligiblePerson(s, p) && !inRanges(p.start, attributions))
          .map((p) => p.name);
        const between = /\bbetween\b/i.exec(own);
        groups = between
          ? local
              .filter((m) => m.kind === 'group' && m.start > t.index + (between.index ?? 0))
              .filter((m) => eligibleGroup(s, m, people, t.index))
              .map((m) => m.name)
          : local
              .filter(
                (m) =>
                  m.kind === 'group' &&
                  m.end <= t.index &&
                  m.start >= t.index - 40 &&
                  /-/.test(s.slice(m.start, m.end)),
              )
              .map((m) => m.name);
      }
      let resolvedSubject = false;
      if (!reference) {
        const subject = subjectOf(s, before, people, si);
        if (subject && !names.includes(subject)) {
          names = [subject, ...names];
          resolvedSubject = true;
        }
      }
      if (t.kind === 'visit' && !reference && new Set(names).size < 2) return;
      if (t.kind === 'social' && new Set(names).size < 2) return;

      const where = whereOf(s, t, local, attributions, segStart, segEnd, own);

      const { status, explicit, date } = statusAndDate(s, t, before, own, published, attributions, [
        segStart,
        segEnd,
      ]);
      let topic = topicRef ? null : topicOf(reference ? s.slice(t.index) : own.slice(t.length));
      // A topic cut by the next trigger word ("a possible second round of | talks") reads on to the sentence's end.
      if (topic && /\b(of|on|for|with|about|to|the|a|an)$/i.test(topic))
        topic = topicOf(s.slice(t.index + t.length));

      const { announcedBy, reportedBy } = attributionOf(s, local, attributions);
      const count = countBefore(s, t);

      candidates.push({
        sentence: si,
        triggerStart: sentence.start + t.index,
        triggerText: t.word,
        triggerKind: t.kind,
        triggers: [t.word],
        resolvedSubject,
        reference: reference || topicRef,
        fresh,
        sequel: k > 0 && SEQUEL.test(before),
        people: [...new Set(names)],
        groups: [...new Set(groups)],
        where,
        date,
        topic,
        status,
        statusExplicit: explicit,
        announcedBy,
        reportedBy,
        count,
        inheritParties: BOTH_SIDES.test(s),
        inheritPeople:
          /\b(?:both|the two) (?:leaders|presidents|ministers|men|women)\b|\b(?:both|the two)\s+(?=met|held|hold|will|would|are|were|have|had|discussed|agreed|sat)\b/i.test(
            s,
          ),
        segPeople,
        allPeople: [...new Set(allNames)],
        allGroups: [...new Set(allGroups)],
        continuation: CONTINUATION.test(s.slice(Math.max(0, t.index - 20), t.index + t.length + 20)),
        background: BACKGROUND.test(before.slice(-60)) || /\bprevious(ly)?\b/i.test(s),
      });
    });

    // Within a sentence, triggers of one event merge unless place or date tell them apart.
    const own: Candidate[] = [];
    const hasNonReference = candidates.some((c) => !c.reference);
    for (const c of candidates) {
      if (c.reference && hasNonReference) continue;
      const prev = own[own.length - 1];
      if (
        prev &&
        !placeConflict(prev.where, c.where) &&
        !dateConflict(prev.date, c.date) &&
        !(c.fresh && c.count > 1) &&
        !c.sequel
      ) {
        absorb(prev, c);
        continue;
      }
      // A second meeting in the sentence keeps the people of its own stretch, when it names any.
      if (prev && c.segPeople.length) {
        c.people = c.segPeople;
        prev.people = prev.people.filter((p) => !c.segPeople.includes(p) || prev.segPeople.includes(p));
      }
      own.push(c);
    }

    for (const c of own) {
      const target = findTarget(meetings, c, si);
      if (target) {
        mergeInto(target, c, si);
        touched = target;
        continue;
      }
      // A bare mention ("ceasefire talks have stalled") with no parties, place or date of its own states no meeting.
      const own = c.people.length > 0 || c.groups.length > 0 || !!c.date || !!wherePreferred(c.where);
      if (!own && !c.inheritParties && !c.continuation) continue;
      if (c.reference && !c.date && !wherePreferred(c.where)) continue;
      const m: Meeting = { ...c, sentences: [si], affiliations: [] };
      if (c.reference) {
        m.people = c.allPeople;
        m.groups = c.allGroups;
      }
      meetings.push(m);
      touched = m;
    }

    // "The U.S. delegation was led by X", "Lavrov will be accompanied by Y": members of the last meeting.
    if (COMPOSITION.test(s) || ENUMERATION.test(s)) {
      const target = touched ?? meetings[meetings.length - 1];
      if (target && si - Math.max(...target.sentences) <= 3) {
        const added = people.filter((p) => eligiblePerson(s, p)).map((p) => p.name);
        const addedGroups = local
          .filter((m) => m.kind === 'group' && /^\s+delegations?\b/i.test(s.slice(m.end, m.end + 14)))
          .map((m) => m.name);
        if (added.length || addedGroups.length) {
          target.people = [...new Set([...target.people, ...added])];
          target.groups = [...new Set([...target.groups, ...addedGroups])];
          if (!target.sentences.includes(si)) target.sentences.push(si);
        }
      }
    }
    for (const m of meetings) {
      if (m.sentences.includes(si)) {
        m.affiliations = [
          ...new Set([
            ...m.affiliations,
            ...people.filter((p) => m.people.includes(p.name) && p.country).map((p) => p.country as string),
          ]),
        ];
      }
    }
  });

  // Parties from context ("the two sides agreed to meet again"), dates from the report, final shape.
  const out: MeetingMention[] = [];
  meetings.forEach((m, i) => finish(m, i));
  return out;

  /** The final shape of one meeting: parties from context, a date from the report, place, split, confidence. */
  function finish(m: Meeting, i: number): void {
    const prev = meetings
      .slice(0, i)
      .reverse()
      .find((p) => p.groups.length || p.people.length);
    if (prev && (m.inheritParties || (m.continuation && !m.people.length && !m.groups.length))) {
      m.groups = [...new Set([...m.groups, ...prev.groups, ...prev.affiliations])];
      if (m.inheritPeople) m.people = [...new Set([...m.people, ...prev.people])];
      if (m.continuation) m.topic ??= prev.topic;
    }
    if (!m.people.length && !m.groups.length) return;
    // One person, no counterpart and nowhere: nobody was met ("Zelensky attended a summit").
    if (m.people.length === 1 && !m.groups.length && !wherePreferred(m.where) && !input.dateline) return;
    const first = sentences[m.sentences[0] ?? 0] as Sentence;
    let date = m.date ?? visitDay(m, i) ?? sameStretchDate(m, i) ?? leadInDate(m);
    let dateSource: 'text' | 'published' = 'text';
    if (
      !date &&
      m.count <= 1 &&
      !/\bsince\b/i.test(first.text) &&
      !/\b(?:an?|one|two|three|several|few)\s+(?:days?|weeks?|months?)\s+(?:after|before|later|earlier)\b/i.test(
        first.text,
      ) &&
      published &&
      m.status !== 'planned' &&
      m.status !== 'cancelled' &&
      !m.background &&
      (m.sentences[0] ?? 99) <= 3 &&
      !BACKGROUND.test(first.text)
    ) {
      date = { date: published, precision: 'day' };
      dateSource = 'published';
    }
    if (!wherePreferred(m.where) && input.dateline && first.paragraph === 0) {
      const [city, region] = input.dateline.split(/,\s*/);
      const c = city ? cityByName(city) : null;
      if (c) m.where.city = c.name;
      else if (region && countryByName(region)) m.where.country = countryByName(region)?.name ?? null;
      completeWhere(m.where);
    }
    const venue = m.where.venue;
    const knownVenue = venue ? venueByName(venue) : null;
    let city = m.where.city ?? knownVenue?.city ?? null;
    if (!city && venue) {
      const inCity = /\bin\s+(\p{Lu}[\p{L}-]+)$/u.exec(venue);
      if (inCity?.[1] && cityByName(inCity[1])) city = cityByName(inCity[1])?.name ?? null;
    }
    const country =
      m.where.country ?? knownVenue?.country ?? (city ? (cityByName(city)?.country ?? null) : null);
    const spans: EvidenceSpan[] = [...m.sentences]
      .sort((a, b) => a - b)
      .map((idx) => sentences[idx] as Sentence)
      .map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
    const groups = [...new Set([...m.groups])];
    const stated = date?.date ?? null;
    const base: MeetingMention = {
      participants: m.people,
      participant_groups: groups,
      place: venue ?? city ?? m.where.region ?? m.where.country,
      city,
      country,
      date: date?.date ?? null,
      date_precision: date?.precision ?? 'unknown',
      date_source: date ? dateSource : null,
      topic: m.topic,
      status: dateSource === 'text' ? settleStatus(m.status, stated, published) : m.status,
      announced_by: m.announcedBy,
      reported_by: m.reportedBy,
      evidence: spans.map((s) => s.text).join(' '),
      evidence_spans: spans,
      ...(m.count > 1 ? { count: m.count } : {}),
      trigger: m.triggers.join(', '),
      confidence: 0,
    };
    const features = {
      triggerKind: m.triggerKind,
      statusExplicit: m.statusExplicit,
      hasDate: !!stated,
      hasPlace: !!base.place,
      resolvedSubject: m.resolvedSubject,
      reference: m.reference,
    };
    const split = splitOf(m);
    for (const participants of split ?? [m.people]) {
      const groupsHere = split ? groupsOf(participants, groups) : groups;
      out.push({
        ...base,
        participants,
        participant_groups: groupsHere,
        confidence: confidenceOf({
          ...features,
          people: participants.length,
          groups: groupsHere.length,
          split: !!split,
        }),
      });
    }
  }

  /**
   * The date of an earlier meeting of the same person, one to three sentences before, with the same status:
   * "X visited Chile on Monday … In addition, X visited A and B" happened that Monday too.
   */
  function sameStretchDate(m: Meeting, i: number): Candidate['date'] {
    const start = Math.min(...m.sentences);
    for (let k = i - 1; k >= 0; k--) {
      const p = meetings[k] as Meeting;
      const gap = start - Math.max(...p.sentences);
      // In one sentence, two meetings are told apart ("a day after his meeting with …"): no shared date.
      if (gap > 3 || gap < 1) continue;
      if (p.date && p.status === m.status && p.people.some((n) => m.people.includes(n))) return p.date;
    }
    return null;
  }

  /**
   * "On the second day of his visit, … a meeting with Y": the first day is the earliest day-dated meeting of the
   * same person before it.
   */
  function visitDay(m: Meeting, i: number): Candidate['date'] {
    const n = dayOfVisit(sentences[m.sentences[0] ?? 0]?.text ?? '');
    if (!n) return null;
    const first = meetings
      .slice(0, i)
      .filter((p) => p.date?.precision === 'day' && p.people.some((x) => m.people.includes(x)))
      .map((p) => p.date?.date ?? '')
      .sort()[0];
    return first ? { date: addDays(first, n - 1), precision: 'day' } : null;
  }

  /**
   * "On Wednesday, March 19, X will fly to Mumbai. In Mumbai, Y will call on X": a dateless meeting takes the one
   * date of the sentence before it, in its paragraph, when that sentence names one of its people and states no
   * meeting of its own.
   */
  function leadInDate(m: Meeting): Candidate['date'] {
    const si = Math.min(...m.sentences);
    const prev = sentences[si - 1];
    const here = sentences[si];
    if (!prev || !here || prev.paragraph !== here.paragraph) return null;
    if (meetings.some((o) => o.sentences.includes(si - 1))) return null;
    const names = mentions.filter((p) => p.kind === 'person' && p.sentence === si - 1).map((p) => p.name);
    if (!names.some((n) => m.people.includes(n))) return null;
    const dates = resolveDates(prev.text, published, m.status === 'planned');
    return dates.length === 1 && dates[0] ? { date: dates[0].date, precision: dates[0].precision } : null;
  }

  /** One participant list per counterpart when the meeting's sentence states separate meetings. */
  function splitOf(m: Meeting): string[][] | null {
    for (const si of m.sentences) {
      const sentence = sentences[si] as Sentence;
      const persons = mentions
        .filter((p) => p.kind === 'person' && p.sentence === si && m.people.includes(p.name))
        .map((p) => ({ name: p.name, start: p.start - sentence.start }));
      const here = new Set(persons.map((p) => p.name));
      const lists = splitCounterparts(
        sentence.text,
        persons,
        m.people.filter((n) => !here.has(n)),
      );
      if (lists && lists.length > 1) return lists;
    }
    return null;
  }

  /** The groups of a split meeting: those its own participants belong to. */
  function groupsOf(participants: string[], groups: string[]): string[] {
    const mine = new Set(
      (input.people ?? []).filter((p) => participants.includes(p.name)).map((p) => p.affiliation),
    );
    return groups.filter((g) => mine.has(g));
  }
}

/** The topic after a trigger: "on embassy operations", "regarding the work of embassies", "focused on …". */
export function topicOf(after: string): string | null {
  const re =
    /\b(on|about|regarding|concerning|over|focused on|focusing on|focus(?:es)? (?:\w+ )?on|to discuss|to address|dedicated to|devoted to|aims? to address)\s+(?!behalf\b|the sidelines\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\w*\.?\s*\d|\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(.+?)(?=,|;|\.(?:\s|$)|(?<!\b(?:conflict|war|peace|ceasefire|truce|situation|crisis|security|stability|settlement|invasion|fighting|aggression|occupation|sanctions))\s+in\s+(?:the\s+)?\p{Lu}|\s+at\s|\s+on\s+(?:\p{Lu}|\d)|\s+(?:and|but)\s+(?:\w+\s+)?(?:said|says|will|would|were|was|is|are|have|has|had|met|held|lasted)\b|\s+(?:which|who|that)\b|$)/gu;
  for (const m of after.matchAll(re)) {
    if (m[1] === 'over' && (m.index ?? 0) > 2) continue;
    const topic = m[2]?.replace(/["“”]/g, '').trim();
    if (!topic || topic.length < 3 || MONTH_OR_DAY.test(topic)) continue;
    if (/^(the|a|an|this|that|its|their|it|them)$/i.test(topic)) continue;
    if (
      /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|an? (?:hour|day|week|month))\b/i.test(
        topic,
      )
    )
      continue;
    return topic.length > 120 ? `${topic.slice(0, 117)}…` : topic;
  }
  return null;
}
