// Query latency on a generated graph of over 100k nodes, in a Neo4j of its own: our neighbourhood and
// shortest-path functions (query plus mapping to DTOs) against the same Cypher run raw through the driver.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { connect, type GraphDb } from '../../src-main/core/store/connection';
import { NEIGHBOURS_WHO_MET_WHOM, expandNode } from '../../src-main/core/store/queries/expand';
import { PATH_QUERY, shortestPath } from '../../src-main/core/store/queries/path';
import { randomSource } from '../../tests/fixtures/generate-corpus';
import type { BenchFigure, BenchSuite } from '../types';
import { benchEnv } from '../lib/plain-write';

const GROUPS = 60;
const PEOPLE = 20_000;
const PLACES = 2_000;
const TOPICS = 300;
const ARTICLES = 15_000;
const MEETINGS = 65_000;
const SAMPLES = 150;
const BATCH = 5_000;

const iso = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

async function inBatches<T>(db: GraphDb, query: string, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH)
    await db.driver.executeQuery(query, { rows: rows.slice(i, i + BATCH) }, { database: db.database });
}

/** Builds a graph with the data model's shape: parties, people, places, topics, articles, meetings. */
async function generateGraph(db: GraphDb): Promise<number> {
  const rand = randomSource(2025);
  const pick = (n: number) => Math.floor(rand() * n);
  await inBatches(
    db,
    'UNWIND $rows AS r CREATE (:Group {id: r.id, name: r.name, aliasText: r.name})',
    Array.from({ length: GROUPS }, (_, i) => ({ id: `group:g${i}`, name: `Country ${i}` })),
  );
  await inBatches(
    db,
    `UNWIND $rows AS r CREATE (p:Person {id: r.id, name: r.name, key: r.key, surname: r.surname, first: r.first,
       aliases: [r.surname], roles: ['minister'], affiliations: [r.group], aliasText: r.name + ' | ' + r.surname})
     WITH p, r MATCH (g:Group {id: r.gid}) CREATE (p)-[:AFFILIATED_WITH {articles: []}]->(g)`,
    Array.from({ length: PEOPLE }, (_, i) => {
      const g = pick(GROUPS);
      return {
        id: `person:p${i}`,
        name: `First${i} Last${i}`,
        key: `first${i} last${i}`,
        surname: `last${i}`,
        first: `first${i}`,
        group: `Country ${g}`,
        gid: `group:g${g}`,
      };
    }),
  );
  await inBatches(
    db,
    'UNWIND $rows AS r CREATE (:Place {id: r.id, name: r.name, kind: r.kind, country: r.country})',
    Array.from({ length: PLACES }, (_, i) => ({
      id: `place:c${i}`,
      name: `City ${i}`,
      kind: 'city',
      country: `Country ${i % GROUPS}`,
    })),
  );
  await inBatches(
    db,
    'UNWIND $rows AS r CREATE (:Topic {id: r.id, name: r.name, aliasText: r.name})',
    Array.from({ length: TOPICS }, (_, i) => ({ id: `topic:t${i}`, name: `Topic ${i}` })),
  );
  await inBatches(
    db,
    'UNWIND $rows AS r CREATE (:Article {id: r.id, sha256: r.id, title: r.title, published: r.published, outlet: r.outlet})',
    Array.from({ length: ARTICLES }, (_, i) => ({
      id: `article:a${i}`,
      title: `Story ${i}`,
      published: iso(i % 700),
      outlet: `Outlet ${i % 12}`,
    })),
  );
  const meetings = Array.from({ length: MEETINGS }, (_, i) => {
    const a = pick(PEOPLE);
    let b = pick(PEOPLE);
    if (b === a) b = (a + 1) % PEOPLE;
    const day = pick(700);
    const place = pick(PLACES);
    const topic = pick(TOPICS);
    const article = pick(ARTICLES);
    return {
      id: `meeting:m${i}`,
      people: [`person:p${a}`, `person:p${b}`],
      groups: [`group:g${a % GROUPS}`, `group:g${b % GROUPS}`],
      place: `place:c${place}`,
      topic: `topic:t${topic}`,
      article: `article:a${article}`,
      props: {
        date: iso(day),
        datePrecision: 'day',
        dateStart: iso(day),
        dateEnd: iso(day),
        status: 'held',
        place: `City ${place}`,
        city: `City ${place}`,
        topic: `Topic ${topic}`,
        reportCount: 1,
      },
      report: {
        articleId: `article:a${article}`,
        index: 0,
        reported: iso(day + 1),
        status: 'held',
        date: iso(day),
        datePrecision: 'day',
        place: `City ${place}`,
        city: `City ${place}`,
        topic: `Topic ${topic}`,
        evidence: `First${a} Last${a} met First${b} Last${b} in City ${place}.`,
        personIds: [`person:p${a}`, `person:p${b}`],
        groupIds: [],
        affiliationGroupIds: [],
      },
    };
  });
  await inBatches(
    db,
    `UNWIND $rows AS r
     MATCH (a:Article {id: r.article}), (pl:Place {id: r.place}), (t:Topic {id: r.topic})
     CREATE (m:Meeting {id: r.id})
     SET m += r.props
     CREATE (m)-[rep:REPORTED_IN]->(a), (m)-[:AT {articles: [r.article]}]->(pl), (m)-[:ABOUT {articles: [r.article]}]->(t)
     SET rep = r.report`,
    meetings,
  );
  for (const label of ['Person', 'Group'] as const)
    await inBatches(
      db,
      `UNWIND $rows AS r MATCH (m:Meeting {id: r.m}), (x:${label} {id: r.x})
       CREATE (m)-[:PARTICIPANT {articles: [r.article]}]->(x)`,
      meetings.flatMap((m) =>
        (label === 'Person' ? m.people : m.groups).map((x) => ({ m: m.id, x, article: m.article })),
      ),
    );
  const res = await db.driver.executeQuery('MATCH (n) RETURN count(n) AS c', {}, { database: db.database });
  return Number(res.records[0]!.get('c'));
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/** Runs the raw Cypher through the driver, records fetched, nothing mapped. */
async function raw(db: GraphDb, query: string, params: Record<string, unknown>): Promise<void> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    await session.executeRead((tx) => tx.run(query, params));
  } finally {
    await session.close();
  }
}

/** Times ours and raw on the same inputs, alternating which goes first. */
async function compare(
  samples: number,
  ours: (i: number) => Promise<unknown>,
  baseline: (i: number) => Promise<unknown>,
): Promise<{ ours: number[]; raw: number[] }> {
  const out = { ours: [] as number[], raw: [] as number[] };
  for (let i = 0; i < 10; i++) {
    await ours(i);
    await baseline(i);
  }
  for (let i = 0; i < samples; i++) {
    const order = i % 2 ? ([ours, baseline] as const) : ([baseline, ours] as const);
    for (const fn of order) {
      const t = performance.now();
      await fn(i);
      (fn === ours ? out.ours : out.raw).push(performance.now() - t);
    }
  }
  return out;
}

const suite: BenchSuite = {
  title: `Query latency on a generated graph (>100k nodes): ours vs the same Cypher raw, ${SAMPLES} samples`,
  async run(): Promise<BenchFigure[]> {
    const env = benchEnv();
    const home = mkdtempSync(join(tmpdir(), 'rendezvous-bench-query-'));
    await startBuiltinNeo4j({ home, env, heap: '1g', startTimeoutMs: 300_000 });
    const db = await connect({ home, env, start: false });
    try {
      const nodes = await generateGraph(db);
      if (nodes < 100_000) throw new Error(`the generated graph has only ${nodes} nodes`);
      await db.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: db.database });
      const rand = randomSource(99);
      const person = () => `person:p${Math.floor(rand() * PEOPLE)}`;
      const centers = Array.from({ length: SAMPLES + 10 }, person);
      const pairs = Array.from({ length: SAMPLES + 10 }, () => [person(), person()] as const);

      const hood = await compare(
        SAMPLES,
        (i) => expandNode(db, { id: centers[i]!, view: 'whoMetWhom', limit: 25 }),
        (i) => raw(db, NEIGHBOURS_WHO_MET_WHOM('Person'), { id: centers[i]!, limit: neo4j.int(25) }),
      );
      const types = 'PARTICIPANT|AFFILIATED_WITH';
      const path = await compare(
        SAMPLES,
        (i) => shortestPath(db, { from: pairs[i]![0], to: pairs[i]![1], view: 'whoMetWhom' }),
        (i) => raw(db, PATH_QUERY('Person', 'Person', types), { from: pairs[i]![0], to: pairs[i]![1] }),
      );
      const figure = (
        name: string,
        p: number,
        t: { ours: number[]; raw: number[] },
        target?: string,
      ): BenchFigure => ({
        name: `${name} p${p}`,
        value: percentile(t.ours, p),
        unit: 'ms',
        baseline: { name: 'raw Cypher', value: percentile(t.raw, p) },
        ...(target ? { target } : {}),
      });
      return [
        { name: 'generated graph', value: nodes, unit: 'nodes' },
        figure('neighbourhood (expand, who met whom, limit 25)', 50, hood),
        figure('neighbourhood (expand, who met whom, limit 25)', 95, hood, 'ratio <= 1.5'),
        figure('shortest path (with the meetings along it)', 50, path),
        figure('shortest path (with the meetings along it)', 95, path, 'ratio <= 1.5'),
      ];
    } finally {
      await db.close();
      await stopBuiltinNeo4j(home);
      rmSync(home, { recursive: true, force: true });
    }
  },
};

export default suite;
