// Name normalisation and node ids: pure functions shared by the writer, the queries and the tests.
// Countries come from the shared gazetteer, so "Czech Republic" and "Czechia" are one party.
import { createHash } from 'node:crypto';
import { countryByCapital, countryByDemonym, countryByName, organizationByName } from '../lexicon/gazetteer';
import { nameVariantKey, stripTitles, transliterationKey } from '../lexicon/person-names';

/** The normalised forms of names last computed: the writer normalises the same few names many times an article. */
const NORMALIZED = new Map<string, string>();
/** Past this many forms the memo starts again, so it stays a few megabytes however long the ingest. */
const NORMALIZED_MAX = 20_000;
/** Only name-sized texts are kept. */
const NORMALIZED_KEY_MAX = 64;

/** Lower case, no diacritics, no punctuation, single spaces: the form names are compared in. */
export function normalizeText(text: string): string {
  let out = NORMALIZED.get(text);
  if (out !== undefined) return out;
  out = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  if (text.length <= NORMALIZED_KEY_MAX) {
    if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
    // A copy as the key: a name cut from an article may be a slice that holds the whole article's text.
    NORMALIZED.set(` ${text}`.slice(1), out);
  }
  return out;
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

/** The parts of a person's name that merging compares. */
export interface PersonName {
  /** The normalised full name, titles dropped: the person's key. */
  key: string;
  tokens: string[];
  first: string | null;
  surname: string;
  /** The spelling-insensitive key of the whole name (Yury Ushakov / Yuri Ushakov). */
  variantKey: string;
  /** The spelling-insensitive key of the surname (Zelensky / Zelenskyy / Zelenskiy). */
  surnameKey: string;
}

/** Names already normalised: an ingest meets the same names again and again. Emptied when full. */
const NAME_CACHE = new Map<string, Readonly<PersonName>>();
const NAME_CACHE_SIZE = 20_000;

/**
 * Normalises a person's name: drops titles ("Aide", "Chairman") and suffixes, keeps the order of the rest.
 * The answer is shared between callers (and frozen): do not change it.
 */
export function personName(name: string): Readonly<PersonName> {
  const known = NAME_CACHE.get(name);
  if (known) return known;
  if (NAME_CACHE.size >= NAME_CACHE_SIZE) NAME_CACHE.clear();
  const made = Object.freeze(normalizePersonName(name));
  Object.freeze(made.tokens);
  NAME_CACHE.set(name, made);
  return made;
}

function normalizePersonName(name: string): PersonName {
  let tokens = stripTitles(normalizeText(name).split(' ').filter(Boolean));
  if (!tokens.length) tokens = [normalizeText(name) || name.trim().toLowerCase()];
  const surname = tokens[tokens.length - 1]!;
  return {
    key: tokens.join(' '),
    tokens,
    first: tokens.length > 1 ? tokens[0]! : null,
    surname,
    variantKey: nameVariantKey(tokens),
    surnameKey: transliterationKey(surname),
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

/** The country a name stands for ("U.S.", "American", "Russian Federation"), or null. */
export function countryOf(name: string): string | null {
  let k = normalizeText(name.replace(/\./g, '')).replace(/^the /, '');
  for (let i = 0; i < 2; i++) k = k.replace(PARTY_SUFFIX, '');
  if (!k) return null;
  const found =
    countryByName(k) ??
    countryByDemonym(k) ??
    countryByCapital(k) ??
    (organizationByName(k)?.affiliation ? countryByName(organizationByName(k)!.affiliation!) : null);
  return found?.name ?? null;
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
const ID_PREFIX = {
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
