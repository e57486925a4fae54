// `rendezvous meetings [--json] [--as-of DATE] [--min-confidence X] [--limit N]`: the merged meetings, with
// their status as known on a date and how sure the extraction is of each.
import { InvalidArgumentError, type Command } from 'commander';
import type { MeetingRecord } from '../../common/graph';
import { call, withApp } from '../app';
import type { CommandRegistrar } from '../main';
import { commaList } from '../options';

/** A meeting as `--json` prints it: the documented fields, in order. */
function meetingJson(m: MeetingRecord) {
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
      file: s.file ?? null,
      index: s.index ?? null,
      confidence: s.confidence ?? 1,
      trigger: s.trigger ?? null,
    })),
    flags: m.flags ?? [],
    confidence: m.confidence ?? 1,
    curation: m.curation ?? [],
  };
}

const cut = (s: string, width: number) => (s.length > width ? `${s.slice(0, width - 1)}…` : s);

/** A status with how it changed, e.g. "held (planned 2025-04-08 → held 2025-04-10)"; repeats are folded. */
export function statusText(m: Pick<MeetingRecord, 'status' | 'status_history'>): string {
  const changes = m.status_history.filter((h, i, all) => i === 0 || all[i - 1]!.status !== h.status);
  if (changes.length < 2) return m.status;
  return `${m.status} (${changes.map((h) => `${h.status} ${h.reported ?? '?'}`).join(' → ')})`;
}

/** How the table is printed and what the filters left out. */
export interface MeetingsTableOptions {
  /** Every cell in full instead of cut to its column. */
  wide?: boolean;
  /** The status filter in effect, and how many meetings it left out. */
  statuses?: string[];
  filteredOut?: number;
  /** The confidence floor in effect, and how many meetings below it were left out. */
  minConfidence?: number;
  belowConfidence?: number;
}

/** A meeting's confidence as the table prints it: two decimals, 1 when none was stored. */
const confidenceText = (m: Pick<MeetingRecord, 'confidence'>): string => (m.confidence ?? 1).toFixed(2);

/** Accepts a confidence floor between 0 and 1, or refuses it with what is expected. */
export function parseConfidenceOption(value: string): number {
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError(`a number from 0 to 1, such as 0.8 (got "${value}")`);
  return n;
}

/** The readable table: one line per meeting, widest columns cut with "…" unless `wide`. */
export function formatMeetingsTable(
  meetings: MeetingRecord[],
  asOf: string,
  options: MeetingsTableOptions = {},
): string {
  const below = options.belowConfidence
    ? `; ${options.belowConfidence} below --min-confidence ${options.minConfidence} left out`
    : '';
  if (!meetings.length) {
    if (options.belowConfidence)
      return `No meetings have confidence ≥ ${options.minConfidence} as of ${asOf}${below}.\n`;
    if (options.statuses?.length && options.filteredOut)
      return `No meetings match --status ${options.statuses.join(',')} as of ${asOf}; ${options.filteredOut} meeting(s) in other statuses were left out.\n`;
    return `No meetings known as of ${asOf}.\n`;
  }
  const rows = meetings.map((m) => [
    m.date ? `${m.date}${m.date_precision === 'day' ? '' : ` (${m.date_precision})`}` : 'unknown',
    [m.place, m.city && m.city !== m.place ? m.city : null, m.country].filter(Boolean).join(', ') || '—',
    [...m.participants, ...m.participant_groups].join(', ') || '—',
    m.topic ?? '—',
    statusText(m),
    String(m.sources.length),
    confidenceText(m),
  ]);
  const header = ['DATE', 'PLACE', 'PARTIES', 'TOPIC', 'STATUS', 'SOURCES', 'CONFIDENCE'];
  const widths = options.wide ? header.map(() => Infinity) : [18, 40, 46, 32, 48, 7, 10];
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        cut(c, widths[i]!).padEnd(
          Math.min(widths[i]!, Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length))),
        ),
      )
      .join('  ')
      .trimEnd();
  const cutAny = !options.wide && rows.some((r) => r.some((c, i) => c.length > widths[i]!));
  const left = options.filteredOut ? `; ${options.filteredOut} in other statuses left out by --status` : '';
  return `${[line(header), ...rows.map(line)].join('\n')}\n${meetings.length} meeting(s), status as known on ${asOf}${left}${below}.\n${
    cutAny ? 'Some cells are cut with "…"; --wide prints them in full, --json gives everything.\n' : ''
  }`;
}

const parseLimit = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of meetings, 1 or more');
  return n;
};

/** Registers `meetings`. */
export const registerMeetings: CommandRegistrar = (program: Command) => {
  program
    .command('meetings')
    .description('List the merged meetings with their sources; the status is the one known on --as-of.')
    .option('--json', 'print JSON: id, participants, place, date, topic, status, status_history, sources')
    .option('--as-of <date>', 'the status as known on this date (default: today)')
    .option('--from <date>', 'only meetings on or after this date')
    .option('--to <date>', 'only meetings on or before this date')
    .option('--status <list>', 'only these statuses (comma-separated)', commaList)
    .option('--wide', 'print every cell in full instead of cutting long ones with "…"')
    .option('--limit <n>', 'only the newest N meetings (says on stderr how many there are)', parseLimit)
    .option(
      '--min-confidence <x>',
      'only meetings whose confidence (0..1, the least sure of their reports) is at least x',
      parseConfidenceOption,
    )
    .action(
      async (opts: {
        json?: boolean;
        asOf?: string;
        from?: string;
        to?: string;
        status?: string[];
        wide?: boolean;
        limit?: number;
        minConfidence?: number;
      }) => {
        const asOf = opts.asOf ?? new Date().toISOString().slice(0, 10);
        const { listed, all, inRange } = await withApp(async (app) => {
          const range = { asOf, from: opts.from, to: opts.to, limit: opts.limit };
          const listed = await call(app, 'meetings', { ...range, statuses: opts.status });
          const all = opts.status?.length ? (await call(app, 'meetings', range)).length : listed.length;
          // The range was checked by the calls above; the count behind the limit is a local service.
          const inRange =
            opts.limit !== undefined && all >= opts.limit ? await app.local.countMeetings(range) : all;
          return { listed, all, inRange };
        });
        if (inRange > all)
          process.stderr.write(
            `Stopped at the newest ${all} of ${inRange} meetings (--limit ${opts.limit}); leave out --limit for all of them.\n`,
          );
        const floor = opts.minConfidence;
        const meetings = floor === undefined ? listed : listed.filter((m) => (m.confidence ?? 1) >= floor);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(meetings.map(meetingJson), null, 2)}\n`);
          if (listed.length > meetings.length)
            process.stderr.write(
              `${listed.length - meetings.length} meeting(s) below --min-confidence ${floor} left out.\n`,
            );
        } else
          process.stdout.write(
            formatMeetingsTable(meetings, asOf, {
              wide: opts.wide,
              statuses: opts.status,
              filteredOut: all - listed.length,
              minConfidence: floor,
              belowConfidence: listed.length - meetings.length,
            }),
          );
      },
    );
};
