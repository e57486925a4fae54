// Option parsers shared by the commands that filter meetings: the contract's schemas, with the CLI's wording.
import { InvalidArgumentError } from 'commander';
import { IsoDateSchema, MEETING_STATUSES, MeetingStatusSchema, type MeetingStatus } from '../common/vocab';

/** Accepts an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or refuses it with what is expected. */
export function parseDateOption(value: string): string {
  if (!IsoDateSchema.safeParse(value).success)
    throw new InvalidArgumentError('an ISO date: YYYY-MM-DD (or YYYY-MM, YYYY)');
  return value;
}

/** Accepts a comma-separated list of meeting statuses, naming the first unknown one. */
export function parseStatusesOption(value: string): MeetingStatus[] {
  const list = value.split(',').map((s) => s.trim());
  const bad = list.find((s) => !MeetingStatusSchema.safeParse(s).success);
  if (bad !== undefined)
    throw new InvalidArgumentError(`statuses from: ${MEETING_STATUSES.join(', ')} (got "${bad}")`);
  return list as MeetingStatus[];
}
