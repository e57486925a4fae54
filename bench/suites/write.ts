// The article writer on a Neo4j of its own, against plain UNWIND MERGEs of the same rows (same Neo4j,
// same run, one transaction per article every way, and the same graph stored every way, checked by its
// node and relationship counts), sent two ways: one pipelined statement per batch, and one statement per
// article as the writer sends its writes (the fair comparison, as the writer sends them so). Target: 0.7x
// against each.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../../src-main/core/extract/index';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { connect } from '../../src-main/core/store/connection';
import type { ArticlePlan } from '../../src-main/core/merge/plan';
import { writeArticle } from '../../src-main/core/store/write-article';
import { generateCorpus } from '../../tests/fixtures/generate-corpus';
import { benchEnv, emptyGraph, graphShape, plainOneStatementWriter, plainWrite } from '../lib/plain-write';
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
      const oneStatement: number[] = [];
      let plans: ArticlePlan[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        await emptyGraph(db);
        const collected: ArticlePlan[] = [];
        let t = performance.now();
        for (const ex of extractions) await writeArticle(db, ex, { onPlan: (p) => collected.push(p) });
        ours.push(extractions.length / ((performance.now() - t) / 1000));
        plans = collected;
        const ourShape = await graphShape(db);
        const baselines = [
          { name: 'plain', write: plainWrite, out: plain },
          { name: 'one statement', write: plainOneStatementWriter(plans), out: oneStatement },
        ];
        for (const b of baselines) {
          await emptyGraph(db);
          t = performance.now();
          for (const plan of plans) await b.write(db, plan);
          b.out.push(plans.length / ((performance.now() - t) / 1000));
          const shape = await graphShape(db);
          if (shape !== ourShape)
            throw new Error(
              `The baseline (${b.name}) stored another graph:\n ours ${ourShape}\n base ${shape}`,
            );
        }
        console.log(
          `  (round ${round + 1}: ${ours.at(-1)!.toFixed(2)} vs ${plain.at(-1)!.toFixed(2)} pipelined, ${oneStatement.at(-1)!.toFixed(2)} one statement articles/s, load ${loadavg()[0]!.toFixed(2)})`,
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
        {
          name: `writer vs plain writes sent as one statement, same rows (best of ${ROUNDS})`,
          value: Math.max(...ours),
          unit: 'articles/s',
          baseline: {
            name: 'plain UNWIND MERGE of the same rows, one statement per article',
            value: Math.max(...oneStatement),
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
