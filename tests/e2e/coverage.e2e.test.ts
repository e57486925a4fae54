// The coverage banner, in a browser against the web mode: a graph with more meetings than the initial
// view's budget says so with the true count.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../../src-main/web';
import type { GraphDb } from '../../src-main/core/store/connection';
import { cleanEnv, resetGraph, testDb, testNeo4j } from '../helpers/db';
import { writeLargeGraph } from '../helpers/large-graph';
import { REPO } from '../helpers/seeds';
import { drawnNodes, labelClashes } from '../helpers/canvas';

const SHOTS = join(REPO, 'test-results', 'e2e');
const MEETINGS = 5_050;

let db: GraphDb;
let app: WebApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  db = await testDb();
  await resetGraph(db);
  await writeLargeGraph(db, { meetings: MEETINGS, people: 40, articles: 30 });
  app = await startWebApp({ port: 0, connect: { home: testNeo4j().home, env: cleanEnv(), start: false } });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (err) => console.error('page error:', err.message));
  await page.goto(app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await resetGraph(db);
  await db?.close();
});

describe('the coverage banner', () => {
  it('says the first view was built from the newest 400 of 5,050 meetings', async () => {
    const banner = page.getByRole('status', { name: 'View coverage' });
    await banner.waitFor({ timeout: 120_000 });
    await expect.poll(() => banner.textContent()).toContain('newest 400 of 5,050 meetings');
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(SHOTS, 'coverage-banner.png') });
  });

  it('draws no two node labels overlapping at fit, the most connected keeping theirs', async () => {
    const canvas = page.getByTestId('graph-canvas');
    await expect.poll(() => canvas.getAttribute('data-labels-hidden'), { timeout: 120_000 }).not.toBeNull();
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForTimeout(1500);
    const labels = await drawnNodes(page);
    expect(labels.filter((l) => l.shown).length).toBeGreaterThan(3);
    const { clashes, covered } = labelClashes(labels);
    expect(clashes).toEqual([]);
    // Nor does the disc of a node drawn over it (one that shows its label; the others are drawn underneath).
    expect(covered).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'coverage-labels-at-fit.png') });
  });

  it('draws no two node discs overlapping, although all forty people met each other', async () => {
    const canvas = page.getByTestId('graph-canvas');
    const discs = await canvas.evaluate((el) => {
      type Node = { id(): string; position(): { x: number; y: number }; width(): number };
      const cy = (el as unknown as { _cyreg: { cy: { nodes(): { map<T>(f: (n: Node) => T): T[] } } } })._cyreg
        .cy;
      return cy.nodes().map((n) => ({ id: n.id(), ...n.position(), r: n.width() / 2 }));
    });
    expect(discs.length).toBe(40);
    const overlapping = discs.flatMap((a) =>
      discs
        .filter((b) => a.id < b.id && Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r)
        .map((b) => `${a.id} / ${b.id}`),
    );
    expect(overlapping).toEqual([]);
  });

  it('draws the meetings view from the newest 120 meetings, within its budget of 400 entities', async () => {
    await page
      .getByRole('group', { name: 'View' })
      .getByRole('button', { name: 'Meetings', exact: true })
      .click();
    const banner = page.getByRole('status', { name: 'View coverage' });
    await expect
      .poll(() => banner.textContent(), { timeout: 120_000 })
      .toContain('newest 120 of 5,050 meetings');
    const canvas = page.getByTestId('graph-canvas');
    await expect
      .poll(async () => Number(await canvas.getAttribute('data-nodes')), { timeout: 120_000 })
      .toBeGreaterThan(120);
    expect(Number(await canvas.getAttribute('data-nodes'))).toBeLessThanOrEqual(400);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(SHOTS, 'coverage-meetings-view.png') });
  });
});
