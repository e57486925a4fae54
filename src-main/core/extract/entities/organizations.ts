// Organisations versus places: a run named by its head word ("Direct Investment Fund", "Chiragan Palace")
// is an organisation or a venue; a hyphenated compound of countries ("US-Russia") names parties.
import { cityByName, countryByDemonym, countryByName, venueByName } from '../../lexicon/gazetteer';
import { NEVER_PERSON_HEADS, ORG_HEADS, STREET_HEADS, VENUE_HEADS } from '../../lexicon/words';
import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import type { ArticleView, EntitySink } from './context';
import { tagged } from './context';

const MISSION = /^(Embassy|Consulate)$/;
const FIRST_NAME = new Set(['FirstName']);

/** Writes one party mention per country of a compound like "US-Russia"; false when it is no such compound. */
export function emitCountryCompound(sink: EntitySink, tok: Token, si: number): boolean {
  if (!tok.text.includes('-') || /^(\p{L}\.)+/u.test(tok.text)) return false;
  const cs = tok.text.split('-').map((p) => countryByName(p) ?? countryByDemonym(p));
  if (cs.filter(Boolean).length < 2) return false;
  for (const c of cs)
    if (c)
      sink.mentions.push({
        kind: 'group',
        start: tok.start,
        end: tok.end,
        name: c.name,
        country: c.name,
        sentence: si,
      });
  return true;
}

/** Titles that only a person holds: the capitalised word after one starts a name. */
const PERSON_TITLE_BEFORE = new Set(
  'Minister President Secretary Chancellor Premier Ambassador Senator Governor Speaker Mayor Mr Mrs Ms Dr Prof Chairman Chairwoman Envoy King Queen Emir Sheikh Prince Princess Spokesperson Spokesman'.split(
    ' ',
  ),
);

/** The organisation or venue head word within five words after `pos` ("Fund", "Palace"), or -1. */
export function headWordAt(toks: Token[], pos: number, to: number): number {
  for (let h = pos + 1; h < Math.min(to, pos + 6); h++) {
    const w = (toks[h] as Token).text;
    if (!ORG_HEADS.has(w) && !VENUE_HEADS.has(w)) continue;
    // "Foreign Minister Park Jin", "President Hall": a head word right after a person's title is a name.
    if (PERSON_TITLE_BEFORE.has((toks[h - 1] as Token).text)) return -1;
    // "Harbour International Airport": a venue head right after an organisation head ends the name.
    const next = toks[h + 1]?.text ?? '';
    // "Wall Street Journal": a street's name heads an outlet's.
    if (h + 1 < to && STREET_HEADS.has(w) && ORG_HEADS.has(next)) return h + 1;
    return h + 1 < to && VENUE_HEADS.has(next) && !ORG_HEADS.has(next) ? h + 1 : h;
  }
  return -1;
}

/** Whether the words before a head read as a person's name ("Jawaharlal Nehru Stadium" does not count). */
export function namedAfterPerson(view: ArticleView, toks: Token[], pos: number, head: number): boolean {
  const span = toks.slice(pos, head + 1);
  const personish =
    !NEVER_PERSON_HEADS.has((toks[head] as Token).text) &&
    span.slice(0, -1).some((t) => tagged(view, t.start, FIRST_NAME));
  return personish && !venueByName(span.map((t) => t.text).join(' '));
}

const countryOfCity = (city: string | null): string | null =>
  city ? (cityByName(city)?.country ?? null) : null;
const countryOfWord = (w: string): string | null => (countryByDemonym(w) ?? countryByName(w))?.name ?? null;

/** The city after "in" that a venue's name takes: "the Russian Consulate in Istanbul". */
function cityAfter(toks: Token[], to: number): { name: string; end: number } | null {
  const next = toks[to + 1];
  if (toks[to]?.text !== 'in' || !next || !isCapitalised(next.text)) return null;
  const c = cityByName(next.text, true);
  return c ? { name: c.name, end: next.end } : null;
}

/** A venue named by its head, with the city that follows "in"; an embassy is also an organisation. */
function emitVenue(sink: EntitySink, toks: Token[], from: number, to: number, si: number): void {
  const words = toks.slice(from, to).map((t) => t.text);
  const mission = MISSION.test(words[words.length - 1] ?? '');
  const known = venueByName(words.join(' '));
  const after = cityAfter(toks, to);
  const city = after?.name ?? known?.city ?? null;
  const name = known?.name ?? (mission && after ? `${words.join(' ')} in ${after.name}` : words.join(' '));
  const end = mission && after ? after.end : (toks[to - 1] as Token).end;
  const country = known?.country ?? countryOfCity(city);
  sink.addPlace(name, 'venue', country);
  const start = (toks[from] as Token).start;
  sink.mentions.push({ kind: 'place', start, end, name, country, placeKind: 'venue', sentence: si });
  if (mission) sink.addOrg(words.join(' '), countryOfWord(words[0] ?? ''));
}

/** Writes the run [from, to) as a venue (a venue head, a known venue, an embassy) or else an organisation. */
export function emitNamed(sink: EntitySink, toks: Token[], from: number, to: number, si: number): void {
  const words = toks.slice(from, to).map((t) => t.text);
  const headWord = words[words.length - 1] ?? '';
  const isVenue = VENUE_HEADS.has(headWord) && !(ORG_HEADS.has(headWord) && !MISSION.test(headWord));
  if (isVenue || venueByName(words.join(' ')) || MISSION.test(headWord)) {
    emitVenue(sink, toks, from, to, si);
    return;
  }
  const country = countryOfWord(words[0] ?? '');
  const the = words[0] === 'The';
  const start = (toks[the ? from + 1 : from] as Token).start;
  const name = (the ? words.slice(1) : words).join(' ');
  const end = (toks[to - 1] as Token).end;
  sink.addOrg(name, country);
  sink.mentions.push({ kind: 'org', start, end, name, country, sentence: si });
}
