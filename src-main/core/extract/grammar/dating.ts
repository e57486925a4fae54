// The time pass: the date of a trigger's meeting (the nearest date of its stretch that dates it), and the date
// a dateless meeting takes from the article: a day of a visit, the stretch before it, the sentence before it,
// or the report itself.
import type { MeetingStatus } from '../../../common/extraction';
import { resolveDates } from '../dates';
import type { Sentence } from '../../lexicon/sentences';
import { inRanges } from './attribution';
import type { ArticleView, SentenceView, TriggerSpan } from './context';
import type { Candidate, Meeting } from './merge';
import { isNewDate } from './reschedule';
import { addDays, dayOfVisit } from './time';

type Dated = Candidate['date'];

const SPEECH_BEFORE =
  /\b(said|says|told(?: \w+)?|announced|stated|reported|acknowledged|confirmed|added|wrote|noted|claimed|revealed)\s*$/i;
const SPEECH_AFTER =
  /^\s*,?\s*(?:also\s+)?(said|says|told|announced|stated|reported|acknowledged|confirmed|added|wrote|noted|claimed)\b/i;
/** Words that date what was said or what the report is about, not the meeting. */
export const BACKGROUND =
  /\b(previous(?:ly)?|earlier|before|ago|in the past|former(?:ly)?|last (?:year|month|week))\b|\bhad\s+\w+ed\b/i;
const AHEAD_OF =
  /\b(?:ahead of|in the run-up to|in preparation for|in advance of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d’'()-]+\s+){0,8}$/iu;
const RELATIVE_SPAN =
  /\b(?:an?|one|two|three|several|few)\s+(?:days?|weeks?|months?)\s+(?:after|before|later|earlier)\b/i;

// "had been due to meet with the union on Wednesday", "was supposed to meet": a plan told as past, for a day before
// the report ("was due to", "was expected to" are left alone: news uses them for days still ahead).
const PAST_PLAN =
  /\b(?:had been\s+(?:due|scheduled|set|slated|expected)|(?:was|were)\s+supposed|(?:was|were|had been)\s+originally\s+(?:due|scheduled|set|slated|planned|expected))\s+to\s+(?:[\w-]+\s+){0,2}$/i;

/** The date of a trigger of the given status: the nearest date of its stretch that is not a statement's or a bound. */
export function dateOf(
  v: SentenceView,
  span: TriggerSpan,
  status: MeetingStatus,
  published: string | null,
): Dated {
  const { s, attributions } = v;
  const { t, segStart, segEnd } = span;
  // A cancelled meeting that was "scheduled for Friday" was still ahead when it was called off.
  const ahead =
    (status === 'planned' && !PAST_PLAN.test(span.before)) ||
    (status === 'cancelled' &&
      /\b(?:scheduled|set|slated|planned|due)\s+(?:for|to)\b/i.test(s) &&
      !PAST_PLAN.test(span.before));
  const aheadOf = AHEAD_OF.test(s.slice(0, t.index));
  const dates = resolveDates(s, published, ahead).filter((d) => {
    if (inRanges(d.index, attributions)) return false;
    if (d.index < segStart || d.index >= segEnd) return false;
    // "arrived today ahead of the summit": a date before the trigger dates the arrival, not the meeting.
    if (aheadOf && d.index < t.index) return false;
    if (SPEECH_BEFORE.test(s.slice(Math.max(0, d.index - 25), d.index))) return false;
    if (SPEECH_AFTER.test(s.slice(d.index + d.length, d.index + d.length + 30))) return false;
    const lead = s.slice(Math.max(0, d.index - 8), d.index);
    if (/\b(since|until|by)\s+$/i.test(lead)) return false;
    // "since taking office in May": the date of what the meeting is counted from.
    if (/\b(?:since|until)\s+(?:[\p{L}’'-]+\s+){1,4}$/iu.test(s.slice(Math.max(0, d.index - 50), d.index)))
      return false;
    // "postponed to December 5": the new date of a meeting called off, a meeting of its own (`reschedule.ts`).
    if (status === 'cancelled' && isNewDate(s, d.index)) return false;
    // "from March 23-25", "from June 24 to July 5": a stay, dated by its first day; a bare "from May" is a start.
    return !(/\bfrom\s+$/i.test(lead) && !/[-–]|\bto\b/.test(d.text));
  });
  dates.sort((a, b) => Math.abs(a.index - t.index) - Math.abs(b.index - t.index));
  return dates[0] ? { date: dates[0].date, precision: dates[0].precision } : null;
}

/**
 * The date of an earlier meeting of the same person, one to three sentences before, with the same status:
 * "X visited Chile on Monday … In addition, X visited A and B" happened that Monday too.
 */
export function sameStretchDate(m: Meeting, earlier: Meeting[]): Dated {
  const start = Math.min(...m.sentences);
  for (const p of [...earlier].reverse()) {
    // The sentence of `p` nearest before the meeting's first ("… met A on Tuesday. X also met B. A said …").
    const gap = start - Math.max(-Infinity, ...p.sentences.filter((n) => n < start));
    // In one sentence, two meetings are told apart ("a day after his meeting with …"): no shared date.
    if (gap > 3 || gap < 1) continue;
    if (p.date && p.status === m.status && p.people.some((n) => m.people.includes(n))) return p.date;
  }
  return null;
}

/** "X will call on Y, which will be followed by a meeting with Z": the sequel is on the day of the meeting it follows. */
function sequelDate(m: Meeting, earlier: Meeting[]): Dated {
  if (!m.sequel) return null;
  const first = Math.min(...m.sentences);
  return [...earlier].reverse().find((p) => p.date && p.sentences.includes(first))?.date ?? null;
}

const THEN = /\b(?:will|would|shall|is to|are to)\s+then\b/i;

/**
 * "X will visit A next week … X will then head to B, where he will meet Y": a meeting told as the next step of a
 * programme takes the date of the same person's latest dated meeting before it, however far back.
 */
function thenDate(m: Meeting, earlier: Meeting[], sentences: Sentence[]): Dated {
  if (!THEN.test(sentences[m.sentences[0] ?? 0]?.text ?? '')) return null;
  const before = [...earlier]
    .reverse()
    .find((p) => p.date && p.status === m.status && p.people.some((n) => m.people.includes(n)));
  return before?.date ?? null;
}

/**
 * "On the second day of his visit, … a meeting with Y": the first day is the earliest day-dated meeting of the
 * same person before it.
 */
export function visitDay(m: Meeting, earlier: Meeting[], sentences: Sentence[]): Dated {
  const n = dayOfVisit(sentences[m.sentences[0] ?? 0]?.text ?? '');
  if (!n) return null;
  const first = earlier
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
export function leadInDate(m: Meeting, meetings: Meeting[], art: ArticleView): Dated {
  const si = Math.min(...m.sentences);
  const prev = art.sentences[si - 1];
  const here = art.sentences[si];
  if (!prev || !here || prev.paragraph !== here.paragraph) return null;
  if (meetings.some((o) => o.sentences.includes(si - 1))) return null;
  const names = art.mentions.filter((p) => p.kind === 'person' && p.sentence === si - 1).map((p) => p.name);
  if (!names.some((n) => m.people.includes(n))) return null;
  const dates = resolveDates(prev.text, art.published, m.status === 'planned');
  return dates.length === 1 && dates[0] ? { date: dates[0].date, precision: dates[0].precision } : null;
}

/**
 * Whether a dateless meeting is dated by its report: a single meeting, held or planned, not told as the past. A
 * news report tells of what happened or is due around its own day; the precision says how near.
 */
function datedByReport(m: Meeting, first: Sentence, published: string | null): published is string {
  return (
    m.count <= 1 &&
    !/\bsince\b/i.test(first.text) &&
    !RELATIVE_SPAN.test(first.text) &&
    !!published &&
    m.status !== 'cancelled' &&
    !m.background &&
    !BACKGROUND.test(first.text)
  );
}

/** The date of meeting `i` of the article and where it comes from: its text, or the report's own date. */
export function meetingDate(
  m: Meeting,
  i: number,
  meetings: Meeting[],
  art: ArticleView,
): { date: Dated; source: 'text' | 'published' } {
  const earlier = meetings.slice(0, i);
  const date =
    m.date ??
    visitDay(m, earlier, art.sentences) ??
    leadInDate(m, meetings, art) ??
    sameStretchDate(m, earlier) ??
    sequelDate(m, earlier) ??
    thenDate(m, earlier, art.sentences);
  const first = art.sentences[m.sentences[0] ?? 0] as Sentence;
  if (!date && datedByReport(m, first, art.published)) {
    // Held and told in the lead: that day. Further down, or still ahead: that week.
    const lead = (m.sentences[0] ?? 99) <= 3 && m.status !== 'planned';
    return { date: { date: art.published, precision: lead ? 'day' : 'week' }, source: 'published' };
  }
  return { date, source: 'text' };
}
