// Places on a hierarchy from the gazetteer: a venue inside a city inside a country.
import type { PlaceKind } from '../../common/extraction';
import { cityByName, countryByName, venueByName } from '../lexicon/gazetteer';
import { countryOf, normalizeText } from './names';

/** A report's place as venue, city and country, each normalised (null where unknown). */
export interface PlaceLevels {
  venue: string | null;
  city: string | null;
  country: string | null;
}

const norm = (s: string | null): string | null => (s ? normalizeText(s) || null : null);

/** The canonical name of a country written any way ("U.S.", "Czechia"), else the name itself. */
export function canonicalCountry(name: string | null): string | null {
  if (!name?.trim()) return null;
  return countryOf(name) ?? countryByName(name)?.name ?? name.trim();
}

/** A place as venue, city and country; a report's place fills the level of its kind. */
export function placeLevels(r: {
  place: string | null;
  placeKind: PlaceKind | null;
  city: string | null;
  country: string | null;
}): PlaceLevels {
  const levels: PlaceLevels = {
    venue: null,
    city: norm(r.city),
    country: norm(canonicalCountry(r.country)),
  };
  if (r.place) {
    const kind = r.placeKind ?? (r.city && norm(r.city) === norm(r.place) ? 'city' : 'venue');
    if (kind === 'venue') {
      levels.venue = norm(r.place);
      levels.city = levels.city ?? norm(venueByName(r.place)?.city ?? null);
    } else if (kind === 'city') levels.city = levels.city ?? norm(r.place);
    else if (kind === 'country') levels.country = levels.country ?? norm(canonicalCountry(r.place));
  }
  if (levels.city && !levels.country) levels.country = norm(cityByName(levels.city)?.country ?? null);
  // A city-state: "Singapore" the country is also Singapore the city.
  const state = levels.country ? countryByName(levels.country) : null;
  if (!levels.city && state?.capital && norm(state.capital) === levels.country) levels.city = levels.country;
  return levels;
}

const GENERIC_VENUE_WORDS = new Set([
  'the',
  'hotel',
  'palace',
  'residence',
  'house',
  'building',
  'villa',
  'center',
  'centre',
  'hall',
  'of',
  'in',
  'at',
]);

const venueWords = (v: string): Set<string> =>
  new Set(v.split(' ').filter((w) => w && !GENERIC_VENUE_WORDS.has(w)));

/** True when two venue names are one venue ("Metropole hotel" / "Sofitel Legend Metropole Hanoi Hotel"). */
function sameVenue(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = venueWords(a);
  const wb = venueWords(b);
  if (!wa.size || !wb.size) return false;
  let common = 0;
  for (const w of wa) {
    if (wb.has(w)) common++;
    // "Jati Umrah" / "Jati Umra": one letter apart.
    else if (w.length >= 4 && [...wb].some((x) => x.length >= 4 && (x.startsWith(w) || w.startsWith(x))))
      common++;
  }
  return common / Math.min(wa.size, wb.size) >= 0.5;
}

/** How two places compare at each level: a conflict (different city or country), agreement, or unknown. */
export interface PlaceComparison {
  verdict: 'agree' | 'conflict' | 'unknown';
  /** The finest level both give and agree on. */
  level: 'venue' | 'city' | 'country' | null;
  /** Both name a venue, and the venues differ (a soft difference: one residence has many names). */
  venuesDiffer: boolean;
}

/** Compares two places level by level; only cities and countries can conflict. */
export function comparePlaceLevels(a: PlaceLevels, b: PlaceLevels): PlaceComparison {
  if (a.country && b.country && a.country !== b.country)
    return { verdict: 'conflict', level: null, venuesDiffer: false };
  if (a.city && b.city && a.city !== b.city) return { verdict: 'conflict', level: null, venuesDiffer: false };
  const venuesBoth = !!(a.venue && b.venue);
  const venuesSame = venuesBoth && sameVenue(a.venue!, b.venue!);
  const level = venuesSame ? 'venue' : a.city && b.city ? 'city' : a.country && b.country ? 'country' : null;
  return { verdict: level ? 'agree' : 'unknown', level, venuesDiffer: venuesBoth && !venuesSame };
}

/** Place agreement: 'conflict' when a city or country known on both sides differs, 'agree' when one matches. */
export function comparePlaces(a: PlaceLevels, b: PlaceLevels): 'agree' | 'conflict' | 'unknown' {
  return comparePlaceLevels(a, b).verdict;
}
