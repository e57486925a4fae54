// The place pass: where a trigger's meeting is ("in"/"at" a venue, city or country, the object of a visit,
// "the Russian capital"), and the place a meeting ends up with once the article's dateline is known.
import {
  cityByName,
  countryByDemonym,
  countryByName,
  regionCountry,
  venueByName,
} from '../../lexicon/gazetteer';
import { GATHER_AT_CUES } from '../../lexicon/cues';
import { inRanges } from './attribution';
import type { LocalMention, SentenceView, TriggerSpan } from './context';
import { wherePreferred, type Where } from './merge';
import type { Trigger } from './triggers';

const GATHER_AT = new RegExp(`\\b(?:${GATHER_AT_CUES.join('|')})\\s+(?:the\\s+)?$`, 'i');
const TOPIC_NOUNS =
  /\b(ceasefire|war|peace|conflict|invasion|fighting|truce|situation|crisis|settlement|security|stability|aggression|offensive|attacks?|strikes?|front|occupation|sanctions|troops|elections?|prisoners?|children|deportation|relations|coup|unrest|violence|insurgency|uprising|tensions|famine|drought|floods?)\s*$/i;
const MOVEMENT =
  /\b(arrived|arrives|arrive|landed|lands|travel|travels|traveled|travelled|traveling|travelling|fly|flies|flew|go|goes|went|came|comes|trip|visit\w*|head|heads|headed)\b/i;
const MEETING_NOUN =
  /^(?:talks|meetings?|summits?|negotiations|consultations|discussions|conferences?|sessions?|dialogue|rounds?|forum)$/i;
// "was held in X": the clause's own verb, not a participle describing a noun.
const AUXILIARY =
  /^(?:is|are|was|were|be|been|being|am|has|have|had|also|now|then|to|and|or|not|first|later|jointly)$/i;
const EARLIER_TRIP =
  /\bafter\s+(?:(?:concluding|wrapping up|ending|completing|finishing)\s+)?(?:his|her|their|its|a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:trip|visit|tour|stop|stay)\s+(?:to|in)\s+(?:the\s+)?$/iu;
const DESCRIBED_PLACE = /^\s+(?:state|states|nation|nations|country|countries|kingdom|monarchy|emirate)\b/;
const SOCIAL_VENUE =
  /\bto\s+(?:the|a)\s+((?:[\p{L}’'-]+\s+){0,3}?(?:restaurant|café|cafe|residence|dacha)(?:\s+in\s+the\s+[\p{L}’'-]+\s+park)?)/iu;
const SIDELINES =
  /\b(?:sidelines of|during|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,5})(?:Conference|Forum|Summit|Games|Dialogue)\b/u;

/** The city named at the end of a venue ("the Grand Hotel in Oslo"), when it is a known city. */
function cityInVenue(venue: string): string | null {
  const inCity = /\bin\s+(\p{Lu}[\p{L}-]+)$/u.exec(venue);
  return inCity?.[1] ? (cityByName(inCity[1])?.name ?? null) : null;
}

/** Fills a place's city and country from what is known of its venue and city. */
export function completeWhere(w: Where): void {
  const venue = w.venue ? venueByName(w.venue) : null;
  if (venue) {
    w.city ??= venue.city;
    w.country ??= venue.country;
  }
  if (w.venue && !w.city) w.city = cityInVenue(w.venue) ?? w.city;
  if (w.city && !w.country) w.country = cityByName(w.city)?.country ?? null;
  if (w.region && !w.country) w.country = regionCountry(w.region);
}

/** Whether the words before a place mention locate the meeting there for a trigger of `kind`. */
function isLocative(s: string, p: LocalMention, kind: Trigger['kind']): boolean {
  const pre = s.slice(Math.max(0, p.start - 30), p.start);
  const locative =
    /\b(in|at|inside|near|outside)\s+(the\s+)?$/i.test(pre) ||
    /\b(in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s*$/u.test(pre) ||
    /\bcapital of\s+$/i.test(pre) ||
    // "in the historic city of X", "at the port town of X"
    /\b(in|at|to)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:city|town|capital|village|port|resort)\s+of\s+$/iu.test(
      pre,
    ) ||
    (kind === 'visit' && /\bvisit\w*\s+(the\s+)?$/i.test(pre)) ||
    GATHER_AT.test(pre) ||
    (kind === 'host' && /\bto\s+(the\s+)?$/i.test(pre)) ||
    (/\b(to|in)\s+(the\s+)?$/i.test(pre) && MOVEMENT.test(s.slice(Math.max(0, p.start - 60), p.start)));
  if (!locative) return false;
  // "visited Lahore after concluding his one-day trip to Kabul": the place of the trip before, not the meeting's.
  if (EARLIER_TRIP.test(s.slice(Math.max(0, p.start - 80), p.start))) return false;
  // "a visit to the Gulf state", "the Baltic nations": a place word describing a noun is not the place.
  if (DESCRIBED_PLACE.test(s.slice(p.end, p.end + 12))) return false;
  // "hostages held in Gaza", "troops based in X": a place of what the participle describes, unless that is a meeting.
  const participle =
    /\b([\p{L}-]+)\s+(?:held|detained|based|stationed|trapped|imprisoned|living|located)\s+(?:in|at)\s+(?:the\s+)?$/iu.exec(
      pre,
    );
  if (participle?.[1] && !MEETING_NOUN.test(participle[1]) && !AUXILIARY.test(participle[1])) return false;
  // "the conflict in Ukraine": a place of a topic, not of the meeting.
  return p.placeKind === 'venue' || !TOPIC_NOUNS.test(pre.replace(/\s+(in|at)\s+(the\s+)?$/i, ''));
}

/** The places of a sentence named in the trigger's stretch, those after the trigger first. */
/** The quoted stretches of a sentence, an unclosed quote running to its end. */
function quotedRanges(s: string): Array<[number, number]> {
  return [...s.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g)].map((m) => [
    m.index ?? 0,
    (m.index ?? 0) + m[0].length,
  ]);
}

function placesOf(v: SentenceView, span: TriggerSpan): Where {
  const { s, local, attributions } = v;
  const { t, segStart, segEnd } = span;
  const where: Where = { venue: null, city: null, country: null, region: null };
  // A place after the trigger ("will meet X at the Y") comes before one in an earlier clause.
  const ordered = [...local.filter((p) => p.start >= t.index), ...local.filter((p) => p.start < t.index)];
  // "After the meeting, X said, “… in Ukraine …”": a place quoted apart from the trigger is what was said.
  const quotes = quotedRanges(s).filter(([a, b]) => t.index < a || t.index >= b);
  for (const p of ordered) {
    if (p.kind !== 'place' || inRanges(p.start, attributions) || inRanges(p.start, quotes)) continue;
    const inSegment = p.start >= segStart && p.start < segEnd;
    if (!inSegment || /^['’]s\b|^-/.test(s.slice(p.end, p.end + 3))) continue;
    if (!isLocative(s, p, t.kind)) continue;
    if (p.placeKind === 'venue') where.venue ??= p.name;
    else if (p.placeKind === 'city') where.city ??= p.name;
    else if (p.placeKind === 'country') where.country ??= p.name;
    else if (p.placeKind === 'region') where.region ??= p.name;
  }
  return where;
}

/**
 * "… arrived from Vientiane, where he attended several meetings": a trigger in a clause opened by ", where" is
 * at the place named just before it.
 */
function whereClausePlace(v: SentenceView, span: TriggerSpan): Where | null {
  const clause = /,\s*where\b[^,;]*$/i.exec(span.before);
  if (!clause || (span.cutAt !== undefined && clause.index < span.cutAt)) return null;
  const at = clause.index;
  const place = v.local
    .filter(
      (p) => p.kind === 'place' && p.end <= at && at - p.end <= 25 && !inRanges(p.start, v.attributions),
    )
    .sort((a, b) => b.end - a.end)[0];
  if (!place) return null;
  const where: Where = { venue: null, city: null, country: null, region: null };
  where[place.placeKind ?? 'region'] = place.name;
  return where;
}

const GATHERING_NOUN = /^(?:summit|conference|forum)$/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}.&-]*|\d+(?:st|nd|rd|th)|\(\p{Lu}+\))$/u;

/**
 * "attend the 44th Harbour Council Summit", "the NATO summit in X": a summit, conference or forum (or a capitalised
 * Meeting) that a proper name heads is itself where the meeting is, the name with the noun.
 */
export function gatheringName(s: string, t: Trigger): string | null {
  if (t.kind !== 'noun' || !(GATHERING_NOUN.test(t.word) || t.word === 'Meeting')) return null;
  const words = s.slice(0, t.index).trimEnd().split(/\s+/);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < 8; i--) {
    const w = words[i] ?? '';
    if (!NAME_WORD.test(w) || /['’]s$/.test(w)) break;
    name.unshift(w);
  }
  // An ordinal or a bracket alone names nothing; the first word of a sentence may be capitalised for that reason.
  if (!name.some((w) => /^\p{Lu}/u.test(w)) || name.length === words.length) return null;
  return `${name.join(' ')} ${t.word}`;
}

const GATHERING_WORDS = /\b(?:summit|conference|forum|Summit|Conference|Forum|Meeting)\b/gu;
const PARTICIPATION =
  /\b(?:in|at|during|attend\w*|sidelines of|participat\w+ in|take part in|took part in)\s+(?:the\s+)?$/i;

/** The named gathering of a trigger's stretch: the trigger's own, or one the stretch attends ("take part in the X Summit"). */
function gatheringOf(s: string, span: TriggerSpan): string | null {
  for (const m of s.matchAll(GATHERING_WORDS)) {
    const index = m.index ?? 0;
    if (index < span.segStart || index >= span.segEnd) continue;
    const own = index === span.t.index;
    const name = gatheringName(s, { index, length: m[0].length, word: m[0], kind: 'noun' });
    if (!name) continue;
    const start = index - (name.length - m[0].length);
    if (own || PARTICIPATION.test(s.slice(Math.max(0, start - 30), start))) return name;
  }
  return null;
}

/** Where a trigger's meeting is: "in"/"at" a venue, city or country; the object of a visit; "the Russian capital". */
export function whereOf(v: SentenceView, span: TriggerSpan): Where {
  const { s } = v;
  const clausePlace = whereClausePlace(v, span);
  if (clausePlace) {
    completeWhere(clausePlace);
    return clausePlace;
  }
  const where = placesOf(v, span);
  if (span.t.kind === 'social') {
    const m = SOCIAL_VENUE.exec(s);
    if (m?.[1]) where.venue ??= m[1].replace(/^(?:\p{Ll}+\s+)+(?=\p{Lu})/u, '');
  }
  const sidelines = SIDELINES.exec(span.own);
  if (sidelines?.[1] && !where.city) {
    const c = sidelines[1]
      .trim()
      .split(/\s+/)
      .map((word) => cityByName(word, true))
      .find(Boolean);
    if (c) where.city = c.name;
  }
  const capital = /\b(?:in|to|at)\s+the\s+(\p{Lu}[\p{L}-]+)\s+capital\b(?!\s+of)/u.exec(s);
  if (capital?.[1] && !where.city) {
    const c = countryByDemonym(capital[1]);
    if (c?.capital) where.city = c.capital;
  }
  where.event = gatheringOf(s, span);
  completeWhere(where);
  return where;
}

/** A meeting with no place of its own, told where the report is (`there`), is where the dateline says. */
export function placeFromDateline(where: Where, dateline: string | null, there: boolean): void {
  if (wherePreferred(where) || !dateline || !there) return;
  const [city, region] = dateline.split(/,\s*/);
  const c = city ? cityByName(city) : null;
  if (c) where.city = c.name;
  else if (region && countryByName(region)) where.country = countryByName(region)?.name ?? null;
  completeWhere(where);
}

/** The country a dateline ("LAHORE", "Oslo, Norway") names, through its city or its country. */
export function datelineCountry(dateline: string | null): string | null {
  if (!dateline) return null;
  const [city, region] = dateline.split(/,\s*/);
  const c = city ? cityByName(city) : null;
  return c?.country ?? (region ? (countryByName(region)?.name ?? null) : null);
}

/**
 * The country of a meeting that names no place, when its parties say it: every person belongs to one country and
 * no group to another ("Merz held talks with the Social Democrats"), or the report is datelined in a country and
 * no party belongs elsewhere (local politics under a city's dateline). Null when anything points abroad.
 */
export function countryOfParties(
  affiliations: Array<string | null>,
  groups: string[],
  dateline: string | null,
): string | null {
  const countries = new Set(
    [...affiliations, ...groups].flatMap((x) => (x && countryByName(x) ? [countryByName(x)?.name ?? x] : [])),
  );
  const home = datelineCountry(dateline);
  if (countries.size > 1 || (home && countries.size === 1 && !countries.has(home))) return null;
  if (home) return home;
  const [only] = [...countries];
  return only && affiliations.length > 0 && affiliations.every((a) => a === only) ? only : null;
}

/** The place fields of a meeting: the most specific name, its city and its country. */
export function placeFields(where: Where): {
  place: string | null;
  city: string | null;
  country: string | null;
} {
  const venue = where.venue;
  const knownVenue = venue ? venueByName(venue) : null;
  const city = where.city ?? knownVenue?.city ?? (venue ? cityInVenue(venue) : null);
  const country = where.country ?? knownVenue?.country ?? (city ? (cityByName(city)?.country ?? null) : null);
  return { place: venue ?? where.event ?? city ?? where.region ?? where.country, city, country };
}
