import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../src-main/core/store/connection';
import { startWebApp, type WebApp } from '../../src-main/web';
import { cleanEnv, resetGraph, testDb, testNeo4j } from '../helpers/db';
import { REPO, ingestSeeds } from '../helpers/seeds';
import { CHROMIUM } from './export-browser';
import { python } from '../core/export/sample-graph';

const OUT = join(REPO, 'test-results', 'e2e', 'export');

let db: GraphDb;
let app: WebApp;
let browser: Browser;
let page: Page;

/** Runs one item of the Export menu and saves the file it downloads. */
async function exportVia(
  item: { name: string; exact?: boolean },
  setup?: () => Promise<void>,
): Promise<string> {
  const menu = page.getByRole('menu', { name: 'Export' });
  if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
  await menu.waitFor();
  await setup?.();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', item).click();
  const file = await download;
  const path = join(OUT, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  db = await testDb();
  await resetGraph(db);
  expect((await ingestSeeds(db)).errors).toBe(0);
  app = await startWebApp({ port: 0, connect: { home: testNeo4j().home, env: cleanEnv(), start: false } });
  browser = await chromium.launch({ ...CHROMIUM, headless: true });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await page.goto(app.url);
  await page
    .getByRole('list', { name: 'Entities on the graph' })
    .getByRole('listitem')
    .nth(4)
    .waitFor({ state: 'attached', timeout: 60_000 });
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.waitForTimeout(1000);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await db?.close();
});

describe('pictures from the Export menu', () => {
  it('a PNG at 3× is three times the pixels of one at 1×, caption included', async () => {
    const at = async (scale: string) =>
      pngSize(
        await exportVia({ name: 'PNG', exact: true }, async () => {
          await page.getByLabel('Picture scale').selectOption(scale);
        }),
      );
    const one = await at('1');
    const three = await at('3');
    expect(Math.abs(three.width - one.width * 3)).toBeLessThanOrEqual(6);
    expect(Math.abs(three.height - one.height * 3)).toBeLessThanOrEqual(6);
    expect(one.width).toBeGreaterThan(200);
  });

  it('the SVG parses as XML, keeps labels as text and carries the sources', async () => {
    const path = await exportVia({ name: 'SVG', exact: true });
    const svg = python<{ root: string; scripts: number; texts: string[] }>(
      `
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
print(json.dumps({'root': root.tag, 'scripts': sum(1 for e in root.iter() if e.tag.endswith('script')),
  'texts': [''.join(e.itertext()) for e in root.iter() if e.tag.endswith('}text')]}))`,
      path,
    );
    expect(svg.root).toBe('{http://www.w3.org/2000/svg}svg');
    expect(svg.scripts).toBe(0);
    const all = svg.texts.join('\n');
    for (const name of ['Peskov', 'Dmitriev', 'Witkoff']) expect(all).toContain(name);
    expect(all).toContain('Sources');
    // A long source line wraps onto a second <text> line; how it wraps depends on the fonts installed.
    const flat = svg.texts.join(' ').replace(/\s+/g, ' ');
    expect(flat).toMatch(/\[1\] [^[]+, “[^”]+”, 2025-04-\d\d/);
    expect(flat).toMatch(/\[2\] The Kyiv Independent, “[^”]+”, 2025-04-\d\d/);
  });
});

describe('data from the Export menu', () => {
  it('GraphML and GEXF of the view are read by networkx with the same counts', async () => {
    const graphml = await exportVia({ name: 'GraphML (yEd, Gephi)' });
    const gexf = await exportVia({ name: 'GEXF (Gephi)' });
    const counts = python<number[][]>(
      `
import json, sys, networkx as nx
a = nx.read_graphml(sys.argv[1]); b = nx.read_gexf(sys.argv[2], version='1.3')
print(json.dumps([[a.number_of_nodes(), a.number_of_edges()], [b.number_of_nodes(), b.number_of_edges()]]))`,
      graphml,
      gexf,
    );
    expect(counts[0]![0]).toBeGreaterThan(4);
    expect(counts[1]).toEqual(counts[0]);
  });
});
