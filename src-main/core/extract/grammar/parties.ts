// The parties pass: who sits at the table of a trigger's meeting, people and countries or groups, leaving out
// possessors, objects of "to/of/for", places, currencies, news agencies and the sentence's attribution.
import type { PersonMention } from '../../../common/extraction';
import { countryByDemonym, countryByName, leaderBySurnameKey } from '../../lexicon/gazetteer';
import { CURRENCY_WORDS, HEADS_NOUNS, MEMBER_NOUNS, NON_PARTY_NOUNS, cueRegExp } from '../../lexicon/cues';
import type { EntityMention } from '../entities';
import { inRanges } from './attribution';
import type { LocalMention, SentenceView, TriggerSpan } from './context';
import type { Trigger } from './triggers';

const CURRENCY_AFTER = cueRegExp(CURRENCY_WORDS, 'start');
// "German and French companies": a demonym describing things or people, itself or through a coordination.
const DESCRIBED_AFTER = new RegExp(
  `^(?:\\s*(?:,|and|or)\\s+\\p{Lu}[\\p{L}-]+)*\\s+(?:${NON_PARTY_NOUNS.join('|')})\\b`,
  'u',
);
const PARTY_NOUNS =
  /\b(representatives|delegations?|officials|leaders|ministers|envoys|negotiators|teams?|heads|presidents|governments?|sides?|diplomats|counterparts|administration)\s*(?:from|of)?\s*(?:the\s+)?$/i;
const DELEGATION_FROM =
  /\b(?:delegations?|mission|team)\s+from\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:of\s+(?:the\s+)?)?){0,6}$/u;
// "the Union negotiators", "HU, Heads of State": the organisation's people take part (a comma only before heads).
const PARTY_AFTER = new RegExp(`^(?:\\s+(?:${MEMBER_NOUNS.join('|')})|,\\s+(?:${HEADS_NOUNS}))\\b`, 'i');
// "“Great meeting with the President,” X said": a quote opening on a meeting with no subject is the speaker's own.
const ELLIPTIC_QUOTE = /["“]\s*(?:[\p{L}-]+\s+){0,2}$/u;
const ROLE_NOUN =
  /\bthe\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(president|leader|prime minister|pm|premier|chancellor|foreign minister|fm|defen[cs]e minister|king|crown prince|emir|envoy|negotiator)\b(?!\s+\p{Lu})/giu;
/** Short role nouns and the words the article may use in their place. */
const ROLE_SYNONYMS: Record<string, string[]> = {
  leader: ['leader', 'president', 'prime minister', 'chancellor'],
  pm: ['prime minister', 'pm'],
  'prime minister': ['prime minister', 'pm'],
  fm: ['foreign minister', 'fm'],
  'foreign minister': ['foreign minister', 'fm'],
};
const LEADER_NOUNS = ['leader', 'president', 'prime minister', 'premier', 'chancellor'];

/** Whether a person mention can be a participant: not a possessor, not the object of "to/of/for/from". */
export function eligiblePerson(text: string, m: EntityMention): boolean {
  const after = text.slice(m.end, m.end + 3);
  if (/^['’]s\b/.test(after)) return false;
  const from = Math.min(m.titleStart ?? m.start, m.start);
  // "the late President X": someone dead is at no table.
  if (/\bthe\s+late\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(text.slice(Math.max(0, m.start - 60), m.start)))
    return false;
  const before = text.slice(Math.max(0, from - 20), from);
  // "…we will soon see!” — Anna Berg": the signature of a quoted post is its author, at no table.
  if (/[.!?…"”]\s*[—–]\s*$/.test(before)) return false;
  // "at the invitation of X", "a luncheon in honour of X": the host who invites, the guest honoured.
  if (/\b(?:invitation|hono(?:u)?r)\s+of\s+(?:the\s+)?$/i.test(before)) return true;
  // "House of Representatives Speaker X": the "of" of an institution's name glued to the title, not "the wife of X".
  if (/\b\p{Lu}[\p{L}-]*\s+of\s+$/u.test(before) && m.titleStart !== undefined && m.titleStart < m.start)
    return true;
  // "a coup attempt on President X", "sanctions on X": the object of "on" is at no table, unless called on.
  if (
    /\bon\s+(?:the\s+)?$/i.test(before) &&
    !/\b(?:call(?:s|ed|ing)?|waited)\s+on\s+(?:the\s+)?$/i.test(before)
  )
    return false;
  return !/\b(of|to|for|from|against|about|toward|towards|than|like|behalf of|instructions from)\s+(the\s+)?$/i.test(
    before,
  );
}

/** "a delegation from the Senate of the Republic of X": the country that sends a delegation is a party. */
function fromDelegation(text: string, m: EntityMention): boolean {
  return DELEGATION_FROM.test(text.slice(Math.max(0, m.start - 80), m.start));
}

const WAR_BETWEEN =
  /\b(?:war|conflict|fighting|tensions?|dispute|clashes|hostilities|crisis)\s+(?:between|involving)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:(?:and|,)\s+(?:the\s+)?)?$/u;

const HOSTED_EVENT =
  /\b(?:summit|meeting|conference|forum|games|championship)s?,\s+(?:which|that)\s+(?:will|would|is|was|has|had)\s+(?:be\s+|been\s+)?hosted\s+by\s+(?:the\s+)?$/i;

/** Whether the words around a group mention make it a place, a topic, a currency or a description. */
function groupIsNotParty(text: string, m: EntityMention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (
    /\b(in|to|at|into|on|about|over|regarding|against|toward|towards|near|across|inside|throughout|within|for)\s+(the\s+)?$/i.test(
      before,
    )
  )
    return true;
  if (/\b(of|from)\s+(the\s+)?$/i.test(before) && !PARTY_NOUNS.test(before) && !fromDelegation(text, m))
    return true;
  if (/\b(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s*$/u.test(before)) return true;
  // "due to the war between Israel and Hamas": the sides of a war a sentence mentions are its topic.
  if (WAR_BETWEEN.test(text.slice(Math.max(0, m.start - 60), m.start))) return true;
  // "… the Leaders Summit, which will be hosted by India this year": the host of an event named in a clause.
  if (HOSTED_EVENT.test(text.slice(Math.max(0, m.start - 60), m.start))) return true;
  const after = text.slice(m.end, m.end + 30);
  if (CURRENCY_AFTER.test(after)) return true;
  if (DESCRIBED_AFTER.test(text.slice(m.end, m.end + 60))) return true;
  return /^(?:['’]s)?\s+(?:state[- ]\w+\s+)?(?:news agency|media|state media|press|agency|outlet|television|tv)\b/i.test(
    after,
  );
}

/** Whether a group mention names a party here, not a location or topic ("in Ukraine", "on Iran's"). */
export function eligibleGroup(
  text: string,
  m: EntityMention,
  people: EntityMention[],
  trigger: number,
): boolean {
  if (people.some((p) => m.start >= (p.titleStart ?? p.start) && m.end <= p.end)) return false;
  // "Iran-US talks", "Russian-American meeting": a compound of parties names the parties.
  if (/-/.test(text.slice(m.start, m.end)) && trigger >= m.end && trigger - m.end < 45) return true;
  return !groupIsNotParty(text, m);
}

const BARE_ROLE = /\b(CM|PM|FM)\b(?:\s+(\p{Lu}[\p{L}-]*))?/gu;
const BARE_ROLE_NAMES: Record<string, string[]> = {
  CM: ['chief minister', 'cm'],
  PM: ['prime minister', 'pm'],
  FM: ['foreign minister', 'fm'],
};

/** "met CM Punjab", "briefed CM on": a bare CM, PM or FM not before a name is the one holder of the role. */
function bareRoleMentions(text: string, people: PersonMention[]): string[] {
  const out: string[] = [];
  const nameWords = new Set(people.flatMap((p) => p.name.split(' ')));
  for (const m of text.matchAll(BARE_ROLE)) {
    if (m[2] && nameWords.has(m[2])) continue;
    const nouns = BARE_ROLE_NAMES[m[1] ?? ''] ?? [];
    const holders = people.filter((p) => p.roles.some((r) => nouns.some((n) => holdsRole(r, n))));
    if (holders.length === 1 && holders[0]) out.push(holders[0].name);
  }
  return out;
}

// "Mr. Putin and the Pope, who have met twice before": an office held by one person at a time, named alone.
const THE_OFFICE =
  /\bthe\s+(Pope|Pontiff|Chancellor|Emir|King|Queen|Crown Prince|Speaker|Secretary-General|Taoiseach)\b(?!\s+(?:of\s+)?\p{Lu})/gu;

/** The one person of the article whose role is the office "the Pope", "the Chancellor" names alone. */
function officeMentions(text: string, people: PersonMention[]): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(THE_OFFICE)) {
    const office = (m[1] ?? '').toLowerCase();
    const holders = people.filter((p) => p.roles.some((r) => holdsRole(r, office)));
    if (holders.length === 1 && holders[0]) out.push(holders[0].name);
  }
  return out;
}

/** Whether a role is the noun's own, not a deputy's or a former holder's. */
function holdsRole(role: string, noun: string): boolean {
  return new RegExp(`\\b(?<!(?:deputy|vice|former) )${noun}\\b`, 'i').test(role);
}

/** The one person of the article holding role `noun` for the country `words` names ("Russian", "leader"), or null. */
function roleHolder(words: string, noun: string, people: PersonMention[]): string | null {
  const country = (countryByDemonym(words) ?? countryByName(words))?.name;
  if (!country) return null;
  const nouns = ROLE_SYNONYMS[noun] ?? [noun];
  const leaderNoun = LEADER_NOUNS.includes(noun) || noun === 'pm';
  const holds = (p: PersonMention): boolean =>
    p.roles.some((r) => nouns.some((n) => holdsRole(r, n))) ||
    (leaderNoun && leaderBySurnameKey(p.name.split(' ').pop() ?? '')?.country === country);
  const found = people.filter((p) => p.affiliation === country && holds(p));
  // "the New Zealand PM": else the one holder of the role whose country the article does not say.
  const unplaced = people.filter((p) => !p.affiliation && holds(p));
  const one = found.length ? found : unplaced;
  return one.length === 1 && one[0] ? one[0].name : null;
}

// "the Russian and Ukrainian presidents": one holder of the role for each country.
const ROLE_PAIR =
  /\bthe\s+(\p{Lu}[\p{L}-]+)\s+and\s+(\p{Lu}[\p{L}-]+)\s+(president|leader|prime minister|premier|chancellor|foreign minister)s\b/giu;

/** People a text names by role alone: "the Russian leader" is the one Russian the article calls leader or president. */
export function roleMentions(text: string, people: PersonMention[]): string[] {
  const out: string[] = [...bareRoleMentions(text, people), ...officeMentions(text, people)];
  for (const m of text.matchAll(ROLE_NOUN)) {
    const one = roleHolder(m[1] ?? '', (m[2] ?? '').toLowerCase(), people);
    if (one) out.push(one);
  }
  for (const m of text.matchAll(ROLE_PAIR)) {
    const noun = (m[3] ?? '').toLowerCase();
    const both = [m[1], m[2]].map((w) => roleHolder(w ?? '', noun, people));
    for (const one of both) if (one) out.push(one);
  }
  return out;
}

const SPEAKER_ADVERBIAL =
  /\b(?:after|following|before|ahead of|upon|while|when)\s+(?:(?:his|her|their)\s+)?(?:(?:holding|having|having held|a|an)\s+)?(?:[\p{Ll}-]+\s+)?$|\b(?:during|in|at)\s+(?:a|an|his|her|their|the)\s+(?:[\p{Ll}-]+\s+)?$/iu;

/** The people a sentence puts at the table; the speaker counts in "X said he would visit …" and a quoted "I met …". */
function sentenceNames(v: SentenceView, before: string): string[] {
  const { s, people, attributions } = v;
  const leadEnd = attributions.find(([a]) => a === 0)?.[1];
  const pronounSpeaker =
    /^\s*(he|she)\b/i.test(s.slice(leadEnd ?? -1)) ||
    /["“][^"”]*\b(I|we)\b[^"”]*$/.test(before) ||
    ELLIPTIC_QUOTE.test(before);
  // "X told reporters after meeting Y", "After talks with Y, X said": the speaker of an adverbial meeting met.
  const speakerMet = pronounSpeaker || SPEAKER_ADVERBIAL.test(before);
  const speakerEnd = speakerMet ? s.length : 0;
  return people
    .filter((p) => eligiblePerson(s, p))
    .filter(
      (p) => !inRanges(p.start, attributions) || (speakerMet && p.start < Math.max(speakerEnd, leadEnd ?? 0)),
    )
    .map((p) => p.name);
}

/** "leaders from the Union", "officials of the Bank": the words before an organisation say its people take part. */
function peopleOf(before: string): boolean {
  return /\b(?:from|of)\s+(?:the\s+)?$/i.test(before) && PARTY_NOUNS.test(before);
}

/** "the ministerial meeting of the Harbour Council": an organisation right after the meeting noun and "of". */
const MEETING_OF = /^\s+of\s+(?:the\s+)?$/i;

/** "was due to meet with the Harbour Union", "a meeting with the Fund": the organisation met, right after "with". */
const MET_WITH = /^\s+with\s+(?:the\s+)?$/i;

/** The countries, groups and organisations a sentence names as parties of the trigger `t`. */
function sentenceGroups(v: SentenceView, t: Trigger): string[] {
  const { s, local, people, attributions } = v;
  const at = t.index;
  return local
    .filter((m) => !inRanges(m.start, attributions))
    .filter(
      (m) =>
        (m.kind === 'group' && eligibleGroup(s, m, people, at)) ||
        (m.kind === 'org' &&
          (PARTY_AFTER.test(s.slice(m.end, m.end + 30)) ||
            peopleOf(s.slice(Math.max(0, m.start - 50), m.start)) ||
            (m.end <= at && /^[\s\p{L}-]{0,20}$/u.test(s.slice(m.end, at))) ||
            // "the UN General Assembly": a body whose name ends on the trigger (never a summit's own name).
            (m.start < at && m.end >= at + t.length && /^(?:Assembly|Congress)$/.test(t.word)) ||
            (t.kind === 'noun' && m.start > at && MEETING_OF.test(s.slice(at + t.length, m.start))) ||
            (m.start > at && MET_WITH.test(s.slice(at + t.length, m.start))))),
    )
    .map((m) => m.name);
}

const INCLUDING = /["”]?\s*[—–-]\s*including\b[^—–();]*/i;

const FRONTED = /^\s*(?:at|during|in)\s+(?:the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;

/** "At the meeting with Y, X said", "During his talks with Y, X stressed": the subject the fronted meeting opens. */
function frontedSubject(v: SentenceView, t: Trigger, met: string[]): string[] {
  const { s, people } = v;
  if (!FRONTED.test(s.slice(0, t.index))) return [];
  const subject = people.find((p) => {
    const from = Math.min(p.titleStart ?? p.start, p.start);
    return (
      p.start > t.index &&
      !met.includes(p.name) &&
      /,\s*(?:\p{Ll}+\s+)?$/u.test(s.slice(Math.max(0, from - 20), from)) &&
      eligiblePerson(s, p)
    );
  });
  return subject ? [subject.name] : [];
}

/** A reference to a known meeting adds only "with X", "between A and B" and compounds before the noun. */
function referenceParties(
  v: SentenceView,
  span: TriggerSpan,
): { names: string[]; groups: string[]; fronted: boolean } {
  const { s, local, people, attributions } = v;
  const { t, own } = span;
  const names = people
    .filter(
      (p) =>
        // "and offered up Mr B instead": a verb between "and" and the name makes B no party of the meeting.
        /\b(with|and|between)\s+(?:(?!\p{Ll}+(?:ed|ing)\s)\S+\s+){0,5}$/iu.test(
          s.slice(Math.max(0, p.titleStart - 40), p.titleStart),
        ) &&
        p.start > t.index - 60 &&
        p.start < span.segEnd,
    )
    .filter((p) => eligiblePerson(s, p) && !inRanges(p.start, attributions))
    .map((p) => p.name);
  // "all the principals — including A, B and C — agreed to move the meeting": those listed take part.
  const including = INCLUDING.exec(s);
  if (including) {
    const [a, b] = [including.index, including.index + including[0].length];
    names.push(
      ...people
        .filter((p) => p.start > a && p.start < b && !inRanges(p.start, attributions))
        .map((p) => p.name),
    );
  }
  const counterparts = names.length;
  const fronted = frontedSubject(v, t, names);
  names.push(...fronted);
  const between = /\bbetween\b/i.exec(own);
  const isGroup = (m: LocalMention): boolean => m.kind === 'group';
  const groups = between
    ? local
        .filter((m) => isGroup(m) && m.start > t.index + (between.index ?? 0))
        .filter((m) => eligibleGroup(s, m, people, t.index))
        .map((m) => m.name)
    : local
        .filter(
          (m) =>
            isGroup(m) && m.end <= t.index && m.start >= t.index - 40 && /-/.test(s.slice(m.start, m.end)),
        )
        .map((m) => m.name);
  return { names, groups, fronted: counterparts > 0 && fronted.length > 0 };
}

/**
 * "at the invitation of President X, who extended it during his visit to Y": the person a ", who" clause
 * describes is the subject of the trigger in that clause, whatever comes before the name.
 */
function relativeSubjects(v: SentenceView, t: Trigger): string[] {
  const { s, people, attributions } = v;
  const last = people.filter((p) => p.end <= t.index).pop();
  if (!last || inRanges(last.start, attributions)) return [];
  const clause = /^,\s*who\b([^,;]*)$/.exec(s.slice(last.end, t.index));
  return clause ? [last.name] : [];
}

/** The parties of one trigger: those of its meeting, of the whole sentence, and of its own stretch. */
export interface Parties {
  names: string[];
  groups: string[];
  allNames: string[];
  allGroups: string[];
  segPeople: string[];
  /** "At the meeting with Y, X said": a meeting told with both its sides, whatever came before it. */
  fronted: boolean;
}

/** The parties of the trigger of `span` in sentence `v`; `roster` resolves roles used as names. */
export function partiesOf(
  v: SentenceView,
  span: TriggerSpan,
  reference: boolean,
  roster: PersonMention[],
): Parties {
  const { s, people, attributions } = v;
  const { t, before, segEnd } = span;
  const allNames = sentenceNames(v, before);
  const allGroups = sentenceGroups(v, t);
  // "the Ukrainian president's meeting with Trump": a possessor of the trigger and a role standing for a person.
  const possessors = people
    .filter((p) => /^['’]s\s+(?:[\p{L}-]+\s+){0,4}$/u.test(s.slice(p.end, t.index)))
    .map((p) => p.name);
  const byRole = roleMentions(s.slice(Math.max(0, t.index - 60), segEnd), roster);
  allNames.push(...possessors, ...byRole, ...relativeSubjects(v, t));
  const inStretch = people.filter(
    (p) => p.start >= t.index && p.start < segEnd && eligiblePerson(s, p) && !inRanges(p.start, attributions),
  );
  const segPeople = [...new Set([...inStretch.map((p) => p.name), ...possessors, ...byRole])];
  const own = reference ? referenceParties(v, span) : { names: allNames, groups: allGroups, fronted: false };
  return { ...own, allNames, allGroups, segPeople };
}
