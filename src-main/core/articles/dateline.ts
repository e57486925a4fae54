// Wire datelines: "JEDDAH, Saudi Arabia (Reuters) - …", "ANCHORAGE, Alaska (AP) — …", "KYIV —".
import { cityByName, countryByName } from '../lexicon/gazetteer';
import { normaliseNameCase } from './metadata';

/** A dateline at the start of a first paragraph: its place, its agency, and how many characters it takes. */
export interface Dateline {
  place: string;
  agency: string | null;
  length: number;
}

const DATELINE =
  /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d)(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}))?(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\(([^)]{2,30})\))?\s*[—–-]{1,2}\s+/u;

const MONTH_DAY = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\w*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?';
// "New Delhi:", "KATHMANDU:", "Ankara, November 23 (RHC)--", "Washington DC [US], December 13 (ANI):",
// "Prague –": a known city or country, then a date, a bracketed country or an agency, then a colon or a dash.
const PLACE_FIRST = new RegExp(
  `^(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:de|da|do|del|la|el|al)\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,3})(?:\\s*\\[[^\\]]{1,20}\\])?(?:,\\s*${MONTH_DAY})?\\s*(?:\\(([^)]{2,30})\\))?\\s*(?::|[—–]|-{1,2})\\s+`,
  'u',
);

/** The known city or country a dateline's words name ("Washington DC" is Washington), or null. */
function knownPlace(words: string): string | null {
  const name = normaliseNameCase(words);
  const bare = name.replace(/\s+(?:DC|D\.C\.)$/i, '');
  const found = cityByName(bare) ?? countryByName(bare);
  return found ? bare : null;
}

/** "New Delhi: …", "Prague – …": a dateline written in the case of a name, checked against the gazetteer. */
function placeFirst(paragraph: string): Dateline | null {
  const m = PLACE_FIRST.exec(paragraph);
  const place = m?.[1] ? knownPlace(m[1]) : null;
  if (!m || !place) return null;
  return { place, agency: m[2]?.trim() ?? null, length: m[0].length };
}

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
  if (!m?.[1] || m[1].length < 3 || (!m[3] && !/[—–]/.test(m[0]))) return placeFirst(paragraph);
  const city = normaliseNameCase(m[1]);
  return { place: m[2] ? `${city}, ${m[2]}` : city, agency: m[3]?.trim() ?? null, length: m[0].length };
}
