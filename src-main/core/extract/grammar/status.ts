// The status pass: whether a trigger's meeting is planned, held, ongoing or cancelled, and whether the
// wording says so; postponed, called off, suspended and cancelled meetings are cancelled.
import type { MeetingStatus } from '../../../common/extraction';
import { statusWithCertainty } from '../status';
import { isCancelled } from './cancellation';
import type { Trigger } from './triggers';

const LATE_ONGOING =
  /^\s*,[^;.]{0,180}?,\s+(?:is|are)\s+(?:being held|being hosted|under ?way|taking place|in progress|ongoing)\b/i;

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
  const near = statusWithCertainty(before.slice(-90), t.word, own.slice(t.length, t.length + 80));
  // "the two would spend hours together in settings including …, a reception and a working dinner": a noun far
  // down a list takes the wording of its clause's verb.
  if (near.explicit || t.kind !== 'noun' || before.length <= 90) return near;
  const far = statusWithCertainty(before, t.word, '');
  return far.explicit ? far : near;
}
