// The frame pass: a meeting stated with no place and no date of its own that says it happens within a trip or a
// summit ("on her visit here", "on the sidelines of the summit") takes the place and date of that trip or
// summit, stated earlier in the article.
import type { Sentence } from '../../lexicon/sentences';
import type { ArticleView, TriggerSpan } from './context';
import { dateOf } from './dating';
import { wherePreferred, type Meeting, type Where } from './merge';
import { whereOf } from './place';
import { sentenceView } from './sentence-view';
import { statusOf } from './status';
import { findTriggers } from './triggers';

const TRIP_REF =
  /\b(?:his|her|their|the|this|that)\s+(?:[\p{Ll}-]+\s+)?(?:visit|trip|tour|stay)\b|\bvisit\w*\s+here\b/iu;
const SUMMIT_REF =
  /\b(?:the\s+(?:[\p{Ll}-]+\s+)?(?:summit|forum|conference)|on the sidelines of|(?:the|a)\s+sidelines?\s+(?:meeting|talks))\b/iu;
const SUMMIT_TRIGGER = /^(?:summit|forum|conference|session|assembly|congress|retreat)s?$/i;
/** How many sentences back a frame is looked for. */
const REACH = 8;

/** The place and date of a trip or summit. */
export interface Frame {
  where: Where;
  date: Meeting['date'];
}

/** What sort of frame a meeting's own sentences refer to, if any. */
export function frameReference(text: string): 'trip' | 'summit' | null {
  if (TRIP_REF.test(text)) return 'trip';
  if (SUMMIT_REF.test(text)) return 'summit';
  return null;
}

/** The place and date of a trip stated in sentence `si` ("X will visit A on June 2") by one of `people`. */
function tripIn(si: number, people: string[], art: ArticleView): Frame | null {
  const sentence = art.sentences[si] as Sentence;
  const mentions = art.mentions.filter((m) => m.sentence === si);
  const v = sentenceView(sentence, si, mentions);
  if (!v.people.some((p) => people.includes(p.name))) return null;
  for (const t of findTriggers(sentence.text).filter((x) => x.kind === 'visit' || x.kind === 'travel')) {
    const span: TriggerSpan = {
      t,
      k: 0,
      before: sentence.text.slice(0, t.index),
      segStart: 0,
      segEnd: sentence.text.length,
      own: sentence.text.slice(t.index),
    };
    const where = whereOf(v, span);
    if (!wherePreferred(where)) continue;
    const { status } = statusOf(t, span.before, span.own);
    return { where, date: dateOf(v, span, status, art.published) };
  }
  return null;
}

/** The frame of a meeting that refers to a trip or summit and names neither place nor date, or null. */
export function frameOf(m: Meeting, earlier: Meeting[], art: ArticleView): Frame | null {
  if (m.date || wherePreferred(m.where)) return null;
  const text = m.sentences.map((si) => art.sentences[si]?.text ?? '').join(' ');
  const kind = frameReference(text);
  if (!kind) return null;
  const first = Math.min(...m.sentences);
  for (let si = first - 1; si >= Math.max(0, first - REACH); si--) {
    const meeting = [...earlier].reverse().find((p) => p.sentences.includes(si));
    if (meeting && (wherePreferred(meeting.where) || meeting.date)) {
      // A summit told before, or the same person's meeting there ("where he attended the summit").
      const samePerson = meeting.people.some((n) => m.people.includes(n));
      const fits =
        kind === 'summit' ? meeting.triggers.some((w) => SUMMIT_TRIGGER.test(w)) || samePerson : samePerson;
      if (fits) return { where: { ...meeting.where }, date: meeting.date };
    }
    const trip = kind === 'trip' ? tripIn(si, m.people, art) : null;
    if (trip) return trip;
  }
  return null;
}

/** Whether a meeting's date falls within a week after a trip's start, or either is not known. */
function duringTrip(m: Meeting, trip: Frame): boolean {
  if (!m.date || !trip.date || trip.date.precision !== 'day' || m.date.precision !== 'day') return true;
  const days = (Date.parse(m.date.date) - Date.parse(trip.date.date)) / 86400e3;
  return days >= 0 && days <= 7;
}

/**
 * "Meloni arrived in Algeria on Sunday for a two-day visit. … Meloni is to meet Tebboune on Monday": a meeting
 * with no place of its own, held or planned as the trip is, is where the same person's trip stated before it goes.
 */
export function placeFromTrip(m: Meeting, art: ArticleView): void {
  if (wherePreferred(m.where) || m.background) return;
  const first = Math.min(...m.sentences);
  for (let si = first - 1; si >= Math.max(0, first - REACH); si--) {
    const trip = tripIn(si, m.people, art);
    if (!trip) continue;
    if (duringTrip(m, trip)) m.where = { ...trip.where, event: null };
    return;
  }
}
