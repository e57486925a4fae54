// Cold start of the built-in Neo4j to Bolt-ready: a fresh home each time, the launcher already built.
// Baseline, measured in the same run and interleaved: the same start without the JVM class archive.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { homePaths } from '../../src-main/core/config/home';
import { findJava } from '../../src-main/core/neo4j/java';
import { ensureLauncher, findLauncherDir } from '../../src-main/core/neo4j/launcher';
import { ensureClassArchive, startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import type { BenchFigure, BenchSuite } from '../types';

const RUNS = 3;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** One cold start in a fresh home: seconds to Bolt-ready, and the launcher's own clock (after JVM boot). */
async function coldStart(env: NodeJS.ProcessEnv): Promise<{ total: number; inside: number | null }> {
  const home = mkdtempSync(join(tmpdir(), 'rendezvous-bench-'));
  try {
    const started = performance.now();
    await startBuiltinNeo4j({ home, env, startTimeoutMs: 300_000 });
    const total = (performance.now() - started) / 1000;
    const ready = /RENDEZVOUS_NEO4J_READY .* ms=(\d+)/.exec(readFileSync(homePaths(home).neo4jLog, 'utf8'));
    return { total, inside: ready?.[1] ? Number(ready[1]) / 1000 : null };
  } finally {
    await stopBuiltinNeo4j(home);
    rmSync(home, { recursive: true, force: true });
  }
}

const suite: BenchSuite = {
  title: `Neo4j cold start to Bolt-ready (median of ${RUNS}, fresh home each)`,
  async run(): Promise<BenchFigure[]> {
    const env = { ...process.env };
    for (const name of ['NEO4J_URI', 'RENDEZVOUS_HOME', 'RENDEZVOUS_NEO4J_CDS']) delete env[name];
    // Steady state: the launcher is built and its class archive made, as after the first start.
    const launcher = await ensureLauncher(findLauncherDir(env), env);
    const archive = await ensureClassArchive(launcher, findJava(env).command, env);
    const withArchive: number[] = [];
    const inside: number[] = [];
    const without: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await coldStart(env);
      withArchive.push(run.total);
      if (run.inside !== null) inside.push(run.inside);
      if (archive) without.push((await coldStart({ ...env, RENDEZVOUS_NEO4J_CDS: '0' })).total);
    }
    const list = (values: number[]) => values.map((v) => v.toFixed(1)).join(', ');
    const figures: BenchFigure[] = [
      {
        name: `cold start to Bolt-ready${archive ? ', with the class archive' : ''} (runs: ${list(withArchive)} s)`,
        value: median(withArchive),
        unit: 's',
        target: '<= 15 s',
        ...(archive
          ? {
              baseline: {
                name: `same, without the class archive; runs: ${list(without)} s`,
                value: median(without),
              },
            }
          : {}),
      },
    ];
    if (inside.length) {
      figures.push({
        name: 'of which Neo4j itself, after the JVM is up (launcher clock)',
        value: median(inside),
        unit: 's',
      });
    }
    return figures;
  },
};

export default suite;
