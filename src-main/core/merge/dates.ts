// Dates at a precision, as intervals of days, so two reports of a meeting can be compared.
import type { DatePrecision } from '../../common/extraction';

/** A closed interval of ISO days (YYYY-MM-DD); null ends mean "unknown". */
export interface DayInterval {
  start: string | null;
  end: string | null;
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

const lastDayOfMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The days a date at a precision may stand for: a day, its Monday–Sunday week, its month or its year. */
export function dateInterval(date: string | null, precision: DatePrecision): DayInterval {
  if (!date || precision === 'unknown') return { start: null, end: null };
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return { start: null, end: null };
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (precision === 'year' || month === null) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const mm = m[2]!;
  if (precision === 'month' || day === null)
    return {
      start: `${m[1]}-${mm}-01`,
      end: `${m[1]}-${mm}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}`,
    };
  const d = new Date(Date.UTC(year, month - 1, day));
  if (precision === 'week') {
    const offset = (d.getUTCDay() + 6) % 7;
    const monday = new Date(d.getTime() - offset * 86_400_000);
    return { start: iso(monday), end: iso(new Date(monday.getTime() + 6 * 86_400_000)) };
  }
  return { start: iso(d), end: iso(d) };
}

/** True when both intervals are known and share at least one day. */
export function intervalsOverlap(a: DayInterval, b: DayInterval): boolean {
  if (!a.start || !a.end || !b.start || !b.end) return false;
  return a.start <= b.end && b.start <= a.end;
}

/** True unless both intervals are known and disjoint. */
export function intervalsCompatible(a: DayInterval, b: DayInterval): boolean {
  if (!a.start || !a.end || !b.start || !b.end) return true;
  return a.start <= b.end && b.start <= a.end;
}

/** How precise a precision is: higher is finer. */
export const PRECISION_RANK: Record<DatePrecision, number> = {
  unknown: 0,
  year: 1,
  month: 2,
  week: 3,
  day: 4,
};

/** The first day of an ISO date at any precision (YYYY, YYYY-MM, YYYY-MM-DD), for "as of" bounds. */
export function startOfIso(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

/** The last day of an ISO date at any precision: "as of 2025-04" means up to 2025-04-30. */
export function endOfIso(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) return `${date}-${String(lastDayOfMonth(Number(m[1]), Number(m[2]))).padStart(2, '0')}`;
  return date;
}

/** Today as YYYY-MM-DD (UTC). */
export function today(): string {
  return iso(new Date());
}
