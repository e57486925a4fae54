// The cancellation rule of the status pass: postponed, called off, suspended and cancelled meetings.
import { CANCELLATION_CUES, cueRegExp } from '../../lexicon/cues';

const CANCELLED = new RegExp(cueRegExp(CANCELLATION_CUES).source, 'gi');
const MEETING_NOUN =
  /^\s+(?:talks|meetings?|summits?|negotiations|visits?|sessions?|rounds?|dialogue|conference|trip)\b/i;

/**
 * Whether a cue describes some other noun instead of the meeting: "a long-delayed deal", "the suspended aid"
 * (but "the postponed summit" is the meeting's).
 */
function describesAnotherNoun(window: string, at: number, end: number): boolean {
  if (!/ed$/i.test(window.slice(at, end))) return false;
  const before = window.slice(Math.max(0, at - 12), at);
  const attributive = /-$/.test(before) || /\b(?:a|an|the|its|their)\s+$/i.test(before);
  return attributive && !MEETING_NOUN.test(window.slice(end));
}

/** Whether the words around a trigger cancel or delay the meeting. */
export function isCancelled(window: string): boolean {
  for (const m of window.matchAll(CANCELLED)) {
    if (!describesAnotherNoun(window, m.index, m.index + m[0].length)) return true;
  }
  return false;
}
