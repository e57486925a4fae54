// The cancellation rule of the status pass: postponed, called off, suspended and cancelled meetings.
import { CANCELLATION_CUES, cueRegExp } from '../../lexicon/cues';

const CANCELLED = cueRegExp(CANCELLATION_CUES);

/** Whether the words around a trigger cancel or delay the meeting. */
export function isCancelled(window: string): boolean {
  return CANCELLED.test(window);
}
