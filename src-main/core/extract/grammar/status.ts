// The status pass: whether a trigger's meeting is planned, held, ongoing or cancelled, and whether the
// wording says so; postponed, called off, suspended and cancelled meetings are cancelled.
import type { MeetingStatus } from '../../../common/extraction';
import { statusWithCertainty } from '../status';
import { isCancelled } from './cancellation';
import { CANCEL_WEIGHED, isHypothetical } from './modality';
import type { Trigger } from './triggers';

const LATE_ONGOING =
  /^\s*,[^;.]{0,180}?,\s+(?:is|are)\s+(?:being held|being hosted|under ?way|taking place|in progress|ongoing)\b/i;

const LATE_PLANNED =
  /^[^;.]{0,200}?\b(?:(?:is|are)\s+(?:now\s+|still\s+)?(?:scheduled|set|planned|expected|due|slated)\s+(?:for|to|on|in)|will\s+(?:begin|open|start|take place|be held|convene|kick off))\b/i;
const HAD_BEFORE = /\b(?:held|hold|holds|had|have|has|after|during|since)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

// "visited Lahore to meet X", "has landed in Y on a visit to meet X": the purpose of a trip already made is held.
const PAST_TRIP =
  /\b(?:visited|landed|arrived|flew|travell?ed|went|came|made\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:visit|trip|stop|stopover))\b(?![^.;]*\b(?:will|would|plans?|expected|set|scheduled|hopes?|wants?)\b)[^.;]{0,80}$/iu;
const PURPOSE = /^(?:visit|trip|stop(?:over)?)?\s*to\s+meet\b/i;

/** Whether a meeting is the purpose of a trip the sentence says was made ("flew to X to meet Y"). */
function purposeOfPastTrip(t: Trigger, before: string, own: string): boolean {
  const purpose = /^meet$/i.test(t.word) ? /\bto\s+$/.test(before) : t.kind === 'visit' && PURPOSE.test(own);
  return purpose && PAST_TRIP.test(t.kind === 'visit' ? `${before}${t.word}` : before);
}

// "We had a very good meeting with X": a meeting someone had is held, unless it is still ahead ("had a meeting set").
const HAD = /\bhad\s+(?:a|an|the|our|their|his|her|its)\s+(?:[\p{L},'’-]+\s+){0,4}$/iu;
const STILL_AHEAD = /^\s*(?:scheduled|planned|set|lined up|arranged|coming|pencil)/i;

/** The status of trigger `t`, from the sentence `before` it and its own stretch `own` (which starts at it). */
export function statusOf(
  t: Trigger,
  before: string,
  own: string,
): { status: MeetingStatus; explicit: boolean } {
  // A noun subject's verb may come late: "A meeting between A and B, set for Friday, has been postponed".
  if (t.kind === 'noun' && isCancelled(own.slice(t.length, t.length + 200)))
    return { status: 'cancelled', explicit: true };
  // "The meeting, brokered by X in his capacity as chair, is being held …": the late verb of a noun subject.
  if (t.kind === 'noun' && LATE_ONGOING.test(own.slice(t.length, t.length + 200)))
    return { status: 'ongoing', explicit: true };
  // "Talks between A and B are scheduled for Friday": the late verb of a noun subject that is still ahead.
  if (
    t.kind === 'noun' &&
    !HAD_BEFORE.test(before.slice(-30)) &&
    LATE_PLANNED.test(own.slice(t.length, t.length + 200))
  )
    return { status: 'planned', explicit: true };
  if (purposeOfPastTrip(t, before, own)) return { status: 'held', explicit: true };
  if (CANCEL_WEIGHED.test(before) && isHypothetical(before.slice(-60)))
    return { status: 'planned', explicit: true };
  if (t.kind === 'noun' && HAD.test(before) && !STILL_AHEAD.test(own.slice(t.length)))
    return { status: 'held', explicit: true };
  const near = statusWithCertainty(before.slice(-90), t.word, own.slice(t.length, t.length + 80));
  // "the two would spend hours together in settings including …, a reception and a working dinner": a noun far
  // down a list takes the wording of its clause's verb.
  if (near.explicit || t.kind !== 'noun' || before.length <= 90) return near;
  const far = statusWithCertainty(before, t.word, '');
  return far.explicit ? far : near;
}
