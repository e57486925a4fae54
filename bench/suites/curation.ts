// Curation benchmarks on a Neo4j of their own, on a realistic generated corpus (3-8 KB articles, 5,000
// officials, long-tailed parties, as the scale bench): the round trip of a merge and of a reject through
// the API as the explorer calls it (dispatch, validation, the correction's transaction, the record, the
// answer), each against a plain parameterised Cypher doing the same write in the same run; and what 1,000
// corrections add to ingesting new articles (the re-application after each committed group): the same
// articles are ingested into two fresh copies of the same base, one with no correction, one with them.
//
// RENDEZVOUS_BENCH_CURATION_ARTICLES sets the size of the graph (default 10,000). Ingesting 10,000 articles
// takes 15-20 minutes on two cores, so RENDEZVOUS_BENCH_CURATION_HOME may name a folder kept between runs:
// the first run stores the ingested database there (Neo4j stopped), and every run works on a fresh copy of
// it, so later runs skip the ingest; a base left unfinished by an interrupted run is finished by the next.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppHandlers } from '../../src-main/core/app/root';
import { callMethod } from '../../src-main/core/app/dispatch';
import { ingestPaths } from '../../src-main/core/ingest';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { connect, type GraphDb } from '../../src-main/core/store/connection';
import { ensureCurationSchema, PERSON_LINK_TYPES } from '../../src-main/core/store/curation';
import { writeCorpus, type CorpusOptions } from '../../tests/fixtures/generate-corpus';
import type { BenchFigure, BenchSuite } from '../types';
import { benchEnv } from '../lib/plain-write';

const ARTICLES = Number(process.env.RENDEZVOUS_BENCH_CURATION_ARTICLES ?? 10_000);
const BATCH = Math.max(100, Math.round(ARTICLES / 10));
const CORRECTIONS = 1000;
const ROUND_TRIPS = 100;
/** RENDEZVOUS_BENCH_CURATION_TRIPS_ONLY=1 measures only the round trips (minutes, on a stored base). */
const TRIPS_ONLY = process.env.RENDEZVOUS_BENCH_CURATION_TRIPS_ONLY === '1';
/** RENDEZVOUS_BENCH_CURATION_TRACE=1 prints each merge round trip with the two people's degrees. */
const TRACE = process.env.RENDEZVOUS_BENCH_CURATION_TRACE === '1';
const REALISTIC: Omit<CorpusOptions, 'articles'> = { officials: 5000, skew: 3, bytes: [3000, 8000] };

const load = () => loadavg()[0]!.toFixed(2);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * q) - 1]!;

/** The ingested base graph, built once in `root` (Neo4j stopped afterwards) and reused while it is there. */
async function baseHome(root: string, env: NodeJS.ProcessEnv): Promise<{ home: string; note: string }> {
  const home = join(root, `base-${ARTICLES}`);
  const ready = join(home, 'bench-ready.json');
  if (existsSync(ready)) {
    const r = JSON.parse(readFileSync(ready, 'utf8')) as { seconds: number; load: string };
    return { home, note: `stored base, its ingest took ${r.seconds.toFixed(0)} s at load ${r.load}` };
  }
  // A base left unfinished by an interrupted run is finished: the corpus is the same (the generator is
  // seeded), and the ingest skips the articles already stored.
  mkdirSync(home, { recursive: true });
  const corpus = join(root, `corpus-${ARTICLES}`);
  writeCorpus(corpus, { articles: ARTICLES, seed: 11, ...REALISTIC });
  await startBuiltinNeo4j({ home, env, startTimeoutMs: 300_000 });
  const db = await connect({ home, env, start: false });
  const t = performance.now();
  try {
    const base = await ingestPaths(db, [corpus], { journal: join(home, 'journal.jsonl') });
    if (base.errors) throw new Error(`${base.errors} articles of the corpus failed`);
    await ensureCurationSchema(db);
  } finally {
    await db.close();
    await stopBuiltinNeo4j(home);
  }
  const seconds = (performance.now() - t) / 1000;
  writeFileSync(ready, JSON.stringify({ articles: ARTICLES, seconds, load: load() }));
  rmSync(corpus, { recursive: true, force: true });
  return { home, note: `base ingested in this run in ${seconds.toFixed(0)} s at load ${load()}` };
}

/** A copy of the base home to work on (its run folder, with the stopped server's state, left behind). */
function workCopy(base: string, work: string): void {
  rmSync(work, { recursive: true, force: true });
  const skip = join(base, 'run');
  cpSync(base, work, { recursive: true, filter: (src) => src !== skip && !src.startsWith(`${skip}/`) });
}

/** The same writes as a reject, as one plain parameterised statement: the marks, the version, a record. */
const PLAIN_REJECT = `MATCH (m:Meeting {id: $id})
  SET m.rejectedOn = $date, m.confirmedOn = null, m.curation = ['rejected'],
      m.curationVersion = coalesce(m.curationVersion, 0) + 1
  CREATE (:BenchRecord {id: randomUUID(), kind: 'meeting.reject', target: $id, reason: $reason, at: $at})`;

/**
 * The same writes as a merge, as plain parameterised statements sent pipelined in one transaction: the
 * reports that name the dropped person rewritten, every link moved (one statement per type and
 * direction), the names (with the searchable alias text), a record, the dropped person deleted. It keeps no backup for undo.
 */
const PLAIN_MERGE = [
  `MATCH (d:Person {id: $drop})-[:PARTICIPANT|SET_ASIDE_PARTICIPANT]-(m:Meeting)
  WITH DISTINCT m
  MATCH (m)-[r:REPORTED_IN]->(:Article) WHERE $drop IN r.personIds
  SET r.personIds = [p IN r.personIds WHERE p <> $drop] + CASE WHEN $keep IN r.personIds THEN [] ELSE [$keep] END`,
  ...PERSON_LINK_TYPES.flatMap((type) =>
    [`(d)-[r:${type}]->(x)`, `(x)-[r:${type}]->(d)`].map(
      (pattern) => `MATCH (k:Person {id: $keep})
  MATCH (d:Person {id: $drop})
  MATCH ${pattern} WHERE x.id <> $keep
  MERGE ${pattern.replace('(d)', '(k)').replace('[r:', '[s:')}
  ON CREATE SET s = properties(r)
  ON MATCH SET s.articles = coalesce(s.articles, []) + [a IN coalesce(r.articles, []) WHERE NOT a IN coalesce(s.articles, [])]
  DELETE r`,
    ),
  ),
  `MATCH (k:Person {id: $keep}) MATCH (d:Person {id: $drop})
  SET k.aliases = coalesce(k.aliases, []) + d.name,
      k.aliasText = reduce(t = coalesce(k.name, ''), a IN coalesce(k.aliases, []) + d.name | t + ' | ' + a),
      k.curation = ['corrected'],
      k.curationVersion = coalesce(k.curationVersion, 0) + 1
  CREATE (:BenchRecord {id: randomUUID(), kind: 'person.merge', target: $keep, reason: $reason, at: $at,
                        dropName: d.name})
  DETACH DELETE d`,
];

/** Runs the statements in one write transaction, sent pipelined (the server runs them in order). */
async function plainWrite(db: GraphDb, statements: string[], params: Record<string, unknown>) {
  const session = db.driver.session({ database: db.database });
  const start = performance.now();
  let done = 0;
  try {
    await session.executeWrite(async (tx) => {
      await Promise.all(statements.map((s) => tx.run(s, params)));
      done = performance.now();
    });
  } finally {
    await session.close();
    if (TRACE)
      console.log(
        `  plain: ${(done - start).toFixed(1)} ms to the last answer, ${(performance.now() - done).toFixed(1)} ms to commit and close`,
      );
  }
}

/** The degrees of the people merged, as "keep+drop (API), keep+drop (plain)". */
async function degreesOf(
  q: (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>,
  ids: string[],
): Promise<string> {
  const rows = await q('UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN id, COUNT { (p)--() } AS n', {
    ids,
  });
  const n = new Map(rows.map((r) => [String(r.id), Number(r.n)]));
  const d = ids.map((id) => n.get(id) ?? 0);
  return `${d[0]}+${d[1]} (API), ${d[2]}+${d[3]} (plain)`;
}

/** Neo4j started on `home`, with the app's handlers beside a plain driver, as the explorer has them. */
async function openHome(home: string, env: NodeJS.ProcessEnv) {
  await startBuiltinNeo4j({ home, env, startTimeoutMs: 300_000 });
  const db = await connect({ home, env, start: false });
  const app = createAppHandlers({ connect: { home, env, start: false }, openExternal: async () => false });
  const call = async (method: string, input: unknown) => {
    const out = await callMethod(app.handlers, method, input);
    if (!out.ok) throw new Error(`${method}: ${out.error.message}`);
    return out.value;
  };
  const q = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await db.driver.executeQuery(cypher, params, { database: db.database })).records.map((r) =>
      r.toObject(),
    );
  const ids = async (label: 'Meeting' | 'Person') =>
    (await q(`MATCH (n:${label}) RETURN n.id AS id ORDER BY n.id`)).map((r) => String(r.id));
  // Warm the page cache and the plans the way a running explorer has them.
  await q('MATCH (n) RETURN count(n) AS n');
  const close = async () => {
    await app.close();
    await db.close();
    await stopBuiltinNeo4j(home);
  };
  return { db, call, q, ids, close };
}

const suite: BenchSuite = {
  title: `Curation: merge and reject round trips, and ingest with ${CORRECTIONS} corrections, on ${ARTICLES} realistic generated articles`,
  onlyWhenNamed: true,
  async run(): Promise<BenchFigure[]> {
    const env = benchEnv();
    const kept = process.env.RENDEZVOUS_BENCH_CURATION_HOME;
    const root = kept ?? mkdtempSync(join(tmpdir(), 'rendezvous-bench-curation-'));
    mkdirSync(root, { recursive: true });
    const base = await baseHome(root, env);
    console.log(`  (${base.note})`);
    const home = join(root, 'work');
    const more = join(root, 'more');
    rmSync(more, { recursive: true, force: true });
    writeCorpus(more, { articles: BATCH, seed: 12, start: '2026-01-01', ...REALISTIC });
    const journal = join(home, 'journal.jsonl');
    try {
      // The same articles are ingested twice into copies of the same base: first with no correction,
      // then (after the round trips) with the corrections in effect, so only the corrections differ.
      let without = 0;
      let withoutLoad = '';
      if (!TRIPS_ONLY) {
        workCopy(base.home, home);
        const bare = await openHome(home, env);
        try {
          const t = performance.now();
          await ingestPaths(bare.db, [more], { journal });
          without = (performance.now() - t) / 1000;
          withoutLoad = load();
        } finally {
          await bare.close();
        }
        console.log(
          `  (ingest of ${BATCH} articles with no correction: ${without.toFixed(1)} s, load ${withoutLoad})`,
        );
      }
      workCopy(base.home, home);
      const { db, call, q, ids, close } = await openHome(home, env);
      try {
        // Round trips: each merge folds one person into another, each reject takes a fresh meeting; the
        // plain statements take other people and meetings of the same graph, interleaved, and the two
        // swap their pairs every other time, so neither gets the bigger people more often.
        const meetings = await ids('Meeting');
        const people = await ids('Person');
        const at = new Date().toISOString();
        const times = {
          merge: [] as number[],
          reject: [] as number[],
          plainMerge: [],
          plainReject: [],
        } as Record<string, number[]>;
        const time = async (name: string, fn: () => Promise<unknown>) => {
          const s = performance.now();
          await fn();
          times[name]!.push(performance.now() - s);
        };
        const trips = Math.min(ROUND_TRIPS, Math.floor(people.length / 4), Math.floor(meetings.length / 2));
        const startLoad = load();
        for (let i = 0; i < trips; i++) {
          const four = [0, 1, 2, 3].map((k) => people[4 * i + k]!);
          const [keep, drop, pKeep, pDrop] = i % 2 ? [...four.slice(2), ...four.slice(0, 2)] : four;
          const [mine, plain] = i % 2 ? [2 * i + 1, 2 * i] : [2 * i, 2 * i + 1];
          const degrees = TRACE ? await degreesOf(q, [keep!, drop!, pKeep!, pDrop!]) : '';
          await time('merge', () => call('mergePeople', { keep, drop, reason: 'bench' }));
          await time('plainMerge', () =>
            plainWrite(db, PLAIN_MERGE, { keep: pKeep, drop: pDrop, reason: 'bench', at }),
          );
          if (TRACE)
            console.log(
              `  trip ${i}: merge ${times.merge!.at(-1)!.toFixed(0)} ms, plain ${times.plainMerge!.at(-1)!.toFixed(0)} ms; degrees ${degrees}; load ${load()}`,
            );
          await time('reject', () => call('rejectMeeting', { id: meetings[mine]!, reason: 'bench' }));
          await time('plainReject', () =>
            plainWrite(db, [PLAIN_REJECT], {
              id: meetings[plain]!,
              date: at.slice(0, 10),
              reason: 'bench',
              at,
            }),
          );
        }
        const roundTripLoad = `${startLoad} at the start, ${load()} at the end`;
        const trip = (verb: 'merge' | 'reject', q: number, plain: string): BenchFigure => ({
          name: `${verb} round trip through the API, p${q * 100} of ${trips} (${ARTICLES} articles)`,
          value: quantile(times[verb]!, q),
          unit: 'ms',
          baseline: {
            name: `plain parameterised Cypher doing the same write${verb === 'merge' ? ', pipelined, keeping no backup for undo' : ''}, p${q * 100}`,
            value: quantile(times[plain]!, q),
          },
          ...(q === 0.95 ? { target: '< 200 ms' } : {}),
          load: roundTripLoad,
        });
        const tripFigures = [
          trip('merge', 0.5, 'plainMerge'),
          trip('merge', 0.95, 'plainMerge'),
          trip('reject', 0.5, 'plainReject'),
          trip('reject', 0.95, 'plainReject'),
        ];
        if (TRIPS_ONLY) return tripFigures;

        // Then corrections up to 1,000 in effect: confirms, rejects, edits and merges across the graph.
        // Meetings an edit may take: not held on a day after today (the generator dates a few so).
        const left = (
          await q(
            `MATCH (m:Meeting) WHERE NOT (m.status = 'held' AND m.date > $today) RETURN m.id AS id ORDER BY m.id`,
            { today: at.slice(0, 10) },
          )
        ).map((r) => String(r.id));
        const persons = await ids('Person');
        let made = 2 * trips;
        for (let i = 0; made < CORRECTIONS && i < left.length; i++, made++) {
          const id = left[(i * 7 + 3) % left.length]!;
          const [keep, drop] = [persons.length - 1 - 2 * i, persons.length - 2 - 2 * i].map(
            (k) => persons[k],
          );
          if (i % 10 === 9 && keep && drop && 2 * i < persons.length / 2)
            await call('mergePeople', { keep, drop, reason: 'bench' });
          else if (i % 4 === 0) await call('rejectMeeting', { id, reason: 'bench' });
          else if (i % 4 === 1) await call('editMeeting', { id, topic: 'corrected topic', reason: 'bench' });
          else await call('confirmMeeting', { id, reason: 'bench' });
        }
        const reapplied = async () =>
          Number(
            (
              await q(
                `MATCH (c:Correction) WHERE c.active AND c.kind = 'person.merge'
                 RETURN sum(size(c.backups) - 1) AS n`,
              )
            )[0]?.n ?? 0,
          );
        const before = await reapplied();
        const t = performance.now();
        await ingestPaths(db, [more], { journal });
        const withCorrections = (performance.now() - t) / 1000;
        const withLoad = load();
        const merged = (await reapplied()) - before;
        return [
          ...tripFigures,
          {
            name: `ingest of the same ${BATCH} new articles with ${made} corrections in effect (${merged} merges applied again)`,
            value: withCorrections,
            unit: 's',
            baseline: {
              name: `ingest of them into the same base with no correction (load ${withoutLoad})`,
              value: without,
            },
            target: 'ratio <= 1.2',
            load: withLoad,
          },
        ];
      } finally {
        await close();
      }
    } finally {
      if (!kept) rmSync(root, { recursive: true, force: true });
    }
  },
};

export default suite;
