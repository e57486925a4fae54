// The initial view of a large database in headless Chromium, through the web mode as a user opens it: for
// each view (who met whom, then meetings), the time from navigation (or from the click on the view) to the
// graph ready (layout settled, labels placed), the banner's counts against true counts from plain Cypher,
// the pairs of shown node labels that overlap at fit (from Cytoscape's rendered label boxes), pan/zoom
// frame times, and a screenshot in bench/results/.
//
// RENDEZVOUS_BENCH_VIEW_HOME names a Rendezvous home holding an ingested database (for example the base the
// curation bench stores). Neo4j is started in that folder, so give a copy that may be written to. Without
// it, a smaller base of RENDEZVOUS_BENCH_VIEW_ARTICLES articles (default 1,000) is ingested into a
// temporary folder first, and the suite says so.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ingestPaths } from '../../src-main/core/ingest';
import { startBuiltinNeo4j, stopBuiltinNeo4j } from '../../src-main/core/neo4j/manager';
import { connect, type GraphDb } from '../../src-main/core/store/connection';
import { startWebApp } from '../../src-main/web';
import { writeCorpus } from '../../tests/fixtures/generate-corpus';
import type { BenchFigure, BenchSuite } from '../types';
import { benchEnv } from '../lib/plain-write';

const RESULTS = resolve(import.meta.dirname, '..', 'results');
const load = () => loadavg()[0]!.toFixed(2);
const FRAMES = 60;

/** The home to open: the one named, or a small one ingested here. */
async function benchHome(env: NodeJS.ProcessEnv): Promise<{ home: string; note: string; temp: boolean }> {
  const named = process.env.RENDEZVOUS_BENCH_VIEW_HOME;
  if (named) return { home: named, note: `database in ${named}`, temp: false };
  const articles = Number(process.env.RENDEZVOUS_BENCH_VIEW_ARTICLES ?? 1000);
  const root = mkdtempSync(join(tmpdir(), 'rendezvous-bench-view-'));
  const home = join(root, 'home');
  mkdirSync(home);
  process.stderr.write(
    articles < 10_000
      ? `  (no RENDEZVOUS_BENCH_VIEW_HOME: ingesting a smaller base of ${articles} articles first; the figures are not those of 10,000)\n`
      : `  (no RENDEZVOUS_BENCH_VIEW_HOME: ingesting ${articles} generated articles first)\n`,
  );
  const corpus = join(root, 'corpus');
  writeCorpus(corpus, { articles, seed: 11, officials: 5000, skew: 3, bytes: [3000, 8000] });
  await startBuiltinNeo4j({ home, env, startTimeoutMs: 300_000 });
  const db = await connect({ home, env, start: false });
  try {
    const r = await ingestPaths(db, [corpus], { journal: join(home, 'journal.jsonl') });
    if (r.errors) throw new Error(`${r.errors} articles of the corpus failed`);
  } finally {
    await db.close();
  }
  return { home, note: `a base of ${articles} articles ingested in this run`, temp: true };
}

async function count(db: GraphDb, cypher: string): Promise<number> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const r = await session.run(cypher);
    return Number(r.records[0]!.get(0));
  } finally {
    await session.close();
  }
}

/** True counts with no filter, in plain Cypher of their own (not the app's queries). */
async function trueCounts(db: GraphDb) {
  const shownMeeting = `(m:Meeting) WHERE m.rejectedOn IS NULL AND EXISTS { (m)-[:REPORTED_IN]->(:Article) }`;
  const mentioned = `MATCH (:Article)-[:MENTIONS]->(p:Person) RETURN p AS x`;
  const withAffiliations = `WITH DISTINCT x CALL (x) { RETURN x AS y UNION MATCH (x:Person)-[:AFFILIATED_WITH]->(y) RETURN y }
    RETURN count(DISTINCT y)`;
  return {
    meetings: await count(db, `MATCH ${shownMeeting} RETURN count(m)`),
    mentioned: await count(db, `MATCH (:Article)-[:MENTIONS]->(p:Person) RETURN count(DISTINCT p)`),
    whoMetWhom: await count(
      db,
      `CALL () { MATCH ${shownMeeting} MATCH (m)-[:PARTICIPANT]->(x) RETURN x UNION ${mentioned} } ${withAffiliations}`,
    ),
    meetingsView: await count(
      db,
      `CALL () { MATCH ${shownMeeting} CALL (m) { MATCH (m)-[:PARTICIPANT|AT|ABOUT|ANNOUNCED_BY|REPORTED_BY]->(x) RETURN x UNION RETURN m AS x } RETURN x
                 UNION ${mentioned} } ${withAffiliations}`,
    ),
  };
}

type Cy = {
  nodes(selector?: string): { length: number; forEach(f: (n: CyNode) => void): void };
  edges(): { length: number };
};
type CyNode = {
  id(): string;
  hasClass(c: string): boolean;
  visible(): boolean;
  data(k: string): unknown;
  renderedBoundingBox(o: object): { x1: number; y1: number; x2: number; y2: number; w: number };
};

/** Waits until the canvas has nodes, no layout runs and labels were placed (the canvas's own markers). */
/**
 * Waits until the canvas has nodes of the view, no layout runs and labels were placed (the canvas's own
 * markers); returns, on the page's clock, how long the page took from the graph's answer to its nodes on
 * the canvas (parse, state, elements) and from there to ready (layout, labels).
 */
async function graphReady(
  page: Page,
  view: string,
  timeoutMs: number,
): Promise<{ toCanvas: number; toReady: number } | null> {
  type Marks = { nodesAt?: number; readyAt?: number };
  await page.evaluate(() => void ((globalThis as { benchMarks?: Marks }).benchMarks = {}));
  await page.waitForFunction(
    (meetings) => {
      const marks = ((globalThis as { benchMarks?: Marks }).benchMarks ??= {});
      const el = document.querySelector('[data-testid="graph-canvas"]');
      const cy = (el as unknown as { _cyreg?: { cy?: Cy } } | null)?._cyreg?.cy;
      // The meetings view is there once meeting nodes are (the view before it has none).
      const there = !!cy && cy.nodes().length > 0 && (!meetings || cy.nodes('.kind-meeting').length > 0);
      if (!there) return false;
      marks.nodesAt ??= performance.now();
      const ready =
        el!.getAttribute('data-layout') === 'settled' && el!.getAttribute('data-labels-hidden') !== null;
      if (ready) marks.readyAt = performance.now();
      return ready;
    },
    view === 'meetings',
    { timeout: timeoutMs, polling: 'raf' },
  );
  return page.evaluate(() => {
    const marks = (globalThis as { benchMarks?: Marks }).benchMarks!;
    const answers = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/graph')) as PerformanceResourceTiming[];
    const answer = answers.at(-1)?.responseEnd;
    if (answer === undefined || marks.nodesAt === undefined || marks.readyAt === undefined) return null;
    return { toCanvas: marks.nodesAt - answer, toReady: marks.readyAt - marks.nodesAt };
  });
}

/** Shown labels at the current viewport, and how many pairs of them overlap. */
async function labelOverlaps(page: Page): Promise<{
  shown: number;
  nodes: number;
  edges: number;
  pairs: number;
  skipped: Record<string, number>;
}> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="graph-canvas"]')!;
    const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const boxes: { x1: number; y1: number; x2: number; y2: number }[] = [];
    const skipped = { hidden: 0, off: 0, noLabel: 0, empty: 0 };
    cy.nodes().forEach((n) => {
      if (!n.visible()) return void skipped.hidden++;
      if (n.hasClass('label-off')) return void skipped.off++;
      if (!n.data('label')) return void skipped.noLabel++;
      const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      if (b.w > 0) boxes.push(b);
      else skipped.empty++;
    });
    boxes.sort((a, b) => a.x1 - b.x1);
    let pairs = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length && boxes[j]!.x1 < boxes[i]!.x2; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.y1 < b.y2 && b.y1 < a.y2) pairs++;
      }
    return { shown: boxes.length, nodes: cy.nodes().length, edges: cy.edges().length, pairs, skipped };
  });
}

/** Each frame's time over FRAMES frames of panning and zooming, then back to where it was. */
async function frameTimes(page: Page): Promise<number[]> {
  return page.evaluate(async (frames) => {
    const el = document.querySelector('[data-testid="graph-canvas"]')!;
    const cy = (
      el as unknown as {
        _cyreg: {
          cy: {
            panBy(p: object): void;
            zoom(): number;
            zoom(o: object): void;
            width(): number;
            height(): number;
          };
        };
      }
    )._cyreg.cy;
    const next = () => new Promise<number>((r) => requestAnimationFrame(r));
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    const times: number[] = [];
    let last = await next();
    for (let i = 0; i < frames; i++) {
      const phase = Math.floor((i * 4) / frames) % 4;
      if (phase === 0) cy.panBy({ x: 14, y: 8 });
      else if (phase === 1) cy.zoom({ level: cy.zoom() * 1.05, renderedPosition: centre });
      else if (phase === 2) cy.panBy({ x: -14, y: -8 });
      else cy.zoom({ level: cy.zoom() / 1.05, renderedPosition: centre });
      const now = await next();
      times.push(now - last);
      last = now;
    }
    return times;
  }, FRAMES);
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * q) - 1]!;

/** The banner's numbers: entities shown and in all, meetings loaded and in all, people named. */
function bannerCounts(text: string) {
  const num = (s: string | undefined) => (s === undefined ? null : Number(s.replace(/,/g, '')));
  const ent = /Showing ([\d,]+) of ([\d,]+) entities/.exec(text);
  const all = /Showing all ([\d,]+) entities/.exec(text);
  const meet = /newest ([\d,]+) of ([\d,]+) meetings/.exec(text);
  const people = /([\d,]+) of ([\d,]+) people/.exec(text);
  return {
    entitiesShown: num(ent?.[1] ?? all?.[1]),
    entitiesTotal: num(ent?.[2] ?? all?.[1]),
    meetingsTotal: num(meet?.[2]),
    mentionedTotal: num(people?.[2]),
  };
}

type Truth = Awaited<ReturnType<typeof trueCounts>>;
type View = 'whoMetWhom' | 'meetings';

/** The banner's counts against the true ones. */
async function bannerFigures(page: Page, view: View, truth: Truth): Promise<BenchFigure[]> {
  const banner = page.getByRole('status', { name: 'View coverage' });
  const text = (await banner.count()) ? ((await banner.textContent()) ?? '') : '';
  process.stderr.write(`  (${view} banner: ${text || 'none'})\n`);
  const b = bannerCounts(text);
  const wantEntities = view === 'whoMetWhom' ? truth.whoMetWhom : truth.meetingsView;
  const figures: BenchFigure[] = [
    {
      name: `${view}: entities in the banner (true count ${wantEntities})`,
      value: b.entitiesTotal ?? NaN,
      unit: 'entities',
      baseline: { name: 'true count from Cypher', value: wantEntities },
      target: 'ratio 1.00',
    },
    { name: `${view}: entities drawn, as the banner says`, value: b.entitiesShown ?? NaN, unit: 'entities' },
  ];
  if (b.meetingsTotal !== null)
    figures.push({
      name: `${view}: meetings in the banner (true count ${truth.meetings})`,
      value: b.meetingsTotal,
      unit: 'meetings',
      baseline: { name: 'true count from Cypher', value: truth.meetings },
      target: 'ratio 1.00',
    });
  if (b.mentionedTotal !== null)
    figures.push({
      name: `${view}: people named in the banner (true count ${truth.mentioned})`,
      value: b.mentionedTotal,
      unit: 'people',
      baseline: { name: 'true count from Cypher', value: truth.mentioned },
      target: 'ratio 1.00',
    });
  return figures;
}

/**
 * Waits for the clusters of what the view left undrawn (asked for once the graph is drawn) and their
 * layout; figures: the time from ready to the clusters settled, and the entities they count against the
 * true count less those drawn.
 */
async function clusterFigures(page: Page, view: View, truth: Truth): Promise<BenchFigure[]> {
  const started = performance.now();
  const banner = page.getByRole('status', { name: 'View coverage' });
  if (!(await banner.count())) return [];
  await page.waitForFunction(
    () =>
      /more in [\d,]+ clusters?/.test(
        document.querySelector('[aria-label="View coverage"]')?.textContent ?? '',
      ),
    undefined,
    { timeout: 600_000, polling: 100 },
  );
  await page.waitForFunction(
    () => document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-layout') === 'settled',
    undefined,
    { timeout: 600_000, polling: 'raf' },
  );
  const settled = performance.now() - started;
  const text = (await banner.textContent()) ?? '';
  const num = (s: string | undefined) => Number((s ?? 'NaN').replace(/,/g, ''));
  const [, shown] = /Showing ([\d,]+) of/.exec(text) ?? [];
  const [, members, clusters] = /([\d,]+) more in ([\d,]+) clusters?/.exec(text) ?? [];
  const drawn = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="graph-canvas"]');
    return (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy.nodes('.cluster').length;
  });
  process.stderr.write(`  (${view}: ${clusters} clusters of ${members} entities, ${drawn} drawn)\n`);
  const want = (view === 'whoMetWhom' ? truth.whoMetWhom : truth.meetingsView) - num(shown);
  return [
    {
      name: `${view}: graph ready to its clusters drawn and laid out (${clusters} clusters)`,
      value: settled,
      unit: 'ms',
      load: load(),
    },
    {
      name: `${view}: entities the clusters count (true count less those drawn: ${want})`,
      value: num(members),
      unit: 'entities',
      baseline: { name: 'true count from Cypher less those drawn', value: want },
      target: 'ratio 1.00',
    },
  ];
}

/** Label overlaps at fit, a screenshot, and pan/zoom frame times. */
async function drawingFigures(page: Page, view: View): Promise<BenchFigure[]> {
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.waitForTimeout(1500);
  const o = await labelOverlaps(page);
  process.stderr.write(
    `  (${view}: ${o.nodes} nodes, ${o.edges} edges, ${o.shown} labels shown at fit; not drawn: ${JSON.stringify(o.skipped)})\n`,
  );
  const overlapLoad = load();
  await page.screenshot({ path: join(RESULTS, `view-${view}.png`) });
  const times = await frameTimes(page);
  const frameLoad = load();
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.waitForTimeout(500);
  return [
    {
      name: `${view}: pairs of shown node labels overlapping at fit (${o.shown} labels shown, ${o.nodes} nodes)`,
      value: o.pairs,
      unit: 'pairs',
      target: '0',
      load: overlapLoad,
    },
    {
      name: `${view}: pan/zoom frame time, median of ${FRAMES}`,
      value: quantile(times, 0.5),
      unit: 'ms',
      target: '<= 100',
      load: frameLoad,
    },
    {
      name: `${view}: pan/zoom frame time, p95 of ${FRAMES}`,
      value: quantile(times, 0.95),
      unit: 'ms',
      target: '<= 100',
      load: frameLoad,
    },
  ];
}

/** Opens one view (navigation for the first, a click for the second) and times it to ready. */
async function readyFigures(
  page: Page,
  view: View,
  url: string,
  answered: Map<string, number>,
): Promise<BenchFigure[]> {
  answered.clear();
  const started = performance.now();
  if (view === 'whoMetWhom') await page.goto(url);
  else {
    await page.evaluate(() =>
      document.querySelector('[data-testid="graph-canvas"]')?.removeAttribute('data-labels-hidden'),
    );
    await page
      .getByRole('group', { name: 'View' })
      .getByRole('button', { name: 'Meetings', exact: true })
      .click();
  }
  const split = await graphReady(page, view, 600_000);
  const readyMs = performance.now() - started;
  const readyLoad = load();
  const graphAt = answered.get('graph');
  process.stderr.write(
    `  (${view}: ${[...answered].map(([m, t]) => `${m} answered at ${(t - started).toFixed(0)} ms`).join(', ')}; ready at ${readyMs.toFixed(0)} ms)\n`,
  );
  const from = view === 'whoMetWhom' ? 'navigation' : 'the click on Meetings';
  const figures: BenchFigure[] = [
    {
      name: `${view}: ${from} to the graph ready (layout settled, labels placed)`,
      value: readyMs,
      unit: 'ms',
      target: '<= 3000',
      load: readyLoad,
    },
  ];
  if (graphAt !== undefined)
    figures.push({
      name: `${view}: of which after the graph's answer came (drawing, layout, labels)`,
      value: readyMs - (graphAt - started),
      unit: 'ms',
      load: readyLoad,
    });
  if (split)
    figures.push(
      {
        name: `${view}: the graph's answer to its nodes on the canvas (parse, state, elements)`,
        value: split.toCanvas,
        unit: 'ms',
        load: readyLoad,
      },
      {
        name: `${view}: nodes on the canvas to ready (layout, separation, labels)`,
        value: split.toReady,
        unit: 'ms',
        load: readyLoad,
      },
    );
  return figures;
}

/** The page, with the times each API answer came in (to split the time to ready). */
async function openPage(browser: Browser): Promise<{ page: Page; answered: Map<string, number> }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // tsx names inner functions with a __name helper that the page lacks.
  await page.addInitScript('globalThis.__name = (f) => f');
  page.on('pageerror', (err) => process.stderr.write(`  page error: ${err.message}\n`));
  const answered = new Map<string, number>();
  page.on('requestfinished', (req) => {
    const path = new URL(req.url()).pathname;
    if (path.startsWith('/api/')) answered.set(path.slice(5), performance.now());
  });
  return { page, answered };
}

const suite: BenchSuite = {
  title: 'The initial view of a large database in headless Chromium (web mode)',
  onlyWhenNamed: true,
  async run() {
    const env = benchEnv();
    const { home, note, temp } = await benchHome(env);
    process.stderr.write(`  (${note})\n`);
    mkdirSync(RESULTS, { recursive: true });
    await startBuiltinNeo4j({ home, env, startTimeoutMs: 300_000 });
    const db = await connect({ home, env, start: false });
    const figures: BenchFigure[] = [];
    // The renderer is built afresh as a production build: one left by the test runner (NODE_ENV=test)
    // carries React's development JSX, which is slower.
    process.env.NODE_ENV = 'production';
    const app = await startWebApp({ port: 0, rebuild: true, connect: { home, env, start: false } });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const truth = await trueCounts(db);
      process.stderr.write(`  (true counts: ${JSON.stringify(truth)})\n`);
      const { page, answered } = await openPage(browser);
      // The first load meets a database just started (cold caches, plans not yet compiled): it is timed
      // on its own, then the page is loaded again as a user reopening the app would.
      const started = performance.now();
      await page.goto(app.url);
      await graphReady(page, 'whoMetWhom', 600_000);
      figures.push({
        name: 'whoMetWhom, first load on a just-started database: navigation to the graph ready',
        value: performance.now() - started,
        unit: 'ms',
        load: load(),
      });
      for (const view of ['whoMetWhom', 'meetings'] as const) {
        figures.push(...(await readyFigures(page, view, app.url, answered)));
        figures.push(...(await clusterFigures(page, view, truth)));
        figures.push(...(await bannerFigures(page, view, truth)));
        figures.push(...(await drawingFigures(page, view)));
      }
    } finally {
      await browser.close();
      await app.stop();
      await db.close();
      await stopBuiltinNeo4j(home);
      if (temp) rmSync(resolve(home, '..'), { recursive: true, force: true });
    }
    process.stderr.write(`  (screenshots: ${join(RESULTS, 'view-whoMetWhom.png')}, view-meetings.png)\n`);
    return figures;
  },
};

export default suite;
