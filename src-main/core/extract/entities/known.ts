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

/** Verbs whose object is a place when the gazetteer knows it as one. */
const VISIT_WORDS = new Set(['visit', 'visits', 'visited', 'visiting', 'toured', 'tour', 'tours', 'touring']);

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

/** Whether token `i` is a capitalised word. */
const capitalWord = (toks: Token[], i: number): boolean => /^\p{Lu}\p{Ll}/u.test(toks[i]?.text ?? '');

/** "Võ Văn Thưởng": a one-word town between two words of a name is a part of the name. */
const withinName = (toks: Token[], pos: number): boolean =>
  capitalWord(toks, pos - 1) &&
  capitalWord(toks, pos + 1) &&
  !/^(?:in|at|of)$/i.test(toks[pos - 1]?.text ?? '');

/** The city the `k` tokens at `pos` name, if the gazetteer knows one and the words around do not make it a name. */
function knownCity(view: ArticleView, toks: Token[], pos: number, k: number, phrase: string): Known | null {
  // "visits Santiago", "in Santiago": a city that is also a first name is the city after a preposition or a visit.
  const placeBefore = LOCATIVE.has(prevWord(toks, pos)) || VISIT_WORDS.has(prevWord(toks, pos));
  const city = cityByName(phrase, placeBefore);
  if (!city) return null;
  const cap = countryByCapital(phrase);
  if (k === 1 && !cap && withinName(toks, pos)) return null;
  if (k === 1 && !placeBefore && tagged(view, (toks[pos] as Token).start, FIRST_NAME)) return null;
  return { end: pos + k, kind: 'city', name: city.name, country: city.country, capitalOf: cap?.name ?? null };
}

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
  const city = knownCity(view, toks, pos, k, phrase);
  if (city) return city;
  // "Latin American", "South American": a continent's people, not the United States'.
  if (k === 1 && /^Americans?$/.test(phrase) && /^(?:latin|south|north|central)$/.test(prevWord(toks, pos)))
    return null;
  // "Chinese", and "Sri Lankan", "South African", "New Zealander": a country's people, in one word or more.
  if (k <= 3) {
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
