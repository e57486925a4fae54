// Option parsers shared by the commands that filter meetings.
import { InvalidArgumentError } from 'commander';
import { MEETING_STATUSES, type MeetingStatus } from '../common/vocab';

/** Accepts an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or refuses it with what is expected. */
export function parseDateOption(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError('an ISO date: YYYY-MM-DD (or YYYY-MM, YYYY)');
  return value;
}

/** Accepts a comma-separated list of meeting statuses, naming the first unknown one. */
export function parseStatusesOption(value: string): MeetingStatus[] {
  const list = value.split(',').map((s) => s.trim()) as MeetingStatus[];
  const bad = list.find((s) => !MEETING_STATUSES.includes(s));
  if (bad) throw new InvalidArgumentError(`statuses from: ${MEETING_STATUSES.join(', ')} (got "${bad}")`);
  return list;
}
