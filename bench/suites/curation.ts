// Curation benchmarks on a Neo4j of their own: the round trip of a merge and of a reject through the API
// (validation, the correction's transaction, the record) on a graph of generated articles, and what 1,000
// corrections add to ingesting more articles (the re-application after each committed group).
// RENDEZVOUS_BENCH_CURATION_ARTICLES sets the size of the graph (default 10,000).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppHandlers } from '../../src-main/core/app/root';
import { callMethod } from '../../src-main/core/app/dispatch';
import { ingestPaths } from '../../src-main/core/ingest';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { connect } from '../../src-main/core/store/connection';
import { writeCorpus } from '../../tests/fixtures/generate-corpus';
import type { BenchFigure, BenchSuite } from '../types';

const ARTICLES = Number(process.env.RENDEZVOUS_BENCH_CURATION_ARTICLES ?? 10_000);
const BATCH = Math.max(100, Math.round(ARTICLES / 10));
const CORRECTIONS = 1000;
const ROUND_TRIPS = 100;

function benchEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'RENDEZVOUS_HOME'])
    delete env[name];
  return env;
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;

const suite: BenchSuite = {
  title: `Curation: merge and reject round trips, and ingest with ${CORRECTIONS} corrections, on ${ARTICLES} generated articles`,
  async run(): Promise<BenchFigure[]> {
    const env = benchEnv();
    const home = mkdtempSync(join(tmpdir(), 'rendezvous-bench-curation-'));
    const corpus = mkdtempSync(join(tmpdir(), 'rendezvous-bench-curation-corpus-'));
    await startBuiltinNeo4j({ home, env, heap: '1g', startTimeoutMs: 300_000 });
    const db = await connect({ home, env, start: false });
    const app = createAppHandlers({ connect: { home, env, start: false }, openExternal: async () => false });
    const call = async (method: string, input: unknown) => {
      const out = await callMethod(app.handlers, method, input);
      if (!out.ok) throw new Error(`${method}: ${out.error.message}`);
      return out.value;
    };
    try {
      writeCorpus(join(corpus, 'base'), { articles: ARTICLES, seed: 11 });
      writeCorpus(join(corpus, 'first'), { articles: BATCH, seed: 12, start: '2026-01-01' });
      writeCorpus(join(corpus, 'second'), { articles: BATCH, seed: 13, start: '2026-01-01' });
      const journal = join(home, 'journal.jsonl');
      const base = await ingestPaths(db, [join(corpus, 'base')], { journal });
      if (base.errors) throw new Error(`${base.errors} articles of the corpus failed`);

      const q = async (cypher: string, params: Record<string, unknown> = {}) =>
        (await db.driver.executeQuery(cypher, params, { database: db.database })).records.map((r) =>
          r.toObject(),
        );
      const meetings = (await q('MATCH (m:Meeting) RETURN m.id AS id ORDER BY m.id')).map((r) =>
        String(r.id),
      );
      const people = (await q('MATCH (p:Person) RETURN p.id AS id ORDER BY p.id')).map((r) => String(r.id));

      // Round trips: each merge folds one person into another; each reject takes a fresh meeting.
      const merges: number[] = [];
      const rejects: number[] = [];
      for (let i = 0; i < ROUND_TRIPS; i++) {
        let t = performance.now();
        await call('mergePeople', { keep: people[2 * i]!, drop: people[2 * i + 1]!, reason: 'bench' });
        merges.push(performance.now() - t);
        t = performance.now();
        await call('rejectMeeting', { id: meetings[i]!, reason: 'bench' });
        rejects.push(performance.now() - t);
      }

      // Ingest without any correction in effect: undo them all first.
      for (;;) if (!(await call('undoCorrection', {}))) break;
      await q('MATCH (c:Correction) DETACH DELETE c');
      let t = performance.now();
      await ingestPaths(db, [join(corpus, 'first')], { journal });
      const without = (performance.now() - t) / 1000;

      // Then 1,000 corrections in effect: confirms, rejects, edits and merges across the graph.
      const now = await q('MATCH (m:Meeting) RETURN m.id AS id ORDER BY m.id');
      const ids = now.map((r) => String(r.id));
      const persons = (await q('MATCH (p:Person) RETURN p.id AS id ORDER BY p.id')).map((r) => String(r.id));
      let made = 0;
      for (let i = 0; made < CORRECTIONS && i < ids.length; i++, made++) {
        const id = ids[(i * 7) % ids.length]!;
        if (i % 10 === 9 && persons.length > 2 * (i + 1))
          await call('mergePeople', { keep: persons[2 * i]!, drop: persons[2 * i + 1]!, reason: 'bench' });
        else if (i % 4 === 0) await call('rejectMeeting', { id, reason: 'bench' });
        else if (i % 4 === 1) await call('editMeeting', { id, topic: 'corrected topic', reason: 'bench' });
        else await call('confirmMeeting', { id, reason: 'bench' });
      }
      t = performance.now();
      await ingestPaths(db, [join(corpus, 'second')], { journal });
      const withCorrections = (performance.now() - t) / 1000;

      return [
        {
          name: `merge round trip through the API, p95 of ${ROUND_TRIPS} (${ARTICLES} articles)`,
          value: p95(merges),
          unit: 'ms',
          target: '< 200 ms',
        },
        {
          name: `reject round trip through the API, p95 of ${ROUND_TRIPS} (${ARTICLES} articles)`,
          value: p95(rejects),
          unit: 'ms',
          target: '< 200 ms',
        },
        {
          name: `ingest of ${BATCH} more articles with ${made} corrections in effect`,
          value: withCorrections,
          unit: 's',
          baseline: { name: `ingest of ${BATCH} other articles with none`, value: without },
          target: 'ratio <= 1.2',
        },
      ];
    } finally {
      await app.close();
      await db.close();
      await stopBuiltinNeo4j(home);
    }
  },
};

export default suite;
