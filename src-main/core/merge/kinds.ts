// The kind of a meeting as its evidence names it: a dinner is not the talks of the next day.

/** What kind of meeting a report describes, when its evidence says. */
export type MeetingKind = 'meal' | 'reception' | 'bilateral' | 'summit' | 'talks';

const KIND_WORDS: [MeetingKind, RegExp][] = [
  ['meal', /\b(dinner|dinners|lunch|luncheon|breakfast|banquet|dine|dined|dining)\b/i],
  ['reception', /\b(received by|were received|was received|receive[sd]?|reception for)\b/i],
  ['bilateral', /\b(bilateral|t[eê]te-[aà]-t[eê]te|one-on-one|separately meet|face-to-face)\b/i],
  ['summit', /\bsummit\b/i],
  ['talks', /\b(talks|negotiations|round of)\b/i],
];

/** The sentences of an evidence text (the extraction joins them with a space, the corpus with " | "). */
const sentences = (evidence: string): string[] =>
  evidence
    .split(/\s+\|\s+|(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The kind of meeting the evidence names: in the first sentence that names one, the kind named first
 * ("host a dinner … after the summit" is a meal). Null when no sentence names a kind.
 */
export function meetingKind(evidence: string): MeetingKind | null {
  for (const s of sentences(evidence)) {
    let best: { kind: MeetingKind; at: number } | null = null;
    for (const [kind, re] of KIND_WORDS) {
      const m = re.exec(s);
      if (m && (!best || m.index < best.at)) best = { kind, at: m.index };
    }
    if (best) return best.kind;
  }
  return null;
}

/** How two kinds weigh on a merge: a meal against anything else is strong evidence of two meetings. */
export function kindAgreement(a: MeetingKind | null | undefined, b: MeetingKind | null | undefined): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  if (a === 'meal' || b === 'meal') return -4;
  if (a === 'reception' || b === 'reception') return -2;
  return 0;
}
