// End to end on the seeds plus the dev corpus, through our own extraction into the real Neo4j: each real
// meeting reported by several articles is one meeting, and no stored fact is impossible.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../../src-main/common/graph';
import { ingestPaths } from '../../../src-main/core/ingest';
import { cityByName } from '../../../src-main/core/lexicon/gazetteer';
import { dateInterval } from '../../../src-main/core/merge/dates';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { listMeetings } from '../../../src-main/core/store/queries/meetings';
import { resetGraph, testDb } from '../../helpers/db';
import { REPO, SEEDS } from '../../helpers/seeds';

const DEV = join(REPO, '..', 'shared', 'corpus', 'dev');
const articles = [
  ...readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(SEEDS, f)),
  ...readdirSync(join(DEV, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(DEV, 'articles', f)),
];

/** The articles whose gold reports a meeting in this city on this day. */
const reportedBy = (city: string, date: string): string[] =>
  articles
    .map((path) => {
      const gold = join(
        path.includes('/seeds/') ? join(SEEDS, 'gold') : join(DEV, 'gold'),
        basename(path, '.txt') + '.json',
      );
      const meetings = (
        JSON.parse(readFileSync(gold, 'utf8')) as { meetings: { city: string | null; date: string | null }[] }
      ).meetings;
      return meetings.some((m) => m.city === city && m.date === date) ? basename(path) : null;
    })
    .filter((f): f is string => !!f);

let db: GraphDb;
let meetings: MeetingRecord[] = [];
beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  const report = await ingestPaths(db, articles, { workers: 1 });
  expect(report.errors, JSON.stringify(report.files.filter((f) => !f.ok))).toBe(0);
  meetings = await listMeetings(db, {});
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

const at = (city: string, date: string) => meetings.filter((m) => m.city === city && m.date === date);
const files = (m: MeetingRecord) => m.sources.map((s) => basename(s.file ?? ''));

describe('the seeds and the dev corpus, ingested together', () => {
  it('stores the Riyadh talks of 2025-02-18 as one meeting, with a source from every article reporting them', () => {
    const riyadh = at('Riyadh', '2025-02-18');
    expect(riyadh).toHaveLength(1);
    const expected = reportedBy('Riyadh', '2025-02-18');
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(files(riyadh[0]!)).toEqual(expect.arrayContaining(expected));
  });

  it('stores the Istanbul talks of 2025-02-27 and of 2025-04-10 as one meeting each', () => {
    for (const date of ['2025-02-27', '2025-04-10']) {
      const found = at('Istanbul', date);
      expect(found, date).toHaveLength(1);
      expect(files(found[0]!)).toEqual(expect.arrayContaining(reportedBy('Istanbul', date)));
    }
  });

  it('never dates a held meeting after its latest source', () => {
    for (const m of meetings.filter((x) => x.status === 'held' && x.date)) {
      const latest =
        m.sources
          .map((s) => s.published ?? '')
          .sort()
          .pop() ?? '';
      const start = dateInterval(m.date, m.date_precision).start ?? '';
      expect(start <= latest || !latest, `${m.id} held ${m.date}, latest source ${latest}`).toBe(true);
    }
  });

  it('never places a city outside its country', () => {
    for (const m of meetings.filter((x) => x.city && x.country)) {
      const known = cityByName(m.city!);
      if (known) expect(m.country, `${m.city}`).toBe(known.country);
    }
  });
});
