// Turns the raw bytes of an article file into text, refusing what is not a text article.
import { RendezvousError } from '../../common/errors';
import { MAX_ARTICLE_BYTES } from '../../common/ingest';

/** The text of a file and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;

/** Refuses a file over MAX_ARTICLE_BYTES; called before anything is parsed. */
export function assertArticleSize(name: string, size: number, limit = MAX_ARTICLE_BYTES): void {
  if (size > limit) {
    throw new RendezvousError(
      'FILE_TOO_LARGE',
      `${name}: the file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit for one article`,
      { file: name, size, limit },
    );
  }
}

/** Share of characters that are control characters other than tab, newline, carriage return, form feed. */
function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (!sample.length) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / sample.length;
}

/**
 * Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; refuses empty, binary and invalid
 * UTF-8 input with a message naming the file and the reason.
 */
export function decodeArticleBytes(name: string, bytes: Uint8Array): DecodedText {
  assertArticleSize(name, bytes.byteLength);
  let encoding: DecodedText['encoding'] = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  }
  if (encoding === 'utf-8' && body.includes(0)) {
    throw new RendezvousError('FILE_UNREADABLE', `${name}: binary data (NUL bytes), not a text article`, {
      file: name,
    });
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new RendezvousError(
      'FILE_UNREADABLE',
      encoding === 'utf-8'
        ? `${name}: not valid UTF-8 text (save it as UTF-8, or as UTF-16 with a byte order mark)`
        : `${name}: not valid ${encoding.toUpperCase()} text`,
      { file: name, encoding },
    );
  }
  if (controlShare(text) > 0.01) {
    throw new RendezvousError(
      'FILE_UNREADABLE',
      `${name}: binary data (control characters), not a text article`,
      {
        file: name,
      },
    );
  }
  if (!text.trim()) {
    throw new RendezvousError('BAD_INPUT', `${name}: the file is empty or holds only whitespace`, {
      file: name,
    });
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}
