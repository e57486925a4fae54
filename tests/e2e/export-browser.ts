// A headless Chromium page with Cytoscape and the renderer's export builders loaded, for the image
// export tests and the export benchmark. The builders are bundled from source with esbuild.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/** Where Debian's chromium lives, and the flags it needs here. */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};

/** The renderer's export builders as one browser script exposing `window.RendezvousExport` (bundled by Vite). */
export async function bundleExportBuilders(): Promise<string> {
  const entry = [
    `export { composePng } from '${root}/src-renderer/export/png.ts';`,
    // The tests read a PNG's pixel size from its IHDR header, in the page.
    `export function pngSize(bytes) {
      const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
      if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      return { width: view.getUint32(16), height: view.getUint32(20) };
    }`,
    `export { buildSvg } from '${root}/src-renderer/export/svg.ts';`,
    `export { sceneFromGraph } from '${root}/src-renderer/graph/scene.ts';`,
    `export { layoutCaption, captionSources, describeFilter } from '${root}/src-renderer/export/caption.ts';`,
    `export { exportPicture, pictureCaption } from '${root}/src-renderer/graph/picture.ts';`,
    `export { viewStateFromGraph } from '${root}/src-renderer/export/snapshot.ts';`,
  ].join('\n');
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [
      {
        name: 'export-entry',
        enforce: 'pre',
        resolveId: (id) => (id.endsWith('virtual:export') ? '\0virtual:export' : null),
        load: (id) => (id === '\0virtual:export' ? entry : null),
      },
    ],
    build: {
      write: false,
      minify: false,
      lib: { entry: 'virtual:export', formats: ['iife'], name: 'RendezvousExport' },
    },
  });
  const first = (Array.isArray(output) ? output[0] : output) as {
    output?: { type: string; code?: string }[];
  };
  const chunk = first.output?.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('bundling the export builders produced no script');
  return chunk.code;
}

/**
 * A browser page holding Cytoscape (as `window.cytoscape`) and the export builders, on a 1200×800 canvas;
 * with `svgExtension`, also the cytoscape-svg extension (`cy.svg()`), the benchmark's SVG baseline.
 */
export async function openExportPage(
  options: { svgExtension?: boolean } = {},
): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ ...CHROMIUM, headless: true });
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.setContent(
    '<!doctype html><html><body style="margin:0"><div id="cy" style="width:1200px;height:800px"></div></body></html>',
  );
  await page.addScriptTag({ path: require.resolve('cytoscape/dist/cytoscape.min.js') });
  if (options.svgExtension)
    await page.addScriptTag({ path: require.resolve('cytoscape-svg/cytoscape-svg.js') });
  await page.addScriptTag({ content: await bundleExportBuilders() });
  return { browser, page };
}

/** Nodes and edges of a generated graph: `n` nodes with readable labels, `m` edges, fixed seed. */
export function generatedElements(n: number, m: number, seed = 7): { nodes: object[]; edges: object[] } {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const kinds = ['person', 'group', 'place', 'meeting', 'topic', 'organization'];
  const side = Math.ceil(Math.sqrt(n));
  const nodes = Array.from({ length: n }, (_, i) => ({
    data: {
      id: `n${i}`,
      label: `Node ${i} <&> “${i % 7 ? 'Name' : 'Ім’я'}”`,
      kind: kinds[i % kinds.length],
      size: 20 + (i % 5) * 6,
    },
    position: { x: (i % side) * 90 + rand() * 30, y: Math.floor(i / side) * 90 + rand() * 30 },
  }));
  const edges = Array.from({ length: m }, (_, i) => {
    const a = Math.floor(rand() * n);
    let b = Math.floor(rand() * n);
    if (b === a) b = (a + 1) % n;
    return {
      data: {
        id: `e${i}`,
        source: `n${a}`,
        target: `n${b}`,
        label: i % 3 ? '' : `2025-04-${String((i % 28) + 1).padStart(2, '0')}`,
        status: ['held', 'planned', 'ongoing'][i % 3],
      },
    };
  });
  return { nodes, edges };
}

/** A stylesheet close to the explorer's: colour and shape by kind, labels below, dashed planned edges. */
export const BENCH_STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 'data(size)',
      height: 'data(size)',
      'font-size': 12,
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'border-width': 2,
      'border-color': '#ffffff',
      'background-color': '#2f6fdb',
    },
  },
  { selector: 'node[kind = "group"]', style: { 'background-color': '#0e8a9a', shape: 'hexagon' } },
  { selector: 'node[kind = "place"]', style: { 'background-color': '#2f9e55', shape: 'diamond' } },
  { selector: 'node[kind = "meeting"]', style: { 'background-color': '#e07a1f', shape: 'round-diamond' } },
  { selector: 'node[kind = "topic"]', style: { 'background-color': '#b8900b', shape: 'tag' } },
  {
    selector: 'node[kind = "organization"]',
    style: { 'background-color': '#8a4fd3', shape: 'round-rectangle' },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9aa6b5',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 10,
    },
  },
  { selector: 'edge[status = "planned"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[status = "ongoing"]', style: { 'line-style': 'dotted', 'line-color': '#c2410c' } },
];
