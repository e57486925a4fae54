// Meeting resolution across articles, as scored matching: each piece of evidence weighs for or against a
// merge, a few facts rule it out, and every merge keeps its reasons.
import { dateInterval, intervalsCompatible, intervalsOverlap } from './dates';
import { kindAgreement } from './kinds';
import { shortHash } from './names';
import { comparePlaceLevels, placeLevels } from './places';
import { summarizeMeeting, type MeetingReport, type MeetingState } from './summary';
import { sameTopic } from './topics';

/** The score a report needs to join a meeting; below it, the report starts a meeting of its own. */
const MERGE_THRESHOLD = 3;

/** How much more than the threshold a second report of one article needs to join the same meeting (and the same sides). */
const SECOND_REPORT_MARGIN = 3;

/** The weights of the evidence (see docs/data-model.md, "Meetings"). */
const WEIGHTS = {
  samePeople: 2,
  someSamePeople: 1,
  sameSides: 1,
  sameVenue: 3,
  sameCity: 2,
  sameCountry: 2,
  venuesDiffer: -1,
  sameDay: 3,
  overlappingDates: 2,
  sameTopic: 2,
} as const;

/** Days after its report a held meeting may be dated (time zones, a report filed overnight). */
const DAY_SLACK = 1;

const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Parties {
  people: string[];
  /** The sides: the parties named, and the parties the named people belong to. */
  sides: Set<string>;
}

const partiesOf = (reports: MeetingReport[]): Parties => {
  const people = [...new Set(reports.flatMap((r) => r.personIds))];
  const sides = new Set(reports.flatMap((r) => [...r.groupIds, ...r.affiliationGroupIds]));
  return { people, sides };
};

const tokensOfId = (id: string): string[] => id.slice(id.indexOf(':') + 1).split('-');

/**
 * True when person `a` may be person `b`: the same node, or `a` is known by one name only ("Kim") that is
 * one of `b`'s names, and no other person of the meeting carries it.
 */
function samePerson(a: string, b: string, others: string[]): boolean {
  if (a === b) return true;
  const ta = tokensOfId(a);
  if (ta.length !== 1) return false;
  const holders = others.filter((o) => tokensOfId(o).includes(ta[0]!));
  return holders.length === 1 && holders[0] === b;
}

/** How many of the report's people are among the meeting's people (a one-name person counts when unique). */
function sharedPeople(a: string[], b: string[]): number {
  let n = 0;
  for (const p of a) if (b.some((q) => samePerson(p, q, b) || samePerson(q, p, a))) n++;
  return n;
}

const equalSets = (a: Set<string>, b: Set<string>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));

/** True when a report plans the meeting after a report says it was held: a held meeting cannot un-happen. */
function statusOrderConflict(report: MeetingReport, reports: MeetingReport[]): boolean {
  const heldDays = [report, ...reports]
    .filter((r) => r.status === 'held')
    .map((r) => dateInterval(r.date, r.datePrecision).end)
    .filter((d): d is string => !!d);
  const plannedReported = [report, ...reports]
    .filter((r) => r.status === 'planned' && r.reported)
    .map((r) => r.reported!);
  if (!heldDays.length || !plannedReported.length) return false;
  const lastHeld = heldDays.sort()[heldDays.length - 1]!;
  return plannedReported.some((p) => p > addDays(lastHeld, DAY_SLACK));
}

/** How strongly a report matches a stored meeting, with the reasons; null when they are different meetings. */
export function matchMeeting(
  report: MeetingReport,
  meeting: MeetingState,
): { score: number; why: string[] } | null {
  const summary = summarizeMeeting(meeting.reports);
  if (!summary) return null;
  const why: string[] = [];
  let score = 0;

  // Parties: the sides must be the same; the people must overlap, and count by how much.
  const mine = partiesOf([report]);
  const theirs = partiesOf(meeting.reports);
  const peopleBoth = mine.people.length > 0 && theirs.people.length > 0;
  const shared = peopleBoth ? sharedPeople(mine.people, theirs.people) : 0;
  const union = mine.people.length + theirs.people.length - shared;
  // The same two or more people, all of them: the sides the reports name may differ (an extractor's noise).
  const samePeople = peopleBoth && shared >= 2 && shared === union;
  if (mine.sides.size && theirs.sides.size) {
    if (equalSets(mine.sides, theirs.sides)) {
      why.push('same sides');
      score += WEIGHTS.sameSides;
    } else if (!samePeople) return null;
  }
  if (peopleBoth) {
    if (!shared) return null;
    if (shared === union || shared === mine.people.length) {
      why.push(shared === union ? 'same people' : 'the people it names are among the participants');
      score += WEIGHTS.samePeople;
    } else {
      // Two of four leaders are a bilateral inside the summit, not the summit.
      if (shared < 2 || shared * 2 < mine.people.length) return null;
      why.push('some of the same people');
      score += WEIGHTS.someSamePeople;
    }
  } else if (!mine.sides.size || !theirs.sides.size) return null;
  const groupOnly = !peopleBoth && (mine.people.length > 0 || theirs.people.length > 0);

  // Place, on the hierarchy: a different city or country rules a merge out; a different venue only weighs.
  const place = comparePlaceLevels(placeLevels(report), placeLevels(summary));
  if (place.verdict === 'conflict') return null;
  if (place.level === 'venue') {
    why.push('same venue');
    score += WEIGHTS.sameVenue;
  } else if (place.level === 'city') {
    why.push('same city');
    score += WEIGHTS.sameCity;
  } else if (place.level === 'country') {
    why.push('same country');
    score += WEIGHTS.sameCountry;
  }
  if (place.venuesDiffer) score += WEIGHTS.venuesDiffer;

  // Dates at their precisions; a held meeting cannot become planned again.
  const a = dateInterval(report.date, report.datePrecision);
  const b = { start: summary.dateStart, end: summary.dateEnd };
  if (!intervalsCompatible(a, b)) return null;
  const overlap = intervalsOverlap(a, b);
  if (overlap) {
    const sameDay = a.start === a.end && a.start === b.start && b.start === b.end;
    why.push(sameDay ? 'same day' : 'compatible dates');
    score += sameDay ? WEIGHTS.sameDay : WEIGHTS.overlappingDates;
  }
  if (statusOrderConflict(report, meeting.reports)) return null;

  const topicAgrees = !!(report.topic && summary.topic && sameTopic(report.topic, summary.topic));
  if (topicAgrees) {
    why.push('same topic');
    score += WEIGHTS.sameTopic;
  }
  const kinds = kindAgreement(report.kind, summary.kind);
  if (kinds > 0) why.push(`same kind of meeting (${report.kind})`);
  score += kinds;

  // A report naming only the sides joins a report naming people only when date and place agree.
  if (groupOnly && !(overlap && place.verdict === 'agree')) return null;
  // The parties alone are never enough: the same two countries meet often.
  if (!overlap && place.verdict !== 'agree' && !topicAgrees) return null;
  if (score < MERGE_THRESHOLD) return null;
  return { score, why };
}

/** The id a meeting first reported by this article's `index`-th meeting gets. */
function newMeetingId(articleId: string, index: number): string {
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
    assigned.set(p.r.index, {
      index: p.r.index,
      meetingId: p.m.id,
      isNew: false,
      why: [...p.why, `score ${p.score} (threshold ${MERGE_THRESHOLD})`],
    });
  }
  // An extractor may report one meeting twice in an article: a second report joins a taken meeting only
  // on strong evidence.
  for (const p of pairs) {
    if (assigned.has(p.r.index) || p.score < MERGE_THRESHOLD + SECOND_REPORT_MARGIN) continue;
    if (!p.why.includes('same sides')) continue;
    assigned.set(p.r.index, {
      index: p.r.index,
      meetingId: p.m.id,
      isNew: false,
      why: [
        ...p.why,
        `score ${p.score} (a second report of this article; threshold ${MERGE_THRESHOLD + SECOND_REPORT_MARGIN})`,
      ],
    });
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
