// Bins the meetings of the timeline into days or months, for the brushable chart.
import type { GraphFacets } from '../../src-main/common/graph';
import type { MeetingStatus } from '../../src-main/common/extraction';

/** One bar of the timeline. */
export interface TimelineBin {
  key: string;
  /** First and last day the bar covers, YYYY-MM-DD. */
  from: string;
  to: string;
  count: number;
  byStatus: Partial<Record<MeetingStatus, number>>;
}

function lastDayOfMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${ym}-${String(day).padStart(2, '0')}`;
}

/** Bars by day when the dated meetings span under ~10 weeks, else by month; undated and year-only ones are left out. */
export function binTimeline(timeline: GraphFacets['timeline']): TimelineBin[] {
  const dated = timeline.filter((t) => /^\d{4}-\d{2}/.test(t.date));
  if (!dated.length) return [];
  const days = dated
    .map((t) => t.date.slice(0, 10))
    .filter((d) => d.length === 10)
    .sort();
  const spanDays = days.length ? (Date.parse(days.at(-1)!) - Date.parse(days[0]!)) / 86_400_000 : Infinity;
  const byDay = spanDays <= 70 && dated.every((t) => t.date.length === 10);
  const bins = new Map<string, TimelineBin>();
  for (const t of dated) {
    const key = byDay ? t.date.slice(0, 10) : t.date.slice(0, 7);
    const bin = bins.get(key) ?? {
      key,
      from: byDay ? key : `${key}-01`,
      to: byDay ? key : lastDayOfMonth(key),
      count: 0,
      byStatus: {},
    };
    bin.count += t.count;
    bin.byStatus[t.status] = (bin.byStatus[t.status] ?? 0) + t.count;
    bins.set(key, bin);
  }
  return [...bins.values()].sort((a, b) => a.key.localeCompare(b.key));
}
