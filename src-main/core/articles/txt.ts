// Reads a .txt article as saved from a web page: header lines, byline, body, page chrome.
import { unwrapLines } from './unwrap';
import type { ArticleDocument } from './document';
import { emptyMeta } from './document';
import {
  agencyCreditLine,
  captionCredits,
  chromeCredits,
  creditLineNames,
  trailingCredit,
  endsLikeSentence,
  isCaption,
  isChromeLine,
  isEndMarker,
  isHeadlineLike,
  isListItem,
  isShortLabel,
  isTeaserBlurb,
  leadBeforeCaption,
  namesPerson,
  readsAsSentence,
  runsOnAsSentence,
} from './boilerplate';
import { parseDateline } from './dateline';
import {
  WRITTEN_DATE,
  outletFromDesk,
  outletFromMasthead,
  outletFromUrl,
  parseByline,
  parsePublicationDate,
  splitAuthors,
} from './metadata';

/** An author line under a headline: "Pippa Crerar Political editor", "Jane Doe in Kyiv", "By Jane Doe". */
const AUTHOR_LINE =
  /^(?:by\s+)?((?:\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})(?:\s*(?:,|and|&)\s*\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})*)(?:\s+(?:(?:\p{Lu}?\p{Ll}+\s+){0,2}(?:editor|correspondent|reporter|writer|journalist|staff)|in\s+\p{Lu}\p{Ll}+|and agencies))?$/u;

/**
 * A line that is only a date or time stamp, with its date (null when it has only a time);
 * undefined when the line says more than that.
 */
function dateStamp(line: string): string | null | undefined {
  if (line.length > 90) return undefined;
  const date = WRITTEN_DATE.exec(line);
  const rest = line
    .replace(WRITTEN_DATE, ' ')
    .replace(
      /\b\d{1,2}[:.]\d{2}\s*(?:[AP]\.?M\.?)?|\b(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|PST|PDT|MSK)(?:[+-]\d{1,2})?/gi,
      ' ',
    )
    .replace(
      /\b(updated|published|posted|first published|last updated|last modified|on|at|ago|hours?|minutes?|days?|min read|read|mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
      ' ',
    )
    .replace(/[\d,.:;|·•()–—-]+/g, ' ')
    .trim();
  if (rest) return undefined;
  if (!date) return /\d{1,2}[:.]\d{2}/.test(line) ? null : undefined;
  return parsePublicationDate(date[0]);
}

const HEADER = /^\s*(url|date|published|title|author|authors|byline|outlet|source|site)\s*:\s*(.*)$/i;
const DATE_FIRST_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$/i;

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const uniq = (xs: string[]): string[] => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

/** How many words the lines hold. */
const wordsOf = (ls: string[]): number =>
  ls.reduce((n, l) => n + (l.trim() ? l.trim().split(/\s+/).length : 0), 0);

/** Whether the byline at line `i` closes the story: running text above it, hardly any below. */
function closingByline(lines: string[], start: number, i: number): boolean {
  const body = (ls: string[]): string[] => ls.filter((l) => l && !isChromeLine(l));
  return wordsOf(body(lines.slice(i + 1))) < 25 && wordsOf(body(lines.slice(start, i))) >= 40;
}

/** Reads the text of a web page saved as .txt into metadata, body paragraphs and credits. */
export function readPlainText(input: string, options: { scanByline?: boolean } = {}): ArticleDocument {
  const meta = emptyMeta();
  const credits: string[] = [];
  const lines = input.split('\n').map((l) => l.replace(/\s+$/, '').replace(/^\s+/, ''));

  // Header lines (`url:`, `date:`, `title:` …) or a `date YYYY-MM-DD` first line.
  let start = 0;
  const first = DATE_FIRST_LINE.exec(lines[0] ?? '');
  if (first?.[1]) {
    meta.published = first[1];
    lines[0] = first[2] ?? '';
  } else {
    while (start < lines.length) {
      const h = HEADER.exec(lines[start] ?? '');
      if (!h?.[1]) break;
      const key = h[1].toLowerCase();
      const value = (h[2] ?? '').trim();
      if (key === 'url') meta.url = value || null;
      else if (key === 'date' || key === 'published') meta.published = parsePublicationDate(value);
      else if (key === 'title') meta.title = value || null;
      else if (key === 'author' || key === 'authors' || key === 'byline') meta.authors = splitAuthors(value);
      else meta.outlet = value || null;
      start++;
    }
  }

  lines.splice(start, lines.length - start, ...unwrapLines(lines.slice(start)));

  // A byline marks where the article starts; the headline is the line just above it.
  let bodyStart = start;
  const bylineWindow = options.scanByline === false ? 0 : 80;
  for (let i = start; i < Math.min(lines.length, start + bylineWindow); i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    const byline = parseByline(line);
    if (!byline) continue;
    meta.authors = meta.authors.length ? meta.authors : byline.authors;
    meta.published = meta.published ?? byline.published;
    meta.outlet = meta.outlet ?? byline.outlet;
    // "By Anna Berg" closing the story, with the article above it: the byline ends the body, not starts it.
    if (closingByline(lines, start, i)) {
      lines[i] = '';
      break;
    }
    if (!meta.title) {
      for (let j = i - 1; j >= start; j--) {
        const above = lines[j] ?? '';
        if (above && !isChromeLine(above)) {
          meta.title = above;
          break;
        }
      }
    }
    bodyStart = i + 1;
    break;
  }
  // No byline: a date stamp under the headline ("Published On 19 Jul 2022", "Sun 2 Mar 2025 14.04 GMT")
  // marks the start of the body; the headline is the first long heading of the lines above it.
  if (bodyStart === start && options.scanByline !== false) {
    for (let i = start; i < Math.min(lines.length, start + 80); i++) {
      const line = lines[i] ?? '';
      if (!line || !dateStamp(line)) continue;
      const above: string[] = [];
      for (let j = i - 1; j >= start && above.length < 8; j--) if (lines[j]) above.unshift(lines[j] ?? '');
      const headings = above.filter(
        (l) =>
          isHeadlineLike(l) &&
          l.split(/\s+/).length >= 5 &&
          !isCaption(l) &&
          !isChromeLine(l) &&
          !AUTHOR_LINE.test(l),
      );
      if (!headings.length) continue;
      meta.published ??= dateStamp(line) ?? null;
      meta.title ??= headings[0] ?? null;
      const author = AUTHOR_LINE.exec(above[above.length - 1] ?? '') ?? AUTHOR_LINE.exec(lines[i + 1] ?? '');
      if (author?.[1] && !meta.authors.length)
        meta.authors = splitAuthors(
          author[1].replace(
            /\s+(Political|Chief|Senior|Foreign|Diplomatic|Defen[cs]e|Security|World|Deputy|International|Economics|Business)$/,
            '',
          ),
        );
      bodyStart = i + 1;
      // A full sentence right above the stamp is the lead paragraph, not a heading.
      const lead = lines[i - 1] ?? '';
      if (i - 1 > start && endsLikeSentence(lead) && lead.split(/\s+/).length >= 8 && !isCaption(lead))
        bodyStart = i - 1;
      break;
    }
  }
  credits.push(...meta.authors);
  // Captions above the body (under the headline) still name photographers.
  for (let i = start; i < bodyStart; i++) {
    const line = lines[i] ?? '';
    if (line && isCaption(line)) credits.push(...captionCredits(line));
  }
  const titleKey = meta.title ? norm(meta.title) : null;

  // Group the remaining lines into paragraphs, dropping chrome, captions and teasers.
  const paragraphs: string[] = [];
  const rest = lines.slice(bodyStart);
  const next = (i: number): string => {
    for (let j = i + 1; j < rest.length; j++) if (rest[j]) return rest[j] ?? '';
    return '';
  };
  let ended = false;
  let titleCandidate: string | null = null;
  let skipTeaser = 0;
  let previous = '';
  for (let i = 0; i < rest.length; i++) {
    let line = rest[i] ?? '';
    if (!line) continue;
    const above = previous;
    previous = line;
    if (ended) {
      const authors = /^authors?:\s*(.*)$/i.exec(line);
      if (authors?.[1]) credits.push(...splitAuthors(authors[1]));
      credits.push(...chromeCredits(line, meta.outlet));
      continue;
    }
    if (skipTeaser > 0) {
      skipTeaser--;
      credits.push(...chromeCredits(line, meta.outlet));
      if (!endsLikeSentence(line) && skipTeaser === 0 && isShortLabel(next(i))) skipTeaser = 1;
      continue;
    }
    if (isEndMarker(line)) {
      const authors = /^authors?:\s*(.*)$/i.exec(line);
      if (authors?.[1]) credits.push(...splitAuthors(authors[1]));
      if (paragraphs.length) ended = true;
      continue;
    }
    if (titleKey && norm(line) === titleKey) continue;
    const creditLine = creditLineNames(line);
    if (creditLine) {
      credits.push(...creditLine);
      continue;
    }
    // "… is not clear. (Reporting by A; Editing by B)": a wire credit glued to the end of the last paragraph.
    const tail = trailingCredit(line);
    if (tail) {
      credits.push(...tail.names);
      line = tail.text;
    }
    if (isCaption(line)) {
      credits.push(...captionCredits(line));
      // A caption glued after the lead it restates: the lead stays.
      const lead = leadBeforeCaption(line);
      if (!lead) continue;
      line = lead;
    }
    if (isChromeLine(line)) {
      credits.push(...chromeCredits(line, meta.outlet));
      continue;
    }
    const agency = agencyCreditLine(line);
    if (agency) {
      credits.push(agency);
      continue;
    }
    // A teaser for another story: a headline followed by a blurb cut short.
    if (isHeadlineLike(line) && isTeaserBlurb(next(i))) {
      skipTeaser = 1;
      continue;
    }
    if (isTeaserBlurb(line) && paragraphs.length && isHeadlineLike(rest[i - 1] ?? '')) continue;
    // A date or time stamp line ("Updated 5:16 PM GMT+2, April 8, 2025"): the publication date if none yet.
    const stamp = dateStamp(line);
    if (stamp !== undefined) {
      meta.published ??= stamp;
      continue;
    }
    // A list item that is a sentence or names a person is body text; menus and link lists are not.
    const bodyItem = isListItem(line, above) && (readsAsSentence(line) || namesPerson(line));
    // A sentence right above the body, under a known title, is the lead (a heading stands alone);
    // a dateline opens the body, so a line above one is a subtitle.
    const below = rest[i + 1] ?? '';
    const lead =
      !paragraphs.length &&
      titleKey !== null &&
      readsAsSentence(line) &&
      endsLikeSentence(below) &&
      !parseDateline(below) &&
      !/^\p{Lu}{2,}(?:[ /-]\p{Lu}{2,})*[,.(]/u.test(below);
    // Headings, tags and labels state no facts; the last heading before the body is its title.
    const runOn = paragraphs.length > 0 && runsOnAsSentence(line);
    if (!bodyItem && !lead && !runOn && (isShortLabel(line) || isHeadlineLike(line))) {
      if (!paragraphs.length && isHeadlineLike(line)) titleCandidate = line;
      credits.push(...chromeCredits(line, meta.outlet));
      continue;
    }
    let body = line.replace(/\s+/g, ' ');
    if (!paragraphs.length) {
      const dl = parseDateline(body);
      if (dl) {
        meta.dateline = dl.place;
        if (dl.agency) credits.push(dl.agency);
        body = body.slice(dl.length);
      }
    }
    paragraphs.push(body);
  }

  meta.title ??= titleCandidate;
  if (!meta.outlet)
    meta.outlet =
      outletFromDesk(input.slice(0, 4000)) ?? outletFromMasthead(input) ?? outletFromUrl(meta.url);
  const authorKeys = new Set(meta.authors.map(norm));
  return {
    format: 'txt',
    meta,
    paragraphs,
    credits: uniq(credits).filter((c) => c !== meta.outlet || authorKeys.has(norm(c))),
  };
}
