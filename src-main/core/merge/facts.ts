// Facts that cannot be true are never stored as true: each is fixed when its cause is clear, else kept
// with lowered confidence and a visible flag. Nothing is dropped silently.
import { cityByName, organizationByName, venueByName } from '../lexicon/gazetteer';
import { dateInterval } from './dates';
import { canonicalCountry } from './places';
import { normalizeText } from './names';
import type { MeetingReport } from './summary';

/** The confidence of a report that keeps a flag it could not fix. */
const FLAGGED_CONFIDENCE = 0.5;

const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const NOT_PLACE_WORDS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|talks|meeting|summit|phone|video|online|sidelines?)$/i;

/** Why a place name is not a place (a person, an organisation, a day), or null when it may be one. */
function notAPlace(place: string, personNames: string[]): string | null {
  const k = normalizeText(place);
  if (!k || !/\p{L}/u.test(place)) return 'it has no letters';
  if (NOT_PLACE_WORDS.test(k)) return 'it is a word of time or of the meeting itself';
  if (!/^[\p{Lu}\p{N}"“'‘]/u.test(place.trim()) && !/^the\s/i.test(place.trim())) return 'it is not a name';
  if (personNames.some((n) => normalizeText(n) === k)) return 'it is a person of the story';
  if (organizationByName(place) && !venueByName(place) && !cityByName(place)) return 'it is an organisation';
  return null;
}

/** The fields of a report the checks read and fix. */
type Checked = Pick<
  MeetingReport,
  | 'status'
  | 'date'
  | 'datePrecision'
  | 'reported'
  | 'place'
  | 'placeKind'
  | 'city'
  | 'country'
  | 'personIds'
  | 'groupIds'
  | 'affiliationGroupIds'
  | 'evidence'
>;

/**
 * Checks one report against what cannot be true, fixing what has a clear cause:
 * - a held meeting dated after its report: a year-less date resolved into the next year moves back a year;
 *   otherwise the date is kept, flagged, with lowered confidence;
 * - a city placed in a country it is not in: the country comes from the gazetteer;
 * - a "place" that is not a place: it is taken out of the place, and the flag keeps it;
 * - fewer than two parties without a named host: kept, flagged, with lowered confidence.
 */
export function checkReport<T extends Checked>(
  report: T,
  personNames: string[] = [],
): T & { flags: string[]; confidence: number } {
  const r = { ...report };
  const flags: string[] = [];
  let confidence = 1;

  if (r.status === 'held' && r.date && r.reported && r.datePrecision !== 'unknown') {
    const span = dateInterval(r.date, r.datePrecision);
    if (span.start && span.start > addDays(r.reported, 1)) {
      const year = Number(r.date.slice(0, 4));
      const earlier = `${year - 1}${r.date.slice(4)}`;
      const back = dateInterval(earlier, r.datePrecision);
      if (Number(r.reported.slice(0, 4)) < year && back.start && back.start <= addDays(r.reported, 1)) {
        flags.push(
          `held meeting dated ${r.date}, after its report of ${r.reported}: a date without a year resolved into the wrong year, moved to ${earlier}`,
        );
        r.date = earlier;
      } else {
        flags.push(
          `held meeting dated ${r.date}, after its report of ${r.reported}: date kept, not confirmed`,
        );
        confidence = Math.min(confidence, FLAGGED_CONFIDENCE);
      }
    }
  }

  if (r.place) {
    const why = notAPlace(r.place, personNames);
    if (why) {
      flags.push(`"${r.place}" is not a place (${why}): left out of the place`);
      r.place = null;
      r.placeKind = null;
    }
  }
  if (r.city) {
    const why = notAPlace(r.city, personNames);
    if (why) {
      flags.push(`"${r.city}" is not a city (${why}): left out of the place`);
      r.city = null;
    }
  }

  const cityName = r.city ?? (r.placeKind === 'city' ? r.place : null);
  const venue = r.place && r.placeKind === 'venue' ? venueByName(r.place) : null;
  const truth = venue?.country ?? (cityName ? (cityByName(cityName)?.country ?? null) : null);
  const stated = canonicalCountry(r.country);
  if (truth && stated && normalizeText(truth) !== normalizeText(stated)) {
    flags.push(`${cityName ?? r.place} is in ${truth}, not ${stated}: country taken from the gazetteer`);
    r.country = truth;
  } else if (truth && !stated) r.country = truth;

  const sides = new Set([...r.groupIds, ...r.affiliationGroupIds]).size;
  const parties = Math.max(r.personIds.length, sides);
  const hosted = /\b(host(s|ed|ing)?|received|receives|welcomed|welcomes)\b/i.test(r.evidence);
  if (parties < 2 && !hosted) {
    flags.push(`fewer than two parties and no named host: kept, not confirmed`);
    confidence = Math.min(confidence, FLAGGED_CONFIDENCE);
  }
  return { ...r, flags, confidence };
}
