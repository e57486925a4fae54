// Cold start of the built-in Neo4j to Bolt-ready: a fresh home each time, the launcher already built.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { homePaths } from '../../src-main/core/config/home';
import { ensureLauncher, findLauncherDir } from '../../src-main/core/neo4j/launcher';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import type { BenchFigure, BenchSuite } from '../types';

const RUNS = 3;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const suite: BenchSuite = {
  title: `Neo4j cold start to Bolt-ready (median of ${RUNS}, fresh home each)`,
  async run(): Promise<BenchFigure[]> {
    const env = { ...process.env };
    for (const name of ['NEO4J_URI', 'RENDEZVOUS_HOME']) delete env[name];
    await ensureLauncher(findLauncherDir(env), env);
    const total: number[] = [];
    const inside: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const home = mkdtempSync(join(tmpdir(), 'rendezvous-bench-'));
      try {
        const started = performance.now();
        await startBuiltinNeo4j({ home, env, startTimeoutMs: 300_000 });
        total.push((performance.now() - started) / 1000);
        const ready = /RENDEZVOUS_NEO4J_READY .* ms=(\d+)/.exec(
          readFileSync(homePaths(home).neo4jLog, 'utf8'),
        );
        if (ready?.[1]) inside.push(Number(ready[1]) / 1000);
      } finally {
        await stopBuiltinNeo4j(home);
        rmSync(home, { recursive: true, force: true });
      }
    }
    const figures: BenchFigure[] = [
      {
        name: `cold start to Bolt-ready (runs: ${total.map((t) => t.toFixed(1)).join(', ')} s)`,
        value: median(total),
        unit: 's',
        target: '<= 15 s',
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
