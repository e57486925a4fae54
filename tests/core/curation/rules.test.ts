// The pure rules of curation: input checks, folding edits, and laying them over a meeting record.
import { describe, expect, it } from 'vitest';
import {
  checkMeetingDate,
  checkReason,
  checkVersion,
  curateRecord,
  foldOverrides,
  isCalendarDate,
  marksOn,
  overrideSummary,
  type MeetingCuration,
} from '../../../src-main/core/curation/rules';
import type { MeetingRecord } from '../../../src-main/common/graph';
import { toExportGraph } from '../../../src-main/core/export/model';
import { toGraphml } from '../../../src-main/core/export/graphml';
import { meetingNode } from '../../../src-main/core/merge/views';

const record: MeetingRecord = {
  id: 'meeting:1',
  participants: ['Marco Rubio', 'Sergei Lavrov'],
  participant_groups: [],
  place: 'Riyadh',
  city: 'Riyadh',
  country: 'Saudi Arabia',
  date: '2025-02-18',
  date_precision: 'day',
  topic: 'Ukraine',
  status: 'held',
  status_history: [],
  sources: [],
};
const curation: MeetingCuration = {
  version: 2,
  confirmedOn: '2025-03-01',
  rejectedOn: null,
  correctedOn: '2025-03-05',
  addedOn: null,
  override: { date: '2025-02-17', topic: 'prisoners' },
};

describe('curation rules', () => {
  it('a reason over 2,000 characters is refused, a blank one is none', () => {
    expect(() => checkReason('x'.repeat(2001))).toThrow(/at most 2000/);
    expect(checkReason('  ')).toBeNull();
    expect(checkReason(' checked with the embassy ')).toBe('checked with the embassy');
  });

  it('an impossible date is refused, and a held meeting may not be dated after today', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13')).toBe(false);
    expect(() => checkMeetingDate('2025-04-31', 'day', 'held', '2026-01-01')).toThrow(/not a date/);
    expect(() => checkMeetingDate('2026-02', 'month', 'held', '2026-01-15')).toThrow(/after today/);
    expect(() => checkMeetingDate('2026-02', 'month', 'planned', '2026-01-15')).not.toThrow();
  });

  it('a stale version is a conflict that names both versions', () => {
    expect(() => checkVersion('meeting:1', 3, 2)).toThrow(/version 3.*version 2/);
    expect(() => checkVersion('meeting:1', 3, undefined)).not.toThrow();
  });

  it('later edits win, and a participant added then removed cancels out', () => {
    expect(
      foldOverrides([
        { date: '2025-02-17', addParticipants: ['person:a'] },
        { date: '2025-02-16', topic: null, removeParticipants: ['person:a', 'person:b'] },
      ]),
    ).toEqual({ date: '2025-02-16', topic: null, removeParticipants: ['person:a', 'person:b'] });
  });

  it('a corrected date moves the span of days the meeting stands for', () => {
    const out = overrideSummary(
      {
        status: 'held' as const,
        date: '2025-02-18',
        datePrecision: 'day' as const,
        dateStart: '2025-02-18',
        dateEnd: '2025-02-18',
        place: 'Riyadh',
        topic: null,
      },
      { date: '2025-02' },
    );
    expect(out).toMatchObject({
      date: '2025-02',
      datePrecision: 'month',
      dateStart: '2025-02-01',
      dateEnd: '2025-02-28',
    });
  });

  it('as known on a date, only the corrections made by then show', () => {
    expect(marksOn(curation, '2025-02-28')).toEqual([]);
    expect(marksOn(curation, '2025-03-02')).toEqual(['confirmed']);
    expect(curateRecord(record, curation, '2025-03-02').date).toBe('2025-02-18');
    const now = curateRecord(record, curation, null);
    expect(now).toMatchObject({
      date: '2025-02-17',
      topic: 'prisoners',
      curation: ['corrected', 'confirmed'],
    });
    expect(curateRecord(record, null, null)).toBe(record);
  });

  it('GraphML carries the marks in a curation attribute', () => {
    const curated = curateRecord(record, curation, null);
    const graph = toExportGraph({ nodes: [meetingNode(curated)], edges: [], omitted: 0 }, [curated]);
    const xml = toGraphml(graph);
    expect(xml).toMatch(/attr\.name="curation"/);
    expect(xml).toMatch(/<data key="n\d+">corrected; confirmed<\/data>/);
  });
});
