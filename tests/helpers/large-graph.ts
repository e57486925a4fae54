// A large graph written straight into the test Neo4j with the data model's shape (articles, people,
// places, meetings with their reports), for tests of what the explorer does past its limits.
import type { GraphDb } from '../../src-main/core/store/connection';

const BATCH = 2000;

const iso = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

async function inBatches<T>(db: GraphDb, query: string, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH)
    await db.driver.executeQuery(query, { rows: rows.slice(i, i + BATCH) }, { database: db.database });
}

/**
 * Writes `meetings` meetings, one a day from 2024-01-01, each between two of `people` people, in one of
 * `articles` articles; with `countries`, each person belongs to one, the first countries holding the most.
 */
export async function writeLargeGraph(
  db: GraphDb,
  size: { meetings: number; people: number; articles: number; countries?: number },
): Promise<void> {
  await inBatches(
    db,
    'UNWIND $rows AS r CREATE (:Person {id: r.id, name: r.name, key: r.key, aliasText: r.name})',
    Array.from({ length: size.people }, (_, i) => ({
      id: `person:large-${i}`,
      name: `Person ${i} Large`,
      key: `person ${i} large`,
    })),
  );
  await inBatches(
    db,
    'UNWIND $rows AS r CREATE (:Article {id: r.id, sha256: r.id, title: r.title, published: r.published, outlet: r.outlet})',
    Array.from({ length: size.articles }, (_, i) => ({
      id: `article:large-${i}`,
      title: `Large story ${i}`,
      published: iso(i),
      outlet: 'Large Outlet',
    })),
  );
  const rows = Array.from({ length: size.meetings }, (_, i) => {
    const a = i % size.people;
    const b = (a + 1 + (i % (size.people - 1))) % size.people;
    const article = `article:large-${i % size.articles}`;
    const date = iso(i % 3000);
    return {
      id: `meeting:large-${i}`,
      people: [`person:large-${a}`, `person:large-${b === a ? (a + 1) % size.people : b}`],
      article,
      props: { date, datePrecision: 'day', dateStart: date, dateEnd: date, status: 'held', reportCount: 1 },
      report: {
        articleId: article,
        index: i,
        reported: date,
        status: 'held',
        date,
        datePrecision: 'day',
        evidence: `Person ${a} Large met Person ${b} Large.`,
      },
    };
  });
  await inBatches(
    db,
    `UNWIND $rows AS r MATCH (a:Article {id: r.article})
     CREATE (m:Meeting {id: r.id}) SET m += r.props
     CREATE (m)-[rep:REPORTED_IN]->(a) SET rep = r.report
     WITH m, r UNWIND r.people AS pid MATCH (p:Person {id: pid})
     CREATE (m)-[:PARTICIPANT {articles: [r.article]}]->(p)`,
    rows,
  );
  if (size.countries) await writeCountries(db, size.people, size.countries);
}

/** Countries as parties (Group nodes), each person affiliated with one: country k holds people i with floor(countries · (i / people)²) = k. */
async function writeCountries(db: GraphDb, people: number, countries: number): Promise<void> {
  await inBatches(
    db,
    "UNWIND $rows AS r CREATE (:Group {id: r.id, name: r.name, kind: 'country', aliasText: r.name})",
    Array.from({ length: countries }, (_, k) => ({ id: `group:large-${k}`, name: `Country ${k} Large` })),
  );
  await inBatches(
    db,
    `UNWIND $rows AS r MATCH (p:Person {id: r.person}), (g:Group {id: r.group})
     CREATE (p)-[:AFFILIATED_WITH]->(g) SET p.affiliations = [g.name]`,
    Array.from({ length: people }, (_, i) => {
      const k = Math.floor(countries * (i / people) ** 2);
      return { person: `person:large-${i}`, group: `group:large-${k}` };
    }),
  );
}
