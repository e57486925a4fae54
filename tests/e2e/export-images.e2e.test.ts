import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BENCH_STYLE, openExportPage } from './export-browser';

// What the page holds: Cytoscape, the graph, and the bundled export builders (typed loosely; each call casts).
type PageWindow = {
  RendezvousExport: unknown;
  cytoscape: (options: unknown) => unknown;
  cy: unknown;
};

const HOSTILE = ['<script>alert("x")</script>', `Tom & Jerry's "Café"`, 'محمد بن سلمان', 'Zoe\u0308 😀 𝔘'];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openExportPage());
  await page.evaluate(
    ({ style, labels }) => {
      const nodes = labels.map((label, i) => ({
        data: { id: `n${i}`, label, kind: ['person', 'group', 'place', 'meeting'][i % 4], size: 30 },
        position: { x: (i % 2) * 320, y: Math.floor(i / 2) * 180 },
      }));
      const edges = [
        { data: { id: 'e0', source: 'n0', target: 'n1', label: 'Istanbul, 2025-04-10', status: 'held' } },
        { data: { id: 'e1', source: 'n1', target: 'n2', label: '', status: 'planned' } },
        { data: { id: 'e2', source: 'n2', target: 'n3', label: '', status: 'ongoing' } },
      ];
      (window as unknown as PageWindow).cy = (window as unknown as PageWindow).cytoscape({
        container: document.getElementById('cy'),
        elements: { nodes, edges },
        style,
        layout: { name: 'preset' },
      });
    },
    { style: BENCH_STYLE, labels: HOSTILE },
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const caption = {
  title: 'Who met whom in Istanbul',
  date: 'Exported 2025-04-20',
  filters: ['View: who met whom', 'Status: held'],
  sources: [
    {
      outlet: 'The Kyiv Independent',
      title: 'US, Russia talks',
      date: '2025-04-10',
      url: 'https://kyivindependent.com/x',
    },
  ],
};

describe('PNG export in the browser', () => {
  it('has the requested pixel size at 1×, 2× and 4×, caption included', async () => {
    const sizes = await page.evaluate(async (cap) => {
      const api = (window as unknown as PageWindow).RendezvousExport as {
        composePng(o: unknown): Promise<{ blob: Blob; width: number; height: number }>;
        pngSize(b: Uint8Array): { width: number; height: number } | null;
        layoutCaption(c: unknown, w: number): { height: number };
      };
      const cy = (window as unknown as PageWindow).cy as { png(o: unknown): Promise<Blob> };
      const out = [];
      for (const scale of [1, 2, 4]) {
        const graph = await cy.png({ output: 'blob-promise', full: true, scale });
        const graphBitmap = await createImageBitmap(graph);
        const plain = await api.composePng({ graph, scale, background: 'white' });
        const captioned = await api.composePng({ graph, scale, background: 'transparent', caption: cap });
        out.push({
          scale,
          graph: { width: graphBitmap.width, height: graphBitmap.height },
          plain: api.pngSize(new Uint8Array(await plain.blob.arrayBuffer())),
          plainReported: { width: plain.width, height: plain.height },
          captioned: api.pngSize(new Uint8Array(await captioned.blob.arrayBuffer())),
          captionedReported: { width: captioned.width, height: captioned.height },
        });
      }
      return out;
    }, caption);
    const one = sizes[0]!;
    for (const s of sizes) {
      expect(s.plain).toEqual(s.graph);
      expect(s.plainReported).toEqual(s.graph);
      expect(s.captioned).toEqual(s.captionedReported);
      expect(s.captioned!.width).toBeGreaterThanOrEqual(s.graph.width);
      expect(s.captioned!.height).toBeGreaterThan(s.graph.height);
      expect(Math.abs(s.graph.width - one.graph.width * s.scale)).toBeLessThanOrEqual(s.scale * 2);
      const captionHeight = s.captioned!.height - s.graph.height;
      expect(
        Math.abs(captionHeight - (one.captioned!.height - one.graph.height) * s.scale),
      ).toBeLessThanOrEqual(s.scale * 2);
    }
  });

  it('paints white or leaves the background transparent, as asked', async () => {
    const alpha = await page.evaluate(async () => {
      const api = (window as unknown as PageWindow).RendezvousExport as {
        composePng(o: unknown): Promise<{ blob: Blob; width: number; height: number }>;
      };
      const cy = (window as unknown as PageWindow).cy as { png(o: unknown): Promise<Blob> };
      const graph = await cy.png({ output: 'blob-promise', full: true, scale: 1 });
      const corner = async (background: string) => {
        const { blob, width, height } = await api.composePng({
          graph,
          scale: 1,
          background,
          caption: { title: 'x' },
          captionMinWidth: 2000,
        });
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(width, height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return Array.from(ctx.getImageData(width - 2, height - 2, 1, 1).data);
      };
      return { white: await corner('white'), transparent: await corner('transparent') };
    });
    expect(alpha.white).toEqual([255, 255, 255, 255]);
    expect(alpha.transparent[3]).toBe(0);
  });

  it('refuses a scale outside 1× to 4×', async () => {
    const message = await page.evaluate(async () => {
      const api = (window as unknown as PageWindow).RendezvousExport as {
        composePng(o: unknown): Promise<unknown>;
      };
      const cy = (window as unknown as PageWindow).cy as { png(o: unknown): Promise<Blob> };
      const graph = await cy.png({ output: 'blob-promise', full: true, scale: 1 });
      return api.composePng({ graph, scale: 8, background: 'white' }).then(
        () => 'accepted',
        (e: Error) => e.message,
      );
    });
    expect(message).toContain('1× to 4×');
  });
});

describe('SVG export in the browser', () => {
  it('reads the live graph into an SVG the browser parses, with every label as text and no script', async () => {
    const result = await page.evaluate((cap) => {
      const api = (window as unknown as PageWindow).RendezvousExport as {
        sceneFromGraph(cy: unknown): {
          nodes: { id: string; label?: string; shape: string }[];
          edges: unknown[];
        };
        buildSvg(scene: unknown, o: unknown): { svg: string; width: number; height: number };
      };
      const scene = api.sceneFromGraph((window as unknown as PageWindow).cy);
      const { svg, width, height } = api.buildSvg(scene, { caption: cap, scale: 2 });
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        scripts: doc.getElementsByTagName('script').length,
        texts: [...doc.querySelectorAll('text, tspan')].map((t) => t.textContent),
        nodeGroups: doc.querySelectorAll('g[data-node-id]').length,
        edgeGroups: doc.querySelectorAll('g[data-edge-id]').length,
        dashed: doc.querySelectorAll('g[data-edge-id] path[stroke-dasharray]').length,
        shapes: scene.nodes.map((n) => n.shape),
        labels: scene.nodes.map((n) => n.label),
        width,
        height,
        attr: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
      };
    }, caption);
    expect(result.error).toBe(0);
    expect(result.scripts).toBe(0);
    expect(result.nodeGroups).toBe(4);
    expect(result.edgeGroups).toBe(3);
    expect(result.dashed).toBe(2);
    expect(result.labels).toEqual(HOSTILE);
    expect(result.shapes).toEqual(['ellipse', 'hexagon', 'diamond', 'round-diamond']);
    for (const label of [...HOSTILE, 'Istanbul, 2025-04-10', 'Who met whom in Istanbul'])
      expect(result.texts).toContain(label);
    expect(result.attr).toEqual([String(result.width), String(result.height)]);
  });
});

describe('one-call picture export', () => {
  it('gives Cytoscape’s own image size without a caption, a taller one with it, and SVG as SVG', async () => {
    const result = await page.evaluate(async () => {
      const w = window as unknown as PageWindow;
      const api = w.RendezvousExport as {
        exportPicture(
          cy: unknown,
          o: unknown,
        ): Promise<{ blob: Blob; name: string; width: number; height: number }>;
        pictureCaption(o: unknown): unknown;
        pngSize(b: Uint8Array): { width: number; height: number } | null;
      };
      const cy = w.cy as { png(o: unknown): Promise<Blob> };
      const own = await createImageBitmap(await cy.png({ output: 'blob-promise', full: true, scale: 3 }));
      const plain = await api.exportPicture(w.cy, { format: 'png', scale: 3, background: 'transparent' });
      const caption = api.pictureCaption({
        title: 'Talks',
        filter: { view: 'whoMetWhom', statuses: ['held'] },
        meetings: [],
        date: new Date('2025-04-20T00:00:00Z'),
      });
      const captioned = await api.exportPicture(w.cy, {
        format: 'png',
        scale: 3,
        background: 'white',
        caption,
      });
      const svg = await api.exportPicture(w.cy, { format: 'svg', scale: 1, background: 'white', caption });
      return {
        own: { width: own.width, height: own.height },
        plain: { size: api.pngSize(new Uint8Array(await plain.blob.arrayBuffer())), name: plain.name },
        captioned: api.pngSize(new Uint8Array(await captioned.blob.arrayBuffer())),
        svg: { type: svg.blob.type, name: svg.name, text: await svg.blob.text() },
        caption,
      };
    });
    expect(result.plain.size).toEqual(result.own);
    expect(result.plain.name).toMatch(/^rendezvous-\d{4}-\d{2}-\d{2}@3x\.png$/);
    expect(result.captioned!.height).toBeGreaterThan(result.own.height);
    expect(result.svg.type).toBe('image/svg+xml');
    expect(result.svg.name).toMatch(/\.svg$/);
    expect(result.svg.text).toContain('Filters: View: who met whom · Status: held');
    expect(result.caption).toMatchObject({ title: 'Talks', date: 'Exported 2025-04-20' });
  });

  it('reads positions, viewport and selection off the graph for a snapshot', async () => {
    const state = await page.evaluate(() => {
      const w = window as unknown as PageWindow;
      const cy = w.cy as { zoom(z: number): void; pan(p: unknown): void; $(s: string): { select(): void } };
      cy.zoom(1.25);
      cy.pan({ x: 40, y: -10 });
      cy.$('#n1').select();
      const api = w.RendezvousExport as { viewStateFromGraph(cy: unknown, app: unknown): unknown };
      return api.viewStateFromGraph(w.cy, { view: 'whoMetWhom', filter: { statuses: ['held'] } });
    });
    expect(state).toMatchObject({
      view: 'whoMetWhom',
      layout: 'preset',
      positions: { n0: { x: 0, y: 0 }, n1: { x: 320, y: 0 }, n3: { x: 320, y: 180 } },
      viewport: { zoom: 1.25, pan: { x: 40, y: -10 } },
      selection: ['n1'],
      filter: { view: 'whoMetWhom', statuses: ['held'] },
    });
  });
});
