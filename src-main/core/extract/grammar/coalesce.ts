// The last look over the article's meetings: the same people meeting on the same day, told in two places of the
// article ("A and B met in Singapore on Tuesday" … "The two met at 9:00 at the Capella Hotel"), are one meeting.
import type { MeetingMention, MeetingStatus, PersonMention } from '../../../common/extraction';

const side = (s: MeetingStatus): string => (s === 'ongoing' ? 'held' : s);

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/** Whether two places named for a meeting can be one place: no two different cities, countries or venues. */
function samePlace(a: MeetingMention, b: MeetingMention): boolean {
  if (a.city && b.city && a.city !== b.city) return false;
  if (a.country && b.country && a.country !== b.country) return false;
  const venue = (m: MeetingMention): string | null =>
    m.place && m.place !== m.city && m.place !== m.country ? m.place : null;
  // One of them says where more precisely: a city or country, and a venue in it.
  return !!a.place && !!b.place && !venue(a) !== !venue(b);
}

/** The same day, or a past meeting recalled without one ("since the two met in Oslo") and told with one. */
function sameDay(a: MeetingMention, b: MeetingMention): boolean {
  if (a.date && b.date) return a.date === b.date && a.date_precision === 'day' && b.date_precision === 'day';
  const dated = a.date ? a : b;
  return side(a.status) === 'held' && !!dated.date && dated.date_precision === 'day';
}

const COARSE = new Set(['year', 'month']);

/** Whether one date only names the year or month of the other's day ("earlier this year" and "on Monday"). */
function coarserOf(a: MeetingMention, b: MeetingMention): boolean {
  if (!a.date || !b.date || a.date === b.date) return false;
  const [wide, narrow] = a.date.length < b.date.length ? [a, b] : [b, a];
  return COARSE.has(wide.date_precision) && !!narrow.date?.startsWith(wide.date as string);
}

/** Whether no city or country of one contradicts the other's. */
const noOtherPlace = (a: MeetingMention, b: MeetingMention): boolean =>
  !(a.city && b.city && a.city !== b.city) && !(a.country && b.country && a.country !== b.country);

/** Whether two meetings of an article are one: the same two or more people, the same day, status and place. */
function sameMeeting(a: MeetingMention, b: MeetingMention): boolean {
  if (a.participants.length < 2 || !sameSet(a.participants, b.participants)) return false;
  if (side(a.status) !== side(b.status)) return false;
  // "Meeting for the first time since … earlier this year, the two …", "their meeting will take place in December":
  // the day's meeting again.
  if (coarserOf(a, b)) return noOtherPlace(a, b);
  if (!sameDay(a, b)) return false;
  // Told with the same word ("met" … "met"): a dinner and talks of the same day stay two.
  const words = (m: MeetingMention): string[] => (m.trigger ?? '').split(', ').filter(Boolean);
  if (!words(a).some((w) => words(b).includes(w))) return false;
  return samePlace(a, b);
}

const MEALS_AND_GATHERINGS =
  /\b(?:dinner|lunch|luncheon|breakfast|banquet|reception|dined|summit|conference|forum|session|assembly)\b/i;

/** Whether a date is only the report's own day, put on a meeting the text does not date. */
const undated = (m: MeetingMention): boolean => !m.date || m.date_source === 'published';

/** Whether two venues named for the meetings, if both are, are one. */
function sameVenue(a: MeetingMention, b: MeetingMention): boolean {
  const venue = (m: MeetingMention): string | null =>
    m.place && m.place !== m.city && m.place !== m.country ? m.place : null;
  const [va, vb] = [venue(a), venue(b)];
  return !va || !vb || va === vb;
}

/**
 * "A held talks with B" in the lead, undated, and "A and B met on Tuesday at the Great Hall" further down: the same
 * two or more people, one of the two told without a date of its own, no other place, and neither a meal or a
 * gathering told apart from the talks.
 */
function sameMeetingUndated(a: MeetingMention, b: MeetingMention): boolean {
  if (a.participants.length < 2 || !sameSet(a.participants, b.participants)) return false;
  if (side(a.status) !== side(b.status) || (!undated(a) && !undated(b))) return false;
  if (MEALS_AND_GATHERINGS.test(a.trigger ?? '') || MEALS_AND_GATHERINGS.test(b.trigger ?? '')) return false;
  return noOtherPlace(a, b) && sameVenue(a, b);
}

/** `b` told again into `a`: the more specific place, the groups and evidence of both. */
function combine(a: MeetingMention, b: MeetingMention): MeetingMention {
  const venueFirst = !a.city && !a.country ? a : a.place === a.city || a.place === a.country ? b : a;
  const spans = [...a.evidence_spans, ...b.evidence_spans].sort((x, y) => x.start - y.start);
  // The more precise date of the two: a day over the year or month it falls in.
  const when =
    !a.date || (coarserOf(a, b) && a.date.length < (b.date?.length ?? 0)) || (undated(a) && !undated(b))
      ? b
      : a;
  return {
    ...a,
    date: when.date,
    date_precision: when.date_precision,
    date_source: when.date_source,
    place: venueFirst.place ?? a.place ?? b.place,
    city: a.city ?? b.city,
    country: a.country ?? b.country,
    participant_groups: [...new Set([...a.participant_groups, ...b.participant_groups])],
    topic: a.topic ?? b.topic,
    evidence_spans: spans,
    evidence: spans.map((s) => s.text).join(' '),
    confidence: Math.max(a.confidence ?? 0, b.confidence ?? 0),
  };
}

/** Whether a name is one of `names` or a part of one ("Kim" of "Kim Jong Un"). */
const among = (name: string, names: string[]): boolean =>
  names.some((n) => n === name || n.split(' ').includes(name));

/**
 * Whether a meeting of one person is a meeting of two or more with them, told again without the counterpart
 * ("Trump said he would meet with the North Korean leader on June 12"): the same day, status and place.
 */
function partOf(one: MeetingMention, full: MeetingMention, people: PersonMention[]): boolean {
  if (one.participants.length !== 1 || full.participants.length < 2) return false;
  if (!among(one.participants[0] as string, full.participants)) return false;
  if (!one.date || one.date !== full.date || one.date_precision !== 'day') return false;
  // "a very good meeting with China": a side the full meeting's people belong to ("Xi Jinping" of China).
  const sides = sidesOf(full, people);
  if (one.participant_groups.some((g) => !sides.has(g))) return false;
  if (one.city && full.city && one.city !== full.city) return false;
  return (
    side(one.status) === side(full.status) && !(one.country && full.country && one.country !== full.country)
  );
}

/** The sides of a meeting: its groups and the countries or bodies its people belong to. */
function sidesOf(m: MeetingMention, people: PersonMention[]): Set<string> {
  const of = people.filter((p) => m.participants.includes(p.name)).map((p) => p.affiliation);
  return new Set([...m.participant_groups, ...of.filter((a): a is string => !!a)]);
}

/** Whether two dates can be one meeting's: equal, one of them the report's own, or a year or month and a day in it. */
const sameWhen = (a: MeetingMention, b: MeetingMention): boolean =>
  !!a.date &&
  !!b.date &&
  (a.date === b.date || a.date_source === 'published' || b.date_source === 'published' || coarserOf(a, b));

/**
 * Whether a meeting of two or more sides with nobody named ("the leaders of A and B held talks") is a meeting
 * of people of those sides told by name (`full`): the same status, no other date or city.
 */
function toldBySides(sides: MeetingMention, full: MeetingMention, people: PersonMention[]): boolean {
  if (sides.participants.length || sides.participant_groups.length < 2 || full.participants.length < 2)
    return false;
  if (side(sides.status) !== side(full.status) || !sameWhen(sides, full)) return false;
  const theirs = sidesOf(full, people);
  return sides.participant_groups.every((g) => theirs.has(g)) && noOtherPlace(sides, full);
}

/**
 * Whether a planned meeting is a held one of the same day told before it happened ("looking forward to meeting X
 * in Lahore today" and "visited Lahore to meet X"): its people among the held one's, no other city or country.
 */
function toldBefore(planned: MeetingMention, held: MeetingMention): boolean {
  if (planned.status !== 'planned' || side(held.status) !== 'held' || !planned.participants.length)
    return false;
  if (!planned.date || planned.date !== held.date || planned.date_precision !== 'day') return false;
  return planned.participants.every((p) => among(p, held.participants)) && noOtherPlace(planned, held);
}

/**
 * A meeting as its text dates it: the week of the report, put on a meeting the text does not date past its lead,
 * says nothing of whether two meetings are one.
 */
const told = (m: MeetingMention): MeetingMention =>
  m.date_source === 'published' && m.date_precision !== 'day'
    ? { ...m, date: null, date_precision: 'unknown', date_source: null }
    : m;

/** The article's meetings with each meeting told twice kept once. */
export function coalesce(meetings: MeetingMention[], people: PersonMention[] = []): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const m of meetings) {
    const i = out.findIndex((o) => sameMeeting(told(o), told(m)) || sameMeetingUndated(o, m));
    if (i < 0) out.push(m);
    else out[i] = combine(out[i] as MeetingMention, m);
  }
  const within = (m: MeetingMention, full: MeetingMention): boolean => {
    const [a, b] = [told(m), told(full)];
    return partOf(a, b, people) || toldBySides(a, b, people) || toldBefore(a, b);
  };
  return out.filter((m) => !out.some((full) => within(m, full)));
}
