// The scale run: a realistic generated corpus (3-8 KB articles, 5,000 officials, long-tailed parties)
// ingested into a Neo4j of its own, with the throughput curve, the peak memory of this process and of
// Neo4j, and a re-ingest of the same files. Used by the `scale` suite (2,000 articles) and `scale30k`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src-main/core/ingest';
import { neo4jMemory } from '../../src-main/core/neo4j/sizing';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { connect } from '../../src-main/core/store/connection';
import type { BenchFigure } from '../types';
import { benchEnv } from './plain-write';

const GENERATOR = new URL('../../tests/fixtures/generate-corpus.ts', import.meta.url);

/** The peak resident memory of a process so far, in MiB, from /proc (VmHWM). */
function peakRssMib(pid: number | 'self'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

const mib = (size: string): number => {
  const m = /^(\d+)([kmg]?)$/i.exec(size.trim());
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  return unit === 'g' ? n * 1024 : unit === 'k' ? n / 1024 : unit === 'm' ? n : n / 1024 / 1024;
};

/**
 * Writes the generated corpus (3-8 KB articles, 5,000 officials, long-tailed parties) from a process of its
 * own: the generator holds every article it makes, which is not the ingest's memory to measure.
 */
function generateInChild(dir: string, articles: number): string[] {
  const options = JSON.stringify({ officials: 5000, skew: 3, bytes: [3000, 8000] });
  execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(GENERATOR), dir, String(articles), '13', options],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const files = readdirSync(dir).map((name) => join(dir, name));
  if (files.length !== articles)
    throw new Error(`the generator wrote ${files.length} of ${articles} articles`);
  return files;
}

/** Runs the scale ingest of `articles` generated articles and returns its figures. */
export async function scaleRun(articles: number): Promise<BenchFigure[]> {
  const env = benchEnv();
  const home = mkdtempSync(join(tmpdir(), 'rendezvous-bench-scale-'));
  const corpus = mkdtempSync(join(tmpdir(), 'rendezvous-bench-scale-corpus-'));
  const memory = neo4jMemory(env);
  const neo4j = await startBuiltinNeo4j({ home, env, startTimeoutMs: 300_000 });
  const db = await connect({ home, env, start: false });
  const load = () => loadavg()[0]!.toFixed(2);
  try {
    const files = generateInChild(corpus, articles);
    const at: number[] = [];
    const tenth = Math.max(1, Math.floor(files.length / 10));
    // The process's resident memory as each tenth of the corpus is committed: flat when memory is
    // bounded by the pipeline, rising when something grows with the corpus.
    const rssAt: number[] = [];
    const t0 = performance.now();
    let firstAt = Number.NaN;
    const first = await ingestPaths(db, [corpus], {
      journal: join(home, 'scale-journal.jsonl'),
      onProgress: (done) => {
        at[done] = performance.now();
        if (done === 1) firstAt = performance.now() - t0;
        if (done % tenth === 0 && rssAt.length < 10) rssAt.push(process.memoryUsage().rss / 1024 / 1024);
      },
    });
    const firstS = (performance.now() - t0) / 1000;
    const firstLoad = load();
    if (first.articles + first.errors + (first.unchanged ?? 0) !== files.length)
      throw new Error(`the ingest reported ${first.articles} of ${files.length} articles`);
    const rate = (from: number, to: number) => (to - from) / ((at[to]! - at[from]!) / 1000);
    const early = rate(1, tenth);
    const late = rate(files.length - tenth, files.length);
    const curve = Array.from({ length: 10 }, (_, k) => {
      const from = Math.max(1, k * tenth);
      const to = Math.min(files.length, (k + 1) * tenth);
      return rate(from, to).toFixed(1);
    });
    const nodeRss = peakRssMib('self');
    const neo4jRss = peakRssMib(neo4j.pid);
    const t1 = performance.now();
    const again = await ingestPaths(db, [corpus], { journal: join(home, 'scale-journal.jsonl') });
    const againS = (performance.now() - t1) / 1000;
    if (again.unchanged !== files.length)
      throw new Error(`re-ingest found ${again.unchanged} of ${files.length} articles unchanged`);
    const heapAndCache = mib(memory.heap) + mib(memory.pageCache);
    const missed = [
      late < early / 1.3
        ? `the last tenth ran at ${late.toFixed(1)} articles/s, below the first's ${early.toFixed(1)} / 1.3`
        : null,
      nodeRss > 1024 ? `the node process peaked at ${nodeRss.toFixed(0)} MiB (> 1024)` : null,
      neo4jRss > heapAndCache
        ? `Neo4j peaked at ${neo4jRss.toFixed(0)} MiB, above its heap + page cache (${heapAndCache} MiB)`
        : null,
      againS > 0.05 * firstS
        ? `the re-ingest took ${againS.toFixed(1)} s, over 5% of the first ${firstS.toFixed(1)} s`
        : null,
    ].filter((m): m is string => !!m);
    if (missed.length)
      throw new Error(
        `scale checks missed (load ${firstLoad}): ${missed.join('; ')}; curve ${curve.join(', ')} articles/s; ` +
          `all figures: ${(files.length / firstS).toFixed(1)} articles/s, last tenth ${(late / early).toFixed(2)}x the first, ` +
          `node ${nodeRss.toFixed(0)} MiB (resident at each tenth: ${rssAt.map((m) => m.toFixed(0)).join(', ')}), ` +
          `Neo4j ${neo4jRss.toFixed(0)} of ${heapAndCache} MiB, re-ingest ${againS.toFixed(2)} s of ${firstS.toFixed(1)} s`,
      );
    return [
      {
        name: `ingest of ${articles} generated articles (3-8 KB, 5,000 officials, long-tailed parties)`,
        value: firstS,
        unit: 's',
        load: firstLoad,
      },
      { name: 'ingest throughput', value: files.length / firstS, unit: 'articles/s', load: firstLoad },
      { name: 'first article committed after', value: firstAt / 1000, unit: 's', load: firstLoad },
      {
        name: `throughput per tenth of the corpus: ${curve.join(', ')} articles/s; last tenth against the first`,
        value: late,
        unit: 'articles/s',
        baseline: { name: 'first tenth', value: early },
        target: 'ratio >= 0.77 (within 1.3x)',
        load: firstLoad,
      },
      {
        name: `peak RSS of the node process (resident at each tenth: ${rssAt.map((m) => m.toFixed(0)).join(', ')} MiB)`,
        value: nodeRss,
        unit: 'MiB',
        target: '<= 1024',
        load: firstLoad,
      },
      {
        name: `peak RSS of Neo4j (heap ${memory.heap} + page cache ${memory.pageCache})`,
        value: neo4jRss,
        unit: 'MiB',
        baseline: { name: 'heap + page cache', value: heapAndCache },
        target: 'ratio <= 1 (the JVM adds its own overhead)',
        load: firstLoad,
      },
      {
        name: 're-ingest of the same corpus',
        value: againS,
        unit: 's',
        baseline: { name: 'first ingest', value: firstS },
        target: 'ratio <= 0.05',
        load: load(),
      },
    ];
  } finally {
    await db.close();
    await stopBuiltinNeo4j(home);
    rmSync(home, { recursive: true, force: true });
    rmSync(corpus, { recursive: true, force: true });
  }
}
