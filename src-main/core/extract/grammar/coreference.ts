// The coreference pass: who "he", "she" or "the Prime Minister" is when a sentence opens on a pronoun or
// a description instead of a name.
import type { PersonMention } from '../../../common/extraction';
import { countryByDemonym, countryByName } from '../../lexicon/gazetteer';

/** A person named somewhere in the article: the sentence and the offset of the mention in it. */
export interface NamedAt {
  name: string;
  sentence: number;
  /** Offset of the mention from the start of its sentence. */
  offset: number;
  /** Whether its sentence opens on "He" or "She", so that the names in it are not its subject. */
  pronounLed?: boolean;
}

// "he" and "she" are subjects wherever they stand ("On Tuesday he held talks", "Later, she met"): no name
// stands before the trigger when this is asked.
const PRONOUN_SUBJECT = /(?<![\p{L}'’-])(?:he|she)\b(?!['’]s\b)/iu;
const DESCRIPTION_SUBJECT =
  /(?:\b(?:the|both)|\p{Lu}[\p{L}.]*['’]s)\s+((?:[\p{L}][\p{L}.-]*\s+)?(?:head of (?:state|government)|prime minister|president|premier|chancellor|leader|minister|foreign minister|king|emir|governor|secretary|envoy|chief executive|ceo|chairman|diplomat|chief|head|boss))\b/iu;

/** The description a clause uses for its subject ("the Chilean head of state"), or "pronoun", or null. */
export function subjectReference(before: string): { kind: 'pronoun' | 'description'; words: string } | null {
  if (PRONOUN_SUBJECT.test(before)) return { kind: 'pronoun', words: '' };
  const d = DESCRIPTION_SUBJECT.exec(before);
  if (d?.[1]) return { kind: 'description', words: d[1].toLowerCase() };
  return null;
}

/** The one person of `people` whose affiliation the description's first word names ("u.s. president"), or null. */
function qualifiedBy(words: string, people: PersonMention[]): string | null {
  const qualifier = /^(\S+)\s/.exec(words)?.[1];
  const country = qualifier ? (countryByName(qualifier) ?? countryByDemonym(qualifier)) : null;
  if (!country) return null;
  const of = people.filter((p) => p.affiliation === country.name);
  return of.length === 1 && of[0] ? of[0].name : null;
}

const GENERIC_HEAD = /^(.+)\s+(?:chief|head|boss)$/;

/** "the NATO chief": the one person whose role names that organisation (or country), or null. */
function headOf(words: string, people: PersonMention[]): string | null {
  const of = GENERIC_HEAD.exec(words)?.[1];
  if (!of) return null;
  const named = new RegExp(`\\b${of.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const heads = people.filter((p) => p.roles.some((r) => named.test(r)));
  return heads.length === 1 && heads[0] ? heads[0].name : null;
}

/**
 * The person a pronoun or description in sentence `si` stands for: the subject (first person named) of the
 * nearest earlier sentence that names someone, within four sentences; for a description, the nearest
 * person whose roles contain its head noun, if any.
 */
export function resolveSubject(
  ref: { kind: 'pronoun' | 'description'; words: string },
  si: number,
  named: NamedAt[],
  people: PersonMention[],
): string | null {
  if (ref.kind === 'description') {
    const organisationHead = headOf(ref.words, people);
    if (organisationHead) return organisationHead;
    const head = ref.words.replace(/^\S+\s+(?=\S)/, (w) => (/^[a-z]/.test(w) ? w : '')).trim();
    const byRole = people.filter((p) =>
      p.roles.some((r) => r.toLowerCase().includes(head.split(' ').pop() ?? head)),
    );
    if (byRole.length === 1 && byRole[0]) return byRole[0].name;
    // "the U.S. president" among several presidents: the one of that country.
    const ofCountry = qualifiedBy(ref.words, byRole);
    if (ofCountry) return ofCountry;
  }
  for (let s = si - 1; s >= Math.max(0, si - 4); s--) {
    // "She will hold meetings with A and B. She will also call on C.": A is no subject to resolve "She" to.
    const here = named.filter((n) => n.sentence === s && !n.pronounLed).sort((a, b) => a.offset - b.offset);
    if (here[0]) return here[0].name;
  }
  return null;
}

/**
 * The person a pronoun or description subject in `before` (the sentence up to a trigger) stands for, when no
 * participant is named before the trigger.
 */
export function subjectOf<P extends { start: number }>(
  s: string,
  before: string,
  people: P[],
  si: number,
  named: NamedAt[],
  roster: PersonMention[],
  eligible: (text: string, m: P) => boolean,
): string | null {
  const earlier = people.filter((p) => p.start < before.length && eligible(s, p));
  if (earlier.length) return clauseSubject(before, earlier);
  const ref = subjectReference(before);
  if (!ref) return null;
  return (
    (ref.kind === 'pronoun' ? nearestBefore(before, people) : null) ?? resolveSubject(ref, si, named, roster)
  );
}

/**
 * "a visit of Prime Minister X to Y on Friday, where he held talks with Z": a pronoun after a person the same
 * sentence names, though not as a party, stands for the nearest such person.
 */
function nearestBefore<P extends { start: number }>(before: string, people: P[]): string | null {
  const pronoun = [...before.matchAll(new RegExp(PRONOUN_SUBJECT.source, 'giu'))].pop();
  if (!pronoun) return null;
  const named = people.filter((p) => p.start < (pronoun.index ?? 0)).sort((a, b) => b.start - a.start)[0];
  return (named as (P & { name?: string }) | undefined)?.name ?? null;
}

const CLAUSE_PRONOUN = /(?:,\s*(?:where|and|but|when|while)|;)\s+(?:he|she)\s+(?:[\p{Ll}'’-]+\s+){0,4}$/iu;

/**
 * "X will fly to A on Sunday, where she will meet Y": a pronoun opening the trigger's own clause, after every
 * name of the sentence, is the subject of the sentence, its first person named.
 */
function clauseSubject<P extends { start: number }>(before: string, earlier: P[]): string | null {
  const clause = CLAUSE_PRONOUN.exec(before);
  if (!clause || earlier.some((p) => p.start > clause.index)) return null;
  const first = [...earlier].sort((a, b) => a.start - b.start)[0] as P & { name?: string };
  return first.name ?? null;
}

const OBJECT_PRONOUN = /^\s+(?:with\s+)?(?:him|her)\b/i;

/**
 * The person an object pronoun of a meeting verb stands for ("would host him", "met her"): the last person
 * named before the verb in the same sentence who is not already at the table, or else the first such person
 * of the nearest earlier sentence that names one, within four sentences.
 */
export function objectOf(
  word: string,
  after: string,
  before: Array<{ name: string; start: number }>,
  si: number,
  named: NamedAt[],
  atTable: string[],
): string | null {
  if (!/\b(?:him|her)$/i.test(word) && !OBJECT_PRONOUN.test(after)) return null;
  const free = (n: { name: string }): boolean => !atTable.includes(n.name);
  const here = before.filter(free).sort((a, b) => b.start - a.start)[0];
  if (here) return here.name;
  for (let s = si - 1; s >= Math.max(0, si - 4); s--) {
    const first = named.filter((n) => n.sentence === s && free(n)).sort((a, b) => a.offset - b.offset)[0];
    if (first) return first.name;
  }
  return null;
}
