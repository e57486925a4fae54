// The rescheduling rule: a meeting "postponed to December 5" is two meetings, the one called off at its old date
// and the one planned at the new date.
import { RESCHEDULE_CUES } from '../../lexicon/cues';
import { resolveDates } from '../dates';
import type { Candidate } from './merge';

const RESCHEDULED_TO = new RegExp(`\\b(?:${RESCHEDULE_CUES.join('|')})\\s+(?:to|until|till|for)\\s+$`, 'i');

/** Whether the date at `index` of `s` is the new date of a rescheduled meeting ("postponed to Friday"). */
export function isNewDate(s: string, index: number): boolean {
  return RESCHEDULED_TO.test(s.slice(Math.max(0, index - 30), index));
}

/** The new date a sentence moves a meeting to, resolved forward, or null. */
export function rescheduledDate(s: string, published: string | null): Candidate['date'] {
  const found = resolveDates(s, published, true).find((d) => isNewDate(s, d.index));
  return found ? { date: found.date, precision: found.precision } : null;
}
