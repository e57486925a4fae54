// The extraction's confidence and trigger carried by each stored report, and back into a meeting's sources.
import type { Extraction } from '../../common/extraction';
import type { MeetingRecord } from '../../common/graph';
import type { LoadedMeeting } from '../merge/views';
import type { MeetingReport } from '../merge/summary';

/** What the extraction said about one report: how sure it was (0..1) and the words that made it a meeting. */
export interface ReportReasons {
  extractionConfidence: number | null;
  trigger: string | null;
}

/**
 * Adds the extraction's confidence and trigger to each report, and lowers the report's confidence to the
 * extraction's when that is lower: a meeting is then as sure as its least sure report, for every reader.
 */
export function withExtractionReasons<T extends MeetingReport>(
  reports: T[],
  ex: Pick<Extraction, 'meetings'>,
): (T & ReportReasons)[] {
  return reports.map((r) => {
    const mention = ex.meetings[r.index];
    const stated = typeof mention?.confidence === 'number' ? mention.confidence : null;
    return {
      ...r,
      confidence: Math.min(r.confidence ?? 1, stated ?? 1),
      extractionConfidence: stated,
      trigger: mention?.trigger ?? null,
    };
  });
}

/** Gives each source of a meeting record the confidence and trigger of the report behind it. */
export function sourcesWithReasons(record: MeetingRecord, loaded: LoadedMeeting): MeetingRecord {
  const byReport = new Map(
    loaded.reports.map((r) => [`${r.articleId}#${r.index}`, r as MeetingReport & Partial<ReportReasons>]),
  );
  return {
    ...record,
    sources: record.sources.map((s) => {
      const r = byReport.get(`${s.articleId}#${s.index}`);
      return { ...s, confidence: r?.confidence ?? 1, trigger: r?.trigger ?? null };
    }),
  };
}
