// The time pass's pure rules: spans of time that are not dates, and the year of a date written without one.
import { cueRegExp, DURATION_CUES } from '../../lexicon/cues';

const DURATION = cueRegExp(DURATION_CUES);
const ANCHORED = /\b(ago|from now|later|earlier|since)\b/i;

/** Whether a date phrase, read with the words just before it, measures a span ("in 5 years") instead of dating. */
export function isDuration(phraseWithContext: string): boolean {
  return DURATION.test(phraseWithContext) && !ANCHORED.test(phraseWithContext);
}

const DAY = 86400e3;

/**
 * The year of a month and day written without one. A report speaks of the months around it: a past event
 * (future = false) is never after the report, a coming one never more than a month before it.
 */
export function settleYear(
  [y, mo, d]: [number, number, number],
  ref: Date,
  future: boolean,
  hasDay: boolean,
): [number, number, number] {
  const when = Date.UTC(y, mo - 1, hasDay ? d : 1, 12);
  const slack = hasDay ? 2 * DAY : 31 * DAY;
  if (!future && when > ref.getTime() + slack) return [y - 1, mo, d];
  if (future && when < ref.getTime() - 31 * DAY - slack) return [y + 1, mo, d];
  return [y, mo, d];
}

const ORDINAL_DAYS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };
const DAY_OF_VISIT =
  /\bthe\s+(first|second|third|fourth|fifth|sixth)\s+day\s+of\s+(?:his|her|their|its|the)\s+(?:state\s+|official\s+)?(?:visit|trip|tour|stay)\b/i;

/** The day of a visit a sentence places its event on ("on the second day of his visit" → 2), or null. */
export function dayOfVisit(sentence: string): number | null {
  const m = DAY_OF_VISIT.exec(sentence);
  return m?.[1] ? (ORDINAL_DAYS[m[1].toLowerCase()] ?? null) : null;
}

/** The ISO day `n` days after an ISO day. */
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso.slice(0, 10)}T12:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}
