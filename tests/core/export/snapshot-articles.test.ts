import { describe, expect, it } from 'vitest';
import type { Snapshot, SnapshotReport } from '../../../src-main/common/snapshot';
import { buildSnapshot } from '../../../src-main/common/snapshot';
import { articleSha, snapshotToExtractions } from '../../../src-main/core/export/snapshot-articles';
import { HOSTILE, sampleMeetingsGraph } from './sample-graph';

const SHA = 'a'.repeat(64);

function report(overrides: Partial<SnapshotReport>): SnapshotReport {
  return {
    meetingId: 'meeting-1',
    articleId: `article:${SHA}`,
    index: 0,
    reported: '2025-04-11',
    status: 'held',
    date: '2025-04-02',
    datePrecision: 'day',
    place: 'White House',
    placeKind: 'venue',
    city: 'Washington',
    country: 'United States',
    topic: 'sanctions',
    evidence: 'Dmitriev met Witkoff.',
    evidenceStart: 40,
    evidenceEnd: 61,
    announcedBy: null,
    reportedBy: null,
    count: null,
    personIds: ['person-dmitriev'],
    groupIds: ['group-<&">'],
    ...overrides,
  };
}

function snapshotWith(reports: SnapshotReport[], mentions: Record<string, string[]> = {}): Snapshot {
  const { graph, meetings } = sampleMeetingsGraph();
  const dmitriev = graph.nodes.find((n) => n.id === 'person-dmitriev')!;
  dmitriev.affiliations = ['Russia', 'RDIF'];
  return buildSnapshot({
    elements: graph,
    meetings,
    state: { view: 'meetings' },
    provenance: {
      articles: [{ id: `article:${SHA}`, title: 'T', outlet: 'O', published: '2025-04-11', url: null }],
      reports,
      mentions,
    },
  });
}

describe('a snapshot as the articles that said it', () => {
  it('gives one extraction per article, with each stored report as a meeting mention', () => {
    const [ex, ...rest] = snapshotToExtractions(
      snapshotWith([
        report({}),
        report({
          index: 1,
          meetingId: 'meeting-2',
          evidence: 'Later.',
          evidenceStart: 0,
          evidenceEnd: 6,
          status: 'planned',
          personIds: [HOSTILE.astral],
        }),
      ]),
    );
    expect(rest).toHaveLength(0);
    expect(ex!.source.sha256).toBe(SHA);
    expect(ex!.article).toMatchObject({ title: 'T', outlet: 'O', published: '2025-04-11' });
    expect(ex!.meetings).toHaveLength(2);
    const [first, second] = ex!.meetings;
    expect(first).toMatchObject({
      participants: ['Kirill Dmitriev'],
      participant_groups: [HOSTILE.markup],
      place: 'White House',
      city: 'Washington',
      date: '2025-04-02',
      status: 'held',
      topic: 'sanctions',
      evidence_spans: [{ start: 40, end: 61, text: 'Dmitriev met Witkoff.' }],
    });
    expect(ex!.text.slice(40, 61)).toBe('Dmitriev met Witkoff.');
    expect(ex!.text.slice(0, 6)).toBe('Later.');
    expect(second!.status).toBe('planned');
    expect(second!.participants).toEqual([]);
    expect(ex!.people.map((p) => p.name)).toEqual(['Kirill Dmitriev']);
    expect(ex!.people[0]).toMatchObject({
      aliases: ['Dmitriev', HOSTILE.at],
      roles: [HOSTILE.plus],
      affiliation: 'Russia',
    });
  });

  it('keeps people an article only mentions, and hands out several affiliations across articles', () => {
    const other = `article:${'b'.repeat(64)}`;
    const snap = snapshotWith([report({})], {
      'person-dmitriev': [`article:${SHA}`, other],
      'place-white-house': [other],
    });
    const exs = snapshotToExtractions(snap);
    expect(exs).toHaveLength(2);
    const affiliations = exs.map((e) => e.people.find((p) => p.name === 'Kirill Dmitriev')?.affiliation);
    expect(affiliations.sort()).toEqual(['RDIF', 'Russia']);
    const second = exs.find((e) => e.source.sha256 === 'b'.repeat(64))!;
    expect(second.meetings).toEqual([]);
    expect(second.places).toEqual([{ name: 'White House', kind: 'venue', country: null }]);
  });

  it('without stored reports, rebuilds one report per source from the meeting records', () => {
    const exs = snapshotToExtractions(snapshotWith([]));
    expect(exs.map((e) => e.source.sha256).sort()).toEqual(
      [articleSha('article-1'), articleSha('article-2')].sort(),
    );
    const second = exs.find((e) => e.source.sha256 === articleSha('article-2'))!;
    expect(second.meetings).toHaveLength(2);
    const istanbul = second.meetings.find((m) => m.city === 'Istanbul')!;
    expect(istanbul).toMatchObject({ date: '2025-04', date_precision: 'month', status: 'held' });
    expect(istanbul.participants).toEqual([HOSTILE.astral, HOSTILE.rtl]);
  });

  it('a non-hash article id maps to a stable content hash', () => {
    expect(articleSha(`article:${SHA}`)).toBe(SHA);
    expect(articleSha('pasted-1')).toMatch(/^[0-9a-f]{64}$/);
    expect(articleSha('pasted-1')).toBe(articleSha('pasted-1'));
  });
});
