// The rules of curation, pure: checking a correction's input, folding a meeting's edits, and laying them over what extraction found.
import type { CurationMark } from '../../common/curation';
import { MAX_REASON_LENGTH } from '../../common/curation';
import { RendezvousError } from '../../common/errors';
import type { DatePrecision, MeetingStatus } from '../../common/extraction';
import type { MeetingRecord } from '../../common/graph';
import { dateInterval } from '../merge/dates';

/** What an edit of a meeting sets; fields left out keep what the reports say. */
export interface MeetingOverride {
  date?: string | null;
  datePrecision?: DatePrecision;
  place?: string | null;
  status?: MeetingStatus;
  topic?: string | null;
  addParticipants?: string[];
  removeParticipants?: string[];
}

/** A meeting's curation as cached on its node: the day of each mark, and its edits folded. */
export interface MeetingCuration {
  version: number;
  confirmedOn: string | null;
  rejectedOn: string | null;
  correctedOn: string | null;
  addedOn: string | null;
  override: MeetingOverride;
}

/** Refuses a reason longer than the limit; an empty reason is none. */
export function checkReason(reason: string | undefined | null): string | null {
  const r = reason?.trim() ?? '';
  if (r.length > MAX_REASON_LENGTH)
    throw new RendezvousError(
      'BAD_INPUT',
      `The reason is ${r.length} characters long; at most ${MAX_REASON_LENGTH} are kept. Shorten it.`,
    );
  return r || null;
}

/** True for a real calendar date at any precision (YYYY, YYYY-MM, YYYY-MM-DD). */
export function isCalendarDate(date: string): boolean {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  if (month < 1 || month > 12) return false;
  if (!m[3]) return true;
  const day = Number(m[3]);
  const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** The precision a date is written at when none is given. */
export function precisionOf(date: string): DatePrecision {
  if (/^\d{4}$/.test(date)) return 'year';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  return 'day';
}

/** Checks a meeting's date: a real date, and a held meeting never after `today`. */
export function checkMeetingDate(
  date: string | null | undefined,
  precision: DatePrecision,
  status: MeetingStatus,
  today: string,
): void {
  if (!date) return;
  if (!isCalendarDate(date))
    throw new RendezvousError('BAD_INPUT', `"${date}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.`);
  const span = dateInterval(date, precision);
  if (status === 'held' && span.start && span.start > today)
    throw new RendezvousError(
      'BAD_INPUT',
      `A held meeting cannot be dated ${date}, after today (${today}); set the status to planned, or fix the date.`,
    );
}

/** Folds a meeting's edits, oldest first: a later value wins; participants added then removed cancel out. */
export function foldOverrides(edits: MeetingOverride[]): MeetingOverride {
  const out: MeetingOverride = {};
  const added = new Set<string>();
  const removed = new Set<string>();
  for (const e of edits) {
    for (const key of ['date', 'datePrecision', 'place', 'status', 'topic'] as const)
      if (e[key] !== undefined) (out as Record<string, unknown>)[key] = e[key];
    for (const p of e.addParticipants ?? []) {
      removed.delete(p);
      added.add(p);
    }
    for (const p of e.removeParticipants ?? []) {
      added.delete(p);
      removed.add(p);
    }
  }
  if (added.size) out.addParticipants = [...added].sort();
  if (removed.size) out.removeParticipants = [...removed].sort();
  return out;
}

/** The summary fields of a meeting node, as extraction merged them from its reports. */
export interface SummaryFields {
  status: MeetingStatus;
  date: string | null;
  datePrecision: DatePrecision;
  dateStart: string | null;
  dateEnd: string | null;
  place: string | null;
  topic: string | null;
}

/** The summary with an override laid over it (the date's span follows a corrected date). */
export function overrideSummary<T extends SummaryFields>(summary: T, o: MeetingOverride): T {
  const out = { ...summary };
  if (o.status !== undefined) out.status = o.status;
  if (o.place !== undefined) out.place = o.place;
  if (o.topic !== undefined) out.topic = o.topic;
  if (o.date !== undefined || o.datePrecision !== undefined) {
    out.date = o.date !== undefined ? o.date : out.date;
    out.datePrecision =
      o.datePrecision ?? (o.date ? precisionOf(o.date) : o.date === null ? 'unknown' : out.datePrecision);
    const span = dateInterval(out.date, out.datePrecision);
    out.dateStart = span.start;
    out.dateEnd = span.end;
  }
  return out;
}

const on = (day: string | null, asOf: string | null): boolean => !!day && (!asOf || day <= asOf);

/** The marks a meeting bears as known on `asOf` (every mark has the day it was made). */
export function marksOn(c: MeetingCuration | null | undefined, asOf: string | null): CurationMark[] {
  if (!c) return [];
  const marks: CurationMark[] = [];
  if (on(c.addedOn, asOf)) marks.push('added');
  if (on(c.correctedOn, asOf)) marks.push('corrected');
  if (on(c.confirmedOn, asOf)) marks.push('confirmed');
  if (on(c.rejectedOn, asOf)) marks.push('rejected');
  return marks;
}

/** A meeting record with its curation laid over it, as known on `asOf`; the record is unchanged without any. */
export function curateRecord(
  record: MeetingRecord,
  c: MeetingCuration | null | undefined,
  asOf: string | null,
): MeetingRecord {
  const marks = marksOn(c, asOf);
  if (!c || !marks.length) return record;
  const out: MeetingRecord = { ...record, curation: marks };
  if (on(c.correctedOn, asOf)) {
    const o = c.override;
    if (o.status !== undefined) out.status = o.status;
    if (o.place !== undefined) out.place = o.place;
    if (o.topic !== undefined) out.topic = o.topic;
    if (o.date !== undefined) out.date = o.date;
    if (o.datePrecision !== undefined) out.date_precision = o.datePrecision;
    else if (o.date !== undefined) out.date_precision = o.date ? precisionOf(o.date) : 'unknown';
  }
  return out;
}

/** Reads the curation cached on a meeting node's properties; null when it was never curated. */
export function meetingCurationFrom(raw: unknown): MeetingCuration | null {
  const p = (raw ?? {}) as Record<string, unknown>;
  const day = (v: unknown) => (typeof v === 'string' ? v : null);
  const version = typeof p.curationVersion === 'number' ? p.curationVersion : null;
  if (version === null) return null;
  let override: MeetingOverride = {};
  if (typeof p.curationOverride === 'string') {
    try {
      override = JSON.parse(p.curationOverride) as MeetingOverride;
    } catch {
      override = {};
    }
  }
  return {
    version,
    confirmedOn: day(p.confirmedOn),
    rejectedOn: day(p.rejectedOn),
    correctedOn: day(p.correctedOn),
    addedOn: day(p.addedOn),
    override,
  };
}

/** Refuses a stale edit: the entity changed since the client read it. */
export function checkVersion(entityId: string, current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current)
    throw new RendezvousError(
      'CONFLICT',
      `${entityId} was changed by another correction (version ${current}, this edit was made on version ${expected}). Reload it and try again; nothing was changed.`,
      { current, expected },
    );
}

/** A list with `add` appended, without duplicates (case and spacing ignored). */
export function withNames(list: string[], add: string[]): string[] {
  const out = [...list];
  const seen = new Set(list.map((n) => n.trim().toLowerCase()));
  for (const n of add) {
    const k = n.trim().toLowerCase();
    if (k && !seen.has(k)) {
      seen.add(k);
      out.push(n.trim());
    }
  }
  return out;
}

/** False for a meeting record that bears the rejected mark as known on its date: views leave it out. */
export const shownRecord = (r: MeetingRecord): boolean => !r.curation?.includes('rejected');
