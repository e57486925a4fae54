// Runs the per-trigger passes over one sentence: each trigger that states a meeting becomes a candidate with its
// parties, subject, place, status, date, topic, attribution and count.
import { ATTEND_VERBS, INSTRUCTION_VERBS, ORG_SEATS } from '../../lexicon/cues';
import { attributionOf, inRanges } from './attribution';
import { statesComposition } from './composition';
import type { ArticleView, SentenceView, TriggerSpan } from './context';
import { objectOf, resolveSubject, subjectOf } from './coreference';
import { BACKGROUND, dateOf } from './dating';
import type { Candidate, Where } from './merge';
import { isHypothetical, statesNoMeeting } from './modality';
import { eligiblePerson, partiesOf, roleMentions } from './parties';
import { whereOf } from './place';
import { referenceOf, type Reference } from './reference';
import { statusOf } from './status';
import { topicFor } from './topic';
import { countBefore, findTriggers, framesMeeting, inPerson, type Trigger } from './triggers';

const SEQUEL = /\b(?:followed|succeeded)\s+by\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?$/iu;
const POSSESSED = /\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const INSTRUCTION = new RegExp(
  `\\b(?:${INSTRUCTION_VERBS.join('|')})\\s+(?:[\\p{L}'’.-]+\\s+){1,6}?to\\s+(?:[\\p{Ll}-]+\\s+){0,3}$`,
  'iu',
);
const EVENT_NAME = /((?:\p{Lu}[\p{L}-]*\s+){2,6})$/u;
// "met with X ahead of the summit": a meeting of its own before another meeting, never that meeting.
const BEFORE_ANOTHER =
  /^[^.;]{0,80}?\b(?:ahead of|on the eve of|in the run-up to|in preparation for|before)\s+(?:the|a|an|this|their|its|next)\s+(?:[\p{L}-]+\s+){0,3}(?:summit|meeting|talks|conference|forum|session|negotiations)\b/iu;
// "Both attended the closing of the Water Conference" after their talks: a gathering of its own, not those talks.
const ATTENDS = new RegExp(`\\b(?:${ATTEND_VERBS.join('|')})\\s+[^.;,]*$`, 'i');
// "the meeting he had with X": a meeting of the one "he" stands for, told as a thing of its own.
const HAD_WITH = /^\s+(?:that\s+|which\s+)?(?:he|she)\s+(?:had|held|has had|recently had)\s+with\b/i;
const HABITUAL = /^(?:hosts|receives|welcomes)$/;
const CONTINUATION = /\b(again|resume[sd]?|follow-up|next round|another round|new round)\b/i;
const BOTH_SIDES =
  /\b(?:both|the two) (?:sides|countries|delegations|leaders|governments|nations|parties|teams|men|women|presidents|ministers|heads of (?:state|government))\b|\bthe sides\b|\ball (?:the )?(?:sides|parties)\b|\bbetween the (?:governments|countries|nations|delegations)\b|\b(?:both|the two)\s+(?=met|held|hold|will|would|are|were|have|had|discussed|agreed|sat)\b/i;
const BOTH_PEOPLE =
  /\b(?:both|the two) (?:leaders|presidents|ministers|men|women|heads of (?:state|government))\b|\b(?:both|the two)\s+(?=met|held|hold|will|would|are|were|have|had|discussed|agreed|sat)\b/i;

const SEAT_AFTER = new RegExp(`^\\s+(?:${ORG_SEATS.join('|')})\\b`, 'i');

/** "his visit to the IMF headquarters": the organisation whose seat a visit goes to is its counterpart, or null. */
function visitedOrganisation(v: SentenceView, span: TriggerSpan): string | null {
  const { t } = span;
  if (!/\bvisit/i.test(t.word)) return null;
  const org = v.local.find(
    (m) =>
      m.kind === 'org' &&
      /^\s+(?:to\s+)?(?:the\s+)?$/i.test(v.s.slice(t.index + t.length, m.start)) &&
      SEAT_AFTER.test(v.s.slice(m.end, m.end + 20)),
  );
  return org?.name ?? null;
}

// "A delegation from the Harbour Fund, led by X, is visiting Lyon": a delegation's visit is to the host country.
const DELEGATION_SUBJECT = /\b(?:delegation|mission|team)\b[^.;]*$/i;

/** The country a delegation, mission or team visits (the visit's place), its counterpart; or null. */
function visitedCountry(span: TriggerSpan, where: Where): string | null {
  if (span.t.kind !== 'visit' || !DELEGATION_SUBJECT.test(span.before)) return null;
  return where.country;
}

/** The people of a trigger with its subject put first, and whether the subject came from coreference. */
function withSubject(
  v: SentenceView,
  span: TriggerSpan,
  names: string[],
  art: ArticleView,
): { people: string[]; resolved: boolean; subject: string | null } {
  const subject =
    subjectOf(v.s, span.before, v.people, v.si, art.named, art.people, eligiblePerson) ??
    (span.t.kind === 'noun' && HAD_WITH.test(span.own.slice(span.t.length))
      ? resolveSubject({ kind: 'pronoun', words: '' }, v.si, art.named, art.people)
      : null);
  const people = subject && !names.includes(subject) ? [subject, ...names] : names;
  const { t } = span;
  const before = v.people.filter((p) => p.end <= t.index);
  const object =
    t.kind === 'noun'
      ? null
      : objectOf(t.word, v.s.slice(t.index + t.length), before, v.si, art.named, people);
  if (object) return { people: [...people, object], resolved: true, subject };
  return { people, resolved: people !== names, subject };
}

/**
 * "X directed the team to hold talks with Y", "he urged them to meet Y": whoever gives the instruction, named
 * before the verb or as the resolved subject, is not at the table.
 */
export function instructorsOf(v: SentenceView, before: string, subject: string | null): string[] {
  const m = INSTRUCTION.exec(before);
  if (!m) return [];
  const objects = v.people.filter((p) => p.start > m.index && p.start < before.length).map((p) => p.name);
  const named = v.people.filter((p) => p.end <= m.index).map((p) => p.name);
  return [...named, ...(subject ? [subject] : [])].filter((n) => !objects.includes(n));
}

// "the meeting of the political coordination committee": a body's meeting named by the body, told twice.
const BODY_MEETING =
  /^\s+of\s+the\s+((?:[\p{Ll}-]+\s+){0,4}(?:committee|council|board|commission|cabinet|panel|bureau|caucus))\b/u;

/** The proper name a capitalised meeting noun ends ("the 54th Harbour Leaders Meeting"), or null. */
export function eventNameOf(s: string, t: Trigger): string | null {
  const body = /^meeting$/i.test(t.word) ? BODY_MEETING.exec(s.slice(t.index + t.length)) : null;
  if (body?.[1]) return `meeting of the ${body[1]}`;
  if (t.kind !== 'noun' || !/^\p{Lu}/u.test(t.word)) return null;
  const m = EVENT_NAME.exec(s.slice(0, t.index));
  return m?.[1] ? `${m[1].trim()} ${t.word}`.toLowerCase() : null;
}

/** Whether noun trigger `t` is coordinated with the noun trigger `prev` just before it ("meeting and talks"). */
export function sharesDeterminer(s: string, prev: Trigger, t: Trigger): boolean {
  if (prev.kind !== 'noun' || t.kind !== 'noun') return false;
  return /^\s+(?:and|or)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(s.slice(prev.index + prev.length, t.index));
}

/** Whether a visit or a social meeting lacks its counterpart: two people, or one and the host it visits. */
function lacksCounterpart(t: Trigger, reference: boolean, people: string[], host: string | null): boolean {
  const needsTwo = (t.kind === 'visit' && !reference) || t.kind === 'social';
  return needsTwo && new Set(people).size < (host ? 1 : 2);
}

/**
 * Whether the trigger tells no meeting after all: a visit or meal with nobody met, or "X discussed trade with Y"
 * where nothing puts the two in one place.
 */
function unstated(
  t: Trigger,
  reference: boolean,
  people: string[],
  host: string | null,
  art: ArticleView,
  si: number,
): boolean {
  if (lacksCounterpart(t, reference, people, host)) return true;
  return (
    /^discuss(?:ed|es|ing)$/i.test(t.word) &&
    !inPerson(
      art.sentences.map((x) => x.text),
      si,
    )
  );
}

/** Whether a trigger states a meeting apart from the one before: ahead of another, or a gathering attended. */
function opensAnother(t: Trigger, before: string, own: string): boolean {
  const after = own.slice(t.length);
  return t.kind === 'noun' ? ATTENDS.test(before) || HAD_WITH.test(after) : BEFORE_ANOTHER.test(after);
}

/** "… two days after Trump met with Putin in Alaska": the people of a stretch a span of time parts off, or null. */
function cutPeople(v: SentenceView, span: TriggerSpan, art: ArticleView): string[] | null {
  if (!span.region) return null;
  const [from, to] = span.region;
  const inside = v.people.filter((p) => p.start >= from && p.start < to && eligiblePerson(v.s, p));
  // "a day after the Ukrainian president's meeting with X": a role standing for a person counts too.
  const byRole = roleMentions(v.s.slice(from, to), art.people);
  return [...new Set([...inside.map((p) => p.name), ...byRole])];
}

/** The candidate meeting of one trigger, or null when the trigger states none. */
export function candidateOf(
  v: SentenceView,
  span: TriggerSpan,
  ref: Reference,
  art: ArticleView,
): Candidate | null {
  const { s, si } = v;
  const { t, k, before, own } = span;
  const { reference } = ref;
  if (statesNoMeeting(t, before, s.slice(t.index + t.length), reference)) return null;
  const parties = partiesOf(v, span, reference, art.people);
  const {
    people: named,
    resolved,
    subject,
  } = reference && !HAD_WITH.test(own.slice(t.length))
    ? { people: parties.names, resolved: false, subject: null }
    : withSubject(v, span, parties.names, art);
  const instructors = instructorsOf(v, before, subject);
  const people = cutPeople(v, span, art) ?? named.filter((n) => !instructors.includes(n));
  const where = whereOf(v, span);
  const host = visitedOrganisation(v, span) ?? visitedCountry(span, where);
  if (unstated(t, reference, people, host, art, v.si)) return null;
  const { status, explicit } = statusOf(t, before, own);
  const date = dateOf(v, span, status, art.published);
  // "Qatar hosts the group's leadership in Doha": the simple present with no date past the lead says what is usual.
  if (HABITUAL.test(t.word) && !date && si > 0 && !/\b(?:will|to)\s+$/i.test(before)) return null;
  return {
    sentence: si,
    triggerStart: v.start + t.index,
    triggerText: t.word,
    triggerKind: t.kind,
    triggers: [t.word],
    resolvedSubject: resolved,
    reference: reference || ref.topicRef,
    fresh: ref.fresh || opensAnother(t, before, own),
    fronted: parties.fronted,
    sequel: k > 0 && SEQUEL.test(before),
    possessor: t.kind === 'noun' && POSSESSED.test(before),
    hypothetical: reference && isHypothetical(before.slice(-60)),
    eventName: eventNameOf(s, t),
    people: [...new Set(people)],
    groups: [...new Set([...parties.groups, ...(host ? [host] : [])])],
    where,
    date,
    topic: topicFor(s, t, own, reference, ref.topicRef),
    status,
    statusExplicit: explicit,
    listing: statesComposition(s),
    apart: span.cutAt !== undefined,
    ...attributionOf(s, v.local, v.attributions),
    count: countBefore(s, t),
    inheritParties: BOTH_SIDES.test(s),
    inheritPeople: BOTH_PEOPLE.test(s),
    segPeople: subject && k > 0 ? [...new Set([subject, ...parties.segPeople])] : parties.segPeople,
    allPeople: [...new Set(parties.allNames)],
    allGroups: [...new Set(parties.allGroups)],
    continuation: CONTINUATION.test(s.slice(Math.max(0, t.index - 20), t.index + t.length + 20)),
    background: BACKGROUND.test(before.slice(-60)) || /\bprevious(ly)?\b/i.test(s),
  };
}

const ANOTHER_TIME =
  /\b(?:(?:less|more) than\s+|just\s+|only\s+)?(?:(?:an?|one|two|three|four|five|several|few|\d+)\s+(?:days?|weeks?|months?|years?)|(?:and|but)\s+(?:days|weeks|months|years))\s+(?:after|before)\b/gi;

/** Where "a week after", "two days before" between two triggers parts their events, or null. */
function timeCut(s: string, from: number, to: number): number | null {
  const m = [...s.slice(from, to).matchAll(ANOTHER_TIME)][0];
  return m ? from + (m.index ?? 0) : null;
}

/** The candidates of one sentence, in order; a reference noun counts only when nothing else states a meeting. */
export function sentenceCandidates(v: SentenceView, art: ArticleView): Candidate[] {
  const { s } = v;
  const found = findTriggers(s).filter((t) => !inRanges(t.index, v.attributions) || t.kind === 'noun');
  const refs = new Map(found.map((t) => [t, referenceOf(s, t)]));
  // "their one-on-one meeting and delegation talks": a noun coordinated with a reference shares its determiner.
  found.forEach((t, k) => {
    const prev = found[k - 1];
    if (!prev || !sharesDeterminer(s, prev, t)) return;
    const prevRef = refs.get(prev);
    if (prevRef?.reference) refs.set(t, { ...prevRef });
  });
  const fresh = found.filter((t) => !refs.get(t)?.reference);
  const out = stretchCandidates(v, art, refs, fresh.length ? fresh : found);
  // "after the meeting of the committee urged him to meet X": when no other trigger states a meeting, the reference does.
  if (out.length || !fresh.length || fresh.length === found.length) return out;
  return stretchCandidates(
    v,
    art,
    refs,
    found.filter((t) => refs.get(t)?.reference),
  );
}

// "will meet X to discuss trade, and later officiate at the celebrations at Y Park": what comes later is elsewhere.
const LATER = /,?\s+(?:and\s+)?(?:later|afterwards|after that|then)\b(?!\s+(?:on|in|that|this)\b)/gi;

/** The end of a trigger's stretch, cut where a later activity of the sentence begins. */
function laterClause(s: string, from: number, end: number): number {
  for (const m of s.slice(0, end).matchAll(LATER)) if ((m.index ?? 0) > from) return m.index ?? end;
  return end;
}

/** The part of a sentence, between the spans of time that part its events, where the trigger at `at` is. */
function regionOf(cuts: number[], at: number, length: number): [number, number] {
  const from = Math.max(0, ...cuts.filter((c) => c <= at));
  const to = Math.min(length, ...cuts.filter((c) => c > at));
  return [from, to];
}

/** The candidates of the given triggers of a sentence, each with its stretch. */
function stretchCandidates(
  v: SentenceView,
  art: ArticleView,
  refs: Map<Trigger, Reference>,
  triggers: Trigger[],
): Candidate[] {
  const { s } = v;
  const out: Candidate[] = [];
  const cuts = triggers.flatMap((t, k) => {
    const next = triggers[k + 1];
    const cut = next ? timeCut(s, t.index, next.index) : null;
    return cut === null ? [] : [cut];
  });
  triggers.forEach((t, k) => {
    // The place and date of a framing visit ("during a visit to X on Monday") belong to the meeting before it too.
    const next = triggers.slice(k + 1).find((n) => !framesMeeting(s, n));
    const prev = triggers[k - 1];
    // "X is taking place a week after Y traveled to Z for the summit": the span of time parts two events.
    const cutAfter = next ? timeCut(s, t.index, next.index) : null;
    const cutBefore = prev ? timeCut(s, prev.index, t.index) : null;
    const segEnd = laterClause(s, t.index, cutAfter ?? next?.index ?? s.length);
    const span: TriggerSpan = {
      t,
      k,
      before: s.slice(0, t.index),
      // A trigger that states no meeting ("will not seek a meeting … to attend the summit") owns no stretch.
      segStart: cutBefore ?? (out.length === 0 ? 0 : t.index),
      ...(cutBefore !== null ? { cutAt: cutBefore } : {}),
      ...(cuts.length ? { region: regionOf(cuts, t.index, s.length) } : {}),
      segEnd,
      own: s.slice(t.index, segEnd),
    };
    const c = candidateOf(v, span, refs.get(t) as Reference, art);
    if (c) out.push(c);
  });
  return out;
}
