// Highlights the entities a meeting names inside its evidence sentence: pure, tested without a screen.
import type { MeetingRecord } from '../../src-main/common/graph';

/** A run of evidence text, marked when it names an entity. */
export interface EvidenceSegment {
  text: string;
  mark: boolean;
}

/** The words worth highlighting for a meeting: full names, surnames, groups, place and topic. */
export function highlightTerms(
  meeting: Pick<
    MeetingRecord,
    'participants' | 'participant_groups' | 'place' | 'city' | 'country' | 'topic'
  >,
): string[] {
  const terms = new Set<string>();
  for (const name of [...meeting.participants, ...meeting.participant_groups]) {
    terms.add(name);
    const parts = name.split(/\s+/);
    const last = parts.at(-1);
    if (parts.length > 1 && last && last.length > 2) terms.add(last);
  }
  for (const t of [meeting.place, meeting.city, meeting.country, meeting.topic]) if (t) terms.add(t);
  return [...terms].filter((t) => t.trim().length > 1);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits `text` into marked and unmarked runs; longer terms win over shorter ones they contain. */
export function highlightSegments(text: string, terms: string[]): EvidenceSegment[] {
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length);
  if (!sorted.length || !text) return text ? [{ text, mark: false }] : [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const segments: EvidenceSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    segments.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}
