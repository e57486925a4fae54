// Hub entities on a Neo4j of their own: a party with 1,000 meetings and one with 50,000 (spread over
// the same ten years) in one graph. For each, the merge-candidate lookup an ingest makes for a new report
// naming the party, and expand on the party as the app calls it (validated input, default view and
// filters). Target: the 50,000-meeting party within 1.5x of the 1,000-meeting one, p50 and p95. Also
// timed, without a target: counting a party's partners again, which the first expand after a change does.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphMethods } from '../../src-main/common/graph';
import type { GraphView } from '../../src-main/common/vocab';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { connect, type GraphDb } from '../../src-main/core/store/connection';
import { meetingCandidates } from '../../src-main/core/store/meeting-candidates';
import { recountPartners } from '../../src-main/core/store/partners';
import { graphQueries } from '../../src-main/core/store/queries';
import { hubReport, poolPerson, writeHubGraph, type HubParty } from '../../tests/helpers/hub-graph';
import { benchEnv } from '../lib/plain-write';
import type { BenchFigure, BenchSuite } from '../types';

const SMALL: HubParty = { id: 'person:party-1k', meetings: 1_000 };
const LARGE: HubParty = { id: 'person:party-50k', meetings: 50_000 };
const WARMUP = 5;
const RUNS = 40;
const RECOUNT_RUNS = 10;

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;

type Timing = { p50: number; p95: number };

const summary = (ms: number[]): Timing => {
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95) };
};

/**
 * Times the small party's and the large party's run `runs` times each after WARMUP untimed runs of both,
 * interleaved (the order swapped every other pair), so a stretch of load or a pause of either process
 * falls on both sides alike: p50 and p95 in ms of each.
 */
async function timedPair(
  small: (i: number) => Promise<unknown>,
  large: (i: number) => Promise<unknown>,
  runs = RUNS,
): Promise<{ small: Timing; large: Timing }> {
  for (let i = 0; i < WARMUP; i++) {
    await small(i);
    await large(i);
  }
  const ms = { small: [] as number[], large: [] as number[] };
  const once = async (side: 'small' | 'large', i: number) => {
    const t = performance.now();
    await (side === 'small' ? small : large)(WARMUP + i);
    ms[side].push(performance.now() - t);
  };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? (['large', 'small'] as const) : (['small', 'large'] as const);
    for (const side of order) await once(side, i);
  }
  return { small: summary(ms.small), large: summary(ms.large) };
}

/** The lookup an ingest makes for a new report naming `party` and someone of the pool, on a day of month `i`. */
async function lookup(db: GraphDb, party: string, i: number): Promise<number> {
  const day = `20${15 + (i % 10)}-${String((i % 12) + 1).padStart(2, '0')}-15`;
  const report = hubReport(party, poolPerson(i * 31 + 7), day, i, `article:new-${i}`, 0);
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return (await session.executeRead((tx) => meetingCandidates(tx, [report]))).length;
  } finally {
    await session.close();
  }
}

/** Expand on `party` with the input the app sends on a double-click (default view, limit and filters). */
async function expand(db: GraphDb, party: string, view: GraphView): Promise<number> {
  const input = graphMethods.expand.input.parse({
    id: party,
    view,
    limit: 25,
    filter: { statuses: ['planned', 'ongoing', 'held', 'cancelled'] },
  });
  const data = await graphQueries.expand(db, input);
  return data.nodes.length + data.omitted;
}

const figures = (
  what: string,
  small: { p50: number; p95: number },
  large: { p50: number; p95: number },
  load: string,
  runs = RUNS,
): BenchFigure[] =>
  (['p50', 'p95'] as const).map((p) => ({
    name: `${what}, party with ${LARGE.meetings.toLocaleString('en')} meetings (${p} of ${runs})`,
    value: large[p],
    unit: 'ms',
    baseline: { name: `party with ${SMALL.meetings.toLocaleString('en')} meetings`, value: small[p] },
    target: 'ratio <= 1.5',
    load,
  }));

const suite: BenchSuite = {
  title: 'Hub entities: merge-candidate lookup and expand, 50,000 meetings vs 1,000',
  async run(): Promise<BenchFigure[]> {
    const env = benchEnv();
    const home = mkdtempSync(join(tmpdir(), 'rendezvous-bench-hub-'));
    await startBuiltinNeo4j({ home, env, heap: '1g', startTimeoutMs: 300_000 });
    const db = await connect({ home, env, start: false });
    try {
      const t = performance.now();
      await writeHubGraph(db, [SMALL, LARGE]);
      console.log(
        `  (wrote ${SMALL.meetings + LARGE.meetings} meetings in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
      );
      const out: BenchFigure[] = [];
      const lookups = await timedPair(
        (i) => lookup(db, SMALL.id, i),
        (i) => lookup(db, LARGE.id, i),
      );
      out.push(
        ...figures(
          'merge-candidate lookup for a new report',
          lookups.small,
          lookups.large,
          loadavg()[0]!.toFixed(2),
        ),
      );
      for (const view of ['whoMetWhom', 'meetings'] as const) {
        const expands = await timedPair(
          () => expand(db, SMALL.id, view),
          () => expand(db, LARGE.id, view),
        );
        out.push(
          ...figures(
            `expand (${view} view, 25 neighbours)`,
            expands.small,
            expands.large,
            loadavg()[0]!.toFixed(2),
          ),
        );
      }
      // Who met whom on a hub reads the partner count stored on its node; after a write touching one of
      // its meetings, or any correction, the next expand counts it again once (no target: reported so the
      // figures above are not read as the cost of that first expand).
      const recounts = await timedPair(
        () => recountPartners(db, 'Person', SMALL.id),
        () => recountPartners(db, 'Person', LARGE.id),
        RECOUNT_RUNS,
      );
      out.push(
        ...figures(
          'partner count made again (the first who-met-whom expand after a change)',
          recounts.small,
          recounts.large,
          loadavg()[0]!.toFixed(2),
          RECOUNT_RUNS,
        ).map(({ target: _target, ...f }) => f),
      );
      return out;
    } finally {
      await db.close();
      await stopBuiltinNeo4j(home);
      rmSync(home, { recursive: true, force: true });
    }
  },
};

export default suite;
