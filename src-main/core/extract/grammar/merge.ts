// The merging pass: whether a trigger's candidate is a meeting already stated (in the sentence or before it),
// and how two statements of one meeting combine.
import type { DatePrecision, MeetingStatus } from '../../../common/extraction';

/** A place a meeting is located at, most specific first. */
export interface Where {
  venue: string | null;
  city: string | null;
  country: string | null;
  region: string | null;
  /** "the NATO summit": a named gathering, the place only when nothing more precise is named; never a conflict. */
  event?: string | null;
}

/** One statement of a meeting by a trigger: its parties, place, date, status and how it refers back. */
export interface Candidate {
  sentence: number;
  triggerStart: number;
  triggerText: string;
  triggerKind: 'noun' | 'meet' | 'visit' | 'host' | 'travel' | 'social';
  /** Every trigger word merged into this meeting, in order. */
  triggers: string[];
  /** Whether the subject was a pronoun or description resolved to a name. */
  resolvedSubject: boolean;
  reference: boolean;
  fresh: boolean;
  /** "the 54th Harbour Leaders Meeting": the proper name of the event, when the trigger is part of one. */
  eventName?: string | null;
  /** "the possibility of holding the summit": a reference that may join a meeting but states none alone. */
  hypothetical?: boolean;
  /** "Also attending the meeting were X and Y": the sentence says who took part, not where the meeting stands. */
  listing?: boolean;
  /** "At the meeting with Y, X said": a reference told with both its sides. */
  fronted?: boolean;
  /** "B's talks": the meeting noun is possessed by a person's name. */
  possessor?: boolean;
  /** "…, which will be followed by a meeting with Y": a second meeting of the same sentence. */
  sequel: boolean;
  people: string[];
  groups: string[];
  where: Where;
  date: { date: string; precision: DatePrecision } | null;
  topic: string | null;
  status: MeetingStatus;
  statusExplicit: boolean;
  announcedBy: string | null;
  reportedBy: string | null;
  count: number;
  inheritParties: boolean;
  /** "the two leaders": people, not only countries, come from the meeting before. */
  inheritPeople: boolean;
  /** Parted from the trigger before it in its sentence by a span of time ("two days after"). */
  apart?: boolean;
  continuation: boolean;
  /** People named in the trigger's own stretch of the sentence. */
  segPeople: string[];
  /** Parties named anywhere in the sentence, used when a reference has no meeting to refer to. */
  allPeople: string[];
  allGroups: string[];
  background: boolean;
}

/** A meeting of the article: the candidates merged into it and the sentences that state it. */
export interface Meeting extends Candidate {
  sentences: number[];
  affiliations: string[];
}

/** The most specific place named. */
export function wherePreferred(w: Where): string | null {
  return w.venue ?? w.city ?? w.country ?? w.region;
}

/** Whether two places cannot be the same place. */
export function placeConflict(a: Where, b: Where): boolean {
  if (a.city && b.city && a.city !== b.city) return true;
  if (a.country && b.country && a.country !== b.country) return true;
  if (a.venue && b.venue && !a.venue.includes(b.venue) && !b.venue.includes(a.venue)) return true;
  return false;
}

/** Whether two dates cannot be the same day, week, month or year. */
export function dateConflict(a: Candidate['date'], b: Candidate['date']): boolean {
  if (!a || !b) return false;
  const n = Math.min(a.date.length, b.date.length);
  if (a.precision === 'week' || b.precision === 'week') {
    const t = (s: string): number =>
      new Date(s.length === 7 ? `${s}-15` : s.length === 4 ? `${s}-07-01` : s).getTime();
    return Math.abs(t(a.date) - t(b.date)) > 7 * 86400e3;
  }
  return a.date.slice(0, n) !== b.date.slice(0, n);
}

const STATUS_RANK: Record<MeetingStatus, number> = { planned: 0, ongoing: 1, held: 2, cancelled: 3 };

/** The meeting a candidate continues, if any: a reference, the next sentence, or the same people shortly after. */
export function findTarget(all: Meeting[], c: Candidate, si: number): Meeting | null {
  // "… two days after A met B": an event its sentence parts off by a span of time joins none of that sentence.
  const meetings = c.apart ? all.filter((m) => !m.sentences.includes(si)) : all;
  // The same named event ("the Harbour Leaders Meeting") told again is the same meeting.
  const named = c.eventName ? meetings.find((m) => m.eventName === c.eventName) : null;
  if (named) return named;
  if (c.reference && !c.fresh) return referenceTarget(meetings, c);
  // "Mr. B's talks in Doha would build on …": a possessed meeting of one person refers to that person's meeting.
  const owner = c.possessor && !c.fresh && c.people.length === 1 ? c.people[0] : null;
  const owned = owner
    ? [...meetings].reverse().find((m) => m.people.includes(owner) && compatible(c, m, false))
    : null;
  if (owned) return owned;
  const last = meetings[meetings.length - 1];
  if (last && !c.fresh && continuesLast(c, last, si)) return last;
  return c.fresh || !c.people.length ? null : samePeopleTarget(meetings, c, si);
}

const SERIES_NOUNS = /^(?:meetings|bilaterals|audiences|encounters|consultations)$/i;

/** "X held several meetings on Wednesday", "a series of bilateral talks": one person's meetings with many. */
function isSeries(m: Candidate): boolean {
  return m.people.length <= 1 && (m.count > 1 || m.triggers.some((w) => SERIES_NOUNS.test(w)));
}

/** "the talks", "that visit": the latest meeting it can refer to, a matching status first. */
function referenceTarget(meetings: Meeting[], c: Candidate): Meeting | null {
  let other = false;
  for (const strict of [true, false]) {
    for (let i = meetings.length - 1; i >= 0; i--) {
      const m = meetings[i] as Meeting;
      // "preparations for the meeting with X" after talks without X: another meeting, not those talks.
      if (c.people.length && m.people.length && !c.people.some((p) => m.people.includes(p))) continue;
      if (!compatible(c, m, strict)) continue;
      const newcomers = c.people.some((p) => !m.people.includes(p));
      // "At the meeting with Y, X said" after "X held several meetings": one of the series, a meeting of its own.
      if (newcomers && isSeries(m)) {
        c.fresh = true;
        return null;
      }
      // "… met B. At the meeting with C, X said": a counterpart the meeting did not have, another meeting.
      other ||= newcomers && m.people.length >= 2 && c.people.length >= 2;
      if (other) continue;
      return m;
    }
  }
  // A meeting with a counterpart no meeting before had stands as a new one.
  if (other) c.fresh = true;
  return null;
}

/** The next sentence goes on about the same event: "Talks were held in Jeddah. The U.S. delegation, headed by …, met …". */
function continuesLast(c: Candidate, last: Meeting, si: number): boolean {
  if (si - Math.max(...last.sentences) !== 1 || c.date || wherePreferred(c.where)) return false;
  if (c.people.length && last.people.length && !c.people.some((p) => last.people.includes(p))) return false;
  // "…and meet A. …followed by a meeting with B": a new counterpart is a new meeting, unless the sentence
  // restates the meeting with at least two of its people.
  if (last.people.length >= 2 && c.people.some((p) => !last.people.includes(p)) && !restates(c, last))
    return false;
  if (last.people.length && !c.people.length && !c.inheritPeople) return false;
  if (c.statusExplicit && last.statusExplicit && c.status !== last.status) return false;
  return !c.groups.length || !last.groups.length || c.groups.some((g) => last.groups.includes(g));
}

/** A meeting of the same people one or two sentences before, with no conflicting date, place or new parties. */
function samePeopleTarget(meetings: Meeting[], c: Candidate, si: number): Meeting | null {
  for (let i = meetings.length - 1; i >= 0; i--) {
    const m = meetings[i] as Meeting;
    if (si - Math.max(...m.sentences) > 2) break;
    if (c.date && (!m.date || dateConflict(c.date, m.date))) continue;
    if (!c.people.some((p) => m.people.includes(p))) continue;
    // "Putin also held talks with Khamenei" after "Putin met Erdogan": a new counterpart, a new meeting.
    if (m.people.length >= 2 && c.people.some((p) => !m.people.includes(p)) && !restates(c, m)) continue;
    // "Hu also met with the presidents of Mali and Chad" after his meetings with named leaders: new parties.
    const knownGroups = new Set([...m.groups, ...m.affiliations]);
    if (m.people.length >= 2 && c.groups.length && !c.groups.some((g) => knownGroups.has(g))) continue;
    // A venue told later ("at the Kremlin") may complete a meeting with a city, never one in another country.
    const countries = !!c.where.country && !!m.where.country && c.where.country !== m.where.country;
    if (placeConflict(c.where, m.where) && (countries || !(c.where.venue && !m.where.venue))) continue;
    return m;
  }
  return null;
}

/** Whether a candidate restates a meeting: at least two of its people, and more known people than new ones. */
function restates(c: Candidate, m: Meeting): boolean {
  const known = c.people.filter((p) => m.people.includes(p)).length;
  return known >= 2 && known > c.people.length - known;
}

function compatible(c: Candidate, m: Meeting, strict: boolean): boolean {
  if (dateConflict(c.date, m.date)) return false;
  if (placeConflict(c.where, m.where)) return false;
  if (c.groups.length && (m.groups.length || m.affiliations.length)) {
    const known = new Set([...m.groups, ...m.affiliations]);
    if (!c.groups.every((g) => known.has(g))) return false;
  }
  if (strict && c.statusExplicit) {
    const a = c.status === 'ongoing' ? 'held' : c.status;
    const b = m.status === 'ongoing' ? 'held' : m.status;
    if (a !== b) return false;
  }
  return true;
}

const PRECISION_RANK: Record<string, number> = { year: 0, month: 1, week: 2, day: 3 };

/** "this year's meeting … opens on 8 September": of two dates of one meeting that agree, the more precise. */
function finerDate(a: Candidate['date'], b: Candidate['date']): Candidate['date'] {
  if (!a || !b || dateConflict(a, b)) return a ?? b;
  return (PRECISION_RANK[b.precision] ?? -1) > (PRECISION_RANK[a.precision] ?? -1) ? b : a;
}

/** Adds a candidate's parties, place, date, topic and status to another statement of the same meeting. */
export function absorb(into: Candidate, c: Candidate): void {
  into.people = [...new Set([...into.people, ...c.people])];
  into.groups = [...new Set([...into.groups, ...c.groups])];
  into.where = {
    venue: into.where.venue ?? c.where.venue,
    city: into.where.city ?? c.where.city,
    country: into.where.country ?? c.where.country,
    region: into.where.region ?? c.where.region,
    event: into.where.event ?? c.where.event ?? null,
  };
  into.date = finerDate(into.date, c.date);
  into.topic ??= c.topic;
  const stands = c.statusExplicit && !c.listing;
  if (stands && (!into.statusExplicit || STATUS_RANK[c.status] > STATUS_RANK[into.status])) {
    into.status = c.status;
    into.statusExplicit = true;
  }
  into.announcedBy ??= c.announcedBy;
  into.reportedBy ??= c.reportedBy;
  into.count = Math.max(into.count, c.count);
  into.triggers = [...new Set([...into.triggers, ...c.triggers])];
  into.reference = into.reference && c.reference;
}

/** Merges a candidate of sentence `si` into a meeting. */
function mergeInto(m: Meeting, c: Candidate, si: number): void {
  absorb(m, c);
  if (c.where.venue && !m.where.venue) m.where.venue = c.where.venue;
  if (!m.sentences.includes(si)) m.sentences.push(si);
}

/**
 * "scrapped a meeting with A, and has now cancelled with B": a second verb of meeting with a counterpart of its
 * own stretch, while the first has one the second lacks, states a second meeting.
 */
function otherCounterparts(prev: Candidate, c: Candidate): boolean {
  if (c.triggerKind !== 'meet') return false;
  const mine = prev.segPeople.filter((p) => !c.segPeople.includes(p));
  const theirs = c.segPeople.filter((p) => !prev.segPeople.includes(p));
  return mine.length > 0 && theirs.length > 0;
}

/**
 * A second meeting in the sentence keeps the people of its own stretch; returns whether the meeting before it,
 * a visit left with one person ("Before visiting A, X will fly to B, where she will meet Y"), met nobody.
 */
function shareOut(prev: Candidate, c: Candidate): boolean {
  // "…, and has now cancelled with B": a clause with no subject of its own has the sentence's.
  const subject = prev.people[0];
  const elliptic = !c.sequel && c.segPeople.length === 1 && !!subject && otherCounterparts(prev, c);
  const segPeople = c.segPeople;
  c.people = elliptic ? [subject, ...segPeople] : segPeople;
  prev.people = prev.people.filter((p) => !segPeople.includes(p) || prev.segPeople.includes(p));
  if (prev.triggerKind === 'visit' && !prev.reference && prev.people.length < 2) {
    c.date ??= prev.date;
    return true;
  }
  return false;
}

/**
 * Within a sentence, triggers of one event merge unless place or date tell them apart, a count makes them
 * several, or the wording makes one the sequel of the other. A reference counts only when nothing else does.
 */
export function mergeInSentence(candidates: Candidate[]): Candidate[] {
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
      // "the meeting of ministers … after the first-ever summit with Y": a new meeting after a reference.
      !(c.fresh && c.reference && prev.reference && !prev.fresh) &&
      !c.sequel &&
      !c.apart &&
      !otherCounterparts(prev, c)
    ) {
      absorb(prev, c);
      continue;
    }
    if (prev && c.segPeople.length && !c.apart && shareOut(prev, c)) own.pop();
    own.push(c);
  }
  return own;
}

/** Whether a candidate with no earlier meeting to join states a meeting of its own. */
function standsAlone(c: Candidate): boolean {
  // A bare mention ("ceasefire talks have stalled") with no parties, place or date of its own states no meeting.
  const stated = c.people.length > 0 || c.groups.length > 0 || !!c.date || !!wherePreferred(c.where);
  if ((!stated && !c.inheritParties && !c.continuation) || c.hypothetical) return false;
  // "The maiden meeting between A and B": a new meeting named with its own two parties.
  if (c.reference && (c.fresh || c.fronted) && c.people.length >= 2) return true;
  // "Both attended the closing of the Water Conference": a named gathering its parties attend.
  if (c.fresh && c.where.event && (c.people.length > 0 || c.inheritParties)) return true;
  return !(c.reference && !c.date && !wherePreferred(c.where));
}

/**
 * Adds the candidates of sentence `si` to the article's meetings: each joins the meeting it continues or opens
 * a new one. Returns the last meeting the sentence touched.
 */
export function attach(meetings: Meeting[], candidates: Candidate[], si: number): Meeting | null {
  let touched: Meeting | null = null;
  for (const c of candidates) {
    const target = findTarget(meetings, c, si);
    if (target) {
      mergeInto(target, c, si);
      touched = target;
      continue;
    }
    if (!standsAlone(c)) continue;
    const m: Meeting = { ...c, sentences: [si], affiliations: [] };
    if (c.reference) {
      // The resolved subject of "the meeting he had with X" first, then everyone the sentence names.
      m.people = [...new Set([...(c.resolvedSubject ? c.people : []), ...c.allPeople])];
      m.groups = c.allGroups;
    }
    meetings.push(m);
    touched = m;
  }
  return touched;
}
