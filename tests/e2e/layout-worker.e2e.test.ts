// The layout of a large view off the page's main thread, in a browser against the web mode: a filtered view
// of more than 1,500 entities is laid out by fCoSE in a Web Worker, drawn spread out (not as a pile) with no
// two shown labels overlapping at fit; and where the page cannot start a worker, the same view is laid out
// on the main thread instead, and says which way it went.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebApp } from '../../src-main/web';
import type { GraphDb } from '../../src-main/core/store/connection';
import { resetGraph, testDb } from '../helpers/db';
import { writeLargeGraph } from '../helpers/large-graph';
import { openExplorer } from '../helpers/explorer-browser';
import { REPO } from '../helpers/seeds';
import { drawnNodes, labelClashes, type DrawnNode } from '../helpers/canvas';

const SHOTS = join(REPO, 'test-results', 'e2e');
/** More people than the worker's threshold (1,500 nodes), fewer than a filtered view's limit (3,000). */
const PEOPLE = 2_000;

let db: GraphDb;
let app: WebApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  db = await testDb();
  await resetGraph(db);
  await writeLargeGraph(db, { meetings: 4_000, people: PEOPLE, articles: 80 });
  ({ app, browser, page } = await openExplorer());
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await resetGraph(db);
  await db?.close();
});

/**
 * Narrows the view with a status filter (a narrowed view is not cut to the first view's budget), so every
 * person is drawn, and waits until the canvas holds them all with its layout settled.
 */
async function showEveryone(p: Page): Promise<void> {
  const filters = p.getByRole('complementary', { name: 'Filters' });
  await filters.getByRole('checkbox', { name: 'cancelled' }).uncheck();
  const canvas = p.getByTestId('graph-canvas');
  await expect
    .poll(async () => (await drawnNodes(p)).filter((n) => n.kind === 'person').length, { timeout: 120_000 })
    .toBe(PEOPLE);
  await expect.poll(() => canvas.getAttribute('data-layout'), { timeout: 120_000 }).toBe('settled');
}

/** The nodes' model positions, read from Cytoscape in the page. */
function positions(p: Page): Promise<{ x: number; y: number }[]> {
  return p.getByTestId('graph-canvas').evaluate((el) => {
    type Cy = { nodes(): { map<T>(f: (n: { position(): { x: number; y: number } }) => T): T[] } };
    const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    return cy.nodes().map((n) => ({ ...n.position() }));
  });
}

/** A laid-out graph, not a pile: nearly every node has a place of its own. */
function expectPlaced(at: { x: number; y: number }[]): void {
  const distinct = new Set(at.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
  expect(distinct.size).toBeGreaterThan(at.length * 0.95);
}

/** Pairs of nodes whose discs overlap, from their rendered boxes (each disc's centre and radius). */
function discOverlaps(nodes: DrawnNode[]): string[] {
  const discs = nodes.map((n) => ({
    id: n.id,
    x: (n.disc.x1 + n.disc.x2) / 2,
    y: (n.disc.y1 + n.disc.y2) / 2,
    r: (n.disc.x2 - n.disc.x1) / 2,
  }));
  const out: string[] = [];
  for (let i = 0; i < discs.length; i++)
    for (let j = i + 1; j < discs.length; j++) {
      const [a, b] = [discs[i]!, discs[j]!];
      if (Math.hypot(a.x - b.x, a.y - b.y) < (a.r + b.r) * 0.98) out.push(`${a.id} / ${b.id}`);
    }
  return out;
}

/** At fit, no two shown labels overlap and no disc covers a shown label. */
async function expectReadableAtFit(p: Page): Promise<DrawnNode[]> {
  await p.getByRole('button', { name: 'Fit' }).click();
  await p.waitForTimeout(1500);
  const nodes = await drawnNodes(p);
  expect(nodes.filter((n) => n.shown).length).toBeGreaterThan(0);
  const { clashes, covered } = labelClashes(nodes);
  expect(clashes).toEqual([]);
  expect(covered).toEqual([]);
  return nodes;
}

describe('a large view laid out off the main thread', () => {
  it('a filtered view of 2,000 people is laid out in the worker, spread out and no disc over another and readable at fit', async () => {
    await showEveryone(page);
    const canvas = page.getByTestId('graph-canvas');
    expect(await canvas.getAttribute('data-layout-worker')).toBe('used');
    // The cover that hides the unplaced pile while the worker runs is gone once the positions came.
    await expect.poll(() => page.locator('.layout-cover').count()).toBe(0);
    expectPlaced(await positions(page));
    const nodes = await expectReadableAtFit(page);
    // The worker also parts the discs the draft layout left piled up, so none covers another.
    expect(discOverlaps(nodes)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'layout-worker-2000.png') });
  });

  it('where no worker can start, the same view is laid out on the main thread, as spread out', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // The page as in a runtime without Web Workers.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'Worker', { value: undefined });
    });
    const other = await context.newPage();
    try {
      await other.goto(app.url);
      await other
        .getByRole('status', { name: 'Database status' })
        .filter({ hasText: /connected/i })
        .waitFor({ timeout: 60_000 });
      await showEveryone(other);
      expect(await other.getByTestId('graph-canvas').getAttribute('data-layout-worker')).toBe('failed');
      expectPlaced(await positions(other));
      const nodes = await expectReadableAtFit(other);
      // The page parts the discs itself, as the worker would have.
      expect(discOverlaps(nodes)).toEqual([]);
      await other.screenshot({ path: join(SHOTS, 'layout-main-thread-2000.png') });
    } finally {
      await context.close();
    }
  });
});
