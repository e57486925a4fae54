// Word tokens with absolute character offsets, and the small lexicons the grammar reads them with.

/** A word or punctuation mark of the cleaned text, with [start, end) offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN_RE =
  /(?:\p{L}\.){2,}|(?<=\p{Lu}\p{Ll}+ )\p{Lu}\.(?= \p{Lu}\p{Ll})|\b(?:St|Mt|Ft|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Jr|Sr|Prof)\.|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S/gu;

/** Tokenises a span of text; `offset` is where the span starts in the cleaned text. Possessive 's is its own token. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = offset + (m.index ?? 0);
    const word = m[0];
    const poss = /^(.+?)(['’]s)$/u.exec(word);
    if (poss?.[1] && poss[2] && poss[1].length > 1) {
      out.push({ text: poss[1], start, end: start + poss[1].length });
      out.push({ text: poss[2], start: start + poss[1].length, end: start + word.length });
    } else out.push({ text: word, start, end: start + word.length });
  }
  return out;
}

/** Whether a token starts with a capital letter (or is an acronym like U.S.). */
export const isCapitalised = (t: string): boolean => /^\p{Lu}/u.test(t);

export {
  NAME_PARTICLES,
  TITLE_WORDS,
  ROLE_NOUNS,
  ORG_HEADS,
  NEVER_PERSON_HEADS,
  VENUE_LEADS,
  ORG_LEADS,
  VENUE_HEADS,
  GEO_HEADS,
  NOT_NAME_WORDS,
  WEEKDAY_NAMES,
} from '../lexicon/words';
