// The extraction entry points: from an article file (or pasted text) to people, places and meetings.
import { createHash } from 'node:crypto';
import type { Extraction } from '../../common/extraction';
import { RendezvousError } from '../../common/errors';
import { formatOf, readArticleText } from '../articles/index';
import { decodeArticleBytes, assertArticleSize } from '../articles/decode';
import type { ArticleDocument } from '../articles/document';
import { extractEntities } from './entities';
import { extractMeetings } from './meetings';
import { splitSentences } from '../lexicon/sentences';

/** How much body text is analysed: far beyond any news article; longer bodies are cut at a paragraph. */
export const MAX_BODY_CHARS = 250_000;

/** The body paragraphs that fit in MAX_BODY_CHARS (at least the first, itself cut if need be). */
function bodyWithinLimit(paragraphs: string[]): { text: string; truncated: boolean } {
  let length = 0;
  const kept: string[] = [];
  for (const p of paragraphs) {
    if (length + p.length > MAX_BODY_CHARS) {
      if (!kept.length) kept.push(p.slice(0, MAX_BODY_CHARS));
      return { text: kept.join('\n\n'), truncated: true };
    }
    kept.push(p);
    length += p.length + 2;
  }
  return { text: kept.join('\n\n'), truncated: false };
}

// "photos from our photographer, Anna Berg": a photographer the body names is credited, not reported on.
const BODY_CREDIT = /\bphotographers?,?\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\b/gu;

/** The credits of the document and the photographers its body text names. */
function creditsOf(doc: ArticleDocument, text: string): string[] {
  const named = [...text.matchAll(BODY_CREDIT)].map((m) => m[1] as string);
  return [...new Set([...doc.credits, ...named])];
}

/** The extraction of a document already read. */
export function extractDocument(file: string, sha256: string, doc: ArticleDocument): Extraction {
  const { text, truncated } = bodyWithinLimit(doc.paragraphs);
  const sentences = splitSentences(text);
  const credits = creditsOf(doc, text);
  const entities = extractEntities(text, sentences, credits);
  const meetings = extractMeetings({
    text,
    sentences,
    mentions: entities.mentions,
    published: doc.meta.published,
    dateline: doc.meta.dateline ?? null,
    people: entities.people,
  });
  return {
    source: { file, sha256, format: doc.format },
    article: doc.meta,
    people: entities.people,
    organizations: entities.organizations,
    places: entities.places,
    credits,
    meetings,
    text,
    ...(truncated ? { truncated } : {}),
  };
}

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Extracts one article file; synchronous, safe in a worker thread; throws RendezvousError naming the file. */
export function extractArticle(input: { name: string; bytes: Uint8Array }): Extraction {
  const { name, bytes } = input;
  assertArticleSize(name, bytes.byteLength);
  const { text } = decodeArticleBytes(name, bytes);
  try {
    return extractDocument(name, sha256Of(bytes), readArticleText(name, text));
  } catch (err) {
    if (err instanceof RendezvousError) throw err;
    throw new RendezvousError(
      'BAD_INPUT',
      `${name}: could not be read as an article (${err instanceof Error ? err.message : String(err)})`,
      { file: name },
    );
  }
}

/** Extracts pasted text; `name` labels it (its extension, if any, picks the format; default .txt). */
export function extractText(name: string, text: string): Extraction {
  const bytes = new TextEncoder().encode(text);
  assertArticleSize(name, bytes.byteLength);
  if (!text.trim()) throw new RendezvousError('BAD_INPUT', `${name}: the text is empty`, { file: name });
  return extractDocument(
    name,
    sha256Of(bytes),
    readArticleText(name, text.replace(/\r\n?/g, '\n'), formatOf(name)),
  );
}
