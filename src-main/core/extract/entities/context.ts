// What every entity pass reads (the tagger's view of the words, the article's capitalised and lower-case
// words) and the sink the passes write their findings into.
import nlp from 'compromise';
import type { OrganizationMention, PlaceKind, PlaceMention } from '../../../common/extraction';
import { nameKey } from '../../lexicon/gazetteer';
import { NOT_NAME_WORDS, PORTFOLIO_HEADS, TITLE_WORDS } from '../../lexicon/words';
import type { Sentence } from '../../lexicon/sentences';
import { tokenize } from '../tokens';

/** One occurrence of an entity in the cleaned text. */
export interface EntityMention {
  kind: 'person' | 'org' | 'place' | 'group';
  start: number;
  end: number;
  /** Canonical name: a person's full name, a place's or organisation's name, a group's country. */
  name: string;
  /** The country it belongs to or stands for. */
  country: string | null;
  placeKind?: PlaceKind;
  /** Where a person's preceding title ("Kremlin spokesperson") starts. */
  titleStart?: number;
  /** Sentence index. */
  sentence: number;
}

/** A person candidate as the scan found it, before coreference: its words, offsets, title and role. */
export interface RawPerson {
  tokens: string[];
  start: number;
  end: number;
  sentence: number;
  titleStart: number;
  role: string | null;
  roleCountry: string | null;
  /** Whether something says it is a person: a title, a role, speech, the tagger, a meeting verb. */
  strong: boolean;
}

/** Compromise's tags for each word, keyed by the word's start offset. */
type Tags = Map<number, Set<string>>;

/** What the passes know about the article as a whole. */
export interface ArticleView {
  tags: Tags;
  /** Capitalised words seen inside sentences: names wherever they appear, even first in a sentence. */
  properElsewhere: Set<string>;
  /** Words the article writes in lower case. */
  lowerWords: Set<string>;
  /** Capitalised words of a portfolio after "Ministry of" and the like ("Finance", "Development", "Planning"). */
  portfolioWords: Set<string>;
  /** Where a paragraph of running text stops without an end mark: the text was cut off there. */
  cutEnds: Set<number>;
  /** "Joko Widodo (Jokowi)": where a bracketed word after a name starts, and where that name ends. */
  bracketed: Map<number, number>;
}

/** The bracketed single words right after a capitalised word ("Joko Widodo (Jokowi)"), by start: the word's end. */
function bracketedOf(text: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of text.matchAll(/(\p{Lu}[\p{L}’'-]+)\s\((\p{Lu}[\p{L}’'-]+)\)/gu)) {
    const end = (m.index ?? 0) + (m[1] as string).length;
    out.set(end + 2, end);
  }
  return out;
}

/** The ends of paragraphs of eight words or more that stop without an end mark ("… and the Prime Mi"). */
function cutEndsOf(sentences: Sentence[]): Set<number> {
  const out = new Set<number>();
  sentences.forEach((s, i) => {
    const next = sentences[i + 1];
    if (next && next.paragraph === s.paragraph) return;
    const text = s.text.trimEnd();
    if (/[.!?…"”'’)\]:;]$/.test(text) || text.split(/\s+/).length < 8) return;
    out.add(s.start + text.length);
  });
  return out;
}

const PORTFOLIO = new RegExp(
  `\\b(?:${[...PORTFOLIO_HEADS].join('|')})\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}-]*|and|&)(?:\\s+(?:\\p{Lu}[\\p{L}-]*|and|&))*)`,
  'gu',
);

/** The capitalised words of the portfolios named after "Ministry of", "Department of" in the text. */
function portfolioWordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PORTFOLIO))
    for (const w of (m[1] ?? '').split(/\s+/)) if (/^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w)) out.add(w);
  return out;
}

/** Tags that mark a word as part of a person's name. */
export const PERSON_TAGS = new Set([
  'Person',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Honorific',
]);
/** Tags that mark a word as a common word, not a name. */
export const COMMON_TAGS = new Set([
  'Verb',
  'Adverb',
  'Adjective',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Date',
  'Pronoun',
  'QuestionWord',
  'Value',
]);

/** Whether a word's tags include any of `wanted`. */
const hasAny = (set: Set<string> | undefined, wanted: Set<string>): boolean =>
  !!set && [...set].some((t) => wanted.has(t));

/** Whether the tagger gave the word at `start` any of `wanted`. */
export const tagged = (view: ArticleView, start: number, wanted: Set<string>): boolean =>
  hasAny(view.tags.get(start), wanted);

/** The most text tagged in one call: a longer body is tagged in pieces cut between sentences. */
const TAG_CHUNK_CHARS = 10_000;

/**
 * Compromise's tags for each word. Its cost grows faster than the length of what it is given, so a long
 * body goes in pieces of whole sentences, which keeps it linear.
 */
function tagWords(text: string, sentences: Sentence[]): Tags {
  const tags: Tags = new Map();
  const tagPiece = (start: number, end: number): void => {
    const json = nlp(text.slice(start, end)).json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{ tags: string[]; offset: { start: number } }>;
    }>;
    for (const s of json) for (const t of s.terms) tags.set(start + t.offset.start, new Set(t.tags));
  };
  let pieceStart = 0;
  for (const s of sentences) {
    if (s.end - pieceStart > TAG_CHUNK_CHARS && s.start > pieceStart) {
      tagPiece(pieceStart, s.start);
      pieceStart = s.start;
    }
  }
  tagPiece(pieceStart, text.length);
  return tags;
}

/** The article-wide view the passes read: tags, capitalised words inside sentences, lower-case words. */
export function viewArticle(text: string, sentences: Sentence[]): ArticleView {
  const properElsewhere = new Set<string>();
  for (const s of sentences)
    for (const t of tokenize(s.text).slice(1))
      if (/^\p{Lu}\p{Ll}/u.test(t.text) && !NOT_NAME_WORDS.has(t.text)) properElsewhere.add(t.text);
  return {
    tags: tagWords(text, sentences),
    properElsewhere,
    lowerWords: new Set(text.match(/(?<![\p{L}-])\p{Ll}[\p{Ll}-]+/gu) ?? []),
    portfolioWords: portfolioWordsOf(text),
    cutEnds: cutEndsOf(sentences),
    bracketed: bracketedOf(text),
  };
}

/** Where the scan passes put what they find; organisations and places are kept once per name. */
export class EntitySink {
  readonly mentions: EntityMention[] = [];
  readonly fullNames: RawPerson[] = [];
  readonly singles: RawPerson[] = [];
  private readonly orgs = new Map<string, OrganizationMention>();
  private readonly places = new Map<string, PlaceMention>();

  /** Records an organisation the first time its name is seen. */
  addOrg(name: string, affiliation: string | null): void {
    const key = nameKey(name);
    if (!this.orgs.has(key)) this.orgs.set(key, { name, aliases: [], affiliation });
  }

  /** Records a place the first time its name is seen. */
  addPlace(name: string, kind: PlaceKind, country: string | null): void {
    const key = nameKey(name);
    if (!this.places.has(key)) this.places.set(key, { name, kind, country });
  }

  /** Records a person candidate: a full name or a single word. */
  addPerson(raw: RawPerson): void {
    if (raw.tokens.length >= 2) this.fullNames.push(raw);
    else this.singles.push(raw);
  }

  /** The organisations found, in order of first mention. */
  organizations(): OrganizationMention[] {
    return [...this.orgs.values()];
  }

  /** The places found, in order of first mention. */
  placeList(): PlaceMention[] {
    return [...this.places.values()];
  }
}
