// Resolving the dates a sentence states against the article's publication date, with chrono-node.
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../../common/extraction';
import { isDuration, settleYear } from './grammar/time';

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

/**
 * Every date expression in `text`, resolved against the publication date. `future` resolves
 * ambiguous dates forward ("on Wednesday" of a planned meeting is the next Wednesday).
 */
export function resolveDates(text: string, published: string | null, future = false): ResolvedDate[] {
  const ref = referenceInstant(published);
  const results = chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: future });
  const out: ResolvedDate[] = [];
  for (const r of results) {
    const s = r.start;
    const phrase = r.text;
    // "a day after", "two weeks later": relative to another event, not to the report.
    if (/\b(after|later|before|earlier|prior)\s*$/i.test(phrase)) continue;
    // "later in the day", "earlier that morning": the day of the event told before, not of the report.
    const lead = text.slice(Math.max(0, r.index - 8), r.index);
    if (/\b(?:later|earlier)\s+$/i.test(lead) && /^(?:in|during|that)\b/i.test(phrase)) continue;
    // "the first talks in 5 years", "within a period not exceeding two months": a span, not a date.
    if (isDuration(text.slice(Math.max(0, r.index - 24), r.index + phrase.length))) continue;
    // Without a publication date only dates that carry their year can be placed in time.
    if (!published && !/\b(?:19|20)\d{2}\b/.test(phrase)) continue;
    const hasDay =
      s.isCertain('day') ||
      s.isCertain('weekday') ||
      /\b(today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))\b/i.test(phrase);
    let y = s.get('year') ?? ref.getUTCFullYear();
    let mo = s.get('month') ?? 1;
    let d = s.get('day') ?? 1;
    // A bare weekday of something already held is the last such day, not the next one.
    if (!future && s.isCertain('weekday') && !s.isCertain('day') && !/\bnext\b/i.test(phrase)) {
      const when = Date.UTC(y, mo - 1, d, 12);
      if (when > ref.getTime()) {
        const back = new Date(when - 7 * 86400e3);
        [y, mo, d] = [back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate()];
      }
    }
    if (!s.isCertain('year')) [y, mo, d] = settleYear([y, mo, d], ref, future, hasDay);
    let precision: DatePrecision;
    if (/\bweeks?\b/i.test(phrase) && !/\d/.test(phrase)) precision = 'week';
    else if (hasDay) precision = 'day';
    else if (s.isCertain('month') || /\bmonth\b/i.test(phrase)) precision = 'month';
    else if (s.isCertain('year') || /\byear\b/i.test(phrase)) precision = 'year';
    else continue; // only a time of day: no date
    const date =
      precision === 'day' || precision === 'week'
        ? `${y}-${pad(mo)}-${pad(d)}`
        : precision === 'month'
          ? `${y}-${pad(mo)}`
          : `${y}`;
    out.push({ date, precision, index: r.index, length: phrase.length, text: phrase });
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
