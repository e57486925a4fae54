// Names in other orders and shapes: the family name first in capitals ("KAMIKAWA Yoko"), initials before a
// name ("JD Vance"), and a surname that is also a place ("Lloyd Austin").
import { countryByName, organizationByName } from '../../lexicon/gazetteer';
import { TITLE_WORDS } from '../../lexicon/words';
import type { Token } from '../tokens';
import type { ArticleView } from './context';
import { PERSON_TAGS, tagged } from './context';
import { matchKnown } from './known';
import { REGNAL, isNameWord } from './names';

const GIVEN_NAME = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** The given name and family name of "KAMIKAWA Yoko" or "Yoko KAMIKAWA" at `pos`, in that order; else null. */
export function familyNameFirst(
  view: ArticleView,
  toks: Token[],
  pos: number,
  to: number,
  titled: boolean,
): string[] | null {
  if (pos + 2 > to) return null;
  const [a, b] = [(toks[pos] as Token).text, (toks[pos + 1] as Token).text];
  const caps = (w: string): boolean =>
    (titled ? /^\p{Lu}{3,}$/u : /^\p{Lu}{4,}$/u).test(w) &&
    !REGNAL.test(w) &&
    !organizationByName(w) &&
    !countryByName(w);
  const title = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
  // "H.E. Mr. YOON Suk Yeol": a titled family name in capitals before a given name of two words.
  const third = toks[pos + 2]?.text ?? '';
  if (titled && caps(a) && pos + 3 === to && [b, third].every((w) => isNameWord(w) && !TITLE_WORDS.has(w)))
    return [b, third, title(a)];
  if (pos + 2 < to && isNameWord((toks[pos + 2] as Token).text)) return null;
  const personTagged = [pos, pos + 1].some((k) => tagged(view, (toks[k] as Token).start, PERSON_TAGS));
  if (!titled && !personTagged) return null;
  if (caps(a) && isNameWord(b) && !TITLE_WORDS.has(b)) return [b, title(a)];
  if (caps(b) && isNameWord(a) && !TITLE_WORDS.has(a)) return [a, title(b)];
  return null;
}

/**
 * Whether the capitals at `pos` are a name's initials ("JD Vance", "KP Sharma Oli"), not an organisation before a
 * title or a full name ("JSP Chairman A B", "SMC A B C"): two letters, or three before a single name word.
 */
export function initialsAt(toks: Token[], pos: number, to: number): boolean {
  const w = (toks[pos] as Token).text;
  const next = toks[pos + 1]?.text ?? '';
  if (!/^[A-Z]{2,3}$/.test(w) || pos + 1 >= to || !isNameWord(next) || organizationByName(w)) return false;
  if (TITLE_WORDS.has(next)) return false;
  const words = toks.slice(pos + 1, to).findIndex((t) => !isNameWord(t.text));
  return w.length === 2 || (words < 0 ? to - pos - 1 : words) === 1;
}

/** "Lloyd Austin", "Madhav Kumar Nepal": a one-word city or country that ends a run after a first name is a surname. */
export function placeAsSurname(
  view: ArticleView,
  toks: Token[],
  span: { pos: number; e: number; to: number },
  titled: boolean,
): boolean {
  const { pos, e, to } = span;
  // "Ms. A Noumea B": one city word between a titled given name and the last word of the run is a middle name.
  if (titled && e + 2 === to && e > pos && isNameWord(toks[e + 1]?.text ?? '')) {
    const middle = matchKnown(view, toks, e, to);
    if (middle?.kind === 'city' && middle.end === e + 1) return true;
  }
  if (e + 1 !== to) return false;
  const known = matchKnown(view, toks, e, to);
  if (!known || known.end !== e + 1 || (known.kind !== 'city' && known.kind !== 'country')) return false;
  if (titled && e - pos >= 2) return true;
  return tagged(view, (toks[pos] as Token).start, GIVEN_NAME);
}
