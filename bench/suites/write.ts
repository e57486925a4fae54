// The article writer on a Neo4j of its own, against a plain UNWIND MERGE of the same rows (same Neo4j,
// same run, one transaction per article both ways, statements pipelined both ways, and the same graph
// stored both ways, checked by its node and relationship counts). Target: 0.7x.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../../src-main/core/extract/index';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { connect } from '../../src-main/core/store/connection';
import type { ArticlePlan } from '../../src-main/core/merge/plan';
import { writeArticle } from '../../src-main/core/store/write-article';
import { generateCorpus } from '../../tests/fixtures/generate-corpus';
import { benchEnv, emptyGraph, graphShape, plainWrite } from '../lib/plain-write';
import { loadavg } from 'node:os';
import type { BenchFigure, BenchSuite } from '../types';

const WRITE_ARTICLES = 300;
const ROUNDS = 2;

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
        const ourShape = await graphShape(db);
        await emptyGraph(db);
        t = performance.now();
        for (const plan of plans) await plainWrite(db, plan);
        plain.push(plans.length / ((performance.now() - t) / 1000));
        const plainShape = await graphShape(db);
        if (plainShape !== ourShape)
          throw new Error(`The baseline stored another graph:\n ours  ${ourShape}\n plain ${plainShape}`);
        console.log(
          `  (round ${round + 1}: ${ours.at(-1)!.toFixed(2)} vs ${plain.at(-1)!.toFixed(2)} articles/s, load ${loadavg()[0]!.toFixed(2)})`,
        );
      }
      const rows = plans.reduce(
        (n, p) =>
          n + p.nodes.reduce((k, b) => k + b.rows.length, 0) + p.links.reduce((k, b) => k + b.rows.length, 0),
        0,
      );
      return [
        {
          name: `article writes, ${WRITE_ARTICLES} generated articles (${rows} rows), merging included (best of ${ROUNDS})`,
          value: Math.max(...ours),
          unit: 'articles/s',
          baseline: { name: 'plain UNWIND MERGE of the same rows, pipelined', value: Math.max(...plain) },
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
