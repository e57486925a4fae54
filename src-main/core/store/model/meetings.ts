// Merging meetings across articles, and what a meeting looks like as known on a date: pure functions.
import type { DatePrecision, MeetingStatus, PlaceKind } from '../../../common/extraction';
import { PRECISION_RANK, dateInterval, intervalsCompatible, intervalsOverlap } from './dates';
import { countryOf, normalizeText, sameTopic, shortHash } from './names';

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
}

const STATUS_RANK: Record<MeetingStatus, number> = { planned: 1, ongoing: 2, held: 3, cancelled: 4 };
const PLACE_RANK: Record<PlaceKind, number> = { venue: 3, city: 2, region: 1, country: 1 };

/** Reports in the order they became known: by report date, then the settled status last, then article. */
export function chronological(reports: MeetingReport[]): MeetingReport[] {
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

const set = (xs: string[]) => new Set(xs);
const subsetOf = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
const equalSets = (a: Set<string>, b: Set<string>) => a.size === b.size && subsetOf(a, b);

interface Parties {
  people: Set<string>;
  groups: Set<string>;
}

const partiesOf = (reports: MeetingReport[]): Parties => {
  const people = set(reports.flatMap((r) => r.personIds));
  let groups = set(reports.flatMap((r) => r.groupIds));
  if (!groups.size) groups = set(reports.flatMap((r) => r.affiliationGroupIds));
  return { people, groups };
};

/** True when two reports name the same parties: the same people (one list may name fewer), the same sides. */
export function samePartiesOf(a: Parties, b: Parties): boolean {
  let compared = false;
  if (a.people.size && b.people.size) {
    if (!subsetOf(a.people, b.people) && !subsetOf(b.people, a.people)) return false;
    compared = true;
  }
  if (a.groups.size && b.groups.size) {
    if (!equalSets(a.groups, b.groups)) return false;
    compared = true;
  }
  return compared;
}

interface PlaceLevels {
  venue: string | null;
  city: string | null;
  country: string | null;
}

const norm = (s: string | null): string | null => (s ? normalizeText(s) || null : null);
const normCountry = (s: string | null): string | null => (s ? norm(countryOf(s) ?? s) : null);

/** A place as venue, city and country, each normalised; a report's place fills the level of its kind. */
export function placeLevels(r: {
  place: string | null;
  placeKind: PlaceKind | null;
  city: string | null;
  country: string | null;
}): PlaceLevels {
  const levels: PlaceLevels = { venue: null, city: norm(r.city), country: normCountry(r.country) };
  if (r.place) {
    const kind = r.placeKind ?? (r.city && norm(r.city) === norm(r.place) ? 'city' : 'venue');
    if (kind === 'venue') levels.venue = norm(r.place);
    else if (kind === 'city') levels.city = levels.city ?? norm(r.place);
    else levels.country = levels.country ?? normCountry(r.place);
  }
  return levels;
}

/** Place agreement: 'conflict' when a level known on both sides differs, 'agree' when one matches. */
export function comparePlaces(a: PlaceLevels, b: PlaceLevels): 'agree' | 'conflict' | 'unknown' {
  let agree = false;
  for (const level of ['venue', 'city', 'country'] as const) {
    const x = a[level];
    const y = b[level];
    if (x && y) {
      if (x !== y) return 'conflict';
      agree = true;
    }
  }
  return agree ? 'agree' : 'unknown';
}

/** How strongly a report matches a stored meeting, with the reasons; null when they are different meetings. */
export function matchMeeting(
  report: MeetingReport,
  meeting: MeetingState,
): { score: number; why: string[] } | null {
  const summary = summarizeMeeting(meeting.reports);
  if (!summary) return null;
  if (!samePartiesOf(partiesOf([report]), partiesOf(meeting.reports))) return null;
  const why: string[] = ['same parties'];
  let score = 0;
  const places = comparePlaces(placeLevels(report), placeLevels(summary));
  if (places === 'conflict') return null;
  if (places === 'agree') {
    why.push('same place');
    score += 2;
  }
  const a = dateInterval(report.date, report.datePrecision);
  const b = { start: summary.dateStart, end: summary.dateEnd };
  if (!intervalsCompatible(a, b)) return null;
  if (intervalsOverlap(a, b)) {
    why.push('compatible dates');
    score += 2 + (a.start === b.start && a.end === b.end ? 1 : 0);
  }
  if (report.topic && summary.topic && sameTopic(report.topic, summary.topic)) {
    why.push('same topic');
    score += 1;
  }
  // Parties alone are not enough: the same two countries meet many times.
  if (score === 0) return null;
  return { score, why };
}

/** The id a meeting first reported by this article's `index`-th meeting gets. */
export function newMeetingId(articleId: string, index: number): string {
  return `meeting:${shortHash(`${articleId}#${index}`)}`;
}

/** Where each of an article's meeting reports goes: an existing meeting (with reasons) or a new one. */
export interface MeetingAssignment {
  index: number;
  meetingId: string;
  isNew: boolean;
  why: string[];
}

/**
 * Assigns an article's reports to stored meetings, one to one (an article's meetings are distinct),
 * best matches first; a report matching nothing starts a new meeting.
 */
export function assignMeetings(reports: MeetingReport[], candidates: MeetingState[]): MeetingAssignment[] {
  const pairs: { r: MeetingReport; m: MeetingState; score: number; why: string[] }[] = [];
  for (const r of reports)
    for (const m of candidates) {
      const hit = matchMeeting(r, m);
      if (hit) pairs.push({ r, m, ...hit });
    }
  pairs.sort(
    (x, y) => y.score - x.score || (x.m.id < y.m.id ? -1 : x.m.id > y.m.id ? 1 : x.r.index - y.r.index),
  );
  const taken = new Set<string>();
  const assigned = new Map<number, MeetingAssignment>();
  for (const p of pairs) {
    if (taken.has(p.m.id) || assigned.has(p.r.index)) continue;
    taken.add(p.m.id);
    assigned.set(p.r.index, { index: p.r.index, meetingId: p.m.id, isNew: false, why: p.why });
  }
  return reports.map(
    (r) =>
      assigned.get(r.index) ?? {
        index: r.index,
        meetingId: newMeetingId(r.articleId, r.index),
        isNew: true,
        why: [],
      },
  );
}
