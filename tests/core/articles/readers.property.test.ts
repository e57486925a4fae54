// The readers against random bytes and random markup: whatever comes in, they return a document or refuse
// it with a RendezvousError naming the file, and never take longer than the time limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RendezvousError } from '../../../src-main/common/errors';
import { readArticle } from '../../../src-main/core/articles/index';

/** How long one random file may take to read (the real per-file limit is 30 s for the whole extraction). */
const LIMIT_MS = 5000;

function readsOrRefuses(name: string, bytes: Uint8Array): void {
  const started = Date.now();
  try {
    const doc = readArticle(name, bytes);
    expect(Array.isArray(doc.paragraphs)).toBe(true);
    for (const p of doc.paragraphs) expect(typeof p).toBe('string');
  } catch (err) {
    if (!(err instanceof RendezvousError)) throw err;
    expect(err.message.startsWith(name)).toBe(true);
  }
  expect(Date.now() - started).toBeLessThan(LIMIT_MS);
}

const NAMES = ['a.txt', 'a.md', 'a.html'];
const encoder = new TextEncoder();

const TAGS = [
  'html',
  'head',
  'body',
  'title',
  'meta',
  'article',
  'main',
  'div',
  'p',
  'span',
  'a',
  'h1',
  'h2',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'img',
  'figure',
  'figcaption',
  'time',
  'nav',
  'header',
  'footer',
  'aside',
  'br',
  'hr',
  '!--',
  '![CDATA[',
];
const ATTRS = [
  'class="x"',
  'id=y',
  'href="javascript:alert(1)"',
  'content="2025-01-01"',
  'onerror=x()',
  'style="a:b"',
  'name="author"',
  'property="og:title"',
  'datetime="2025"',
];

const markupPiece = fc.oneof(
  fc
    .tuple(fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...ATTRS), { maxLength: 3 }), fc.boolean())
    .map(([tag, attrs, close]) => `<${close ? '/' : ''}${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>`),
  fc.constantFrom(
    '&amp;',
    '&#0;',
    '&#x110000;',
    '&nbsp;',
    '&bogus',
    '<',
    '>',
    '"',
    "'",
    '-->',
    ']]>',
    '\u0000',
    '\ufeff',
    '\u202e',
  ),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '---\ntitle: x\n---\n',
    '# Heading\n\n',
    '> quote\n',
    '[link](http://x)',
    '![img](x.png)',
    '```\ncode\n```\n',
    'Anna Berg met John Smith in Paris on Monday. ',
    '\n\n',
    'By Jane Doe\n',
    'Photo: Reuters\n',
    'MOSCOW, April 8 (Reuters) - ',
  ),
);

describe('the readers, property-based', () => {
  it('never crash and never hang on random bytes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.uint8Array({ maxLength: 4096 }), (name, bytes) =>
        readsOrRefuses(name, bytes),
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('never crash and never hang on random text with a byte-order mark or in UTF-16', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.string({ unit: 'binary', maxLength: 2000 }),
        fc.constantFrom('utf8', 'bom', 'utf16le'),
        (name, text, encoding) => {
          const bytes =
            encoding === 'utf16le'
              ? new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])
              : encoding === 'bom'
                ? new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(text)])
                : encoder.encode(text);
          readsOrRefuses(name, bytes);
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('never crash and never hang on random markup, HTML or Markdown, however it nests', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.array(markupPiece, { maxLength: 300 }),
        fc.nat({ max: 3000 }),
        (name, pieces, depth) => {
          // Sometimes very deep nesting too.
          const deep = depth > 2500 ? '<div>'.repeat(depth) : '';
          readsOrRefuses(name, encoder.encode(deep + pieces.join('')));
        },
      ),
      { numRuns: 200 },
    );
  }, 300_000);
});
