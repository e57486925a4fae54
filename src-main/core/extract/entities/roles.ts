// Titles stripped into roles: the words before a name ("Kremlin spokesperson") or the apposition after it
// (", a foreign policy advisor to …") become the person's role, and the country the role names.
import { countryByDemonym, countryByName, organizationByName } from '../../lexicon/gazetteer';
import { ORG_HEADS, ROLE_NOUNS, TITLE_WORDS } from '../../lexicon/words';
import type { Token } from '../tokens';

/** A person's role and the country it names, and where the role's words start. */
export interface Role {
  role: string | null;
  country: string | null;
  roleStart: number;
}

const ROLE_MODIFIER =
  /^(special|chief|foreign|top|senior|deputy|former|state|national|security|defense|defence|interior|prime|vice|acting|policy|of|crown|assistant|presidential|lead|head)$/;

/** A role's text without its article or a possessive owner before it; null when empty or too long. */
export function cleanRole(role: string): string | null {
  const r = role
    .replace(/^(a|an|the)\s+/i, '')
    .replace(/^.*?\b\p{Lu}[\p{L}.]*\s*['’]s\s+(?=\p{Ll})/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!r || r.length > 90) return null;
  return r;
}

/** Whether a word before a name belongs to its title: a title, role noun, modifier, country or organisation. */
function isTitleWord(w: string): boolean {
  const lw = w.toLowerCase().replace(/\.$/, '');
  return (
    TITLE_WORDS.has(w.replace(/\.$/, '')) ||
    ROLE_NOUNS.has(lw) ||
    ORG_HEADS.has(w) ||
    ROLE_MODIFIER.test(lw) ||
    !!countryByDemonym(w) ||
    !!countryByName(w) ||
    !!organizationByName(w) ||
    w === 'Kremlin'
  );
}

/** "Foreign Minister of Sri Lanka X": the tokens of "of" and a country right before `b`, after a title word; or 0. */
function countryOfLength(toks: Token[], b: number): number {
  for (let k = 1; k <= 3 && b - k - 2 >= 0; k++) {
    const name = toks
      .slice(b - k, b)
      .map((t) => t.text)
      .join(' ');
    if ((toks[b - k - 1] as Token).text !== 'of' || !isTitleWord((toks[b - k - 2] as Token).text)) continue;
    if (countryByName(name)) return k + 1;
  }
  return 0;
}

/** "Sri Lankan President X", "South African Foreign Minister X": the tokens of a demonym of two or three words. */
function demonymLength(toks: Token[], b: number): number {
  for (let k = 3; k >= 2; k--) {
    if (b - k < 0) continue;
    const words = toks
      .slice(b - k, b)
      .map((t) => t.text)
      .join(' ');
    if (countryByDemonym(words)) return k;
  }
  return 0;
}

/** Where the title words before `from` start ("Russia's Foreign Minister" included), past a leading "of". */
function titleStartBefore(toks: Token[], from: number): number {
  let b = from;
  while (b > 0) {
    const w = (toks[b - 1] as Token).text;
    if (isTitleWord(w)) {
      b--;
      continue;
    }
    if ((w === "'s" || w === '’s') && b >= 2 && countryByName((toks[b - 2] as Token).text)) b -= 2;
    const of = countryOfLength(toks, b) || demonymLength(toks, b);
    if (of) {
      b -= of;
      continue;
    }
    break;
  }
  while (b < from && /^(of)$/i.test((toks[b] as Token).text)) b++;
  return b;
}

const joinRole = (tokens: Token[]): string =>
  tokens
    .map((t) => t.text)
    .join(' ')
    .replace(/ ([’']s)/g, '$1');

/** The apposition after a name up to the next comma, when it holds a role noun and is not a clause. */
function appositionAfter(toks: Token[], to: number): Token[] | null {
  if (toks[to]?.text !== ',') return null;
  let e = to + 1;
  while (e < toks.length && !/^[,;.()—–]$/.test((toks[e] as Token).text) && e - to < 16) e++;
  const app = toks.slice(to + 1, e);
  const hasRole = app.some((t) => ROLE_NOUNS.has(t.text.toLowerCase()));
  const startsLikeClause = /^(who|which|that|said|says|told|and|but|where|when)$/i.test(app[0]?.text ?? '');
  return hasRole && !startsLikeClause && app.length ? app : null;
}

/** "Sri Lanka", "Sri Lankan", "United Arab Emirates": a country the first two or three of `toks` name. */
function countryOfWords(toks: Token[]): { name: string } | null {
  for (let k = Math.min(3, toks.length); k >= 2; k--) {
    const words = toks
      .slice(0, k)
      .map((t) => t.text)
      .join(' ');
    const c = countryByName(words) ?? countryByDemonym(words);
    if (c) return c;
  }
  return null;
}

/** The first country a role's words name, directly or through an organisation. */
function roleCountry(roleTokens: Token[]): string | null {
  for (const [i, t] of roleTokens.entries()) {
    if (t.text === "'s" || t.text === '’s') continue;
    const c = countryByDemonym(t.text) ?? countryByName(t.text) ?? countryOfWords(roleTokens.slice(i, i + 3));
    if (c) return c.name;
    const org = organizationByName(t.text);
    if (org?.affiliation) return org.affiliation;
  }
  if (!roleTokens.length) return null;
  const joined = roleTokens.map((t) => t.text).join(' ');
  return organizationByName(/State Department/.test(joined) ? 'State Department' : '')?.affiliation ?? null;
}

/** The role of the name at [from, to): the title before it, else the apposition after it. */
export function roleOf(toks: Token[], from: number, to: number): Role {
  const b = titleStartBefore(toks, from);
  let role: string | null = null;
  let roleTokens: Token[] = [];
  if (b < from) {
    roleTokens = toks.slice(b, from);
    if (roleTokens.some((t) => TITLE_WORDS.has(t.text) || ROLE_NOUNS.has(t.text.toLowerCase())))
      role = cleanRole(joinRole(roleTokens));
  }
  if (!role) {
    const app = appositionAfter(toks, to);
    if (app) {
      role = cleanRole(joinRole(app));
      roleTokens = app;
    }
  }
  return { role, country: roleCountry(roleTokens), roleStart: (toks[b < from ? b : from] as Token).start };
}
