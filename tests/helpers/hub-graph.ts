// Two parties of very different size, written straight into Neo4j with the shape the article writer
// gives them (meetings with their summary, REPORTED_IN with the report, PARTICIPANT, AT, and the
// (party, month) / (place, month) MergeKeys of merge/keys.ts, their links carrying the meeting's dates as
// store/keyed-dates.ts has them: one day, width class 0), in bulk UNWIND batches rather than by
// ingesting text, so 50,000 meetings take seconds.
import type { GraphDb } from '../../src-main/core/store/connection';
import { candidateKeys } from '../../src-main/core/merge/keys';
import { nodeId } from '../../src-main/core/merge/names';
import type { MeetingReport } from '../../src-main/core/merge/summary';

const BATCH = 2500;
/** Meetings are spread evenly over these ten years. */
const FIRST_DAY = Date.UTC(2015, 0, 1);
const SPAN_DAYS = 3652;
const POOL = 2000;
const COUNTRIES = ['France', 'Germany', 'Japan', 'Brazil', 'India', 'Kenya', 'Canada', 'Egypt'];
const CITIES = COUNTRIES.flatMap((c) => [1, 2, 3, 4, 5].map((i) => ({ city: `${c} City ${i}`, country: c })));

/** A party of the generated graph: its node id and how many meetings it has. */
export interface HubParty {
  id: string;
  meetings: number;
}

/** The day of a party's `i`-th of `n` meetings. */
export const meetingDay = (i: number, n: number): string =>
  new Date(FIRST_DAY + Math.floor((i * SPAN_DAYS) / n) * 86_400_000).toISOString().slice(0, 10);

/** The id of the `i`-th person of the pool the parties meet. */
export const poolPerson = (i: number): string => `person:pool-${i % POOL}`;

/** The person of the pool a party meets in its `i`-th meeting. */
export const partnerOf = (i: number): string => poolPerson(i * 7919);

/** A report as the extraction and merge would give it: the party and one person of the pool, on a day, in a city. */
export function hubReport(
  party: string,
  partner: string,
  day: string,
  city: number,
  articleId: string,
  index: number,
): MeetingReport {
  const place = CITIES[city % CITIES.length]!;
  return {
    articleId,
    index,
    reported: day,
    status: 'held',
    date: day,
    datePrecision: 'day',
    place: place.city,
    placeKind: 'city',
    city: place.city,
    country: place.country,
    topic: null,
    evidence: `${party} met ${partner} in ${place.city}.`,
    evidenceStart: 0,
    evidenceEnd: 40,
    announcedBy: null,
    reportedBy: null,
    count: null,
    personIds: [party, partner],
    groupIds: [],
    affiliationGroupIds: [],
  };
}

async function inBatches(db: GraphDb, query: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH)
    await db.driver.executeQuery(query, { rows: rows.slice(i, i + BATCH) }, { database: db.database });
}

/** Writes the pool of people, the cities and, for each party, its meetings (one article per meeting). */
export async function writeHubGraph(db: GraphDb, parties: HubParty[]): Promise<void> {
  await inBatches(
    db,
    'UNWIND $rows AS r MERGE (p:Person {id: r.id}) SET p.name = r.name, p.key = r.key, p.surname = r.name, p.aliasText = r.name',
    [...parties.map((p) => p.id), ...Array.from({ length: POOL }, (_, i) => poolPerson(i))].map((id) => ({
      id,
      name: id.slice('person:'.length),
      key: id.slice('person:'.length),
    })),
  );
  await inBatches(
    db,
    'UNWIND $rows AS r MERGE (p:Place {id: r.id}) SET p.name = r.name, p.kind = r.kind, p.country = r.country',
    [
      ...CITIES.map((c) => ({ id: nodeId('Place', c.city), name: c.city, kind: 'city', country: c.country })),
      ...COUNTRIES.map((c) => ({ id: nodeId('Place', c), name: c, kind: 'country', country: c })),
    ],
  );
  for (const party of parties) {
    const rows = Array.from({ length: party.meetings }, (_, i) => {
      const day = meetingDay(i, party.meetings);
      const articleId = `article:${party.id.slice('person:'.length)}-${i}`;
      const report = hubReport(party.id, partnerOf(i), day, i, articleId, 0);
      return {
        id: `meeting:${party.id.slice('person:'.length)}-${i}`,
        articleId,
        place: nodeId('Place', report.city!),
        people: report.personIds,
        keys: candidateKeys(report),
        summary: {
          status: 'held',
          date: day,
          datePrecision: 'day',
          dateStart: day,
          dateEnd: day,
          place: report.place,
          placeKind: 'city',
          city: report.city,
          country: report.country,
          firstReported: day,
          lastReported: day,
          reportCount: 1,
          confidence: 1,
        },
        report: { ...report, mergedBecause: [] },
      };
    });
    await inBatches(
      db,
      // Every meeting, article and link is new: CREATE, so no MERGE walks the hub's links to check.
      `UNWIND $rows AS r
       CREATE (a:Article {id: r.articleId, sha256: r.articleId, title: r.id, published: r.summary.date})
       CREATE (m:Meeting {id: r.id}) SET m += r.summary
       CREATE (m)-[rep:REPORTED_IN]->(a) SET rep = r.report
       WITH m, r
       MATCH (place:Place {id: r.place})
       CREATE (m)-[:AT {articles: [r.articleId]}]->(place)
       WITH m, r
       CALL (m, r) {
         UNWIND r.people AS pid MATCH (p:Person {id: pid})
         CREATE (m)-[:PARTICIPANT {articles: [r.articleId]}]->(p)
       }
       CALL (m, r) {
         UNWIND r.keys AS k MERGE (key:MergeKey {id: k})
         CREATE (m)-[:KEYED {key: k, span: 0, start: r.summary.dateStart, end: r.summary.dateEnd}]->(key)
       }`,
      rows,
    );
  }
}
