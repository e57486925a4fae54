// Line classifiers that tell an article's body from page chrome: captions, teasers, widgets, boxes.
import { splitSentences } from '../lexicon/sentences';

const CHROME = [
  /\bsubscri(be|bed|ption)\b/i,
  /\bindicates required\b/i,
  /\bskip to (main )?content\b/i,
  /^edit post$/i,
  /\baudio is (created|generated)\b/i,
  /\b\d+\s*min(ute)?s? read\b/i,
  /\bpre-?order\b/i,
  /\bnewsletters?\b/i,
  /\b(sign(ing)? up|log ?in|sign in|register now)\b/i,
  /\b(members?[- ]only|for (our )?members|\d[\d,.]*k? members|membership|become a member|paywalls?|donate|donation|support (us|our))\b/i,
  /\bconfirmation email\b/i,
  /\b(cookies?|privacy policy|terms of (use|service)|all rights reserved|copyright ©?)\b/i,
  /^(advertisement|sponsored|share|follow us|print|email|whatsapp|facebook|twitter|telegram|x)$/i,
  /^editor['’]s note\b/i,
  /^(list of \d+ items?|end of list|click here to share.*|save articles?|reuse this content|share (on|via) .*|listen to this article.*|advertisement.*)$/i,
  /\b(independent journalism|our (journalism|reporting|goal|mission)|reader-funded|keep(ing)? (it|our \w+) free)\b/i,
  /^this (news|story|article) (has been|was) updated\b/i,
  /\benter (your|correct) email\b/i,
  /^please,? enter\b/i,
  /\bthank you for (signing|subscribing|reading)\b/i,
  /^(\(?updated:?\s*\)?)$/i,
  /^\d{1,2}:\d{2}\s*([AP]M)?$/i,
];

/** A line of page chrome: navigation, subscription and membership boxes, sharing, notes. */
export function isChromeLine(line: string): boolean {
  return CHROME.some((re) => re.test(line));
}

const END_MARKER =
  /^(news feed|most popular|more news|editors['’]? picks|related( (articles|stories|news|posts|coverage))?|read (more|also|next)|recommended( for you)?|latest( news)?|trending( now)?|you may also like|more from .{1,40}|authors?:.*|tags?:.*|topics?:.*|share (this|the) (article|story).*|comments?( \(\d+\))?|top stories|more stories|popular|most (viewed|read)|explore more on these topics|recommended stories|more on this story|related topics|read next|up next|you might also like)$/i;

/** A heading that starts the page's closing widgets: nothing after it is the article. */
export function isEndMarker(line: string): boolean {
  return END_MARKER.test(line.trim());
}

const CAPTION_CREDIT =
  /\(([^()]*(?:\/|\bvia\b|Getty|AFP|Reuters|\bAP\b|EPA|Anadolu|Shutterstock|Photo|Pool|Press Service|Sputnik|TASS|Xinhua)[^()]*)\)\s*$/;
const CAPTION_LABEL =
  /\b(Photo(?:graph)?s?|Screenshot|Image|Illustration|Credit|Video|Source photo)\s*(?:by\b|:)\s*(.+)$/i;

const BRACKET_CREDIT =
  /\[([^[\]]*(?:\/|\bvia\b|Getty|AFP|Reuters|\bAP\b|EPA|Anadolu|Sputnik|Photo|Pool)[^[\]]*)\]\s*$/;

/** A photo caption with its credit: "… (Name/Agency via Getty Images)", "… [Name/Agency]", "… Photo: Name". */
export function isCaption(line: string): boolean {
  return CAPTION_CREDIT.test(line) || CAPTION_LABEL.test(line) || BRACKET_CREDIT.test(line);
}

const AGENCY_WORDS =
  /\b(Getty|Images?|AFP|Reuters|AP|EPA|Anadolu|Agency|Shutterstock|Pool|Press Service|Sputnik|TASS|Xinhua|Photo|via|video|Office|Ministry|Presidential|Service|Screenshot|Handout|Courtesy|Telegram|X)\b/g;

/** The names in a caption's credit: photographers first, then agencies. */
export function captionCredits(line: string): string[] {
  const m = CAPTION_CREDIT.exec(line);
  const credit = m?.[1] ?? BRACKET_CREDIT.exec(line)?.[1] ?? CAPTION_LABEL.exec(line)?.[2] ?? '';
  const out: string[] = [];
  for (const part of credit.split(/\/|\bvia\b|;|,/)) {
    const cleaned = part
      .replace(/^\s*(photo|screenshot|credit)\s*(by|:)\s*/i, '')
      .replace(/\s+/g, ' ')
      .trim();
    const nameOnly = cleaned.replace(AGENCY_WORDS, '').replace(/\s+/g, ' ').trim();
    if (!cleaned || cleaned.length > 60) continue;
    if (/^\p{Lu}[\p{L}’'.-]+(\s+\p{Lu}[\p{L}’'.-]+){1,3}$/u.test(cleaned) && nameOnly === cleaned)
      out.push(cleaned);
    else if (/^(RIA Novosti|TASS|Interfax|Reuters|AFP|AP|Anadolu Agency|Xinhua|EPA|Sputnik)\b/.test(cleaned))
      out.push(cleaned.replace(/\s+(video|photo|footage)$/i, ''));
  }
  return out;
}

/** Whether a line ends as a sentence does (period, question, exclamation, closing quote). */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…]["”’')\]]*\s*$|["”]\s*$/.test(line.trim());
}

const wordCount = (line: string): number => line.trim().split(/\s+/).filter(Boolean).length;

/** A headline-like line: several words, no closing punctuation. */
export function isHeadlineLike(line: string): boolean {
  const n = wordCount(line);
  return n >= 3 && n <= 25 && !endsLikeSentence(line);
}

/** The marker that opens a list item: "•", "-", "*", "–", "·". */
const LIST_MARKER = /^\s*[•·*–-]\s*/;

const capitalised = (word: string): boolean => /^[“"‘'(]?\p{Lu}/u.test(word);

/**
 * A line that reads as a sentence though it lacks closing punctuation: eight words or more, three of them
 * longer lower-case words (a Title Case or all-caps headline has none).
 */
export function readsAsSentence(line: string): boolean {
  const words = line
    .replace(LIST_MARKER, '')
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length < 8) return false;
  return words.filter((w) => !capitalised(w) && /\p{Ll}{4}/u.test(w)).length >= 3;
}

/**
 * A body sentence that lost its closing punctuation ("Rabuka met with the High Commissioner, A B, and the
 * Minister, C D"): fourteen words or more, with a comma and four lower-case words or with six longer
 * lower-case words. Headlines are shorter, and Title Case ones have few lower-case words.
 */
export function runsOnAsSentence(line: string): boolean {
  const words = line
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length < 14) return false;
  const lower = words.filter((w) => /^\p{Ll}{2,}/u.test(w));
  // With a comma, four lower-case words; without, six of three letters or more.
  return /,\s/.test(line) ? lower.length >= 4 : lower.filter((w) => /^\p{Ll}{3,}/u.test(w)).length >= 6;
}

/** A list item: a line opened by a list marker, or a line under a bare marker. */
export function isListItem(line: string, previous: string): boolean {
  return /^\s*[•·*–-]\s+\S/.test(line) || /^\s*[•·*–-]\s*$/.test(previous);
}

const HONORIFIC_NAME =
  /^(?:Hon\.?|H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|Prof\.?)\s+\p{Lu}[\p{L}’'.-]*\s+\p{Lu}/u;
const NAME_WITH_OFFICE =
  /^\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3},\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}(?:President|Prime Minister|Minister|Secretary|Chancellor|King|Queen|Prince|Ambassador|Governor|Mayor|Chair(?:man|woman|person)?|CEO|Director|Premier|Speaker|Senator|Leader|Head|Envoy|Commissioner)\b/u;

/** A line that names a person: an honorific before a name ("Hon. Jane Roe"), or "Jane Roe, Minister of …". */
export function namesPerson(line: string): boolean {
  const text = line.replace(LIST_MARKER, '').trim();
  return HONORIFIC_NAME.test(text) || NAME_WITH_OFFICE.test(text);
}

/**
 * The lead sentences of a paragraph that a photo caption was glued onto, when the caption restates the
 * lead ("Jane Roe met John Doe on Sunday. Jane Roe met John Doe (Photo/Agency)"); null otherwise.
 */
export function leadBeforeCaption(line: string): string | null {
  const credit = CAPTION_CREDIT.exec(line) ?? BRACKET_CREDIT.exec(line);
  if (!credit) return null;
  const text = line.slice(0, credit.index).trim();
  const cut = [...text.matchAll(/[.!?]["”’]?\s+(?=[“"]?\p{Lu})/gu)].pop();
  if (!cut) return null;
  const lead = text.slice(0, cut.index + cut[0].trimEnd().length);
  const caption = text.slice(cut.index + cut[0].length);
  const key = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const opening = key(caption).split(' ').slice(0, 5).join(' ');
  if (wordCount(lead) < 8 || opening.split(' ').length < 4 || !key(lead).includes(opening)) return null;
  return lead;
}

/**
 * A teaser's or feed's blurb: long, cut short before its end, with at most one sentence ended before the
 * cut. A paragraph that states two sentences or more before it is cut is body text the saved page cut off.
 */
export function isTeaserBlurb(line: string): boolean {
  if (wordCount(line) < 12 || endsLikeSentence(line)) return false;
  // Every sentence but the last, which the cut left open, has ended.
  return splitSentences(line).length - 1 < 2;
}

/** A short heading, tag list or label that carries no sentence. */
export function isShortLabel(line: string): boolean {
  return wordCount(line) < 6 && !endsLikeSentence(line);
}

/** An agency credit line closing an article: "ANI", "MNA", "(Reuters)". */
export function agencyCreditLine(line: string): string | null {
  const m = /^\(?([A-Z]{2,6}|Reuters|Xinhua|Interfax|Anadolu)\)?$/.exec(line.trim());
  return m?.[1] ?? null;
}

/** Names of newsletter hosts ("Explaining Ukraine with Kate Tsurkan") and glued teaser bylines. */
export function chromeCredits(line: string, outlet: string | null): string[] {
  const out: string[] = [];
  const host = /\bwith\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\s*$/u.exec(line);
  if (host?.[1] && wordCount(line) <= 10) out.push(host[1]);
  // A teaser byline glued to the outlet: "The Kyiv IndependentOlena Goncharova".
  const glued = /\p{Ll}(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})$/u.exec(line);
  if (glued?.[1] && wordCount(line) <= 8 && !/\s/.test(line.slice(0, glued.index + 1).slice(-1)))
    out.push(glued[1]);
  if (outlet) {
    const idx = line.indexOf(outlet);
    if (idx >= 0) {
      const rest = line.slice(idx + outlet.length).trim();
      if (/^\p{Lu}[\p{L}’'-]+(\s+\p{Lu}[\p{L}’'-]+){1,2}$/u.test(rest)) out.push(rest);
      const poss = new RegExp(
        `${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['’]s\\s+(\\p{Lu}[\\p{L}’'-]+\\s+\\p{Lu}[\\p{L}’'-]+)`,
        'u',
      ).exec(line);
      if (poss?.[1]) out.push(poss[1]);
    }
  }
  return [...new Set(out)];
}

const NAME_SEQ = /\p{Lu}[\p{Ll}’'-]+(?:\s+(?:\p{Lu}[\p{Ll}’'-]+|\p{Lu}\.)){1,3}/gu;
// "(Reporting Andreas Berg, written by Mia Holm)": a bracketed credit line whose cue word has no "by".
const PARENTHESISED_CREDIT =
  /^[([](?:[Aa]dditional\s+)?(?:Reporting|Writing|Editing)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
const CREDIT_CUES =
  /\b(?:additional|reporting|writing|written|editing|edited|compiled|produced|research|translated|translation|version|French|English|Spanish|German|Arabic|by)\b/gi;
const NOT_A_PERSON = /^(Associated|Press|Reuters|Agence|France|Editing|Reporting|Writing|Additional)\b/;

/**
 * Names in a wire-service credit line: "(Reporting by A and B in Kyiv; Editing by C)",
 * "A and B contributed to this report." Null when the line is not one.
 */
export function creditLineNames(line: string): string[] | null {
  const text = line.trim().replace(/^[([]|[)\]]$/g, '');
  const wire =
    /^(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|research|translated|photos?|video)(?:\s+and\s+\w+)?\s+by\b)/i.test(
      text,
    ) || PARENTHESISED_CREDIT.test(line.trim());
  const contributed =
    /\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)\b/i.test(text) && text.length < 300;
  if (!wire && !contributed) return null;
  const names: string[] = [];
  // "(Reporting Andreas Berg, written by Mia Holm; French version Kate Lind)": the cue words part the names.
  const parted = text.replace(CREDIT_CUES, ';');
  for (const m of parted.matchAll(NAME_SEQ)) if (!NOT_A_PERSON.test(m[0])) names.push(m[0]);
  return names;
}

/** "… is not clear. (Reporting by A; Editing by B)": the text before a wire credit that ends a line, and its names. */
export function trailingCredit(line: string): { text: string; names: string[] } | null {
  const m = /^(.*[.!?"”])\s*(\((?:[Aa]dditional\s+)?(?:Reporting|Writing|Editing)\b[^()]*\))\s*$/u.exec(line);
  const names = m?.[2] ? creditLineNames(m[2]) : null;
  return m?.[1] && names ? { text: m[1], names } : null;
}
