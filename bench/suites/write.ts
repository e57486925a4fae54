// The article writer on a Neo4j of its own, against plain UNWIND MERGEs of the same rows (same Neo4j,
// same run, and the same graph stored every way, checked by its node and relationship counts):
// - one transaction per article, the plain writes sent two ways: one pipelined statement per batch, and
//   one statement per article as the writer sends its writes;
// - groups of articles in one transaction, as the ingest writes them (DEFAULT_GROUP): the writer's
//   `writeGroups` (each group read and planned while the one before it is committed) against the same
//   plain statement per article, every statement of the group sent pipelined.
// Target: 0.7x against the pipelined plain writes and, for the writes as the ingest makes them
// (groups), against the plain statement per article; both in steady state. Neo4j's JIT compiler takes
// several rounds to settle (each way's server time an article fell from about 8 ms in the first rounds
// to 3-4 ms by the seventh, and the writer, which runs more kinds of statements, settles later than the
// plain writes), so the first WARMUP_ROUNDS rounds run every way but are only printed, and the figures
// are the best of the rounds after them; the first (cold) round is printed beside them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../../src-main/core/extract/index';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { connect, type GraphDb } from '../../src-main/core/store/connection';
import type { ArticlePlan } from '../../src-main/core/merge/plan';
import type { Extraction } from '../../src-main/common/extraction';
import { writeArticle } from '../../src-main/core/store/write-article';
import { writeGroups } from '../../src-main/core/store/write-pipeline';
import { DEFAULT_GROUP } from '../../src-main/core/ingest/index';
import { generateCorpus } from '../../tests/fixtures/generate-corpus';
import {
  benchEnv,
  emptyGraph,
  graphShape,
  plainGroupWriter,
  plainOneStatementWriter,
  plainWrite,
} from '../lib/plain-write';
import { loadavg } from 'node:os';
import type { BenchFigure, BenchSuite } from '../types';

const WRITE_ARTICLES = 304;
/** Rounds that run every way, printed but not counted: the server's JIT settles in them. */
const WARMUP_ROUNDS = 5;
/** Rounds counted, after the warm-up. */
const ROUNDS = 4;

/** Articles/s of each way of writing, one entry per round. */
interface Rates {
  ours: number[];
  plain: number[];
  oneStatement: number[];
  grouped: number[];
  plainGrouped: number[];
}

const groupsOf = <T>(xs: T[]): T[][] =>
  Array.from({ length: Math.ceil(xs.length / DEFAULT_GROUP) }, (_, i) =>
    xs.slice(i * DEFAULT_GROUP, (i + 1) * DEFAULT_GROUP),
  );

/**
 * One round: the writer one article a transaction (its plans are the rows every baseline writes), then
 * each baseline and the writer in groups, each on an empty graph and checked to store the same graph.
 */
async function round(db: GraphDb, extractions: Extraction[], rates: Rates): Promise<ArticlePlan[]> {
  await emptyGraph(db);
  const plans: ArticlePlan[] = [];
  let t = performance.now();
  for (const ex of extractions) await writeArticle(db, ex, { onPlan: (p) => plans.push(p) });
  rates.ours.push(extractions.length / ((performance.now() - t) / 1000));
  const ourShape = await graphShape(db);
  const oneByOne = (write: (g: GraphDb, plan: ArticlePlan) => Promise<void>) => async () => {
    for (const plan of plans) await write(db, plan);
  };
  const inGroups = (write: (g: GraphDb, group: ArticlePlan[]) => Promise<void>) => async () => {
    for (const group of groupsOf(plans)) await write(db, group);
  };
  // As the ingest writes: each group read and planned while the one before it is committed.
  const ourGroups = async () => {
    for (const r of (await writeGroups(db, groupsOf(extractions))).flat()) if ('error' in r) throw r.error;
  };
  const ways = [
    { name: 'plain', run: oneByOne(plainWrite), out: rates.plain },
    { name: 'one statement', run: oneByOne(plainOneStatementWriter(plans)), out: rates.oneStatement },
    { name: 'writer in groups', run: ourGroups, out: rates.grouped },
    { name: 'one statement in groups', run: inGroups(plainGroupWriter(plans)), out: rates.plainGrouped },
  ];
  for (const b of ways) {
    await emptyGraph(db);
    t = performance.now();
    await b.run();
    b.out.push(plans.length / ((performance.now() - t) / 1000));
    const shape = await graphShape(db);
    if (shape !== ourShape)
      throw new Error(`The way "${b.name}" stored another graph:\n ours ${ourShape}\n base ${shape}`);
  }
  const last = (xs: number[]) => xs.at(-1)!.toFixed(2);
  const n = rates.ours.length;
  console.log(
    `  (${n <= WARMUP_ROUNDS ? 'warm-up ' : ''}round ${n}: ${last(rates.ours)} vs ${last(rates.plain)} pipelined, ${last(rates.oneStatement)} one statement; in groups ${last(rates.grouped)} vs ${last(rates.plainGrouped)} articles/s, load ${loadavg()[0]!.toFixed(2)})`,
  );
  return plans;
}

const suite: BenchSuite = {
  title: 'Article writes vs plain UNWIND MERGE of the same rows',
  async run(): Promise<BenchFigure[]> {
    const env = benchEnv();
    const home = mkdtempSync(join(tmpdir(), 'rendezvous-bench-write-'));
    await startBuiltinNeo4j({ home, env, heap: '1g', startTimeoutMs: 300_000 });
    const db = await connect({ home, env, start: false });
    try {
      const extractions = generateCorpus({ articles: WRITE_ARTICLES, seed: 5 }).map((a) =>
        extractArticle({ name: a.name, bytes: new TextEncoder().encode(a.text) }),
      );
      const rates: Rates = { ours: [], plain: [], oneStatement: [], grouped: [], plainGrouped: [] };
      let plans: ArticlePlan[] = [];
      for (let r = 0; r < WARMUP_ROUNDS + ROUNDS; r++) plans = await round(db, extractions, rates);
      const cold = (xs: number[], ys: number[]) =>
        `first (cold) round ${xs[0]!.toFixed(2)} vs ${ys[0]!.toFixed(2)}, ${(xs[0]! / ys[0]!).toFixed(2)}x`;
      const counted = (xs: number[]) => xs.slice(WARMUP_ROUNDS);
      const ours = counted(rates.ours);
      const plain = counted(rates.plain);
      const oneStatement = counted(rates.oneStatement);
      const grouped = counted(rates.grouped);
      const plainGrouped = counted(rates.plainGrouped);
      const best = `best of ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds`;
      const rows = plans.reduce(
        (n, p) =>
          n + p.nodes.reduce((k, b) => k + b.rows.length, 0) + p.links.reduce((k, b) => k + b.rows.length, 0),
        0,
      );
      return [
        {
          name: `article writes, ${WRITE_ARTICLES} generated articles (${rows} rows), merging included (${best}; ${cold(rates.ours, rates.plain)})`,
          value: Math.max(...ours),
          unit: 'articles/s',
          baseline: { name: 'plain UNWIND MERGE of the same rows, pipelined', value: Math.max(...plain) },
          target: 'ratio >= 0.7',
        },
        {
          // No target: a lone article a transaction is how the ingest writes only a last group of one or
          // an article retried alone; it waits for its reads before it can send its writes, a round trip
          // plain writes never make. The ingest's figure is the next one, in groups.
          name: `writer vs plain writes sent as one statement, same rows, one article a transaction (${best}; ${cold(rates.ours, rates.oneStatement)}; no target: the ingest writes groups, next figure)`,
          value: Math.max(...ours),
          unit: 'articles/s',
          baseline: {
            name: 'plain UNWIND MERGE of the same rows, one statement per article',
            value: Math.max(...oneStatement),
          },
        },
        {
          name: `writer in groups of ${DEFAULT_GROUP} articles a transaction, as the ingest writes (${best}; ${cold(rates.grouped, rates.plainGrouped)})`,
          value: Math.max(...grouped),
          unit: 'articles/s',
          baseline: {
            name: `plain UNWIND MERGE of the same rows, one statement per article, ${DEFAULT_GROUP} a transaction, pipelined`,
            value: Math.max(...plainGrouped),
          },
          target: 'ratio >= 0.7',
        },
      ];
    } finally {
      await db.close();
      await stopBuiltinNeo4j(home);
      rmSync(home, { recursive: true, force: true });
    }
  },
};

export default suite;
