// Name words and name keys: what a word of a person's name looks like, and how two names compare.
import { nameKey, surnameKey } from '../../lexicon/gazetteer';
import { NAME_PARTICLES, NOT_NAME_WORDS } from '../../lexicon/words';
import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';

/** Titles that can only precede a person's name, so they end whatever capitalised words come before them. */
export const HONORIFICS = new Set(
  'President Minister Ayatollah Seyyed Sayyid Sheikh Prince Princess King Queen Pope Emir Sultan Chancellor Ambassador Senator General Gen Commander Mr Mrs Ms Dr Hojatoleslam Mullah Patriarch'.split(
    ' ',
  ),
);

/** "Charles III", "Felipe VI", "Leo XIV": a regnal number in Roman numerals, two letters or more. */
export const REGNAL = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/** "Jr.", "Sr.", "III": a word that ends a name and never starts one. */
export const isNameSuffix = (t: string): boolean => REGNAL.test(t) || /^(?:Jr|Sr)\.?$/.test(t);

/**
 * Whether a word can be part of a person's name: capitalised, an initial, a regnal number, "Jr." or a prefixed
 * family name.
 */
export const isNameWord = (t: string): boolean =>
  (isNameSuffix(t) ||
    /^(\p{Lu}\.|\p{Lu}[\p{Ll}’'-]*\p{Ll}[\p{L}’'-]*|\p{Lu}\p{Ll}?|Mc\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+|(?:al|el|ad|as|ash|bin|ibn|abu|van|von|de|da|di|du|le|la)-\p{Lu}\p{Ll}+)$/u.test(
      t,
    )) &&
  !NOT_NAME_WORDS.has(t);

/** Whether the particles from `j` on ("von der") end in a capitalised word: "Ursula von der Leyen". */
export function particlesLeadToName(toks: Token[], j: number): boolean {
  let k = j;
  while (k < toks.length && k - j < 3 && NAME_PARTICLES.has((toks[k] as Token).text)) k++;
  return k < toks.length && isCapitalised((toks[k] as Token).text);
}

/** A person name's lookup key: folded case and diacritics, honorifics dropped. */
export function personNameKey(name: string): string {
  return nameKey(name)
    .split(' ')
    .filter((w) => !['mr', 'mrs', 'ms', 'dr', 'sir'].includes(w))
    .join(' ');
}

/** The surname of a full name: its last word before any "Jr." or regnal number. */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && isNameSuffix(words[words.length - 1] ?? '')) words.pop();
  return personNameKey(words.join(' ')).split(' ').pop() ?? '';
}

/** Whether two full names are spellings of one person: same surname and same first initial. */
export function sameFullName(a: string, b: string): boolean {
  const A = personNameKey(a).split(' ');
  const B = personNameKey(b).split(' ');
  if (surnameKey(A[A.length - 1] ?? '') !== surnameKey(B[B.length - 1] ?? '')) return false;
  // "Al Thani" for "Tamim bin Hamad Al Thani", "Van Rompuy" for "Herman Van Rompuy": a surname with its particle.
  const [short, long] = A.length <= B.length ? [A, B] : [B, A];
  if (short.length === 2 && long.length > 2 && NAME_PARTICLES.has(short[0] ?? ''))
    return long[long.length - 2] === short[0];
  return (A[0] ?? '')[0] === (B[0] ?? '')[0];
}
