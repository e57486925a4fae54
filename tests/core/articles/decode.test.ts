import { describe, expect, it } from 'vitest';
import { RendezvousError } from '../../../src-main/common/errors';
import { MAX_ARTICLE_BYTES } from '../../../src-main/common/ingest';
import { assertArticleSize, decodeArticleBytes } from '../../../src-main/core/articles/decode';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function errorOf(fn: () => unknown): RendezvousError {
  try {
    fn();
  } catch (err) {
    if (err instanceof RendezvousError) return err;
    throw err;
  }
  throw new Error('expected a RendezvousError');
}

describe('decodeArticleBytes', () => {
  it('reads plain UTF-8 and normalises line endings', () => {
    expect(decodeArticleBytes('a.txt', enc('One\r\nTwo\rThree')).text).toBe('One\nTwo\nThree');
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Hello')]);
    expect(decodeArticleBytes('a.txt', bytes).text).toBe('Hello');
  });

  it('decodes UTF-16 little-endian with a BOM', () => {
    const body = Buffer.from('Peskov said the talks will take place.', 'utf16le');
    const bytes = new Uint8Array([0xff, 0xfe, ...body]);
    const out = decodeArticleBytes('a.txt', bytes);
    expect(out.encoding).toBe('utf-16le');
    expect(out.text).toBe('Peskov said the talks will take place.');
  });

  it('decodes UTF-16 big-endian with a BOM', () => {
    const le = Buffer.from('Kyiv', 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] ?? 0;
      be[i + 1] = le[i] ?? 0;
    }
    expect(decodeArticleBytes('a.txt', new Uint8Array([0xfe, 0xff, ...be])).text).toBe('Kyiv');
  });

  it('refuses an empty file, naming it', () => {
    const err = errorOf(() => decodeArticleBytes('empty.txt', new Uint8Array()));
    expect(err.code).toBe('BAD_INPUT');
    expect(err.message).toMatch(/^empty\.txt: .*empty/);
  });

  it('refuses a file of whitespace only', () => {
    const err = errorOf(() => decodeArticleBytes('blank.txt', enc(' \n\t\n  ')));
    expect(err.code).toBe('BAD_INPUT');
    expect(err.message).toContain('blank.txt');
    expect(err.message).toContain('whitespace');
  });

  it('refuses binary data', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
    const err = errorOf(() => decodeArticleBytes('photo.txt', png));
    expect(err.code).toBe('FILE_UNREADABLE');
    expect(err.message).toMatch(/^photo\.txt: binary data/);
  });

  it('refuses invalid UTF-8 and says how to fix it', () => {
    const err = errorOf(() =>
      decodeArticleBytes('latin1.txt', new Uint8Array([0x4b, 0x79, 0x69, 0xe9, 0x76, 0x20, 0xff])),
    );
    expect(err.code).toBe('FILE_UNREADABLE');
    expect(err.message).toContain('latin1.txt');
    expect(err.message).toContain('not valid UTF-8');
  });

  it('refuses a file over the size limit with the limit in the message', () => {
    const err = errorOf(() => assertArticleSize('huge.txt', MAX_ARTICLE_BYTES + 1));
    expect(err.code).toBe('FILE_TOO_LARGE');
    expect(err.message).toContain('huge.txt');
    expect(err.message).toContain('5.0 MB limit');
  });

  it('checks the size before decoding anything', () => {
    // Invalid UTF-8 past the limit: the size error wins, so nothing was decoded.
    const bytes = new Uint8Array(MAX_ARTICLE_BYTES + 10).fill(0xff);
    expect(errorOf(() => decodeArticleBytes('big.txt', bytes)).code).toBe('FILE_TOO_LARGE');
  });
});
