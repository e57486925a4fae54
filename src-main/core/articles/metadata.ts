// Pure helpers for article metadata: publication dates, bylines, author names, outlets.
import * as chrono from 'chrono-node';

const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** A date written in a byline or header: "April 8, 2025", "6 August 2025", "2025-04-08". */
export const WRITTEN_DATE = new RegExp(
  `(?:(?:${WEEKDAYS}),?\\s*)?(?:(?:${MONTHS})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`,
  'i',
);

/** Turns a written date ("April 8, 2025 5:16 PM", "2025-04-08T10:00:00Z") into YYYY-MM-DD, or null. */
export function parsePublicationDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const found = chrono.parse(value, new Date(Date.UTC(2000, 0, 1)))[0];
  if (
    !found ||
    !found.start.isCertain('year') ||
    !found.start.isCertain('month') ||
    !found.start.isCertain('day')
  )
    return null;
  const y = found.start.get('year') ?? 0;
  const m = found.start.get('month') ?? 0;
  const d = found.start.get('day') ?? 0;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "STANISLAV POHORILOV" → "Stanislav Pohorilov"; names already in mixed case are kept. */
export function normaliseNameCase(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed
    .toLowerCase()
    .replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

const DESK = /\b(news desk|staff|desk|editors?|correspondents?)\b/i;

/** Splits a byline's names ("A, B and The X news desk") into people, leaving desks and outlets out. */
export function splitAuthors(list: string): string[] {
  return list
    .replace(new RegExp(`(${WEEKDAYS})$`, 'i'), '')
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((s) => s.replace(/^by\s+/i, '').trim())
    .filter((s) => s && !DESK.test(s) && /^\p{Lu}/u.test(s) && s.split(/\s+/).length <= 4)
    .map(normaliseNameCase);
}

/** The outlet named in "The X news desk", if any. */
export function outletFromDesk(text: string): string | null {
  const m = /\b((?:The\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*)\s+news desk\b/u.exec(text);
  return m?.[1] ?? null;
}

const MASTHEAD_WORDS =
  'Independent|Times|Post|Journal|Guardian|Herald|Tribune|News|Telegraph|Observer|Economist|Gazette|Chronicle|Standard|Insider|Monitor|Review|Express|Mirror|Daily|Press|Wire|Dispatch|Courier|Record|Sun|Star';

/** An outlet named by its masthead in page chrome: "The Kyiv Independent’s Francis Farrel", "The Guardian’s first". */
export function outletFromMasthead(text: string): string | null {
  const re = new RegExp(
    `\\b(The(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s+(?:${MASTHEAD_WORDS}))(?:[’']s\\b|(?=\\p{Lu}\\p{Ll}))`,
    'u',
  );
  return re.exec(text)?.[1] ?? null;
}

/** A readable outlet name from a URL's host: "https://www.example.com/x" → "example.com". */
export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

/** A byline: "by NAMES DATE", or "NAMES, NAMESWeekday, 6 August 2025, 15:05". */
export interface Byline {
  authors: string[];
  published: string | null;
  outlet: string | null;
}

/** Recognises a byline line and reads its authors and date; null when the line is not one. */
export function parseByline(line: string): Byline | null {
  const text = line.trim();
  if (text.length > 200) return null;
  const date = WRITTEN_DATE.exec(text);
  const byPrefix = /^by\s+/i.test(text);
  if (!date && !byPrefix) return null;
  if (!date && text.split(/\s+/).length > 8) return null;
  if (!byPrefix && date && date.index === 0) return null;
  const namesPart = date ? text.slice(0, date.index) : text;
  if (!byPrefix) {
    // Without "by", the part before the date must look like a list of names and nothing else.
    const names = namesPart
      .replace(new RegExp(`(${WEEKDAYS}|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun),?\\s*$`, 'i'), '')
      .replace(/[,\s]+$/, '');
    if (!names || !/^(\p{Lu}[\p{L}’'.-]*\s*,?\s*(and\s+)?)+$/u.test(names)) return null;
    if (/^(published|updated|posted|first|last|date|on)\b/i.test(names)) return null;
    if (names.split(/\s+/).length > 12) return null;
  }
  const tail = date ? text.slice(date.index + date[0].length) : '';
  if (
    date &&
    tail &&
    !/^\s*(,?\s*\d{1,2}[:.]\d{2}\s*([AP]\.?M\.?)?|\s*\(|\s*\d+\s*min|\s*$|\s*[|·•-])/i.test(tail)
  )
    return null;
  const gluedWeekday = new RegExp(`([\\p{Ll}\\p{Lu}])(${WEEKDAYS})[,\\s]*$`, 'u');
  const names = namesPart.replace(gluedWeekday, '$1').replace(/[,\s]+$/, '');
  return {
    authors: splitAuthors(names),
    published: date ? parsePublicationDate(date[0]) : null,
    outlet: outletFromDesk(names),
  };
}
