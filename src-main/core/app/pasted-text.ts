// Pasted text with what the user says about it (title, date, outlet, URL), as a .txt article with a header.

/** What is known about a pasted article. */
export interface PastedArticleMeta {
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
}

const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();

/** The text with `title:`, `date:`, `outlet:` and `url:` header lines, which the .txt reader takes as metadata. */
export function withArticleHeader(text: string, meta: PastedArticleMeta): string {
  const lines = (['title', 'date', 'outlet', 'url'] as const)
    .map((key) => [key, oneLine(meta[key] ?? '')] as const)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}: ${value}`);
  return lines.length ? `${lines.join('\n')}\n\n${text}` : text;
}
