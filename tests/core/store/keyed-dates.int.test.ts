// The dates on the meeting-key links against the real Neo4j: the writer sets them, an older database gets
// them when the store opens, and the lookup that seeks them finds exactly the meetings the scan of each
// key's meetings found, corrected meetings included, also when it starts from a guess of the report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatePrecision } from '../../../src-main/common/extraction';
import { dateInterval } from '../../../src-main/core/merge/dates';
import { candidateKeys } from '../../../src-main/core/merge/keys';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { keyedDates, openCuratedKeys, OPEN_SPAN } from '../../../src-main/core/store/keyed-dates';
import {
  candidateQuery,
  candidatesFrom,
  meetingCandidates,
  runCandidateQuery,
} from '../../../src-main/core/store/meeting-candidates';
import { ensureSchema } from '../../../src-main/core/store/schema';
import { writeArticle } from '../../../src-main/core/store/write-article';
import { resetGraph, testDb } from '../../helpers/db';
import { hubReport, meetingDay, poolPerson, writeHubGraph } from '../../helpers/hub-graph';
import { SEED_FILES, goldExtraction } from './builders';

let db: GraphDb;
beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.driver.executeQuery(cypher, params, { database: db.database })).records.map((r) => r.toObject());

/** Every key link with what it carries and the dates of its meeting. */
const keyLinks = () =>
  query(
    `MATCH (m:Meeting)-[r:KEYED]->(k:MergeKey)
     RETURN m.id AS meeting, k.id AS id, r.key AS key, r.span AS span, r.start AS start, r.end AS end,
       m.dateStart AS dateStart, m.dateEnd AS dateEnd ORDER BY meeting, id`,
  );

/** The lookup as it was before the index: every meeting of each key, then its stored dates. */
const SCAN = `
UNWIND $keys AS key
MATCH (:MergeKey {id: key.id})<-[:KEYED]-(m:Meeting)
WHERE key.start IS NULL OR m.dateStart IS NULL OR m.dateEnd IS NULL OR m.curation IS NOT NULL
  OR m.curationVersion IS NOT NULL OR (m.dateStart <= key.end AND m.dateEnd >= key.start)
RETURN DISTINCT m.id AS id ORDER BY id`;

const PARTY = 'person:party-keyed';
const PRECISIONS: DatePrecision[] = ['day', 'week', 'month', 'year', 'unknown'];

describe('the dates on the meeting-key links', () => {
  it('are set by the writer on every key link of each meeting it writes', async () => {
    for (const file of SEED_FILES.slice(0, 3)) await writeArticle(db, goldExtraction(file));
    const links = await keyLinks();
    expect(links.length).toBeGreaterThan(5);
    for (const l of links) {
      const want = keyedDates(l.dateStart as string | null, l.dateEnd as string | null);
      expect({ key: l.key, span: Number(l.span), start: l.start, end: l.end }, String(l.id)).toEqual({
        key: l.id,
        ...want,
      });
    }
  });

  it('are given to a database written without them when the store opens, once', async () => {
    const before = await keyLinks();
    await query(`MATCH ()-[r:KEYED]->() REMOVE r.key, r.span, r.start, r.end`);
    await query('DROP INDEX keyed_dates');
    expect((await keyLinks()).every((l) => l.key === null)).toBe(true);
    await ensureSchema(db.driver, db.database);
    expect(await keyLinks()).toEqual(before);
    // Done once: a link changed since is left alone by the next open.
    await query(`MATCH ()-[r:KEYED]->() WITH r LIMIT 1 SET r.start = '1999-01-01'`);
    await ensureSchema(db.driver, db.database);
    expect((await keyLinks()).filter((l) => l.start === '1999-01-01')).toHaveLength(1);
  });

  it('let the lookup find by date the same meetings as reading all of each key, at every precision', async () => {
    await resetGraph(db);
    await writeHubGraph(db, [{ id: PARTY, meetings: 600 }]);
    // Give the meetings every width of dates: day, week, month, year, none.
    const rows = Array.from({ length: 600 }, (_, i) => {
      const precision = PRECISIONS[i % PRECISIONS.length]!;
      const span = dateInterval(meetingDay(i, 600), precision);
      return {
        id: `meeting:party-keyed-${i}`,
        dateStart: span.start,
        dateEnd: span.end,
        ...keyedDates(span.start, span.end),
      };
    });
    await query(
      `UNWIND $rows AS row MATCH (m:Meeting {id: row.id})-[r:KEYED]->()
       SET m.dateStart = row.dateStart, m.dateEnd = row.dateEnd,
         r.span = toInteger(row.span), r.start = row.start, r.end = row.end`,
      { rows },
    );
    for (let i = 0; i < 40; i++) {
      const day = meetingDay(i * 13, 600);
      const report = {
        ...hubReport(PARTY, poolPerson(i), day, i, `article:probe-${i}`, 0),
        datePrecision: PRECISIONS[i % PRECISIONS.length]!,
      };
      const span = dateInterval(report.date, report.datePrecision);
      const keys = candidateKeys(report).map((id) => ({ id, start: span.start, end: span.end }));
      const want = (await query(SCAN, { keys })).map((r) => String(r.id));
      const session = db.driver.session({ database: db.database });
      const got = await session
        .executeRead((tx) => meetingCandidates(tx, [report]))
        .finally(() => session.close());
      expect(got.map((m) => m.id).sort(), `${day} ${report.datePrecision}`).toEqual(want);
      if (report.datePrecision !== 'unknown') expect(got.length).toBeLessThan(120);
      // Sought first for a guess of the report (another partner, a day later), then topped up: the same.
      const guessed = {
        ...report,
        personIds: [PARTY, poolPerson(i + 1)],
        date: meetingDay(i * 13 + 1, 600),
      };
      const again = db.driver.session({ database: db.database });
      const topped = await again
        .executeRead(async (tx) => {
          const guess = candidateQuery([guessed]);
          return candidatesFrom(tx, candidateQuery([report]), guess, await runCandidateQuery(tx, guess));
        })
        .finally(() => again.close());
      expect(topped.map((m) => m.id).sort(), `${day} ${report.datePrecision}, guessed`).toEqual(want);
    }
  });

  it('are made open for a corrected meeting once a correction is logged, so the lookup keeps it', async () => {
    const far = 'meeting:party-keyed-0';
    const report = hubReport(PARTY, poolPerson(1), '2024-12-15', 1, 'article:probe-late', 0);
    const lookup = async () => {
      const session = db.driver.session({ database: db.database });
      const got = await session
        .executeRead((tx) => meetingCandidates(tx, [report]))
        .finally(() => session.close());
      return got.map((m) => m.id);
    };
    // A correction merged reports into the meeting: its links' dates are no longer sure.
    await query(
      `MATCH (m:Meeting {id: $far}) SET m.curationVersion = 1
       MERGE (late:MergeKey {id: $key})
       MERGE (m)-[r:KEYED]->(late)
       SET r.key = $key, r.span = 0, r.start = '2015-01-01', r.end = '2015-01-01'
       MERGE (l:CurationLog {id: 'curation-log'}) SET l.seq = 3`,
      { far, key: `party|${PARTY}|2024-12` },
    );
    expect(await lookup()).not.toContain(far);
    const session = db.driver.session({ database: db.database });
    await session.executeWrite((tx) => openCuratedKeys(tx, 3)).finally(() => session.close());
    expect(await lookup()).toContain(far);
    const links = await query(
      `MATCH (:Meeting {id: $far})-[r:KEYED]->() RETURN DISTINCT r.span AS span, r.start AS start`,
      { far },
    );
    expect(links.map((l) => [Number(l.span), l.start])).toEqual([[OPEN_SPAN, '']]);
    const seq = await query(`MATCH (l:CurationLog) RETURN l.keyedSeq AS seq`);
    expect(Number(seq[0]!.seq)).toBe(3);
  });

  it('are made open by the writer when the CurationLog moved since the last time', async () => {
    await query(
      `MATCH (m:Meeting {id: 'meeting:party-keyed-5'})-[r:KEYED]->() SET m.curationVersion = 2
       WITH DISTINCT 1 AS one MATCH (l:CurationLog) SET l.seq = 4`,
    );
    await writeArticle(db, goldExtraction(SEED_FILES[0]!));
    const links = await query(
      `MATCH (:Meeting {id: 'meeting:party-keyed-5'})-[r:KEYED]->() RETURN DISTINCT r.span AS span`,
    );
    expect(links.map((l) => Number(l.span))).toEqual([OPEN_SPAN]);
    const seq = await query(`MATCH (l:CurationLog) RETURN l.keyedSeq AS seq`);
    expect(Number(seq[0]!.seq)).toBe(4);
  });
});
