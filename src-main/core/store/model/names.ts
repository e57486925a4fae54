// Name normalisation and node ids: pure functions shared by the writer, the queries and the tests.
import { createHash } from 'node:crypto';
import countries from 'world-countries';

/** Lower case, no diacritics, no punctuation, single spaces: the form names are compared in. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** A short stable hash of a string (hex), used where a readable key would be empty or too long. */
export function shortHash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** A readable, stable key for a name; falls back to a hash when the name has no letters or digits. */
export function slug(text: string): string {
  const s = normalizeText(text).replace(/ /g, '-');
  if (!s) return `h-${shortHash(text)}`;
  return s.length > 120 ? `${s.slice(0, 100)}-${shortHash(s)}` : s;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'prof', 'professor', 'madam']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The parts of a person's name that merging compares. */
export interface PersonName {
  /** The normalised full name: the person's key. */
  key: string;
  tokens: string[];
  first: string | null;
  surname: string;
}

/** Normalises a person's name: drops honorifics and suffixes, keeps the order of the rest. */
export function personName(name: string): PersonName {
  let tokens = normalizeText(name).split(' ').filter(Boolean);
  while (tokens.length > 1 && HONORIFICS.has(tokens[0]!)) tokens = tokens.slice(1);
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1]!)) tokens = tokens.slice(0, -1);
  if (!tokens.length) tokens = [normalizeText(name) || name.trim().toLowerCase()];
  return {
    key: tokens.join(' '),
    tokens,
    first: tokens.length > 1 ? tokens[0]! : null,
    surname: tokens[tokens.length - 1]!,
  };
}

/** Levenshtein distance, for spelling variants of a surname (Zelensky / Zelenskyy). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

const PARTY_SUFFIX =
  /\s+(delegation|delegations|side|sides|officials|official|government|authorities|negotiators|team|representatives|diplomats)$/;

const countryByName = (() => {
  const map = new Map<string, string>();
  // The names English-language news uses, where they differ from the dataset's common name.
  const display: Record<string, string> = { Türkiye: 'Turkey' };
  const add = (alias: string, common: string) => {
    const k = normalizeText(alias);
    if (k && !map.has(k)) map.set(k, display[common] ?? common);
  };
  // UN members first, so a demonym shared with a territory ("American") names the state.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of ordered) {
    add(c.name.common, c.name.common);
    add(c.name.official, c.name.common);
  }
  for (const c of ordered) {
    for (const alt of c.altSpellings) if (alt.length > 1) add(alt, c.name.common);
    const dem = c.demonyms?.eng;
    if (dem) {
      add(dem.m, c.name.common);
      add(dem.f, c.name.common);
    }
  }
  for (const [alias, common] of [
    ['america', 'United States'],
    ['u s', 'United States'],
    ['u s a', 'United States'],
    ['washington', 'United States'],
    ['britain', 'United Kingdom'],
    ['great britain', 'United Kingdom'],
    ['uk', 'United Kingdom'],
    ['moscow', 'Russia'],
    ['kremlin', 'Russia'],
    ['kyiv', 'Ukraine'],
    ['beijing', 'China'],
    ['turkey', 'Turkey'],
    ['ankara', 'Turkey'],
  ] as const)
    map.set(alias, common);
  return map;
})();

/** The country a name stands for ("U.S.", "American", "Russian Federation"), or null. */
export function countryOf(name: string): string | null {
  let k = normalizeText(name).replace(/^the /, '');
  for (let i = 0; i < 2; i++) k = k.replace(PARTY_SUFFIX, '');
  return countryByName.get(k) ?? null;
}

/** A party's canonical name: the country it stands for, else the name without "the" and "delegation". */
export function canonicalGroupName(name: string): string {
  const country = countryOf(name);
  if (country) return country;
  let cleaned = name.trim().replace(/^the\s+/i, '');
  for (let i = 0; i < 2; i++) cleaned = cleaned.replace(new RegExp(PARTY_SUFFIX.source, 'i'), '');
  return cleaned.trim() || name.trim();
}

/** Node id prefixes; the prefix tells the label, so every lookup by id can use a label's index. */
export const ID_PREFIX = {
  Article: 'article',
  Person: 'person',
  Organization: 'org',
  Group: 'group',
  Place: 'place',
  Meeting: 'meeting',
  Topic: 'topic',
  Role: 'role',
} as const;

/** A labelled node kind that has an id prefix. */
export type IdLabel = keyof typeof ID_PREFIX;

/** The id of a node of `label` keyed by `key` (already normalised, or a name to slug). */
export function nodeId(label: IdLabel, name: string): string {
  return `${ID_PREFIX[label]}:${slug(name)}`;
}

/** The label an id belongs to, or null for an id this store never made. */
export function labelOfId(id: string): IdLabel | null {
  const prefix = id.slice(0, id.indexOf(':'));
  for (const [label, p] of Object.entries(ID_PREFIX)) if (p === prefix) return label as IdLabel;
  return null;
}

/** Content words of a topic, for comparing two wordings of it. */
export function topicWords(topic: string): Set<string> {
  const stop = new Set([
    'the',
    'a',
    'an',
    'of',
    'on',
    'in',
    'about',
    'for',
    'to',
    'and',
    'with',
    'regarding',
    'over',
    'its',
    'their',
    'possible',
    'possibility',
    'work',
    'issue',
    'issues',
    'matters',
    'talks',
  ]);
  const words = normalizeText(topic)
    .split(' ')
    .filter((w) => w && !stop.has(w))
    .map((w) =>
      w.length > 4 && w.endsWith('ies')
        ? `${w.slice(0, -3)}y`
        : w.length > 3 && w.endsWith('s')
          ? w.slice(0, -1)
          : w,
    );
  return new Set(words);
}

/** True when two topic wordings name the same subject ("embassy operations" / "the work of embassies"). */
export function sameTopic(a: string, b: string): boolean {
  const wa = topicWords(a);
  const wb = topicWords(b);
  if (!wa.size || !wb.size) return normalizeText(a) === normalizeText(b);
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size) >= 0.5 && common / Math.max(wa.size, wb.size) >= 0.34;
}
