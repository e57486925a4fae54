// Reading an article file: size check, decoding, then the reader for its format.
import { RendezvousError } from '../../common/errors';
import { decodeArticleBytes } from './decode';
import type { ArticleDocument, ArticleFormat } from './document';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import { readPlainText } from './txt';

/** The format a file name implies; .txt for anything else that is text. */
export function formatOf(name: string): ArticleFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'md';
  return 'txt';
}

/** Reads the text of an article in a known format into metadata, body paragraphs and credits. */
export function readArticleText(
  name: string,
  text: string,
  format: ArticleFormat = formatOf(name),
): ArticleDocument {
  const doc =
    format === 'html' ? readHtml(name, text) : format === 'md' ? readMarkdown(text) : readPlainText(text);
  if (!doc.paragraphs.length) {
    throw new RendezvousError(
      'BAD_INPUT',
      `${name}: no article text found (only page chrome, captions or markup)`,
      {
        file: name,
      },
    );
  }
  return doc;
}

/** Reads an article file's bytes; throws RendezvousError naming the file and the reason. */
export function readArticle(name: string, bytes: Uint8Array): ArticleDocument {
  const { text } = decodeArticleBytes(name, bytes);
  return readArticleText(name, text);
}
