// Ingest benchmarks on a Neo4j of their own: our article writer against a plain UNWIND MERGE of the same
// rows (same Neo4j, same run, one transaction per article both ways, statements pipelined both ways), and the end-to-end ingest of a
// generated 1,000-article corpus (extraction on worker threads plus writes) against the sum of its parts
// measured alone (extraction of the same files, plain writes of the same rows).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { extractArticle } from '../../src-main/core/extract/index';
import { ingestPaths } from '../../src-main/core/ingest';
import { ExtractionPool } from '../../src-main/core/ingest/pool';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { connect, type GraphDb } from '../../src-main/core/store/connection';
import type { ArticlePlan } from '../../src-main/core/merge/plan';
import { toParams } from '../../src-main/core/store/values';
import { writeArticle } from '../../src-main/core/store/write-article';
import { generateCorpus, writeCorpus } from '../../tests/fixtures/generate-corpus';
import type { BenchFigure, BenchSuite } from '../types';

const WRITE_ARTICLES = 300;
const E2E_ARTICLES = 1000;
const ROUNDS = 2;

/** A clean environment: no NEO4J_* or RENDEZVOUS_HOME of the person running the bench. */
function benchEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'RENDEZVOUS_HOME'])
    delete env[name];
  return env;
}

async function emptyGraph(db: GraphDb): Promise<void> {
  for (;;) {
    const res = await db.driver.executeQuery(
      'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c',
      {},
      { database: db.database },
    );
    if (Number(res.records[0]?.get('c') ?? 0) < 10000) return;
  }
}

/**
 * What a straightforward writer does with the same rows, as well as it can be done: one UNWIND MERGE per
 * batch, no merging logic, every statement of the article sent pipelined (as our writer sends its plan)
 * and awaited together at the end.
 */
async function plainWrite(db: GraphDb, plan: ArticlePlan): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite(async (tx) => {
      const pending: Promise<unknown>[] = [];
      for (const b of plan.nodes)
        pending.push(
          tx.run(
            `UNWIND $rows AS row MERGE (n:${b.label} {id: row.id}) SET n += row.create, n += row.update`,
            toParams({ rows: b.rows }),
          ),
        );
      for (const b of plan.links)
        pending.push(
          tx.run(
            `UNWIND $rows AS row MATCH (s:${b.from} {id: row.from}) MATCH (t:${b.to} {id: row.to})
           MERGE (s)-[r:${b.type}]->(t) SET r += row.props`,
            toParams({ rows: b.rows }),
          ),
        );
      await Promise.all(pending);
    });
  } finally {
    await session.close();
  }
}

const suite: BenchSuite = {
  title: 'Ingest: article writes vs plain UNWIND MERGE of the same rows; end-to-end generated corpus',
  async run(): Promise<BenchFigure[]> {
    const env = benchEnv();
    const home = mkdtempSync(join(tmpdir(), 'rendezvous-bench-ingest-'));
    const corpusDir = mkdtempSync(join(tmpdir(), 'rendezvous-bench-corpus-'));
    await startBuiltinNeo4j({ home, env, heap: '1g', startTimeoutMs: 300_000 });
    const db = await connect({ home, env, start: false });
    try {
      const extractions = generateCorpus({ articles: WRITE_ARTICLES, seed: 5 }).map((a) =>
        extractArticle({ name: a.name, bytes: new TextEncoder().encode(a.text) }),
      );
      const ours: number[] = [];
      const plain: number[] = [];
      let plans: ArticlePlan[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        await emptyGraph(db);
        const collected: ArticlePlan[] = [];
        let t = performance.now();
        for (const ex of extractions) await writeArticle(db, ex, { onPlan: (p) => collected.push(p) });
        ours.push(extractions.length / ((performance.now() - t) / 1000));
        plans = collected;
        await emptyGraph(db);
        t = performance.now();
        for (const plan of plans) await plainWrite(db, plan);
        plain.push(plans.length / ((performance.now() - t) / 1000));
      }
      const rows = plans.reduce(
        (n, p) =>
          n + p.nodes.reduce((k, b) => k + b.rows.length, 0) + p.links.reduce((k, b) => k + b.rows.length, 0),
        0,
      );

      await emptyGraph(db);
      const files = writeCorpus(corpusDir, { articles: E2E_ARTICLES, seed: 9 });
      const t = performance.now();
      const report = await ingestPaths(db, [corpusDir], { journal: join(home, 'bench-journal.jsonl') });
      const seconds = (performance.now() - t) / 1000;
      if (report.articles + report.unchanged! !== files.length)
        throw new Error(`end-to-end ingest stored ${report.articles} of ${files.length} articles`);
      const e2eLoad = loadavg()[0]!.toFixed(2);

      // The parts alone: extraction of the same files on the same worker pool, then plain writes of the
      // rows our writer plans for them (the plans collected in a write that is not timed).
      const pool = new ExtractionPool();
      let tp = performance.now();
      const outcomes = await Promise.all(
        files.map((f) => pool.extract({ name: basename(f), bytes: readFileSync(f) })),
      );
      const extractS = (performance.now() - tp) / 1000;
      await pool.close();
      await emptyGraph(db);
      const e2ePlans: ArticlePlan[] = [];
      for (const o of outcomes)
        if (o.ok) await writeArticle(db, o.extraction, { onPlan: (p) => e2ePlans.push(p) });
      await emptyGraph(db);
      tp = performance.now();
      for (const plan of e2ePlans) await plainWrite(db, plan);
      const writeS = (performance.now() - tp) / 1000;

      return [
        {
          name: `article writes, ${WRITE_ARTICLES} generated articles (${rows} rows), merging included (best of ${ROUNDS})`,
          value: Math.max(...ours),
          unit: 'articles/s',
          baseline: { name: 'plain UNWIND MERGE of the same rows, pipelined', value: Math.max(...plain) },
          target: 'ratio >= 0.7',
        },
        {
          name: `end-to-end ingest of ${E2E_ARTICLES} generated articles (extraction on workers + writes)`,
          value: seconds,
          unit: 's',
          target: '<= 60 s',
        },
        {
          name: `end-to-end ingest against the sum of its parts alone (extraction ${extractS.toFixed(1)} s + plain writes ${writeS.toFixed(1)} s)`,
          value: seconds,
          unit: 's',
          baseline: {
            name: 'extraction alone + plain UNWIND MERGE writes of the same rows',
            value: extractS + writeS,
          },
          load: e2eLoad,
        },
        {
          name: 'end-to-end ingest throughput',
          value: E2E_ARTICLES / seconds,
          unit: 'articles/s',
        },
      ];
    } finally {
      await db.close();
      await stopBuiltinNeo4j(home);
      rmSync(home, { recursive: true, force: true });
      rmSync(corpusDir, { recursive: true, force: true });
    }
  },
};

export default suite;
