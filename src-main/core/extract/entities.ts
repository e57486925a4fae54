// People, organisations, places and party mentions (countries, demonyms, capitals used for governments),
// found in the article body with their offsets; surnames are resolved to the full names they stand for.
import nlp from 'compromise';
import type { OrganizationMention, PersonMention, PlaceKind, PlaceMention } from '../../common/extraction';
import {
  cityByName,
  countryByCapital,
  countryByDemonym,
  countryByName,
  isRegion,
  leaderBySurnameKey,
  nameKey,
  organizationByName,
  regionCountry,
  surnameKey,
  venueByName,
} from '../lexicon/gazetteer';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import {
  GEO_HEADS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  NEVER_PERSON_HEADS,
  ORG_HEADS,
  ROLE_NOUNS,
  TITLE_WORDS,
  VENUE_HEADS,
  VENUE_LEADS,
  ORG_LEADS,
  isCapitalised,
  tokenize,
} from './tokens';

/** One occurrence of an entity in the cleaned text. */
export interface EntityMention {
  kind: 'person' | 'org' | 'place' | 'group';
  start: number;
  end: number;
  /** Canonical name: a person's full name, a place's or organisation's name, a group's country. */
  name: string;
  /** The country it belongs to or stands for. */
  country: string | null;
  placeKind?: PlaceKind;
  /** Where a person's preceding title ("Kremlin spokesperson") starts. */
  titleStart?: number;
  /** Sentence index. */
  sentence: number;
}

/** Everything entity extraction yields for one article. */
export interface Entities {
  people: PersonMention[];
  organizations: OrganizationMention[];
  places: PlaceMention[];
  /** All mentions in text order. */
  mentions: EntityMention[];
}

// Titles that can only precede a person's name, so they end whatever capitalised words come before them.
const HONORIFICS = new Set(
  'President Minister Ayatollah Seyyed Sayyid Sheikh Prince Princess King Queen Pope Emir Sultan Chancellor Ambassador Senator General Gen Commander Mr Mrs Ms Dr Hojatoleslam Mullah Patriarch'.split(
    ' ',
  ),
);

const LOCATIVE = new Set(['in', 'to', 'from', 'at', 'near', 'outside', 'via', 'into', 'of']);
const FUNCTION_WORD =
  /^(?:in|of|to|and|or|at|on|for|with|from|by|is|was|are|were|has|had|have|will|would|said|says)$/i;
const SPEECH = /^(said|says|told|added|stated|noted|wrote|confirmed|announced|reported|according)$/i;
const PERSON_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific']);
const COMMON_TAGS = new Set([
  'Verb',
  'Adverb',
  'Adjective',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Date',
  'Pronoun',
  'QuestionWord',
  'Value',
]);

type Tags = Map<number, Set<string>>;

/** The most text tagged in one call: a longer body is tagged in pieces cut between sentences. */
const TAG_CHUNK_CHARS = 10_000;

/**
 * Compromise's tags for each word, keyed by the word's start offset. Its cost grows faster than the
 * length of what it is given, so a long body goes in pieces of whole sentences, which keeps it linear.
 */
function tagWords(text: string, sentences: Sentence[]): Tags {
  const tags: Tags = new Map();
  const tagPiece = (start: number, end: number): void => {
    const json = nlp(text.slice(start, end)).json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{ tags: string[]; offset: { start: number } }>;
    }>;
    for (const s of json) for (const t of s.terms) tags.set(start + t.offset.start, new Set(t.tags));
  };
  let pieceStart = 0;
  for (const s of sentences) {
    if (s.end - pieceStart > TAG_CHUNK_CHARS && s.start > pieceStart) {
      tagPiece(pieceStart, s.start);
      pieceStart = s.start;
    }
  }
  tagPiece(pieceStart, text.length);
  return tags;
}

/** Whether the particles from `j` on ("von der") end in a capitalised word: "Ursula von der Leyen". */
function particlesLeadToName(toks: Token[], j: number): boolean {
  let k = j;
  while (k < toks.length && k - j < 3 && NAME_PARTICLES.has((toks[k] as Token).text)) k++;
  return k < toks.length && isCapitalised((toks[k] as Token).text);
}

const COMMON_NOUNISH = new Set([...COMMON_TAGS, 'Plural']);

const hasAny = (set: Set<string> | undefined, wanted: Set<string>): boolean =>
  !!set && [...set].some((t) => wanted.has(t));

const isNameWord = (t: string): boolean =>
  /^(\p{Lu}\.|\p{Lu}[\p{Ll}’'-]*\p{Ll}[\p{L}’'-]*|\p{Lu}\p{Ll}?|Mc\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+|(?:al|el|ad|as|ash|bin|ibn|abu|van|von|de|da|di|du|le|la)-\p{Lu}\p{Ll}+)$/u.test(
    t,
  ) && !NOT_NAME_WORDS.has(t);

interface RawPerson {
  tokens: string[];
  start: number;
  end: number;
  sentence: number;
  titleStart: number;
  role: string | null;
  roleCountry: string | null;
  strong: boolean;
}

/** A person name's lookup key: folded case and diacritics, honorifics dropped. */
export function personNameKey(name: string): string {
  return nameKey(name)
    .split(' ')
    .filter((w) => !['mr', 'mrs', 'ms', 'dr', 'sir'].includes(w))
    .join(' ');
}

/** The surname of a full name: its last word. */
export const surnameOf = (name: string): string => personNameKey(name).split(' ').pop() ?? '';

/** Whether two full names are spellings of one person: same surname and same first initial. */
export function sameFullName(a: string, b: string): boolean {
  const A = personNameKey(a).split(' ');
  const B = personNameKey(b).split(' ');
  if (surnameKey(A[A.length - 1] ?? '') !== surnameKey(B[B.length - 1] ?? '')) return false;
  return (A[0] ?? '')[0] === (B[0] ?? '')[0];
}

function cleanRole(role: string): string | null {
  const r = role
    .replace(/^(a|an|the)\s+/i, '')
    .replace(/^.*?\b\p{Lu}[\p{L}.]*\s*['’]s\s+(?=\p{Ll})/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!r || r.length > 90) return null;
  return r;
}

/** Extracts people, organisations, places and party mentions from the body. */
export function extractEntities(text: string, sentences: Sentence[], credits: string[]): Entities {
  const tags = tagWords(text, sentences);
  // Capitalised words seen inside sentences are names wherever they appear, even first in a sentence.
  const properElsewhere = new Set<string>();
  for (const s of sentences)
    for (const t of tokenize(s.text).slice(1))
      if (/^\p{Lu}\p{Ll}/u.test(t.text) && !NOT_NAME_WORDS.has(t.text)) properElsewhere.add(t.text);
  const lowerText = new Set(text.match(/(?<![\p{L}-])\p{Ll}[\p{Ll}-]+/gu) ?? []);
  const mentions: EntityMention[] = [];
  const rawPeople: RawPerson[] = [];
  const singles: RawPerson[] = [];
  const orgs = new Map<string, OrganizationMention>();
  const places = new Map<string, PlaceMention>();

  const addOrg = (name: string, affiliation: string | null): void => {
    const key = nameKey(name);
    if (!orgs.has(key)) orgs.set(key, { name, aliases: [], affiliation });
  };
  const addPlace = (name: string, kind: PlaceKind, country: string | null): void => {
    const key = nameKey(name);
    if (!places.has(key)) places.set(key, { name, kind, country });
  };

  sentences.forEach((sentence, si) => {
    const toks = tokenize(sentence.text, sentence.start);
    let i = 0;
    while (i < toks.length) {
      const first = toks[i] as Token;
      if (!isCapitalised(first.text)) {
        // Hyphenated party compounds: "Russian-American", "US-Russia".
        i++;
        continue;
      }
      let j = i;
      while (j < toks.length) {
        const t = (toks[j] as Token).text;
        if (isCapitalised(t) || (j > i && /^(?:al|el|ad|as|ash|bin|ibn|abu)-\p{Lu}/u.test(t))) j++;
        else if (j > i && NAME_PARTICLES.has(t) && particlesLeadToName(toks, j)) j++;
        else break;
      }
      segmentRun(toks, i, j, si);
      i = j;
    }
  });

  function prevWord(toks: Token[], idx: number): string {
    return (toks[idx - 1]?.text ?? '').toLowerCase();
  }

  function segmentRun(toks: Token[], from: number, to: number, si: number): void {
    let pos = from;
    let titleStart = -1;
    while (pos < to) {
      const tok = toks[pos] as Token;
      // Hyphenated compounds of countries or demonyms name parties.
      if (tok.text.includes('-') && !/^(\p{L}\.)+/u.test(tok.text)) {
        const parts = tok.text.split('-');
        const cs = parts.map((p) => countryByName(p) ?? countryByDemonym(p));
        if (cs.filter(Boolean).length >= 2) {
          for (const c of cs)
            if (c)
              mentions.push({
                kind: 'group',
                start: tok.start,
                end: tok.end,
                name: c.name,
                country: c.name,
                sentence: si,
              });
          pos++;
          continue;
        }
      }
      // Organisation or venue named by a head word: "Russian Direct Investment Fund", "Chiragan Palace".
      let head = -1;
      for (let h = pos + 1; h < Math.min(to, pos + 6); h++) {
        const w = (toks[h] as Token).text;
        if (ORG_HEADS.has(w) || VENUE_HEADS.has(w)) {
          head = h;
          break;
        }
      }
      const leadingKnown = matchKnown(toks, pos, to);
      if (head > 0 && !(leadingKnown && leadingKnown.end > head)) {
        const span = toks.slice(pos, head + 1);
        const personish =
          !NEVER_PERSON_HEADS.has((toks[head] as Token).text) &&
          span.slice(0, -1).some((t) => hasAny(tags.get(t.start), new Set(['FirstName'])));
        const known = venueByName(span.map((t) => t.text).join(' ')) ?? null;
        if (!personish || known) {
          emitNamed(toks, pos, head + 1, si);
          pos = head + 1;
          titleStart = -1;
          continue;
        }
      }
      if (leadingKnown) {
        emitKnown(leadingKnown, toks, pos, si);
        pos = leadingKnown.end;
        continue;
      }
      if (TITLE_WORDS.has(tok.text.replace(/\.$/, ''))) {
        if (titleStart < 0) titleStart = tok.start;
        pos++;
        continue;
      }
      // "Joint Base Elmendorf-Richardson", "Camp David": a venue named after its lead word.
      // "Operation Spiderweb": an operation or project named after its lead word.
      if (ORG_LEADS.has(tok.text) && pos + 1 < to) {
        emitNamed(toks, pos, to, si);
        pos = to;
        continue;
      }
      const lead = toks.slice(pos, to).findIndex((t, n) => n + pos + 1 < to && VENUE_LEADS.has(t.text));
      if (lead >= 0) {
        const start = tok.start;
        const end = (toks[to - 1] as Token).end;
        const name = toks
          .slice(pos, to)
          .map((t) => t.text)
          .join(' ');
        addPlace(name, 'venue', null);
        mentions.push({ kind: 'place', start, end, name, country: null, placeKind: 'venue', sentence: si });
        pos = to;
        continue;
      }
      // "KAMIKAWA Yoko", "Yoko KAMIKAWA": a family name in capitals beside a given name is one person.
      const family = familyNameFirst(toks, pos, to, titleStart >= 0);
      if (family) {
        addPersonCandidate(toks, pos, pos + 2, si, titleStart >= 0 ? titleStart : tok.start, true, family);
        titleStart = -1;
        pos += 2;
        continue;
      }
      // Acronyms: organisations ("TASS", "UNN") unless a country; initials before a name ("JD Vance") are the name's.
      if (initialsAt(toks, pos, to)) {
        const e = pos + 1 + toks.slice(pos + 1, to).findIndex((t) => !isNameWord(t.text));
        const stop = e > pos + 1 ? e : to;
        addPersonCandidate(toks, pos, stop, si, titleStart >= 0 ? titleStart : tok.start, titleStart >= 0);
        titleStart = -1;
        pos = stop;
        continue;
      }
      if (/^[A-Z]{2,6}$/.test(tok.text)) {
        addOrg(tok.text, null);
        mentions.push({
          kind: 'org',
          start: tok.start,
          end: tok.end,
          name: tok.text,
          country: null,
          sentence: si,
        });
        pos++;
        continue;
      }
      // A run of name words: a person candidate.
      let e = pos;
      while (e < to) {
        const w = (toks[e] as Token).text;
        if (isNameWord(w) || (NAME_PARTICLES.has(w) && e > pos)) {
          const titleAhead = HONORIFICS.has(w.replace(/\.$/, '')) && isNameWord(toks[e + 1]?.text ?? '');
          if (
            e > pos &&
            ((matchKnown(toks, e, to) && !placeAsSurname(toks, pos, e, to, titleStart >= 0)) || titleAhead)
          )
            break;
          e++;
        } else break;
      }
      // "Treasury Secretary Steven Mnuchin": capitalised words before a title belong to the title.
      const titleAt = toks.slice(pos + 1, e).findIndex((t) => TITLE_WORDS.has(t.text));
      if (titleAt >= 0 && e < to + 1 && isNameWord(toks[pos + titleAt + 2]?.text ?? '')) {
        if (titleStart < 0) titleStart = tok.start;
        pos = pos + titleAt + 1;
        continue;
      }
      if (e === pos) {
        pos++;
        continue;
      }
      let s0 = pos;
      // A sentence's first word is a name only if the tagger does not know it as a common word.
      while (
        s0 < e &&
        s0 === 0 &&
        !properElsewhere.has((toks[s0] as Token).text) &&
        !leaderBySurnameKey((toks[s0] as Token).text) &&
        hasAny(tags.get((toks[s0] as Token).start), COMMON_TAGS) &&
        !hasAny(tags.get((toks[s0] as Token).start), PERSON_TAGS)
      )
        s0++;
      const words = toks.slice(s0, e);
      if (words.length && !GEO_HEADS.has((words[words.length - 1] as Token).text)) {
        const titleFrom = titleStart >= 0 ? titleStart : (words[0] as Token).start;
        addPersonCandidate(toks, s0, e, si, titleFrom, titleStart >= 0);
      }
      titleStart = -1;
      pos = e;
    }
  }

  /**
   * Whether the capitals at `pos` are a name's initials ("JD Vance", "KP Sharma Oli"), not an organisation before a
   * title or a full name ("JSP Chairman A B", "SMC A B C"): two letters, or three before a single name word.
   */
  function initialsAt(toks: Token[], pos: number, to: number): boolean {
    const w = (toks[pos] as Token).text;
    const next = toks[pos + 1]?.text ?? '';
    if (!/^[A-Z]{2,3}$/.test(w) || pos + 1 >= to || !isNameWord(next) || organizationByName(w)) return false;
    if (TITLE_WORDS.has(next)) return false;
    const words = toks.slice(pos + 1, to).findIndex((t) => !isNameWord(t.text));
    return w.length === 2 || (words < 0 ? to - pos - 1 : words) === 1;
  }

  /** "Lloyd Austin", "Madhav Kumar Nepal": a one-word city or country that ends a run after a first name is a surname. */
  function placeAsSurname(toks: Token[], pos: number, e: number, to: number, titled: boolean): boolean {
    if (e + 1 !== to) return false;
    const known = matchKnown(toks, e, to);
    if (!known || known.end !== e + 1 || (known.kind !== 'city' && known.kind !== 'country')) return false;
    if (titled && e - pos >= 2) return true;
    return hasAny(tags.get((toks[pos] as Token).start), new Set(['FirstName', 'MaleName', 'FemaleName']));
  }

  /** The given name and family name of "KAMIKAWA Yoko" or "Yoko KAMIKAWA" at `pos`, in that order; else null. */
  function familyNameFirst(toks: Token[], pos: number, to: number, titled: boolean): string[] | null {
    if (pos + 2 > to || (pos + 2 < to && isNameWord((toks[pos + 2] as Token).text))) return null;
    const tagged = [pos, pos + 1].some((k) => hasAny(tags.get((toks[k] as Token).start), PERSON_TAGS));
    if (!titled && !tagged) return null;
    const [a, b] = [(toks[pos] as Token).text, (toks[pos + 1] as Token).text];
    const caps = (w: string): boolean =>
      /^\p{Lu}{4,}$/u.test(w) && !organizationByName(w) && !countryByName(w);
    const title = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
    if (caps(a) && isNameWord(b) && !TITLE_WORDS.has(b)) return [b, title(a)];
    if (caps(b) && isNameWord(a) && !TITLE_WORDS.has(a)) return [a, title(b)];
    return null;
  }

  interface Known {
    end: number;
    kind: 'venue' | 'org' | 'region' | 'country' | 'city' | 'demonym';
    name: string;
    country: string | null;
    capitalOf?: string | null;
  }

  function matchKnown(toks: Token[], pos: number, to: number): Known | null {
    for (let k = Math.min(6, to - pos); k >= 1; k--) {
      const phrase = toks
        .slice(pos, pos + k)
        .map((t) => t.text)
        .join(' ');
      const venue = venueByName(phrase);
      if (venue) return { end: pos + k, kind: 'venue', name: venue.name, country: venue.country };
      const org = organizationByName(phrase);
      if (org) return { end: pos + k, kind: 'org', name: org.name, country: org.affiliation };
      if (isRegion(phrase))
        return { end: pos + k, kind: 'region', name: phrase, country: regionCountry(phrase) };
      const country = countryByName(phrase);
      if (country) return { end: pos + k, kind: 'country', name: country.name, country: country.name };
      const city = cityByName(phrase, LOCATIVE.has(prevWord(toks, pos)));
      if (city && (k > 1 || !hasAny(tags.get((toks[pos] as Token).start), new Set(['FirstName'])))) {
        const cap = countryByCapital(phrase);
        return {
          end: pos + k,
          kind: 'city',
          name: city.name,
          country: city.country,
          capitalOf: cap?.name ?? null,
        };
      }
      if (k === 1) {
        const dem = countryByDemonym(phrase);
        if (dem) return { end: pos + 1, kind: 'demonym', name: dem.name, country: dem.name };
      }
    }
    return null;
  }

  function emitKnown(known: Known, toks: Token[], pos: number, si: number): void {
    const start = (toks[pos] as Token).start;
    const end = (toks[known.end - 1] as Token).end;
    const m = (
      kind: EntityMention['kind'],
      name: string,
      country: string | null,
      placeKind?: PlaceKind,
    ): void => {
      mentions.push({ kind, start, end, name, country, sentence: si, ...(placeKind ? { placeKind } : {}) });
    };
    switch (known.kind) {
      case 'venue':
        addPlace(known.name, 'venue', known.country);
        m('place', known.name, known.country, 'venue');
        if (organizationByName(known.name)) {
          addOrg(known.name, known.country);
          m('org', known.name, known.country);
        }
        break;
      case 'org':
        addOrg(known.name, known.country);
        m('org', known.name, known.country);
        break;
      case 'region':
        addPlace(known.name, 'region', known.country);
        m('place', known.name, known.country, 'region');
        break;
      case 'country':
        addPlace(known.name, 'country', known.country);
        m('place', known.name, known.country, 'country');
        m('group', known.name, known.country);
        break;
      case 'city':
        addPlace(known.name, 'city', known.country);
        m('place', known.name, known.country, 'city');
        if (known.capitalOf && !LOCATIVE.has(prevWord(toks, pos)))
          m('group', known.capitalOf, known.capitalOf);
        break;
      case 'demonym':
        m('group', known.name, known.country);
        break;
    }
  }

  function emitNamed(toks: Token[], from: number, to: number, si: number): void {
    const words = toks.slice(from, to).map((t) => t.text);
    let start = (toks[from] as Token).start;
    let end = (toks[to - 1] as Token).end;
    let name = words.join(' ');
    const headWord = words[words.length - 1] ?? '';
    const firstCountry = countryByDemonym(words[0] ?? '') ?? countryByName(words[0] ?? '');
    const known = venueByName(name);
    const isVenue =
      VENUE_HEADS.has(headWord) && !(ORG_HEADS.has(headWord) && !/^(Embassy|Consulate)$/.test(headWord));
    if (isVenue || known || /^(Embassy|Consulate)$/.test(headWord)) {
      // "the Russian Consulate in Istanbul": the city belongs to the venue's name.
      let city: string | null = known?.city ?? null;
      if (toks[to]?.text === 'in' && toks[to + 1] && isCapitalised((toks[to + 1] as Token).text)) {
        const c = cityByName((toks[to + 1] as Token).text, true);
        if (c) {
          city = c.name;
          if (/^(Embassy|Consulate)$/.test(headWord)) {
            name = `${name} in ${c.name}`;
            end = (toks[to + 1] as Token).end;
          }
        }
      }
      const country = known?.country ?? (city ? (cityByName(city)?.country ?? null) : null);
      addPlace(known?.name ?? name, 'venue', country);
      mentions.push({
        kind: 'place',
        start,
        end,
        name: known?.name ?? name,
        country,
        placeKind: 'venue',
        sentence: si,
      });
      if (/^(Embassy|Consulate)$/.test(headWord)) addOrg(words.join(' '), firstCountry?.name ?? null);
      return;
    }
    if (words[0] === 'The') {
      start = (toks[from + 1] as Token).start;
      name = words.slice(1).join(' ');
    }
    addOrg(name, firstCountry?.name ?? null);
    mentions.push({ kind: 'org', start, end, name, country: firstCountry?.name ?? null, sentence: si });
  }

  function addPersonCandidate(
    toks: Token[],
    from: number,
    to: number,
    si: number,
    titleFrom: number,
    titled: boolean,
    spelled?: string[],
  ): void {
    const words = toks.slice(from, to);
    const texts = spelled ?? words.map((t) => t.text);
    const personTagged = words.some((t) => hasAny(tags.get(t.start), PERSON_TAGS));
    const next = toks[to]?.text ?? '';
    const prev = toks[from - 1]?.text ?? '';
    if (texts.length === 1 && /^(the|a|an)$/i.test(prev)) return;
    if (texts.length === 1 && hasAny(tags.get((words[0] as Token).start), new Set(['Plural']))) return;
    // "Forum Leaders", "IOC President": a run that ends on a title names an office, not a person.
    const last = (texts[texts.length - 1] ?? '').replace(/s$/, '');
    const firstTagged = hasAny(tags.get((words[0] as Token).start), new Set(['FirstName', 'Person']));
    if (texts.length > 1 && TITLE_WORDS.has(last) && !firstTagged) return;
    // "travel to Sabah", "made available to Bernama", "University of Adelaide": a lone word after a
    // preposition of place is a place or an outlet unless the tagger knows it as a person.
    if (
      texts.length === 1 &&
      /^(to|in|at|from|of|into)$/i.test(prev) &&
      (!personTagged || cityByName(texts[0] ?? '', true)) &&
      !leaderBySurnameKey(texts[0] ?? '')
    )
      return;
    // "cutting the Mona Lisa in half": an untitled name after "the" names a thing, unless a noun follows it
    // ("the Biden administration").
    if (!titled && /^the$/i.test(prev) && (!/^\p{Ll}+$/u.test(next) || FUNCTION_WORD.test(next))) return;
    const speech = SPEECH.test(next) || (SPEECH.test(prev) && from > 0) || /^(by|to)$/i.test(prev);
    // A lone unknown capitalised word that meets, travels or speaks, or is met with, is someone.
    const single = texts.length === 1 ? (words[0] as Token) : null;
    const unknownWord =
      !!single &&
      !hasAny(tags.get(single.start), new Set(['Place', 'Organization', ...COMMON_TAGS])) &&
      !cityByName(single.text, true);
    const actor =
      (unknownWord || texts.length > 1) &&
      !/^(the|a|an)$/i.test(prev) &&
      (/^(met|meets|meet|visited|visits|hosted|hosts|arrived|landed|traveled|travelled|flew|spoke|held|will|would|has|had|was|is)$/i.test(
        next,
      ) ||
        /^(with|met|meet|hosted|visited)$/i.test(prev));
    const roleBefore = ROLE_NOUNS.has(prev.toLowerCase());
    const { role, country, roleStart } = roleOf(toks, from, to, titleFrom);
    const raw: RawPerson = {
      tokens: texts,
      start: (words[0] as Token).start,
      end: (words[words.length - 1] as Token).end,
      sentence: si,
      titleStart: Math.min(titleFrom, roleStart),
      role,
      roleCountry: country,
      strong:
        titled ||
        roleBefore ||
        personTagged ||
        speech ||
        !!role ||
        actor ||
        unusualRun(words) ||
        appositionToRole(toks, from),
    };
    if (texts.length >= 2) rawPeople.push(raw);
    else singles.push(raw);
  }

  /** "the Governor of Maharashtra, CP Radhakrishnan": a name set off by a comma after a title or role noun. */
  function appositionToRole(toks: Token[], from: number): boolean {
    if (toks[from - 1]?.text !== ',') return false;
    for (let k = from - 2; k >= Math.max(0, from - 6); k--) {
      const w = (toks[k] as Token).text.replace(/\.$/, '');
      if (/^[,;:()“”"]$/.test(w)) return false;
      if (TITLE_WORDS.has(w) || ROLE_NOUNS.has(w.toLowerCase())) return true;
    }
    return false;
  }

  /** Three or more capitalised words none of which the article writes in lower case or the tagger knows as common. */
  function unusualRun(words: Token[]): boolean {
    if (words.length < 3) return false;
    return words.every(
      (t) => !lowerText.has(t.text.toLowerCase()) && !hasAny(tags.get(t.start), COMMON_NOUNISH),
    );
  }

  /** The title before a name ("Kremlin spokesperson") or the apposition after it (", a foreign policy advisor to …"). */
  function roleOf(
    toks: Token[],
    from: number,
    to: number,
    titleFrom: number,
  ): { role: string | null; country: string | null; roleStart: number } {
    let b = from;
    while (b > 0) {
      const w = (toks[b - 1] as Token).text;
      const lw = w.toLowerCase().replace(/\.$/, '');
      if (
        TITLE_WORDS.has(w.replace(/\.$/, '')) ||
        ROLE_NOUNS.has(lw) ||
        ORG_HEADS.has(w) ||
        /^(special|chief|foreign|top|senior|deputy|former|state|national|security|defense|defence|interior|prime|vice|acting|policy|of|crown|assistant|presidential|lead|head)$/.test(
          lw,
        ) ||
        countryByDemonym(w) ||
        countryByName(w) ||
        organizationByName(w) ||
        w === 'Kremlin'
      ) {
        b--;
        continue;
      }
      if ((w === "'s" || w === '’s') && b >= 2 && countryByName((toks[b - 2] as Token).text)) {
        b -= 2;
      }
      break;
    }
    while (b < from && /^(of)$/i.test((toks[b] as Token).text)) b++;
    let role: string | null = null;
    let roleTokens: Token[] = [];
    if (b < from) {
      roleTokens = toks.slice(b, from);
      const text = roleTokens
        .map((t) => t.text)
        .join(' ')
        .replace(/ ([’']s)/g, '$1');
      if (roleTokens.some((t) => TITLE_WORDS.has(t.text) || ROLE_NOUNS.has(t.text.toLowerCase())))
        role = cleanRole(text);
    } else if (titleFrom < (toks[from] as Token).start) {
      role = null;
    }
    if (!role && toks[to]?.text === ',') {
      // Apposition up to the next comma or the end of the sentence.
      let e = to + 1;
      while (e < toks.length && !/^[,;.()—–]$/.test((toks[e] as Token).text) && e - to < 16) e++;
      const app = toks.slice(to + 1, e);
      const words = app.map((t) => t.text.toLowerCase());
      const hasRole = words.some((w) => ROLE_NOUNS.has(w));
      const startsLikeClause = /^(who|which|that|said|says|told|and|but|where|when)$/i.test(
        app[0]?.text ?? '',
      );
      if (hasRole && !startsLikeClause && app.length) {
        role = cleanRole(
          app
            .map((t) => t.text)
            .join(' ')
            .replace(/ ([’']s)/g, '$1'),
        );
        roleTokens = app;
      }
    }
    let country: string | null = null;
    for (const t of roleTokens) {
      if (t.text === "'s" || t.text === '’s') continue;
      const c = countryByDemonym(t.text) ?? countryByName(t.text) ?? null;
      const org = organizationByName(t.text);
      if (c) {
        country = c.name;
        break;
      }
      if (org?.affiliation) {
        country = org.affiliation;
        break;
      }
    }
    if (!country && roleTokens.length) {
      const joined = roleTokens.map((t) => t.text).join(' ');
      const org = organizationByName(/State Department/.test(joined) ? 'State Department' : '');
      if (org) country = org.affiliation;
    }
    return { role, country, roleStart: b < from ? (toks[b] as Token).start : (toks[from] as Token).start };
  }

  // ---- resolve people: full names cluster by surname and first initial; surnames attach to them ----
  const creditKeys = new Set(credits.map(personNameKey));
  const lowerWords = new Set(text.match(/(?<![\p{L}-])\p{Ll}[\p{Ll}-]+/gu) ?? []);
  const creditSurnames = new Set(credits.map(surnameOf));
  interface Cluster {
    forms: Map<string, number>;
    roles: string[];
    countries: string[];
    raws: RawPerson[];
    aliases: Set<string>;
  }
  const clusters: Cluster[] = [];
  const findCluster = (name: string): Cluster | undefined =>
    clusters.find((c) => [...c.forms.keys()].some((f) => sameFullName(f, name)));
  for (const r of rawPeople) {
    const name = r.tokens.join(' ');
    if (creditKeys.has(personNameKey(name))) continue;
    let c = findCluster(name);
    if (!c) {
      c = { forms: new Map(), roles: [], countries: [], raws: [], aliases: new Set() };
      clusters.push(c);
    }
    c.forms.set(name, (c.forms.get(name) ?? 0) + 1);
    c.raws.push(r);
    if (r.role) c.roles.push(r.role);
    if (r.roleCountry) c.countries.push(r.roleCountry);
  }
  for (const r of singles) {
    const word = r.tokens[0] ?? '';
    const key = personNameKey(word);
    // A surname stands for the full name; so does a family name written first ("Xi" for "Xi Jinping").
    const c =
      clusters.find((cl) => [...cl.forms.keys()].some((f) => surnameOf(f) === key)) ??
      (hasAny(tags.get(r.start), new Set(['FirstName']))
        ? undefined
        : clusters.find((cl) =>
            [...cl.forms.keys()].some((f) => f.includes(' ') && personNameKey(f).split(' ')[0] === key),
          ));
    if (c) {
      c.aliases.add(word);
      c.raws.push(r);
      if (r.role) c.roles.push(r.role);
      if (r.roleCountry) c.countries.push(r.roleCountry);
      continue;
    }
    if (creditSurnames.has(key) || creditKeys.has(key)) continue;
    if (!r.strong && !leaderBySurnameKey(word)) continue;
    // A word the article also writes in lower case ("Ministers", "Youth") is a common noun, not a name.
    if (lowerWords.has(word.toLowerCase())) continue;
    // A first name alone stands for the one full name that starts with it ("Ursula").
    const byFirst = clusters.filter((cl) =>
      [...cl.forms.keys()].some((f) => f.includes(' ') && f.split(' ')[0] === word),
    );
    if (byFirst.length === 1 && byFirst[0]) {
      byFirst[0].aliases.add(word);
      byFirst[0].raws.push(r);
      continue;
    }
    let own = clusters.find((cl) => cl.forms.has(word));
    if (!own) {
      own = { forms: new Map([[word, 0]]), roles: [], countries: [], raws: [], aliases: new Set() };
      clusters.push(own);
    }
    own.forms.set(word, (own.forms.get(word) ?? 0) + 1);
    own.raws.push(r);
    if (r.role) own.roles.push(r.role);
    if (r.roleCountry) own.countries.push(r.roleCountry);
  }

  const people: PersonMention[] = [];
  for (const c of clusters) {
    const forms = [...c.forms.entries()].sort(
      (a, b) => b[1] - a[1] || b[0].split(' ').length - a[0].split(' ').length,
    );
    const full = forms.filter(([f]) => f.includes(' '));
    const canonical = (full[0] ?? forms[0])?.[0];
    if (!canonical) continue;
    const isSingle = !canonical.includes(' ');
    if (isSingle && !c.raws.some((r) => r.strong) && !leaderBySurnameKey(canonical)) continue;
    // Two capitalised words with no sign of a person (no title, role, speech, tagger's name, surname use)
    // are more often an unlisted place or thing ("Chasiv Yar") than a person.
    if (
      !isSingle &&
      !c.raws.some((r) => r.strong) &&
      !c.aliases.size &&
      !leaderBySurnameKey(surnameOf(canonical))
    )
      continue;
    const aliases = new Set<string>([...forms.map(([f]) => f), ...c.aliases]);
    aliases.delete(canonical);
    const leader = leaderBySurnameKey(surnameOf(canonical));
    const affiliation =
      mostCommon(c.countries) ??
      (leader && (isSingle || sameFullName(leader.name, canonical)) ? leader.country : null);
    people.push({ name: canonical, aliases: [...aliases], roles: [...new Set(c.roles)], affiliation });
    for (const r of c.raws) {
      mentions.push({
        kind: 'person',
        start: r.start,
        end: r.end,
        name: canonical,
        country: affiliation,
        titleStart: r.titleStart,
        sentence: r.sentence,
      });
    }
  }

  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { people, organizations: [...orgs.values()], places: [...places.values()], mentions };
}

function mostCommon(xs: string[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}
