// Known names: the longest phrase at a position that the gazetteer knows as a venue, organisation,
// region, country, city or demonym, and the mentions each kind gives.
import type { PlaceKind } from '../../../common/extraction';
import {
  cityByName,
  countryByCapital,
  countryByDemonym,
  countryByName,
  isRegion,
  organizationByName,
  regionCountry,
  venueByName,
} from '../../lexicon/gazetteer';
import { NOT_NAME_WORDS, TITLE_WORDS } from '../../lexicon/words';
import type { Token } from '../tokens';
import type { ArticleView, EntityMention, EntitySink } from './context';
import { tagged } from './context';

/** Prepositions after which a capital names the place, not its government. */
const LOCATIVE = new Set(['in', 'to', 'from', 'at', 'near', 'outside', 'via', 'into', 'of']);

/** The word before `idx`, in lower case. */
const prevWord = (toks: Token[], idx: number): string => (toks[idx - 1]?.text ?? '').toLowerCase();

/** A phrase the gazetteer knows, ending before token `end`. */
export interface Known {
  end: number;
  kind: 'venue' | 'org' | 'region' | 'country' | 'city' | 'demonym';
  name: string;
  country: string | null;
  capitalOf?: string | null;
}

const FIRST_NAME = new Set(['FirstName']);

/** The known phrase of `k` tokens at `pos`, if the gazetteer knows it. */
function knownPhrase(view: ArticleView, toks: Token[], pos: number, k: number): Known | null {
  const end = pos + k;
  const phrase = toks
    .slice(pos, end)
    .map((t) => t.text)
    .join(' ');
  const venue = venueByName(phrase);
  if (venue) return { end, kind: 'venue', name: venue.name, country: venue.country };
  const org = organizationByName(phrase);
  if (org) return { end, kind: 'org', name: org.name, country: org.affiliation };
  if (isRegion(phrase)) return { end, kind: 'region', name: phrase, country: regionCountry(phrase) };
  const country = countryByName(phrase);
  if (country) return { end, kind: 'country', name: country.name, country: country.name };
  const city = cityByName(phrase, LOCATIVE.has(prevWord(toks, pos)));
  if (city && (k > 1 || !tagged(view, (toks[pos] as Token).start, FIRST_NAME))) {
    const cap = countryByCapital(phrase);
    return { end, kind: 'city', name: city.name, country: city.country, capitalOf: cap?.name ?? null };
  }
  // "Latin American", "South American": a continent's people, not the United States'.
  if (k === 1 && /^Americans?$/.test(phrase) && /^(?:latin|south|north|central)$/.test(prevWord(toks, pos)))
    return null;
  if (k === 1) {
    const dem = countryByDemonym(phrase);
    if (dem) return { end, kind: 'demonym', name: dem.name, country: dem.name };
  }
  return null;
}

/** The longest known phrase (up to six words, within the run ending at `to`) at `pos`. */
export function matchKnown(view: ArticleView, toks: Token[], pos: number, to: number): Known | null {
  for (let k = Math.min(6, to - pos); k >= 1; k--) {
    const known = knownPhrase(view, toks, pos, k);
    if (known) return known;
  }
  return null;
}

/** Whether the word at `pos` continues a capitalised name that starts before it in the sentence. */
const insideName = (toks: Token[], pos: number): boolean =>
  pos > 1 &&
  [toks[pos - 1]?.text ?? '', toks[pos - 2]?.text ?? ''].every(
    (w) => /^\p{Lu}\p{Ll}/u.test(w) && !NOT_NAME_WORDS.has(w) && !TITLE_WORDS.has(w),
  );

/** Writes the mentions a known phrase gives: a country is a place and a party, a capital may be a party. */
export function emitKnown(sink: EntitySink, known: Known, toks: Token[], pos: number, si: number): void {
  const start = (toks[pos] as Token).start;
  const end = (toks[known.end - 1] as Token).end;
  const m = (
    kind: EntityMention['kind'],
    name: string,
    country: string | null,
    placeKind?: PlaceKind,
  ): void => {
    sink.mentions.push({
      kind,
      start,
      end,
      name,
      country,
      sentence: si,
      ...(placeKind ? { placeKind } : {}),
    });
  };
  const place = (kind: PlaceKind): void => {
    sink.addPlace(known.name, kind, known.country);
    m('place', known.name, known.country, kind);
  };
  switch (known.kind) {
    case 'venue':
      place('venue');
      if (organizationByName(known.name)) {
        sink.addOrg(known.name, known.country);
        m('org', known.name, known.country);
      }
      break;
    case 'org':
      sink.addOrg(known.name, known.country);
      m('org', known.name, known.country);
      break;
    case 'region':
      place('region');
      break;
    case 'country':
      place('country');
      m('group', known.name, known.country);
      break;
    case 'city':
      place('city');
      // "the Olympic Games Tokyo 2020": a capital inside a longer name is no government.
      if (known.capitalOf && !LOCATIVE.has(prevWord(toks, pos)) && !insideName(toks, pos))
        m('group', known.capitalOf, known.capitalOf);
      break;
    case 'demonym':
      m('group', known.name, known.country);
      break;
  }
}
