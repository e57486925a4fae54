// Words glued between a title and a name ("Governor Punjab A B", "Secretary Local Body C D"): when the name
// after them stands alone elsewhere in the article, or they stand alone after a title elsewhere, they are the
// title's, not the name's.
import type { RawPerson } from './context';

const titled = (r: RawPerson): boolean => r.titleStart < r.start;
const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((w, i) => w === b[i]);

/** How many leading words of a titled name belong to its title, given the article's other full names. */
function titleTailLength(r: RawPerson, others: RawPerson[]): number {
  if (!titled(r)) return 0;
  for (let k = 1; k <= 2 && r.tokens.length - k >= 2; k++) {
    const head = r.tokens.slice(0, k);
    const tail = r.tokens.slice(k);
    const tailAlone = others.some((o) => o !== r && same(o.tokens, tail));
    const headAfterTitle = others.some((o) => o !== r && titled(o) && same(o.tokens, head));
    if (tailAlone || headAfterTitle) return k;
  }
  return 0;
}

/**
 * The candidates with title words cut from the front of full names, and the candidates that were only such
 * title words after a title ("CM Punjab", "Secretary Local Body") dropped.
 */
export function cutTitleTails(candidates: { fullNames: RawPerson[]; singles: RawPerson[] }): {
  fullNames: RawPerson[];
  singles: RawPerson[];
} {
  const heads: string[][] = [];
  const cut = candidates.fullNames.map((r) => {
    const k = titleTailLength(r, candidates.fullNames);
    if (!k) return r;
    heads.push(r.tokens.slice(0, k));
    const tokens = r.tokens.slice(k);
    return { ...r, tokens, start: r.end - tokens.join(' ').length };
  });
  const onlyTitle = (r: RawPerson): boolean => titled(r) && heads.some((h) => same(h, r.tokens));
  return {
    fullNames: cut.filter((r) => !onlyTitle(r)),
    singles: candidates.singles.filter((r) => !onlyTitle(r)),
  };
}
