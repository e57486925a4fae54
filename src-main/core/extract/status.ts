// Where a meeting stands, from the wording around its trigger: planned, held, ongoing or cancelled.
import type { MeetingStatus } from '../../common/extraction';
import { isCancelled } from './grammar/cancellation';

interface Marker {
  re: RegExp;
  status: MeetingStatus;
}

// Checked in order of strength; the marker nearest the trigger wins among the rest.
const MARKERS: Marker[] = [
  {
    re: /\b(are|is|were|was|been) (holding|meeting|taking place|under ?way|in progress|continuing|negotiating|talking)\b|\b(under ?way|ongoing|in progress|continue[sd]? (?:on|for|into)|(?:have|has) gone into|(?:is|are) (?:visiting|touring)|(?:is|are) being (?:held|hosted|conducted))\b/i,
    status: 'ongoing',
  },
  {
    re: /\b(will|would|shall|to be held|set (?:for|to)|scheduled|planned|plans? to|planning to|expected to|is to|are to|were to|was to|upcoming|due (?:to|in|at|for)|agreed to|going to|intends? to|is set|are set|to take place|next week|next month|to hold|to meet|for an? (?:meeting|talks|summit|visit)|resume|will be held|pencil(?:l)?ed in)\b|(?<=[a-z])['’]ll\b/i,
    status: 'planned',
  },
  {
    re: /\b(met|held|hosted|took place|took part|happened|concluded|ended|finished|wrapped up|completed|lasted|visited|sat down|previous(?:ly)?|earlier|last (?:week|month|year)|ago|have (?:met|held|finished)|has (?:met|held|finished)|had (?:met|held)|was held|were held|received|traveled|travelled|went|dined|accepted|agreed|discussed|handed|was|were)\b/i,
    status: 'held',
  },
];

/**
 * Classifies the status of a meeting from the text around its trigger: `before` is the text just
 * before the trigger word, `after` the text just after it (each a clause or so).
 */
export function classifyStatus(before: string, trigger: string, after: string): MeetingStatus {
  return statusWithCertainty(before, trigger, after).status;
}

/** Like classifyStatus, and says whether a marker was found (otherwise the status is the default, held). */
export function statusWithCertainty(
  before: string,
  trigger: string,
  after: string,
): { status: MeetingStatus; explicit: boolean } {
  const window = `${before} ${trigger} ${after}`;
  if (isCancelled(window)) return { status: 'cancelled', explicit: true };
  if (
    /^(met|visited|hosted|sat down)/i.test(trigger) &&
    !/\b(will|would|to|plans?|expected)\s+$/i.test(before)
  )
    return { status: 'held', explicit: true };
  let best: { status: MeetingStatus; distance: number } | null = null;
  const lead = `${before.trimEnd()} ${trigger}`;
  for (const m of MARKERS) {
    const re = new RegExp(m.re.source, 'gi');
    for (const hit of lead.matchAll(re)) {
      const distance = Math.max(0, before.length - ((hit.index ?? 0) + hit[0].length));
      if (!best || distance < best.distance) best = { status: m.status, distance };
    }
    const hit = new RegExp(m.re.source, 'i').exec(after);
    if (hit && (!best || (hit.index ?? 0) < best.distance))
      best = { status: m.status, distance: hit.index ?? 0 };
  }
  return best ? { status: best.status, explicit: true } : { status: 'held', explicit: false };
}
