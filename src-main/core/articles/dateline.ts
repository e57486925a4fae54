// Wire datelines: "JEDDAH, Saudi Arabia (Reuters) - …", "ANCHORAGE, Alaska (AP) — …", "KYIV —".
import { normaliseNameCase } from './metadata';

/** A dateline at the start of a first paragraph: its place, its agency, and how many characters it takes. */
export interface Dateline {
  place: string;
  agency: string | null;
  length: number;
}

const DATELINE =
  /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d)(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}))?(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\(([^)]{2,30})\))?\s*[—–-]{1,2}\s+/u;

/** Reads the dateline that opens a paragraph, if any. */
export function parseDateline(paragraph: string): Dateline | null {
  // TASS and Interfax: "MOSCOW, April 10. /TASS/. …", "Moscow. April 10. INTERFAX - …".
  const agencyFirst =
    /^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2})[,.]\s+(?:\p{Lu}\p{Ll}+\.? \d{1,2})\.\s*(?:\/([A-Z-]{2,12})\/\.?|([A-Z]{3,12})\s*[—–-])\s*/u.exec(
      paragraph,
    );
  if (agencyFirst?.[1]) {
    return {
      place: normaliseNameCase(agencyFirst[1]),
      agency: agencyFirst[2] ?? agencyFirst[3] ?? null,
      length: agencyFirst[0].length,
    };
  }
  const m = DATELINE.exec(paragraph);
  if (!m?.[1] || m[1].length < 3) return null;
  if (!m[3] && !/[—–]/.test(m[0])) return null;
  const city = normaliseNameCase(m[1]);
  return { place: m[2] ? `${city}, ${m[2]}` : city, agency: m[3]?.trim() ?? null, length: m[0].length };
}
