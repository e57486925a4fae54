// Segmenting a capitalised run: each step reads what starts at the cursor (a country compound, an
// organisation or venue, a known name, a title, a family name first, initials, an acronym, a person's name)
// and moves the cursor past it. Titles before a name are stripped and remembered for the name.
import { leaderBySurnameKey } from '../../lexicon/gazetteer';
import {
  GEO_HEADS,
  GROUP_NOUNS,
  NAME_PARTICLES,
  ORG_LEADS,
  OUTLET_NOUNS,
  PORTFOLIO_WORDS,
  TITLE_WORDS,
  VENUE_APPOSITION_NOUNS,
  VENUE_LEADS,
} from '../../lexicon/words';
import type { Token } from '../tokens';
import type { ArticleView, EntitySink } from './context';
import { COMMON_TAGS, PERSON_TAGS, tagged } from './context';
import { personCandidate } from './candidate';
import { familyNameFirst, initialsAt, placeAsSurname } from './family-name';
import { emitKnown, matchKnown } from './known';
import { HONORIFICS, isNameSuffix, isNameWord } from './names';
import { emitCountryCompound, emitNamed, headWordAt, namedAfterPerson } from './organizations';
import type { Run } from './spans';

/** Where the segmentation of one run stands. */
interface Cursor {
  view: ArticleView;
  sink: EntitySink;
  toks: Token[];
  si: number;
  /** Where the run starts and ends. */
  from: number;
  to: number;
  pos: number;
  /** Where the title words before the name at the cursor start, or -1. */
  titleStart: number;
}

/** One step: moves the cursor and returns true when it reads what starts there, else false. */
type Step = (c: Cursor) => boolean;

const tok = (c: Cursor, k = c.pos): Token => c.toks[k] as Token;
const titled = (c: Cursor): boolean => c.titleStart >= 0;

/** Adds the person at [from, to) with the title remembered, and forgets the title. */
function addPerson(c: Cursor, from: number, to: number, spelled?: string[]): void {
  const raw = personCandidate(c.view, c.toks, {
    from,
    to,
    si: c.si,
    titleFrom: titled(c) ? c.titleStart : tok(c, from).start,
    titled: titled(c),
    ...(spelled ? { spelled } : {}),
  });
  if (raw) c.sink.addPerson(raw);
  c.titleStart = -1;
}

const countryCompound: Step = (c) => {
  if (!emitCountryCompound(c.sink, tok(c), c.si)) return false;
  c.pos++;
  return true;
};

/** "Russian Direct Investment Fund", "Chiragan Palace": an organisation or venue named by a head word. */
const namedByHead: Step = (c) => {
  const head = headWordAt(c.toks, c.pos, c.to);
  if (head <= 0) return false;
  const known = matchKnown(c.view, c.toks, c.pos, c.to);
  if ((known && known.end > head) || namedAfterPerson(c.view, c.toks, c.pos, head)) return false;
  emitNamed(c.sink, c.toks, c.pos, head + 1, c.si);
  c.pos = head + 1;
  c.titleStart = -1;
  return true;
};

/** "the Mercosur trade bloc", "the Harbour alliance": the run before a lower-case group noun names an organisation. */
const namedByGroupNoun: Step = (c) => {
  const next = c.toks[c.to]?.text ?? '';
  const after = c.toks[c.to + 1]?.text ?? '';
  const grouped =
    GROUP_NOUNS.has(next) || OUTLET_NOUNS.has(next) || (/^\p{Ll}+$/u.test(next) && GROUP_NOUNS.has(after));
  if (!grouped || c.titleStart >= 0 || matchKnown(c.view, c.toks, c.pos, c.to)) return false;
  if (c.toks.slice(c.pos, c.to).some((t) => !/^\p{Lu}[\p{L}+-]*$/u.test(t.text))) return false;
  emitNamed(c.sink, c.toks, c.pos, c.to, c.si);
  c.pos = c.to;
  return true;
};

const knownName: Step = (c) => {
  const known = matchKnown(c.view, c.toks, c.pos, c.to);
  if (!known) return false;
  emitKnown(c.sink, known, c.toks, c.pos, c.si);
  c.pos = known.end;
  return true;
};

const titleWord: Step = (c) => {
  if (!TITLE_WORDS.has(tok(c).text.replace(/\.$/, ''))) return false;
  if (c.titleStart < 0) c.titleStart = tok(c).start;
  c.pos++;
  return true;
};

/** "Joint Base …", "Camp David", "Operation …": a venue or operation named after its lead word. */
const namedByLead: Step = (c) => {
  if (!ORG_LEADS.has(tok(c).text) || c.pos + 1 >= c.to) return false;
  emitNamed(c.sink, c.toks, c.pos, c.to, c.si);
  c.pos = c.to;
  return true;
};

/** "Seri Perdana—the official residence of …": a whole run set off by a venue apposition is a venue. */
const venueByApposition: Step = (c) => {
  if (c.pos !== c.from) return false;
  const after = c.toks.slice(c.to, c.to + 5).map((t) => t.text);
  const [mark, the, ...rest] = after;
  if (!/^[—–,-]$/.test(mark ?? '') || the?.toLowerCase() !== 'the') return false;
  const noun = rest[0] === 'official' || rest[0] === 'private' ? rest[1] : rest[0];
  if (!noun || !VENUE_APPOSITION_NOUNS.has(noun)) return false;
  return emitRunVenue(c);
};

/** A venue lead word inside the run ("… Hotel …" style leads) makes the whole run a venue. */
const venueByLead: Step = (c) => {
  const rest = c.toks.slice(c.pos, c.to);
  if (rest.findIndex((t, n) => n + c.pos + 1 < c.to && VENUE_LEADS.has(t.text)) < 0) return false;
  return emitRunVenue(c);
};

/** Writes the rest of the run as a venue. */
function emitRunVenue(c: Cursor): boolean {
  const rest = c.toks.slice(c.pos, c.to);
  const name = rest.map((t) => t.text).join(' ');
  c.sink.addPlace(name, 'venue', null);
  const [start, end] = [tok(c).start, tok(c, c.to - 1).end];
  c.sink.mentions.push({
    kind: 'place',
    start,
    end,
    name,
    country: null,
    placeKind: 'venue',
    sentence: c.si,
  });
  c.pos = c.to;
  return true;
}

/** "KAMIKAWA Yoko", "Yoko KAMIKAWA": a family name in capitals beside a given name is one person. */
const familyFirst: Step = (c) => {
  const family = familyNameFirst(c.view, c.toks, c.pos, c.to, titled(c));
  if (!family) return false;
  addPerson(c, c.pos, c.pos + family.length, family);
  c.pos += family.length;
  return true;
};

/** Initials before a name ("JD Vance") are the name's. */
const initials: Step = (c) => {
  if (!initialsAt(c.toks, c.pos, c.to)) return false;
  const e = c.pos + 1 + c.toks.slice(c.pos + 1, c.to).findIndex((t) => !isNameWord(t.text));
  const stop = e > c.pos + 1 ? e : c.to;
  addPerson(c, c.pos, stop);
  c.pos = stop;
  return true;
};

const INITIAL = /^\p{Lu}\.?$/u;

/** Two or more spaced initials before a name ("A K Antony"), the first of which may read as the article "A". */
const spacedInitials: Step = (c) => {
  if (!INITIAL.test(tok(c).text)) return false;
  let k = c.pos + 1;
  while (k < c.to && INITIAL.test((c.toks[k] as Token).text)) k++;
  if (k === c.pos + 1 || k >= c.to || !isNameWord((c.toks[k] as Token).text)) return false;
  let e = k;
  while (e < c.to && isNameWord((c.toks[e] as Token).text)) e++;
  addPerson(c, c.pos, e);
  c.pos = e;
  return true;
};

/** An acronym that is not initials names an organisation ("TASS"). */
const acronym: Step = (c) => {
  const t = tok(c);
  if (!/^[A-Z]{2,6}$/.test(t.text)) return false;
  c.sink.addOrg(t.text, null);
  c.sink.mentions.push({
    kind: 'org',
    start: t.start,
    end: t.end,
    name: t.text,
    country: null,
    sentence: c.si,
  });
  c.pos++;
  return true;
};

/** Where the name words from the cursor end: before a known place (unless it is the surname) or a title. */
function nameEnd(c: Cursor): number {
  const { pos, to, toks } = c;
  let e = pos;
  while (e < to) {
    const w = tok(c, e).text;
    // "Vice Premier Liu He": inside a name, a capitalised "He" is a given name (the pronoun is written "he").
    const givenHe = w === 'He' && e > pos;
    if (!(isNameWord(w) || givenHe || (NAME_PARTICLES.has(w) && e > pos))) break;
    if (e === pos && isNameSuffix(w)) break;
    const next = toks[e + 1]?.text ?? '';
    // "Martin Luther King Jr.": a title word before a suffix is the surname.
    const titleAhead = HONORIFICS.has(w.replace(/\.$/, '')) && isNameWord(next) && !isNameSuffix(next);
    const knownAt = e > pos && matchKnown(c.view, toks, e, to);
    if (knownAt && !placeAsSurname(c.view, toks, { pos, e, to }, titled(c))) break;
    if (e > pos && titleAhead) break;
    e++;
  }
  return e;
}

/** A sentence's first word is a name only if the tagger does not know it as a common word. */
function skipCommonOpener(c: Cursor, e: number): number {
  let s0 = c.pos;
  while (s0 < e && s0 === 0) {
    const t = tok(c, s0);
    const common =
      !c.view.properElsewhere.has(t.text) &&
      !leaderBySurnameKey(t.text) &&
      tagged(c.view, t.start, COMMON_TAGS) &&
      !tagged(c.view, t.start, PERSON_TAGS);
    if (!common) break;
    s0++;
  }
  return s0;
}

const PORTFOLIO_WORD = new Set([...COMMON_TAGS, 'Plural']);

/**
 * "Minister of Finance and Development Planning A B", "Minister of Sports A B": a run that continues a title
 * after "of" or "and" starts with the portfolio's words (written in lower case elsewhere, or common words to
 * the tagger); they belong to the title, and the name is what follows, at least two words.
 */
function skipPortfolio(c: Cursor, s0: number, e: number): number {
  if (s0 !== c.from || !/^(of|and|&)$/i.test(c.toks[s0 - 1]?.text ?? '')) return s0;
  const before = c.toks.slice(Math.max(0, s0 - 8), s0 - 1);
  if (!before.some((t) => TITLE_WORDS.has(t.text))) return s0;
  let k = s0;
  while (e - k > 2) {
    const t = tok(c, k);
    const portfolio =
      c.view.lowerWords.has(t.text.toLowerCase()) ||
      c.view.portfolioWords.has(t.text) ||
      PORTFOLIO_WORDS.has(t.text);
    if (!portfolio && !tagged(c.view, t.start, PORTFOLIO_WORD)) break;
    k++;
  }
  return k;
}

/** A run of name words: a person candidate; capitalised words before a title belong to the title. */
const personName: Step = (c) => {
  const e = nameEnd(c);
  // "Treasury Secretary Steven Mnuchin": capitalised words before a title belong to the title.
  const titleAt = c.toks.slice(c.pos + 1, e).findIndex((t) => TITLE_WORDS.has(t.text));
  const afterTitle = c.toks[c.pos + titleAt + 2]?.text ?? '';
  if (titleAt >= 0 && e < c.to + 1 && isNameWord(afterTitle) && !isNameSuffix(afterTitle)) {
    if (c.titleStart < 0) c.titleStart = tok(c).start;
    c.pos = c.pos + titleAt + 1;
    return true;
  }
  if (e === c.pos) {
    c.pos++;
    return true;
  }
  const s0 = skipPortfolio(c, skipCommonOpener(c, e), e);
  if (s0 < e && !GEO_HEADS.has(tok(c, e - 1).text)) addPerson(c, s0, e);
  c.titleStart = -1;
  c.pos = e;
  return true;
};

const STEPS: Step[] = [
  countryCompound,
  namedByHead,
  namedByGroupNoun,
  knownName,
  venueByApposition,
  titleWord,
  namedByLead,
  venueByLead,
  familyFirst,
  spacedInitials,
  initials,
  acronym,
  personName,
];

/** Reads one capitalised run of sentence `si` into the sink, step by step. */
export function segmentRun(view: ArticleView, sink: EntitySink, toks: Token[], run: Run, si: number): void {
  const c: Cursor = { view, sink, toks, si, from: run.from, to: run.to, pos: run.from, titleStart: -1 };
  while (c.pos < c.to) STEPS.some((step) => step(c));
}
