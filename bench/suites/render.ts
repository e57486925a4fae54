// Rendering in headless Chromium: the app's graph pipeline against bare Cytoscape with the same elements
// and stylesheet in the same page, on generated graphs: data to first render with positions given, data to
// a settled layout with the layout included (both sides run the same fCoSE with the same options), and
// pan/zoom frames; plus the WebGL renderer on the large graph.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import type { BenchFigure, BenchSuite } from '../types';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PAGE_DIR = join(ROOT, 'bench', 'results', 'render-page');
/** The graphs drawn; `RENDER_SIZES=5000` keeps only those of that many nodes. */
const SIZES: [number, number][] = (
  [
    [500, 1500],
    [5000, 15000],
  ] as [number, number][]
).filter(([n]) => !process.env.RENDER_SIZES || process.env.RENDER_SIZES.split(',').includes(String(n)));
/** Measured runs per size (after one warm-up of each path); the large graph gets fewer, it is slow in software rendering. */
const runsFor = (n: number) => (n >= 5000 ? 3 : 9);
/** `RENDER_LAYOUT_ONLY=1 npm run bench -- render` measures only the layout-included figures (a quicker run). */
const layoutOnly = process.env.RENDER_LAYOUT_ONLY === '1';

interface RunResult {
  firstRenderMs: number;
  frameMs: number;
  /** The longest main-thread task between the data and the first render: how long the page froze. */
  longestTaskMs: number;
}

/** The page's entry point (bench/render/main.tsx). */
type BenchWindow = { renderBench?(kind: string, n: number, m: number): Promise<RunResult> };
type Kind = 'app' | 'bare' | 'webgl' | 'app-layout' | 'bare-layout';
/**
 * Runs of the layout-included measure per size. fCoSE starts from random positions, and its time on the
 * same graph varies by up to 1.8x from one run to the next (1.4-2.5 s on 500 nodes), so the median of
 * several runs is taken; fewer on 5,000 nodes, where one run takes 6-11 s in one browser thread.
 */
const layoutRunsFor = (n: number) => (n >= 5000 ? 3 : 7);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function buildPage(): Promise<void> {
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  await build({
    configFile: false,
    root: join(ROOT, 'bench', 'render'),
    base: './',
    plugins: [react()],
    logLevel: 'error',
    build: { outDir: PAGE_DIR, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
}

async function serve(): Promise<{ url: string; close(): Promise<void> }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  const server = createServer((req, res) => {
    const path = normalize(join(PAGE_DIR, new URL(req.url ?? '/', 'http://x').pathname));
    const file = path.endsWith('/') || path === PAGE_DIR ? join(PAGE_DIR, 'index.html') : path;
    if (!file.startsWith(PAGE_DIR)) return void res.writeHead(404).end();
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/**
 * Cytoscape's WebGL renderer on the large graph. With --disable-gpu Chromium offers no WebGL, so this runs in
 * a second browser with SwiftShader (software WebGL); the baseline is bare Cytoscape's canvas renderer above.
 */
async function measureWebgl(
  site: { url: string },
  baseline: { first: number; frame: number; size: string },
): Promise<BenchFigure[]> {
  const [n, m] = baseline.size.split('/').map(Number) as [number, number];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url);
    await page.waitForFunction(() => typeof (globalThis as BenchWindow).renderBench === 'function');
    const runs: RunResult[] = [];
    for (let i = 0; i < 2; i++) {
      const r = (await page.evaluate(([a, b]) => (globalThis as BenchWindow).renderBench!('webgl', a, b), [
        n,
        m,
      ] as const)) as RunResult;
      process.stderr.write(
        `  (webgl ${baseline.size}: first render ${r.firstRenderMs.toFixed(0)} ms, frame ${r.frameMs.toFixed(1)} ms)\n`,
      );
      runs.push(r);
    }
    return [
      {
        name: `WebGL renderer (software WebGL): data to first render, ${baseline.size}`,
        value: median(runs.map((r) => r.firstRenderMs)),
        unit: 'ms',
        baseline: { name: 'bare Cytoscape, canvas', value: baseline.first },
      },
      {
        name: `WebGL renderer (software WebGL): pan/zoom frame time, ${baseline.size}`,
        value: median(runs.map((r) => r.frameMs)),
        unit: 'ms',
        baseline: { name: 'bare Cytoscape, canvas', value: baseline.frame },
      },
    ];
  } catch (err) {
    process.stderr.write(
      `  (WebGL renderer not measured: ${err instanceof Error ? err.message : String(err)})\n`,
    );
    return [];
  } finally {
    await browser.close();
  }
}

type Measure = (kind: Kind, n: number, m: number) => Promise<RunResult>;

/**
 * Data to a settled fCoSE layout, layout included, app against bare Cytoscape, and the longest main-thread
 * task of each meanwhile (how long the page did not answer).
 */
async function measureLayout(measure: Measure, n: number, m: number): Promise<BenchFigure[]> {
  const size = `${n}/${m}`;
  const figures: BenchFigure[] = [];
  const appLayout: RunResult[] = [];
  const bareLayout: RunResult[] = [];
  if (layoutOnly) {
    // The first-render runs above warm up both paths; without them, one warm-up run of each.
    await measure('bare-layout', n, m);
    await measure('app-layout', n, m);
  }
  for (let i = 0; i < layoutRunsFor(n); i++) {
    bareLayout.push(await measure('bare-layout', n, m));
    appLayout.push(await measure('app-layout', n, m));
  }
  figures.push({
    name: `data to a settled fCoSE layout, drawn, ${size} nodes/edges (layout included)`,
    value: median(appLayout.map((r) => r.firstRenderMs)),
    unit: 'ms',
    baseline: {
      name: 'bare Cytoscape running the same fCoSE layout',
      value: median(bareLayout.map((r) => r.firstRenderMs)),
    },
    target: 'ratio <= 1.25',
  });
  figures.push({
    name: `longest main-thread task from data to a settled fCoSE layout, ${size} nodes/edges (the page does not answer meanwhile)`,
    value: median(appLayout.map((r) => r.longestTaskMs)),
    unit: 'ms',
    baseline: {
      name: 'bare Cytoscape running the same fCoSE layout',
      value: median(bareLayout.map((r) => r.longestTaskMs)),
    },
  });
  return figures;
}

const suite: BenchSuite = {
  title: 'Graph rendering in headless Chromium (app vs bare Cytoscape, same elements and stylesheet)',
  async run() {
    await buildPage();
    const site = await serve();
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const figures: BenchFigure[] = [];
    let largeBaseline: { first: number; frame: number; size: string } | null = null;
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(site.url);
      await page.waitForFunction(() => typeof (globalThis as BenchWindow).renderBench === 'function');
      const measure = async (kind: Kind, n: number, m: number): Promise<RunResult> => {
        const r = (await page.evaluate(([k, a, b]) => (globalThis as BenchWindow).renderBench!(k, a, b), [
          kind,
          n,
          m,
        ] as const)) as RunResult;
        process.stderr.write(
          `  (${kind} ${n}/${m}: first render ${r.firstRenderMs.toFixed(0)} ms, frame ${r.frameMs.toFixed(1)} ms, longest task ${r.longestTaskMs.toFixed(0)} ms, load ${loadavg()[0]!.toFixed(2)})\n`,
        );
        return r;
      };
      for (const [n, m] of SIZES) {
        const size = `${n}/${m}`;
        if (!layoutOnly) {
          const app: RunResult[] = [];
          const bare: RunResult[] = [];
          // Warm up both paths once, then alternate so drift hits both alike.
          await measure('bare', n, m);
          await measure('app', n, m);
          for (let i = 0; i < runsFor(n); i++) {
            bare.push(await measure('bare', n, m));
            app.push(await measure('app', n, m));
          }
          const bareFirst = median(bare.map((r) => r.firstRenderMs));
          const bareFrame = median(bare.map((r) => r.frameMs));
          figures.push({
            name: `data to first render, ${size} nodes/edges`,
            value: median(app.map((r) => r.firstRenderMs)),
            unit: 'ms',
            baseline: { name: 'bare Cytoscape', value: bareFirst },
            target: 'ratio <= 1.25',
          });
          figures.push({
            name: `pan/zoom frame time, ${size} nodes/edges`,
            value: median(app.map((r) => r.frameMs)),
            unit: 'ms',
            baseline: { name: 'bare Cytoscape', value: bareFrame },
            target: 'ratio <= 1.25',
          });
          if (n >= 5000) largeBaseline = { first: bareFirst, frame: bareFrame, size };
        }
        figures.push(...(await measureLayout(measure, n, m)));
      }
    } finally {
      await browser.close();
    }
    if (largeBaseline) figures.push(...(await measureWebgl(site, largeBaseline)));
    await site.close();
    return figures;
  },
};

export default suite;
