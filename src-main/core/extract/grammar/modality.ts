// The negation and modality pass: whether the words before a trigger deny the meeting or make it only possible.
import { cueRegExp, MODALITY_CUES, NEGATION_CUES, PROCESS_CUES } from '../../lexicon/cues';

/** How a sentence holds a meeting: stated, denied ("has no plans to meet"), or only possible ("could meet"). */
export type Polarity = 'asserted' | 'negated' | 'possible';

const NEGATED = cueRegExp(NEGATION_CUES, 'end');
const POSSIBLE = cueRegExp(MODALITY_CUES, 'end');
const PROCESS = cueRegExp(PROCESS_CUES, 'end');

/** The polarity of a trigger from the clause before it (about the last 60 characters are read). */
export function polarityOf(before: string): Polarity {
  const clause =
    before
      .slice(-60)
      .split(/[;:—–]|,\s+(?:but|while|although)\b/)
      .pop() ?? '';
  if (NEGATED.test(clause)) return 'negated';
  if (POSSIBLE.test(clause)) return 'possible';
  return 'asserted';
}

/** Whether a meeting noun is the means of a process ("released through separate negotiations"), not a meeting. */
export function isProcess(before: string): boolean {
  return PROCESS.test(before.slice(-40));
}
