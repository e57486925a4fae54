// `rendezvous meetings [--json] [--as-of DATE]`: the merged meetings, with their status as known on a date.
import type { Command } from 'commander';
import type { MeetingRecord } from '../../common/graph';
import type { MeetingStatus } from '../../common/extraction';
import { listMeetings } from '../../core/store/queries';
import { withDb } from '../db-session';
import type { CommandRegistrar } from '../main';
import { parseDateOption as parseDate, parseStatusesOption as parseStatuses } from '../options';

/** A meeting as `--json` prints it: the documented fields, in order. */
export function meetingJson(m: MeetingRecord) {
  return {
    id: m.id,
    participants: m.participants,
    participant_groups: m.participant_groups,
    place: m.place,
    city: m.city,
    country: m.country,
    date: m.date,
    date_precision: m.date_precision,
    topic: m.topic,
    status: m.status,
    status_history: m.status_history,
    sources: m.sources.map((s) => ({
      title: s.title,
      outlet: s.outlet,
      published: s.published,
      url: s.url,
      status: s.status,
      evidence: s.evidence,
    })),
    curation: m.curation ?? [],
  };
}

const cut = (s: string, width: number) => (s.length > width ? `${s.slice(0, width - 1)}…` : s);

/** The readable table: one line per meeting, widest columns truncated. */
export function formatMeetingsTable(meetings: MeetingRecord[], asOf: string): string {
  if (!meetings.length) return `No meetings known as of ${asOf}.\n`;
  const rows = meetings.map((m) => [
    m.date ? `${m.date}${m.date_precision === 'day' ? '' : ` (${m.date_precision})`}` : 'unknown',
    [m.place, m.city && m.city !== m.place ? m.city : null, m.country].filter(Boolean).join(', ') || '—',
    [...m.participants, ...m.participant_groups].join(', ') || '—',
    m.topic ?? '—',
    m.status_history.length > 1
      ? `${m.status} (${m.status_history.map((h) => `${h.status} ${h.reported ?? '?'}`).join(' → ')})`
      : m.status,
    String(m.sources.length),
  ]);
  const header = ['DATE', 'PLACE', 'PARTIES', 'TOPIC', 'STATUS', 'SOURCES'];
  const widths = [18, 40, 46, 32, 48, 7];
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        cut(c, widths[i]!).padEnd(
          Math.min(widths[i]!, Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length))),
        ),
      )
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n${meetings.length} meeting(s), status as known on ${asOf}.\n`;
}

/** Registers `meetings`. */
export const registerMeetings: CommandRegistrar = (program: Command) => {
  program
    .command('meetings')
    .description('List the merged meetings with their sources; the status is the one known on --as-of.')
    .option('--json', 'print JSON: id, participants, place, date, topic, status, status_history, sources')
    .option('--as-of <date>', 'the status as known on this date (default: today)', parseDate)
    .option('--from <date>', 'only meetings on or after this date', parseDate)
    .option('--to <date>', 'only meetings on or before this date', parseDate)
    .option('--status <list>', 'only these statuses (comma-separated)', parseStatuses)
    .action(
      async (opts: {
        json?: boolean;
        asOf?: string;
        from?: string;
        to?: string;
        status?: MeetingStatus[];
      }) => {
        const asOf = opts.asOf ?? new Date().toISOString().slice(0, 10);
        const meetings = await withDb((db) =>
          listMeetings(db, { asOf, from: opts.from, to: opts.to, statuses: opts.status }),
        );
        if (opts.json) process.stdout.write(`${JSON.stringify(meetings.map(meetingJson), null, 2)}\n`);
        else process.stdout.write(formatMeetingsTable(meetings, asOf));
      },
    );
};
