// Reads an .html article: metadata from meta tags and JSON-LD, the body through Readability over
// jsdom. Scripts never run and no resource is fetched (jsdom's defaults, kept explicit here); the
// body is sanitised and only its text is kept, so no markup, handler or URL reaches the output.
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { RendezvousError } from '../../common/errors';
import type { ArticleDocument } from './document';
import { captionCredits } from './boilerplate';
import { parsePublicationDate, splitAuthors } from './metadata';
import { readPlainText } from './txt';

/** Pages with more elements than this skip Readability (its cost grows too fast); their blocks are read directly. */
const MAX_READABLE_ELEMENTS = 20_000;

/** Deepest element nesting we parse; deeper documents are refused before jsdom sees them. */
export const MAX_HTML_DEPTH = 1000;

const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd option td th tr'.split(
    ' ',
  ),
);

/** How deeply the document nests elements, by a linear scan of its tags (no parsing). */
export function htmlNestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const tag = (m[2] ?? '').toLowerCase();
    if (VOID.has(tag) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
    if (max > MAX_HTML_DEPTH) return max;
  }
  return max;
}

interface JsonLdArticle {
  headline?: string;
  name?: string;
  datePublished?: string;
  author?: unknown;
  publisher?: { name?: string };
  url?: string;
  '@type'?: string | string[];
  '@graph'?: JsonLdArticle[];
}

function jsonLdArticles(doc: Document): JsonLdArticle[] {
  const out: JsonLdArticle[] = [];
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(el.textContent ?? '') as JsonLdArticle | JsonLdArticle[];
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        if (item && typeof item === 'object')
          out.push(item, ...(Array.isArray(item['@graph']) ? item['@graph'] : []));
      }
    } catch {
      // A broken JSON-LD block is ignored: the meta tags and the body still say enough.
    }
  }
  return out.filter((a) => {
    const t = a['@type'];
    const types = Array.isArray(t) ? t : [t];
    return types.some((x) => typeof x === 'string' && /Article|Posting|Report/i.test(x));
  });
}

function authorNames(author: unknown): string[] {
  const list = Array.isArray(author) ? author : author ? [author] : [];
  return list
    .map((a) =>
      typeof a === 'string'
        ? a
        : typeof a === 'object' && a && 'name' in a
          ? String((a as { name: unknown }).name)
          : '',
    )
    .filter(Boolean);
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dt, dd';

/** Reads an HTML page into metadata, body paragraphs and credits. */
export function readHtml(name: string, html: string): ArticleDocument {
  const depth = htmlNestingDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    throw new RendezvousError(
      'BAD_INPUT',
      `${name}: HTML nests elements more than ${MAX_HTML_DEPTH} levels deep; refusing to parse it`,
      { file: name, limit: MAX_HTML_DEPTH },
    );
  }
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { runScripts: undefined, resources: undefined, virtualConsole });
  const doc = dom.window.document;
  const meta = (selector: string): string | null =>
    doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const ld = jsonLdArticles(doc)[0];

  const title =
    ld?.headline ??
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    (doc.title.trim() || null);
  const published = parsePublicationDate(
    ld?.datePublished ??
      meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ??
      meta('meta[name="pubdate"]') ??
      meta('meta[itemprop="datePublished"]') ??
      meta('meta[name="parsely-pub-date"]') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  let authors = authorNames(ld?.author);
  if (!authors.length) {
    const a = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
    if (a && !/^https?:/.test(a)) authors = splitAuthors(a);
  }
  const outlet =
    ld?.publisher?.name ?? meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const url =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    meta('meta[property="og:url"]') ??
    ld?.url ??
    null;

  // Captions name photographers; take their credits, then drop figures and everything executable.
  const credits: string[] = [];
  for (const cap of doc.querySelectorAll('figcaption, .caption, [class*="caption"]')) {
    credits.push(...captionCredits((cap.textContent ?? '').trim()));
  }
  for (const el of doc.querySelectorAll(
    'script, style, noscript, template, iframe, object, embed, svg, form, figure, figcaption, nav, aside, footer, button, input, select, textarea',
  )) {
    el.remove();
  }
  // Readability and sanitising scale badly on huge pages; beyond MAX_READABLE_ELEMENTS the text of the
  // block elements is read straight from the (script-free) document instead.
  const huge = doc.getElementsByTagName('*').length > MAX_READABLE_ELEMENTS;
  const article = huge ? null : new Readability(doc, { charThreshold: 200 }).parse();
  let holder: HTMLElement;
  if (huge) holder = doc.body ?? doc.documentElement;
  else {
    const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0]);
    const clean = purify.sanitize(article?.content ?? doc.body?.innerHTML ?? '', {
      FORBID_TAGS: ['script', 'style', 'img', 'iframe', 'object', 'embed', 'svg', 'math', 'form'],
      FORBID_ATTR: ['style', 'href', 'src'],
    });
    holder = new JSDOM(`<body>${clean}</body>`, { virtualConsole }).window.document.body;
  }
  // Innermost blocks only: a block that holds another block gives way to it.
  const all = [...holder.querySelectorAll(BLOCKS)];
  const set = new Set<Element>(all);
  const outer = new Set<Element>();
  for (const el of all) {
    for (let p = el.parentElement; p && p !== holder; p = p.parentElement) {
      if (set.has(p)) {
        if (outer.has(p)) break;
        outer.add(p);
      }
    }
  }
  const blocks = all.filter((el) => !outer.has(el));
  const lines = (
    blocks.length ? blocks.map((b) => b.textContent ?? '') : (holder.textContent ?? '').split(/\n+/)
  )
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  dom.window.close();

  const header = [
    title ? `title: ${title.replace(/\s+/g, ' ')}` : null,
    published ? `date: ${published}` : null,
    url ? `url: ${url}` : null,
    outlet ? `outlet: ${outlet}` : null,
  ].filter(Boolean);
  const doc2 = readPlainText(`${header.join('\n')}\n\n${lines.join('\n\n')}`, { scanByline: false });
  const byline = article?.byline ? splitAuthors(article.byline.replace(/^by\s+/i, '')) : [];
  const allAuthors = authors.length ? authors : byline;
  return {
    format: 'html',
    meta: { ...doc2.meta, authors: allAuthors },
    paragraphs: doc2.paragraphs,
    credits: [...new Set([...allAuthors, ...credits, ...doc2.credits])],
  };
}
