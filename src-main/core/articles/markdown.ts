// Reads a .md article: optional front matter (title, date, author(s), outlet, url), then Markdown text.
import type { ArticleDocument } from './document';
import { parsePublicationDate, splitAuthors } from './metadata';
import { readPlainText } from './txt';

/** Front matter keys and values; lists ("- a", "[a, b]") are joined with commas. */
export function parseFrontMatter(input: string): { fields: Record<string, string>; body: string } {
  const m = /^\uFEFF?---\s*\n([\s\S]*?)\n(?:---|\.\.\.)\s*(?:\n|$)/.exec(input);
  if (!m) return { fields: {}, body: input };
  const fields: Record<string, string> = {};
  let last: string | null = null;
  for (const line of (m[1] ?? '').split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv?.[1]) {
      last = kv[1].toLowerCase();
      fields[last] = (kv[2] ?? '')
        .replace(/^\[(.*)\]$/, '$1')
        .replace(/^["']|["']$/g, '')
        .trim();
    } else if (last && /^\s*-\s+/.test(line)) {
      const item = line
        .replace(/^\s*-\s+/, '')
        .replace(/^["']|["']$/g, '')
        .trim();
      fields[last] = fields[last] ? `${fields[last]}, ${item}` : item;
    }
  }
  return { fields, body: input.slice(m[0].length) };
}

/** Markdown to plain lines: headings, emphasis, links and images reduced to their text. */
export function markdownToText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*([-*_]\s*){3,}$/gm, '');
}

/** Reads a Markdown article into metadata, body paragraphs and credits. */
export function readMarkdown(input: string): ArticleDocument {
  const { fields, body } = parseFrontMatter(input);
  const firstHeading = /^\s{0,3}#\s+(.+)$/m.exec(body)?.[1]?.trim() ?? null;
  const title = fields.title ?? firstHeading;
  const published = parsePublicationDate(fields.date ?? fields.published ?? fields.pubdate ?? null);
  const authors = splitAuthors(fields.authors ?? fields.author ?? fields.byline ?? '');
  const header = [
    title ? `title: ${title}` : null,
    published ? `date: ${published}` : null,
    fields.url ? `url: ${fields.url}` : null,
    (fields.outlet ?? fields.source ?? fields.publisher)
      ? `outlet: ${fields.outlet ?? fields.source ?? fields.publisher}`
      : null,
  ].filter(Boolean);
  const doc = readPlainText(`${header.join('\n')}\n\n${markdownToText(body)}`, {
    scanByline: !authors.length,
  });
  const allAuthors = authors.length ? authors : doc.meta.authors;
  return {
    format: 'md',
    meta: { ...doc.meta, authors: allAuthors },
    paragraphs: doc.paragraphs,
    credits: [...new Set([...allAuthors, ...doc.credits])],
  };
}
