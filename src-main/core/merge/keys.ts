// Candidate keys: a meeting is looked up by (party, month) and (place, month), never by scanning every
// meeting of a party, so a party with tens of thousands of meetings costs one month of them.
import { dateInterval } from './dates';
import { placeLevels } from './places';
import type { MeetingReport } from './summary';

/** How many months before its report an undated meeting may have taken place (and after, for plans). */
const UNDATED_MONTHS_BEFORE = 12;
const UNDATED_MONTHS_AFTER = 2;

const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const monthOf = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** The months a report may fall in: its date's span, else a window around its report date, else none. */
function reportMonths(r: Pick<MeetingReport, 'date' | 'datePrecision' | 'reported'>): string[] {
  const span = dateInterval(r.date, r.datePrecision);
  let from: number;
  let to: number;
  if (span.start && span.end) {
    from = monthIndex(span.start);
    to = monthIndex(span.end);
  } else if (r.reported && /^\d{4}-\d{2}/.test(r.reported)) {
    const at = monthIndex(r.reported);
    from = at - UNDATED_MONTHS_BEFORE;
    to = at + UNDATED_MONTHS_AFTER;
  } else return ['undated'];
  const out: string[] = [];
  for (let i = from; i <= to; i++) out.push(monthOf(i));
  return out;
}

/** The indexed keys of a report: each party and each place (city, country) with each month it may fall in. */
export function candidateKeys(r: MeetingReport): string[] {
  const months = reportMonths(r);
  const parties = [...new Set([...r.personIds, ...r.groupIds, ...r.affiliationGroupIds])];
  const levels = placeLevels(r);
  const places = [levels.city, levels.country].filter((p): p is string => !!p);
  const keys: string[] = [];
  for (const m of months) {
    for (const p of parties) keys.push(`party|${p}|${m}`);
    for (const p of places) keys.push(`place|${p}|${m}`);
  }
  return keys;
}
