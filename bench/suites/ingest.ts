// Ingest benchmarks on a Neo4j of their own (the writer alone is the write suite): the end-to-end ingest of a
// generated 1,000-article corpus (extraction on worker threads plus writes) against the sum of its parts
// measured alone (extraction of the same files, plain writes of the same rows).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ingestPaths } from '../../src-main/core/ingest';
import { ExtractionPool } from '../../src-main/core/ingest/pool';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { connect } from '../../src-main/core/store/connection';
import type { ArticlePlan } from '../../src-main/core/merge/plan';
import { writeArticle } from '../../src-main/core/store/write-article';
import { writeCorpus } from '../../tests/fixtures/generate-corpus';
import { benchEnv, emptyGraph, plainWrite } from '../lib/plain-write';
import type { BenchFigure, BenchSuite } from '../types';

const E2E_ARTICLES = 1000;

const suite: BenchSuite = {
  title: 'Ingest: end-to-end generated corpus against the sum of its parts',
  async run(): Promise<BenchFigure[]> {
    const env = benchEnv();
    const home = mkdtempSync(join(tmpdir(), 'rendezvous-bench-ingest-'));
    const corpusDir = mkdtempSync(join(tmpdir(), 'rendezvous-bench-corpus-'));
    await startBuiltinNeo4j({ home, env, heap: '1g', startTimeoutMs: 300_000 });
    const db = await connect({ home, env, start: false });
    try {
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
