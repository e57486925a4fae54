// What a meeting looks like from its reports, as known on a date: pure functions.
import type { DatePrecision, MeetingStatus, PlaceKind } from '../../common/extraction';
import { PRECISION_RANK, dateInterval } from './dates';
import type { MeetingKind } from './kinds';

/** One article's report of a meeting: what is stored on its REPORTED_IN relationship. */
export interface MeetingReport {
  articleId: string;
  /** The index of the meeting among the article's meetings. */
  index: number;
  /** The report's date: the article's publication date. */
  reported: string | null;
  status: MeetingStatus;
  date: string | null;
  datePrecision: DatePrecision;
  place: string | null;
  placeKind: PlaceKind | null;
  city: string | null;
  country: string | null;
  topic: string | null;
  evidence: string;
  evidenceStart: number | null;
  evidenceEnd: number | null;
  announcedBy: string | null;
  reportedBy: string | null;
  count: number | null;
  /** The people and parties the report names, as node ids. */
  personIds: string[];
  groupIds: string[];
  /** The parties the named people belong to, as group ids (used when a report names no party). */
  affiliationGroupIds: string[];
  /** The kind of meeting the evidence names (a dinner, a summit…), when it names one. */
  kind?: MeetingKind | null;
  /** Facts of this report that could not be true as stated, and what was done about them. */
  flags?: string[];
  /** 1 for a report taken as stated; lower when a flag could not be fixed. */
  confidence?: number;
}

/** A meeting as stored: its reports and its participants. */
export interface MeetingState {
  id: string;
  reports: MeetingReport[];
}

/** A meeting's merged attributes, as known from a set of reports. */
export interface MeetingSummary {
  status: MeetingStatus;
  statusReported: string | null;
  date: string | null;
  datePrecision: DatePrecision;
  dateStart: string | null;
  dateEnd: string | null;
  place: string | null;
  placeKind: PlaceKind | null;
  city: string | null;
  country: string | null;
  topic: string | null;
  count: number | null;
  firstReported: string | null;
  lastReported: string | null;
  reportCount: number;
  /** The kind of meeting its latest report naming one gives. */
  kind: MeetingKind | null;
  /** Every report's flags (impossible facts fixed or kept with lowered confidence). */
  flags: string[];
  /** The lowest confidence of its reports. */
  confidence: number;
}

const STATUS_RANK: Record<MeetingStatus, number> = { planned: 1, ongoing: 2, held: 3, cancelled: 4 };
const PLACE_RANK: Record<PlaceKind, number> = { venue: 3, city: 2, region: 1, country: 1 };

/** Reports in the order they became known: by report date, then the settled status last, then article. */
function chronological(reports: MeetingReport[]): MeetingReport[] {
  return [...reports].sort((a, b) => {
    const da = a.reported ?? '';
    const db = b.reported ?? '';
    if (da !== db) return da < db ? -1 : 1;
    if (a.status !== b.status) return STATUS_RANK[a.status] - STATUS_RANK[b.status];
    if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
    return a.index - b.index;
  });
}

/** The reports known on a date (inclusive); reports of undated articles count as always known. */
export function knownOn(reports: MeetingReport[], asOf?: string | null): MeetingReport[] {
  if (!asOf) return reports;
  return reports.filter((r) => !r.reported || r.reported <= asOf);
}

const latestWith = <T>(ordered: MeetingReport[], pick: (r: MeetingReport) => T | null): T | null => {
  for (let i = ordered.length - 1; i >= 0; i--) {
    const v = pick(ordered[i]!);
    if (v !== null && v !== undefined) return v;
  }
  return null;
};

/**
 * Merges reports into one meeting: the status of the latest report; the most precise date and the most
 * specific place (latest report on ties); the latest topic stated. Null when no report is known yet.
 */
export function summarizeMeeting(reports: MeetingReport[], asOf?: string | null): MeetingSummary | null {
  const ordered = chronological(knownOn(reports, asOf));
  const last = ordered[ordered.length - 1];
  if (!last) return null;
  let dated: MeetingReport | null = null;
  let placed: MeetingReport | null = null;
  for (const r of ordered) {
    if (!dated || PRECISION_RANK[r.datePrecision] >= PRECISION_RANK[dated.datePrecision]) {
      if (r.date && r.datePrecision !== 'unknown') dated = r;
    }
    const kind = r.placeKind ?? (r.place ? 'city' : null);
    if (kind && r.place) {
      const placedKind = placed ? (placed.placeKind ?? 'city') : null;
      if (!placedKind || PLACE_RANK[kind] >= PLACE_RANK[placedKind]) placed = r;
    }
  }
  const interval = dated ? dateInterval(dated.date, dated.datePrecision) : { start: null, end: null };
  const reportedDates = ordered.map((r) => r.reported).filter((d): d is string => !!d);
  return {
    status: last.status,
    statusReported: last.reported,
    date: dated?.date ?? null,
    datePrecision: dated?.datePrecision ?? 'unknown',
    dateStart: interval.start,
    dateEnd: interval.end,
    place: placed?.place ?? null,
    placeKind: placed ? (placed.placeKind ?? 'city') : null,
    city: latestWith(ordered, (r) => r.city),
    country: latestWith(ordered, (r) => r.country),
    topic: latestWith(ordered, (r) => r.topic),
    count: latestWith(ordered, (r) => r.count),
    firstReported: reportedDates[0] ?? null,
    lastReported: reportedDates[reportedDates.length - 1] ?? null,
    reportCount: ordered.length,
    kind: latestWith(ordered, (r) => r.kind ?? null),
    flags: [...new Set(ordered.flatMap((r) => r.flags ?? []))],
    confidence: Math.min(1, ...ordered.map((r) => r.confidence ?? 1)),
  };
}

/** The status a meeting had in each report, in the order the reports came out. */
export function statusHistory(
  reports: MeetingReport[],
  asOf?: string | null,
): { status: MeetingStatus; reported: string | null; articleId: string }[] {
  return chronological(knownOn(reports, asOf)).map((r) => ({
    status: r.status,
    reported: r.reported,
    articleId: r.articleId,
  }));
}
