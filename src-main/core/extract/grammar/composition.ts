// The composition pass: sentences that say who made up the last meeting ("The U.S. delegation was led by X",
// "The five leaders are A, B and C") add those people to it; each meeting learns its people's countries.
import type { SentenceView } from './context';
import type { Meeting } from './merge';
import { eligiblePerson } from './parties';

const ENUMERATION =
  /^\s*(?:the|these|those)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|other|visiting)\s+)?(?:leaders|presidents|heads of state|ministers|officials|counterparts|envoys|delegates|guests)\s+(?:are|were|included|include)\b/i;
// "Those present were A, B and C", "Others are D and E": the list goes on with who attended.
const PRESENT_LIST =
  /^\s*(?:(?:those|others|the others)\s+(?:present|attending|in attendance)|others)\s+(?:are|were|included|include)\b/i;
const COMPOSITION =
  /\b(?:delegations?|team|side)\b[^.;]{0,40}?\b(?:led|headed|chaired|include[sd]?|including|comprised|consist(?:s|ed|ing) of)\b|\baccompanied by\b|\bhead(?:s|ed)? of the [\w\s’'-]{0,30}?delegation\b|\bjoined by\b|\b(?:also\s+)?(?:took part|participated|joined the (?:talks|meeting|negotiations)|attend(?:ed|ing) the (?:talks|meeting|negotiations)|(?:was|were) also present)\b/i;

/** Whether a sentence says who took part in a meeting rather than stating one. */
export function statesComposition(s: string): boolean {
  return COMPOSITION.test(s) || ENUMERATION.test(s) || PRESENT_LIST.test(s);
}

/** Adds the people and delegations a composition sentence names to `touched`, or to the last meeting nearby. */
export function addMembers(meetings: Meeting[], touched: Meeting | null, v: SentenceView): void {
  if (!statesComposition(v.s)) return;
  const target = touched ?? meetings[meetings.length - 1];
  if (!target || v.si - Math.max(...target.sentences) > 3) return;
  const added = v.people.filter((p) => eligiblePerson(v.s, p)).map((p) => p.name);
  const addedGroups = v.local
    .filter((m) => m.kind === 'group' && /^\s+delegations?\b/i.test(v.s.slice(m.end, m.end + 14)))
    .map((m) => m.name);
  if (!added.length && !addedGroups.length) return;
  target.people = [...new Set([...target.people, ...added])];
  target.groups = [...new Set([...target.groups, ...addedGroups])];
  if (!target.sentences.includes(v.si)) target.sentences.push(v.si);
}

/** Adds the countries of the people of sentence `v` to the meetings that sentence states. */
export function addAffiliations(meetings: Meeting[], v: SentenceView): void {
  for (const m of meetings) {
    if (!m.sentences.includes(v.si)) continue;
    const countries = v.people
      .filter((p) => m.people.includes(p.name) && p.country)
      .map((p) => p.country as string);
    m.affiliations = [...new Set([...m.affiliations, ...countries])];
  }
}

// "- Hon. A B, Prime Minister of C": a list line that names one person and what they are, with no sentence end.
const ROSTER_LEAD = /^\s*(?:[-–•*]\s*)?(?:(?:Hon|H\.E|Ms|Mr|Mrs|Dr|Sir|Dame)\.?\s+)*$/;

/** The person a roster line lists ("- Hon. A B, Prime Minister of C"), or null when the sentence is no such line. */
export function rosterName(v: SentenceView): string | null {
  const [first, ...others] = v.people;
  if (!first || others.length || /[.!?]["”’]?\s*$/.test(v.s)) return null;
  if (!ROSTER_LEAD.test(v.s.slice(0, first.titleStart))) return null;
  return /^,\s/.test(v.s.slice(first.end)) ? first.name : null;
}

const ARRIVED = /\b(?:landed|arrived|arrive|arrives)\s+(?:at|in)\b/i;
const GATHERING = /^(?:summit|conference|forum)s?$/i;

/**
 * "The ministers of A and B landed in X ahead of a summit … C, D and E all landed at the F Air Base": people who
 * arrive, in a sentence that states no meeting, attend the summit told up to three sentences before; the place
 * they land at is not the summit's.
 */
export function addArrivals(meetings: Meeting[], touched: Meeting | null, v: SentenceView): void {
  if (touched || v.people.length < 2 || !ARRIVED.test(v.s)) return;
  const target = [...meetings]
    .reverse()
    .find((m) => v.si - Math.max(...m.sentences) <= 3 && m.triggers.some((w) => GATHERING.test(w)));
  if (!target) return;
  const added = v.people.filter((p) => eligiblePerson(v.s, p)).map((p) => p.name);
  target.people = [...new Set([...target.people, ...added])];
  if (!target.sentences.includes(v.si)) target.sentences.push(v.si);
}
