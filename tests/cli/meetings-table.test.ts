import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../src-main/common/graph';
import { formatMeetingsTable, parseConfidenceOption, statusText } from '../../src-main/cli/commands/meetings';

const meeting = (over: Partial<MeetingRecord> = {}): MeetingRecord => ({
  id: 'meeting:1',
  participants: ['Kirill Dmitriev', 'Steve Witkoff'],
  participant_groups: ['Russia', 'United States'],
  place: 'White House',
  city: 'Washington',
  country: 'United States',
  date: '2025-04-03',
  date_precision: 'day',
  topic: 'the restoration of embassy operations and the resumption of direct flights between the countries',
  status: 'held',
  status_history: [
    { status: 'held', reported: '2025-04-08', articleId: 'a' },
    { status: 'held', reported: '2025-04-10', articleId: 'b' },
  ],
  sources: [],
  ...over,
});

describe('the meetings table', () => {
  it('prints a status reported the same way twice once, not "held (held → held)"', () => {
    expect(statusText(meeting())).toBe('held');
    expect(
      statusText(
        meeting({
          status_history: [
            { status: 'planned', reported: '2025-04-08', articleId: 'a' },
            { status: 'planned', reported: '2025-04-09', articleId: 'c' },
            { status: 'held', reported: '2025-04-10', articleId: 'b' },
          ],
        }),
      ),
    ).toBe('held (planned 2025-04-08 → held 2025-04-10)');
  });

  it('cuts long cells and says how to see them whole; --wide prints them in full', () => {
    const cut = formatMeetingsTable([meeting()], '2025-04-10');
    expect(cut).toMatch(/…/);
    expect(cut).toMatch(/--wide prints them in full/);
    const wide = formatMeetingsTable([meeting()], '2025-04-10', { wide: true });
    expect(wide).not.toMatch(/…/);
    expect(wide).toMatch(/resumption of direct flights between the countries/);
  });

  it('says when the status filter matched none, and how many meetings it left out', () => {
    expect(formatMeetingsTable([], '2025-04-10', { statuses: ['cancelled'], filteredOut: 18 })).toBe(
      'No meetings match --status cancelled as of 2025-04-10; 18 meeting(s) in other statuses were left out.\n',
    );
    expect(formatMeetingsTable([], '2025-04-10')).toBe('No meetings known as of 2025-04-10.\n');
  });

  it("prints each meeting's confidence, and says how many meetings --min-confidence left out", () => {
    const table = formatMeetingsTable([meeting({ confidence: 0.734 })], '2025-04-10', {
      minConfidence: 0.7,
      belowConfidence: 3,
    });
    expect(table.split('\n')[0]).toMatch(/SOURCES\s+CONFIDENCE$/);
    expect(table.split('\n')[1]).toMatch(/\s0\.73$/);
    expect(table).toMatch(
      /1 meeting\(s\), status as known on 2025-04-10; 3 below --min-confidence 0.7 left out/,
    );
    expect(formatMeetingsTable([], '2025-04-10', { minConfidence: 0.9, belowConfidence: 4 })).toBe(
      'No meetings have confidence ≥ 0.9 as of 2025-04-10; 4 below --min-confidence 0.9 left out.\n',
    );
  });

  it('accepts a confidence floor from 0 to 1 and refuses anything else', () => {
    expect(parseConfidenceOption('0')).toBe(0);
    expect(parseConfidenceOption('0.8')).toBe(0.8);
    expect(parseConfidenceOption('1')).toBe(1);
    for (const bad of ['1.01', '-1', 'abc', '', ' '])
      expect(() => parseConfidenceOption(bad)).toThrow(/0 to 1/);
  });
});
