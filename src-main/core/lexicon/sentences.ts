// Sentence splitting with character offsets into the cleaned text.

/** A sentence of the cleaned text: [start, end) offsets, its text and its paragraph number. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st gen lt col maj capt cpt sgt adm gov sen rep rev hon pres ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun ' +
    'no nos vs etc approx inc ltd corp co dept est fig al e.g i.e a.m p.m u.s u.k u.n e.u ' +
    'mt ft ave blvd'
  ).split(' '),
);

/** Whether the word before a period is an abbreviation or an initial, so the period ends no sentence. */
function isAbbreviation(word: string, nextWord: string): boolean {
  const w = word.toLowerCase().replace(/^[("“‘'[]+/, '');
  if (ABBREVIATIONS.has(w)) {
    // "U.S." can end a sentence: only when the next word is not a capitalised name part.
    if (
      (w === 'u.s' || w === 'u.k' || w === 'u.n' || w === 'e.u') &&
      /^(The|A|An|It|He|She|They|We|In|On)$/.test(nextWord)
    )
      return false;
    return true;
  }
  if (/^\p{Lu}$/u.test(w.toUpperCase()) && w.length === 1) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(w)) return true;
  return false;
}

/** Splits text into sentences; paragraph breaks (blank lines) always end a sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paraRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let para = 0;
  for (let pm = paraRe.exec(text); pm; pm = paraRe.exec(text)) {
    const base = pm.index;
    const p = pm[0];
    let sStart = 0;
    // A period glued to a line in capitals ("said Anna Berg.ALSO READ: …"), as pages lose the space before a
    // link to another story, ends a sentence too.
    const re = /[.!?…]+["”’')\]]*(?=\s+|$)|(?<=\p{Ll}{2})\.(?=\p{Lu}{2,}\b)/gu;
    for (let m = re.exec(p); m; m = re.exec(p)) {
      const end = m.index + m[0].length;
      const before = p.slice(sStart, m.index);
      const lastWord = /(\S+)$/.exec(before)?.[1] ?? '';
      const after = p.slice(end);
      const nextWord = /^\s+(\S+)/.exec(after)?.[1] ?? '';
      if (
        m[0].startsWith('.') &&
        m[0].length === 1 &&
        isAbbreviation(lastWord, nextWord.replace(/[^\p{L}]/gu, ''))
      )
        continue;
      if (nextWord && !/^["“‘'(\p{Lu}\p{N}]/u.test(nextWord)) continue;
      push(out, text, base + sStart, base + end, para);
      sStart = end;
    }
    if (sStart < p.length) push(out, text, base + sStart, base + p.length, para);
    para++;
  }
  return out;
}

/**
 * The longest sentence analysed as one: far beyond real prose. Text without punctuation is cut into pieces
 * of at most this length (at a comma or a space), because the analysis of a sentence grows faster than
 * its length, and so the cost of an article stays linear in its length.
 */
export const MAX_SENTENCE_CHARS = 1000;

/** Where to cut an over-long sentence before `limit`: after the last comma or semicolon in its second half, else at the last space. */
function cutPoint(text: string, start: number, limit: number): number {
  let space = -1;
  for (let i = limit; i > start; i--) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) {
      if (/[,;:]/.test(text[i - 1] ?? '') && i > start + MAX_SENTENCE_CHARS / 2) return i;
      if (space < 0) space = i;
    }
  }
  return space > start ? space : limit;
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE_CHARS);
    push(out, text, start, cut, paragraph);
    start = cut;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}
