// Organisations across articles: acronyms and their long forms, and names with or without a country prefix
// ("U.S. State Department" / "State Department", "RDIF" / "Russian Direct Investment Fund").
import { countryByDemonym, countryByName, nameKey, organizationByName } from './gazetteer';

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

/** The initials of a long name ("Russian Direct Investment Fund" is RDIF), or null for a one-word name. */
export function initialsOf(name: string): string | null {
  const words = name
    .replace(/[’']s\b/g, '')
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return null;
  return words.map((w) => w[0]!.toUpperCase()).join('');
}

/** True when a name is written as an acronym: 2 to 8 capitals or digits, with optional dots ("RDIF", "U.N."). */
export function isAcronym(name: string): boolean {
  const bare = name.trim().replace(/\./g, '');
  return /^[\p{Lu}\p{N}]{2,8}$/u.test(bare) && /\p{Lu}/u.test(bare);
}

/** True when `acronym` abbreviates `longName` by its initials. */
export function abbreviates(acronym: string, longName: string): boolean {
  const initials = initialsOf(longName);
  return !!initials && initials === acronym.replace(/\./g, '').toUpperCase();
}

/** A country a leading word or two of the name stands for, and the rest of the name. */
export function splitCountryPrefix(name: string): { country: string | null; rest: string } {
  const bare = name.trim().replace(/^the\s+/i, '');
  const words = bare.split(/\s+/);
  for (const n of [3, 2, 1]) {
    if (words.length <= n) continue;
    const head = words
      .slice(0, n)
      .join(' ')
      .replace(/[’']s$/, '');
    const country = countryByName(head) ?? countryByDemonym(head);
    if (country) return { country: country.name, rest: words.slice(n).join(' ') };
  }
  return { country: null, rest: bare };
}

/** The country an organisation belongs to: its name's prefix, the article's affiliation, or the lexicon. */
export function organizationCountry(name: string, affiliation: string | null): string | null {
  const prefix = splitCountryPrefix(name).country;
  if (prefix) return prefix;
  const aff = affiliation ? (countryByName(affiliation) ?? countryByDemonym(affiliation)) : null;
  if (aff) return aff.name;
  const known = organizationByName(splitCountryPrefix(name).rest);
  const c = known?.affiliation ? countryByName(known.affiliation) : null;
  return c?.name ?? null;
}

/**
 * The key an organisation is merged by: its name without a country prefix, qualified by its country, so
 * "U.S. State Department" and "State Department" (of the United States) are one, and another country's
 * "Foreign Ministry" is another.
 */
export function organizationKey(name: string, affiliation: string | null): string {
  const { rest } = splitCountryPrefix(name);
  const country = organizationCountry(name, affiliation);
  const base = nameKey(rest)
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return country ? `${nameKey(country)} ${base}` : base;
}
