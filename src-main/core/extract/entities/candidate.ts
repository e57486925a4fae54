// Person candidates: fragments and non-people filtered out ("the Mona Lisa", "travel to Sabah", "Forum
// Leaders"), and what is left weighed for signs of a person (a title, a role, speech, a meeting verb).
import { cityByName, leaderBySurnameKey } from '../../lexicon/gazetteer';
import { DISCOURSE_WORDS, EVENT_LEADS, GATHERING_WORDS, ROLE_NOUNS, TITLE_WORDS } from '../../lexicon/words';
import type { Token } from '../tokens';
import type { ArticleView, RawPerson } from './context';
import { COMMON_TAGS, PERSON_TAGS, tagged } from './context';
import { roleOf } from './roles';

const FUNCTION_WORD =
  /^(?:in|of|to|and|or|at|on|for|with|from|by|is|was|are|were|has|had|have|will|would|said|says)$/i;
const SPEECH = /^(said|says|told|added|stated|noted|wrote|confirmed|announced|reported|according)$/i;
const ACTS_AFTER =
  /^(met|meets|meet|visited|visits|hosted|hosts|arrived|landed|traveled|travelled|flew|spoke|held|will|would|has|had|was|is)$/i;
const ACTED_ON_AFTER = /^(with|met|meet|hosted|visited)$/i;
const ARTICLE = /^(the|a|an)$/i;
const PLURAL = new Set(['Plural']);
const FIRST_OR_PERSON = new Set(['FirstName', 'Person']);
const COMMON_NOUNISH = new Set([...COMMON_TAGS, 'Plural']);
const NOT_SOMEONE = new Set(['Place', 'Organization', ...COMMON_TAGS]);
const LINKING_TAGS = new Set(['Adverb', 'Conjunction', 'Preposition', 'Determiner']);

/** The candidate name at tokens [from, to) of sentence `si`, as written or re-spelled ("KAMIKAWA Yoko"). */
export interface CandidateSpan {
  from: number;
  to: number;
  si: number;
  /** Where the title before it starts, or the name's own start. */
  titleFrom: number;
  titled: boolean;
  spelled?: string[];
}

/** Whether the words from `to` on make the word before them a portfolio: "Minister", or "and Human Rights Minister". */
function portfolioBefore(toks: Token[], to: number): boolean {
  const office = (t: Token | undefined): boolean =>
    /^(?:Minister|Ministers|Ministry|Secretary)$/.test(t?.text ?? '');
  if (office(toks[to])) return true;
  if (toks[to]?.text !== 'and') return false;
  for (let k = to + 1; k < to + 5; k++) {
    const t = toks[k];
    // "Law and Human Rights Minister", never "Lind and Minister Kask".
    if (office(t)) return k > to + 1;
    if (!t || !/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

/** Whether a single word is a fragment: after an article, a plural, or a place after a preposition of place. */
function fragmentWord(view: ArticleView, toks: Token[], span: CandidateSpan, word: string): boolean {
  if (!span.titled && linkingWord(view, toks.slice(span.from, span.to), toks[span.to]?.text ?? ''))
    return true;
  const first = toks[span.from] as Token;
  const prev = toks[span.from - 1]?.text ?? '';
  if (ARTICLE.test(prev) || tagged(view, first.start, PLURAL)) return true;
  // "performances by Taiko drummers": a word before a plural noun qualifies it.
  const next = toks[span.to];
  if (next && /^\p{Ll}{4,}$/u.test(next.text) && tagged(view, next.start, PLURAL)) return true;
  // "Manpower Minister A", "Law and Human Rights Minister B": a portfolio before the title, not a person.
  if (portfolioBefore(toks, span.to)) return true;
  // "met with Olympians": a people's or members' plural names a group, not a person.
  if (/^\p{Lu}\p{Ll}+(?:ians|eans)$/u.test(word)) return true;
  // "travel to Sabah", "University of Adelaide": a lone word after a preposition of place is a place or an
  // outlet unless the tagger knows it as a person.
  return (
    /^(to|in|at|from|of|into)$/i.test(prev) &&
    (!tagged(view, first.start, PERSON_TAGS) || !!cityByName(word, true)) &&
    !leaderBySurnameKey(word)
  );
}

/** Heads of a list of portfolios: "the Ministries of Trade, Roads and Urban Development". */
const PORTFOLIO_LIST_HEAD =
  /^(?:Ministr(?:y|ies)|Ministers?|Departments?|Secretariats?|Committees?|Portfolios?)$/;

/**
 * Whether the name at [from, to) is an item of a list of portfolios: after "Ministries of" and only capitalised
 * words, commas, "and" and "&" between ("the Ministries of Trade, Roads and Urban Development").
 */
function inPortfolioList(toks: Token[], from: number, to: number): boolean {
  let comma = false;
  for (let k = from - 1; k >= Math.max(1, from - 12); k--) {
    const w = (toks[k] as Token).text;
    // "Minister of Trade, A B": after a minister's portfolio, a comma sets off the minister's name.
    if (/^(?:of|for)$/i.test(w)) {
      const head = (toks[k - 1] as Token).text;
      // "Minister of Sports and Youth Development, A B": the portfolio is what the comma closes; without the
      // comma ("Minister of Youth and Sports A B") the run goes on into the name.
      if (/^Minister/.test(head)) return !comma && toks[to]?.text === ',';
      return PORTFOLIO_LIST_HEAD.test(head);
    }
    if (w === ',') comma = true;
    if (!/^(?:,|and|&)$/.test(w) && !/^\p{Lu}/u.test(w)) return false;
  }
  return false;
}

/** A list of portfolios ("Ministries of Trade, Roads and …") or the name of a storm ("Hurricane Katrina"). */
function namesAThing(toks: Token[], span: CandidateSpan): boolean {
  return (
    (!span.titled && inPortfolioList(toks, span.from, span.to)) ||
    EVENT_LEADS.has(toks[span.from - 1]?.text ?? '') ||
    GATHERING_WORDS.has(toks[span.to - 1]?.text ?? '')
  );
}

/** Whether a candidate is a fragment or a thing rather than a person, from the words around it. */
export function notAPerson(view: ArticleView, toks: Token[], span: CandidateSpan, texts: string[]): boolean {
  if (texts.length === 1 && fragmentWord(view, toks, span, texts[0] ?? '')) return true;
  const next = toks[span.to]?.text ?? '';
  const prev = toks[span.from - 1]?.text ?? '';
  // "the Ministry of Finance and Development Planning": words of a portfolio after "of" or "and" name no one.
  if (!span.titled && /^(of|and|&)$/i.test(prev) && texts.every((w) => view.portfolioWords.has(w)))
    return true;
  if (namesAThing(toks, span)) return true;
  // "Forum Leaders", "IOC President": a run that ends on a title names an office, not a person.
  const last = (texts[texts.length - 1] ?? '').replace(/s$/, '');
  const first = toks[span.from] as Token;
  if (texts.length > 1 && TITLE_WORDS.has(last) && !tagged(view, first.start, FIRST_OR_PERSON)) return true;
  // "cutting the Mona Lisa in half": an untitled name after "the" names a thing, unless a noun follows it
  // ("the Biden administration").
  return !span.titled && /^the$/i.test(prev) && (!/^\p{Ll}+$/u.test(next) || FUNCTION_WORD.test(next));
}

/** "the Governor of a state, A B": a name set off by a comma after a title or role noun. */
export function appositionToRole(toks: Token[], from: number): boolean {
  if (toks[from - 1]?.text !== ',') return false;
  for (let k = from - 2; k >= Math.max(0, from - 6); k--) {
    const w = (toks[k] as Token).text.replace(/\.$/, '');
    if (/^[,;:()“”"]$/.test(w)) return false;
    if (TITLE_WORDS.has(w) || ROLE_NOUNS.has(w.toLowerCase())) return true;
  }
  return false;
}

/**
 * "Ambassador to Norway A B", "Minister of Chile A B": a name right after a title's place is the title holder's;
 * the offset where that title starts, or null.
 */
export function titledPlaceStart(toks: Token[], from: number): number | null {
  for (let k = from - 2; k >= Math.max(1, from - 4); k--) {
    const between = toks.slice(k + 1, from);
    if (!between.every((t) => /^\p{Lu}/u.test(t.text))) return null;
    const title = toks[k - 1];
    if (/^(to|of|for)$/i.test((toks[k] as Token).text))
      return title && TITLE_WORDS.has(title.text) ? title.start : null;
  }
  return null;
}

/** Three or more capitalised words none of which the article writes in lower case or the tagger knows as common. */
function unusualRun(view: ArticleView, words: Token[]): boolean {
  if (words.length < 3) return false;
  return words.every(
    (t) => !view.lowerWords.has(t.text.toLowerCase()) && !tagged(view, t.start, COMMON_NOUNISH),
  );
}

/** A lone unknown capitalised word, or a longer name, that meets, travels or speaks, or is met with. */
function actsAsSomeone(view: ArticleView, words: Token[], prev: string, next: string): boolean {
  const single = words.length === 1 ? (words[0] as Token) : null;
  const unknownWord = !!single && !tagged(view, single.start, NOT_SOMEONE) && !cityByName(single.text, true);
  return (
    (unknownWord || words.length > 1) &&
    !ARTICLE.test(prev) &&
    (ACTS_AFTER.test(next) || ACTED_ON_AFTER.test(prev))
  );
}

/** "A B, who chairs …", "A B, a lawmaker who …": a "who" clause after the name or its apposition. */
function describedAsSomeone(toks: Token[], to: number): boolean {
  if (toks[to]?.text !== ',') return false;
  const after = toks.slice(to + 1, to + 9).map((t) => t.text);
  const stop = after.findIndex((w) => /^[,;:.]$/.test(w));
  const clause = stop < 0 ? after : after.slice(0, stop);
  // "the Harbour Kids, who are supported by …": a plural "who" clause describes a group.
  if (/^(?:are|were|have)$/i.test(clause[1] ?? '')) return false;
  if (/^who(?:se|m)?$/i.test(clause[0] ?? '')) return true;
  return /^(?:a|an|the)$/i.test(clause[0] ?? '') && clause.some((w) => /^who$/i.test(w));
}

/** A role set off before the name, or (for a full name) a "who" clause after it: "A B, who chairs …". */
function describedBeside(toks: Token[], from: number, to: number): boolean {
  return appositionToRole(toks, from) || (to - from > 1 && describedAsSomeone(toks, to));
}

/** "Nevertheless, …", "Meanwhile, …": a lone linking word, or an adverb or conjunction set off by a comma. */
function linkingWord(view: ArticleView, words: Token[], next: string): boolean {
  const one = words.length === 1 ? words[0] : undefined;
  if (!one) return false;
  return DISCOURSE_WORDS.has(one.text) || (next === ',' && tagged(view, one.start, LINKING_TAGS));
}

/** The person candidate at a span, with its role and strength; null for a fragment or a non-person. */
export function personCandidate(view: ArticleView, toks: Token[], span: CandidateSpan): RawPerson | null {
  const { from, to, titled } = span;
  const words = toks.slice(from, to);
  const texts = span.spelled ?? words.map((t) => t.text);
  if (notAPerson(view, toks, span, texts)) return null;
  const next = toks[to]?.text ?? '';
  const prev = toks[from - 1]?.text ?? '';
  const speech = SPEECH.test(next) || (SPEECH.test(prev) && from > 0) || /^(by|to)$/i.test(prev);
  const { role, country, roleStart } = roleOf(toks, from, to);
  const titledPlace = titledPlaceStart(toks, from);
  const strong =
    titled ||
    ROLE_NOUNS.has(prev.toLowerCase()) ||
    words.some((t) => tagged(view, t.start, PERSON_TAGS)) ||
    speech ||
    !!role ||
    actsAsSomeone(view, words, prev, next) ||
    unusualRun(view, words) ||
    describedBeside(toks, from, to) ||
    titledPlace !== null;
  return {
    tokens: texts,
    start: (words[0] as Token).start,
    end: (words[words.length - 1] as Token).end,
    sentence: span.si,
    titleStart: Math.min(span.titleFrom, roleStart, titledPlace ?? Infinity),
    role,
    roleCountry: country,
    strong,
  };
}
