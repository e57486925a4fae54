// The last pass: a meeting of the article takes parties from the meeting before it ("the two sides"), a date and
// a place from the article, its evidence spans and confidence, and splits into one meeting per counterpart when
// its sentence says the meetings were separate.
import type { EvidenceSpan, MeetingMention } from '../../../common/extraction';
import { countryByName } from '../../lexicon/gazetteer';
import type { Sentence } from '../../lexicon/sentences';
import { confidenceOf } from './confidence';
import type { ArticleView } from './context';
import type { NamedAt } from './coreference';
import { BACKGROUND, meetingDate } from './dating';
import { frameOf, placeFromTrip } from './frame';
import { wherePreferred, type Meeting } from './merge';
import { countryOfParties, placeFields, placeFromDateline } from './place';
import { rescheduledDate } from './reschedule';
import { settleStatus } from './settle';
import { splitCounterparts } from './split';
import { discussedIn } from './topic';

const ALL_SIDES = /\ball (?:the )?(?:sides|parties)\b/i;

/**
 * "The two sides agreed to meet again": parties, and for "the two leaders" people, of the meeting before;
 * "negotiators from all sides" (`allSides`): the groups of every meeting before.
 */
export function inheritParties(
  m: Meeting,
  earlier: Meeting[],
  allSides = false,
  named: NamedAt[] = [],
): void {
  const prev = [...earlier].reverse().find((p) => p.groups.length || p.people.length);
  if (!prev && m.inheritPeople && m.people.length < 2)
    m.people = [...new Set([...m.people, ...pairBefore(m, named)])];
  if (!prev || !(m.inheritParties || (m.continuation && !m.people.length && !m.groups.length))) return;
  const from = allSides && m.inheritParties ? earlier : [prev];
  m.groups = [...new Set([...m.groups, ...from.flatMap((p) => [...p.groups, ...p.affiliations])])];
  if (m.inheritPeople) m.people = [...new Set([...m.people, ...prev.people])];
  if (m.continuation) m.topic ??= prev.topic;
}

/**
 * "A and B arrived in Geneva on Monday. The two leaders met on Tuesday.": with no meeting told before, "the two
 * leaders" are the people of the nearest of the three sentences before that names two or more.
 */
function pairBefore(m: Meeting, named: NamedAt[]): string[] {
  const si = Math.min(...m.sentences);
  for (let s = si - 1; s >= Math.max(0, si - 3); s--) {
    const here = [...new Set(named.filter((n) => n.sentence === s).map((n) => n.name))];
    if (here.length >= 2) return here;
  }
  return [];
}

/** One participant list per counterpart when the meeting's sentence states separate meetings. */
export function splitOf(m: Meeting, art: ArticleView): string[][] | null {
  for (const si of m.sentences) {
    const sentence = art.sentences[si] as Sentence;
    const persons = art.mentions
      .filter((p) => p.kind === 'person' && p.sentence === si && m.people.includes(p.name))
      .map((p) => ({ name: p.name, start: p.start - sentence.start }));
    const here = new Set(persons.map((p) => p.name));
    const lists = splitCounterparts(
      sentence.text,
      persons,
      m.people.filter((n) => !here.has(n)),
      (n) => art.people.find((p) => p.name === n)?.affiliation ?? null,
    );
    if (lists && lists.length > 1) return lists;
  }
  return null;
}

/** The groups of a split meeting: those its own participants belong to. */
function groupsOf(participants: string[], groups: string[], art: ArticleView): string[] {
  const mine = new Set(art.people.filter((p) => participants.includes(p.name)).map((p) => p.affiliation));
  return groups.filter((g) => mine.has(g));
}

/** The sentences that state a meeting, as spans of the article text in order. */
function spansOf(m: Meeting, art: ArticleView): EvidenceSpan[] {
  return [...m.sentences]
    .sort((a, b) => a - b)
    .map((idx) => art.sentences[idx] as Sentence)
    .map((s) => ({ start: s.start, end: s.end, text: art.text.slice(s.start, s.end) }));
}

const GATHERINGS = /^(?:summit|conference|forum|session|assembly)s?$/i;

/** Whether a meeting names nobody met: no parties, or one person with no counterpart and no place. */
function nobodyMet(m: Meeting): boolean {
  if (!m.people.length && !m.groups.length) return true;
  // One country alone, nobody named, meets no one ("Finland offered to host the summit"); a bloc alone can.
  if (!m.people.length && m.groups.length === 1 && countryByName(m.groups[0] as string)) return true;
  if (m.people.length !== 1 || m.groups.length) return false;
  // One person, no counterpart and nowhere, or only at a summit: nobody was met ("Zelensky attended a summit").
  return !wherePreferred(m.where) || m.triggers.every((w) => GATHERINGS.test(w));
}

/**
 * The sentences that tell of a meeting, by index: its own, and the next one of its paragraph when no meeting claims
 * it ("A met B on Tuesday. The two discussed trade.").
 */
function toldIn(m: Meeting, meetings: Meeting[], art: ArticleView): number[] {
  const last = Math.max(...m.sentences);
  const next = art.sentences[last + 1];
  const claimed = meetings.some((o) => o.sentences.includes(last + 1));
  const goesOn = !!next && !claimed && next.paragraph === art.sentences[last]?.paragraph;
  return goesOn ? [...m.sentences, last + 1] : m.sentences;
}

const NOT_AT_TABLE =
  /\b(?:spokes\w*|analyst|expert|correspondent|reporter|editor|professor|researcher|commentator)\b/i;

/**
 * "The Iranian and U.S. delegations met in Rome … Iran's Foreign Minister A and U.S. envoy B led them": a meeting
 * of two or more sides with nobody named takes the people of those sides its sentences name, when they stand for
 * at least two of the sides (a spokesman or an analyst stands for none).
 */
function sidesPeople(m: Meeting, meetings: Meeting[], art: ArticleView): string[] {
  if (m.groups.length < 2) return [];
  const here = toldIn(m, meetings, art);
  const named = new Set(art.named.filter((n) => here.includes(n.sentence)).map((n) => n.name));
  const people = art.people.filter(
    (p) =>
      named.has(p.name) &&
      !!p.affiliation &&
      m.groups.includes(p.affiliation) &&
      !p.roles.some((r) => NOT_AT_TABLE.test(r)),
  );
  const sides = new Set(people.map((p) => p.affiliation));
  return sides.size >= 2 ? people.map((p) => p.name) : [];
}

/**
 * Whether a meeting with no place of its own is where the dateline says: one of the first paragraph, or any held
 * meeting not told as the past ("WASHINGTON: … Zelenskyy also met McConnell").
 */
function reportedThere(m: Meeting, art: ArticleView): boolean {
  const first = art.sentences[m.sentences[0] ?? 0] as Sentence;
  return first.paragraph === 0 || (m.status !== 'planned' && !m.background && !BACKGROUND.test(first.text));
}

/**
 * "Albanese touched down in Suva on Wednesday … In the afternoon, he held bilateral meetings with …": a meeting that
 * names no place is where the same person's latest located meeting before it was, with the same status and no other
 * date.
 */
function placeFromCompanion(m: Meeting, earlier: Meeting[]): void {
  if (wherePreferred(m.where)) return;
  const first = Math.min(...m.sentences);
  const side = (x: Meeting): string => (x.status === 'planned' ? 'planned' : 'held');
  const companion = [...earlier]
    .reverse()
    .find(
      (p) =>
        Math.max(...p.sentences) < first &&
        !!wherePreferred(p.where) &&
        side(p) === side(m) &&
        p.people.some((n) => m.people.includes(n)) &&
        !(m.date && p.date && m.date.date !== p.date.date),
    );
  if (companion) m.where = { ...companion.where, event: null };
}

/** The place of the meeting's frame, and its date: its own, the article's, the frame's or the report's. */
function placeAndDate(
  m: Meeting,
  i: number,
  meetings: Meeting[],
  art: ArticleView,
): ReturnType<typeof meetingDate> {
  const frame = frameOf(m, meetings.slice(0, i), art);
  if (frame) m.where = frame.where;
  const dated = meetingDate(m, i, meetings, art);
  // The frame's date comes after the article's own ways of dating ("the second day of his visit").
  const out =
    frame?.date && (!dated.date || dated.source === 'published')
      ? { date: frame.date, source: 'text' as const }
      : dated;
  // A date the article gives a meeting in other ways dates it for the meetings after it too ("later in the day").
  if (!m.date && out.date && out.source === 'text') m.date = out.date;
  return out;
}

/** The final shape of meeting `i` of the article: none, one, or one per counterpart of a split. */
export function finish(m: Meeting, i: number, meetings: Meeting[], art: ArticleView): MeetingMention[] {
  const allSides = m.sentences.some((si) => ALL_SIDES.test((art.sentences[si] as Sentence).text));
  inheritParties(m, meetings.slice(0, i), allSides, art.named);
  if (nobodyMet(m)) return [];
  const { date, source } = placeAndDate(m, i, meetings, art);
  m.topic ??= discussedIn(toldIn(m, meetings, art).map((si) => (art.sentences[si] as Sentence).text));
  if (!m.people.length) m.people = sidesPeople(m, meetings, art);
  placeFromDateline(m.where, art.dateline, reportedThere(m, art));
  placeFromCompanion(m, meetings.slice(0, i));
  placeFromTrip(m, art);
  const spans = spansOf(m, art);
  const groups = [...new Set([...m.groups])];
  const stated = date?.date ?? null;
  const where = placeFields(m.where);
  const affiliations = m.people.map((n) => art.people.find((p) => p.name === n)?.affiliation ?? null);
  // A meeting that names no place is in the country its parties or the dateline say, when nothing points abroad.
  if (!where.place) where.country = countryOfParties(affiliations, groups, art.dateline);
  const base: MeetingMention = {
    participants: m.people,
    participant_groups: groups,
    ...where,
    date: stated,
    date_precision: date?.precision ?? 'unknown',
    date_source: date ? source : null,
    topic: m.topic,
    status: source === 'text' ? settleStatus(m.status, stated, art.published) : m.status,
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
    // The week of the report, a guess for a meeting the text does not date, is no date the text gives.
    hasDate: !!stated && !(source === 'published' && date?.precision === 'week'),
    hasPlace: !!base.place,
    resolvedSubject: m.resolvedSubject,
    reference: m.reference,
  };
  const split = splitOf(m, art);
  const out = (split ?? [m.people]).map((participants) => {
    const groupsHere = split ? groupsOf(participants, groups, art) : groups;
    const confidence = confidenceOf({
      ...features,
      people: participants.length,
      groups: groupsHere.length,
      split: !!split,
    });
    return { ...base, participants, participant_groups: groupsHere, confidence };
  });
  return [...out, ...rescheduled(out, m, art)];
}

/** "postponed to December 5": the meetings called off, planned again at their new date. */
function rescheduled(out: MeetingMention[], m: Meeting, art: ArticleView): MeetingMention[] {
  if (m.status !== 'cancelled') return [];
  const again = m.sentences
    .map((si) => rescheduledDate((art.sentences[si] as Sentence).text, art.published))
    .find(Boolean);
  if (!again || out.some((o) => o.date === again.date)) return [];
  return out.map((o) => ({
    ...o,
    date: again.date,
    date_precision: again.precision,
    date_source: 'text' as const,
    status: 'planned' as const,
  }));
}
