// Resolving the dates a sentence states against the article's publication date, with chrono-node.
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../../common/extraction';
import { isDuration, settleYear } from './grammar/time';
import { UTTERANCE_NOUNS } from '../lexicon/cues';

const AFTER_UTTERANCE = new RegExp(`\\b(?:${UTTERANCE_NOUNS.join('|')})\\s+(?:on\\s+)?$`, 'i');

/** A date stated in text, resolved: ISO string at its precision, where it was found. */
export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
  /** Offsets of the date expression within the text given. */
  index: number;
  length: number;
  text: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Noon UTC on an ISO day, the reference instant for relative dates. */
export function referenceInstant(published: string | null): Date {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!m) return new Date();
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

type ChronoResult = chrono.ParsedResult;

const BARE_SPAN =
  /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+(?:years?|months?|weeks?|decades?|centuries|century)$/i;
const LOWER_WEEKDAY = /^(?:(?:on|this|last|next)\s+)?(?:sun|mon|tues?|wed|thu|thurs|fri|sat)$/;

/**
 * Whether chrono's find is no date of the report's own time line: relative to another event ("a day
 * after", "later that morning"), a span ("the first talks in 5 years"), or, without a publication date,
 * a date without its year.
 */
function notADate(text: string, r: ChronoResult, published: string | null): boolean {
  const phrase = r.text;
  // "Both men sat down", "the sun rose": a weekday's short form in lower case is a word, not a day.
  if (LOWER_WEEKDAY.test(phrase)) return true;
  if (/\b(after|later|before|earlier|prior)\s*$/i.test(phrase)) return true;
  const lead = text.slice(Math.max(0, r.index - 8), r.index);
  if (/\b(?:later|earlier)\s+$/i.test(lead) && /^(?:in|during|that)\b/i.test(phrase)) return true;
  if (isDuration(text.slice(Math.max(0, r.index - 24), r.index + phrase.length))) return true;
  // "to mark 100 years of relations": a bare count of years, months or weeks measures, it does not date.
  if (BARE_SPAN.test(phrase)) return true;
  if (AFTER_UTTERANCE.test(text.slice(Math.max(0, r.index - 24), r.index))) return true;
  return !published && !/\b(?:19|20)\d{2}\b/.test(phrase);
}

/** A bare weekday of something already held is the last such day, not the next one. */
function weekdayBack(ymd: [number, number, number], ref: Date): [number, number, number] {
  const when = Date.UTC(ymd[0], ymd[1] - 1, ymd[2], 12);
  if (when <= ref.getTime()) return ymd;
  const back = new Date(when - 7 * 86400e3);
  return [back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate()];
}

/** How precise a found date is; null for a time of day alone. */
function precisionOf(r: ChronoResult, hasDay: boolean): DatePrecision | null {
  const s = r.start;
  if (/\bweeks?\b/i.test(r.text) && !/\d/.test(r.text)) return 'week';
  if (hasDay) return 'day';
  if (s.isCertain('month') || /\bmonth\b/i.test(r.text)) return 'month';
  if (s.isCertain('year') || /\byear\b/i.test(r.text)) return 'year';
  return null;
}

/** One of chrono's finds resolved against the reference instant, or null when it names no date. */
function resolveOne(r: ChronoResult, ref: Date, future: boolean): ResolvedDate | null {
  const s = r.start;
  const phrase = r.text;
  const hasDay =
    s.isCertain('day') ||
    s.isCertain('weekday') ||
    /\b(today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))\b/i.test(phrase);
  let ymd: [number, number, number] = [
    s.get('year') ?? ref.getUTCFullYear(),
    s.get('month') ?? 1,
    s.get('day') ?? 1,
  ];
  if (!future && s.isCertain('weekday') && !s.isCertain('day') && !/\bnext\b/i.test(phrase)) {
    ymd = weekdayBack(ymd, ref);
  }
  if (!s.isCertain('year')) ymd = settleYear(ymd, ref, future, hasDay);
  // "in early December" of a report of December 9: the month under way, not the next year's.
  if (
    !s.isCertain('year') &&
    !hasDay &&
    ymd[0] === ref.getUTCFullYear() + 1 &&
    ymd[1] === ref.getUTCMonth() + 1
  )
    ymd = [ymd[0] - 1, ymd[1], ymd[2]];
  const precision = precisionOf(r, hasDay);
  if (!precision) return null;
  const [y, mo, d] = ymd;
  const date =
    precision === 'day' || precision === 'week'
      ? `${y}-${pad(mo)}-${pad(d)}`
      : precision === 'month'
        ? `${y}-${pad(mo)}`
        : `${y}`;
  return { date, precision, index: r.index, length: phrase.length, text: phrase };
}

/**
 * Every date expression in `text`, resolved against the publication date. `future` resolves
 * ambiguous dates forward ("on Wednesday" of a planned meeting is the next Wednesday).
 */
export function resolveDates(text: string, published: string | null, future = false): ResolvedDate[] {
  const ref = referenceInstant(published);
  const results = chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: future });
  const out: ResolvedDate[] = [];
  for (const r of results) {
    if (notADate(text, r, published)) continue;
    const found = resolveOne(r, ref, future);
    if (found) out.push(found);
  }
  // Bare years ("in 2023"), which chrono leaves alone.
  for (const m of text.matchAll(/\b(?:in|since|during|of)\s+((?:19|20)\d{2})\b(?![-\d])/g)) {
    const index = (m.index ?? 0) + m[0].length - 4;
    if (out.some((o) => index >= o.index && index < o.index + o.length)) continue;
    out.push({ date: m[1] ?? '', precision: 'year', index, length: 4, text: m[1] ?? '' });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Resolves one relative date phrase ("last week", "on April 8") against a publication date. */
export function resolveRelativeDate(
  phrase: string,
  published: string | null,
  future = false,
): { date: string | null; precision: DatePrecision } {
  const found = resolveDates(phrase, published, future)[0];
  return found ? { date: found.date, precision: found.precision } : { date: null, precision: 'unknown' };
}
