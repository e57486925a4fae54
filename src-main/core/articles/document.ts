// What reading an article yields before entities are extracted: metadata, the body, the credits.
import type { ArticleMeta } from '../../common/extraction';

/** The formats an article file can be read from. */
export type ArticleFormat = 'txt' | 'html' | 'md';

/** An article read from a file: its metadata, its body paragraphs (page chrome removed), its credits. */
export interface ArticleDocument {
  format: ArticleFormat;
  meta: ArticleMeta;
  /** Body paragraphs in reading order; captions, teasers, widgets and subscription boxes are not here. */
  paragraphs: string[];
  /** Names of authors, photographers, newsletter hosts and agency credit lines. */
  credits: string[];
}

/** A blank ArticleMeta to fill in. */
export function emptyMeta(): ArticleMeta {
  return { title: null, published: null, outlet: null, authors: [], url: null };
}
