// Picture exports on generated graphs in headless Chromium, same stylesheet, same page, same run: our PNG
// (cy.png plus the caption composed on a canvas) against Cytoscape's own cy.png(), and our SVG (scene read
// off the graph, then built as text) against the cytoscape-svg extension's cy.svg() of the same graph, the
// same work done the common way. Times are medians of 3 runs.
import { BENCH_STYLE, generatedElements, openExportPage } from '../../tests/e2e/export-browser';
import type { BenchFigure, BenchSuite } from '../types';

const SIZES: [number, number][] = [
  [500, 1_500],
  [5_000, 15_000],
];
const RUNS = 3;

interface Timings {
  cyPng: number[];
  cySvg: number[];
  ourPng: number[];
  ourSvg: number[];
  svgBytes: number;
  pngSize: string;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const suite: BenchSuite = {
  title: 'Picture export: PNG vs cy.png(), SVG vs cytoscape-svg, on the same graph',
  async run() {
    const figures: BenchFigure[] = [];
    const { browser, page } = await openExportPage({ svgExtension: true });
    try {
      for (const [n, m] of SIZES) {
        const elements = generatedElements(n, m);
        const t = await page.evaluate(
          async ({ elements, style, runs }) => {
            const w = window as unknown as {
              cytoscape(o: unknown): {
                png(o: unknown): Promise<Blob>;
                svg(o: unknown): string;
                destroy(): void;
              };
              RendezvousExport: {
                composePng(o: unknown): Promise<{ blob: Blob; width: number; height: number }>;
                sceneFromGraph(cy: unknown): unknown;
                buildSvg(scene: unknown, o: unknown): { svg: string };
              };
            };
            const cy = w.cytoscape({
              container: document.getElementById('cy'),
              elements,
              style,
              layout: { name: 'preset' },
            });
            const caption = {
              title: 'Generated graph',
              date: 'Exported 2025-04-20',
              filters: ['View: who met whom'],
              sources: [
                { outlet: 'Outlet', title: 'Title', date: '2025-04-10', url: 'https://example.com/a' },
              ],
            };
            const out = {
              cyPng: [] as number[],
              cySvg: [] as number[],
              ourPng: [] as number[],
              ourSvg: [] as number[],
              svgBytes: 0,
              pngSize: '',
            };
            for (let i = 0; i < runs; i++) {
              let t0 = performance.now();
              const plain = await cy.png({ output: 'blob-promise', full: true, scale: 1, bg: '#ffffff' });
              out.cyPng.push(performance.now() - t0);
              if (!plain.size) throw new Error('cy.png gave an empty image');
              t0 = performance.now();
              const graph = await cy.png({ output: 'blob-promise', full: true, scale: 1 });
              const composed = await w.RendezvousExport.composePng({
                graph,
                scale: 1,
                background: 'white',
                caption,
              });
              out.ourPng.push(performance.now() - t0);
              out.pngSize = `${composed.width}x${composed.height}`;
              t0 = performance.now();
              const plainSvg = cy.svg({ full: true, scale: 1, bg: '#ffffff' });
              out.cySvg.push(performance.now() - t0);
              if (!plainSvg.length) throw new Error('cy.svg gave an empty image');
              t0 = performance.now();
              const { svg } = w.RendezvousExport.buildSvg(w.RendezvousExport.sceneFromGraph(cy), { caption });
              out.ourSvg.push(performance.now() - t0);
              out.svgBytes = svg.length;
            }
            cy.destroy();
            return out;
          },
          { elements, style: BENCH_STYLE, runs: RUNS },
        );
        const timings = t as Timings;
        const label = `${n}/${m}`;
        const baseline = { name: `cy.png() ${label}`, value: median(timings.cyPng) };
        const svgBaseline = { name: `cytoscape-svg cy.svg() ${label}`, value: median(timings.cySvg) };
        figures.push(
          {
            name: `PNG with caption ${label} (${timings.pngSize})`,
            value: median(timings.ourPng),
            unit: 'ms',
            baseline,
          },
          {
            name: `SVG with caption ${label} (${Math.round(timings.svgBytes / 1024)} KB)`,
            value: median(timings.ourSvg),
            unit: 'ms',
            baseline: svgBaseline,
          },
        );
      }
    } finally {
      await browser.close();
    }
    return figures;
  },
};

export default suite;
