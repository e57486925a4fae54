import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../../src-main/web';
import type { GraphDb } from '../../src-main/core/store/connection';
import { cleanEnv, resetGraph, testDb, testNeo4j } from '../helpers/db';
import { REPO, ingestSeeds } from '../helpers/seeds';

const THIRD_ARTICLE = resolve(REPO, '..', 'shared', 'corpus', 'dev', 'articles', '01.txt');
const SHOTS = join(REPO, 'test-results', 'e2e');

let db: GraphDb;
let app: WebApp;
let browser: Browser;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The names of the entities drawn on the graph, from its accessible list. */
async function drawn(): Promise<string[]> {
  return page.getByRole('list', { name: 'Entities on the graph' }).getByRole('listitem').allTextContents();
}

/** Ids of the nodes whose disc and label are not wholly inside the canvas. */
async function nodesOutOfView(): Promise<string[]> {
  return page.getByTestId('graph-canvas').evaluate((el) => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    type Node = { id(): string; renderedBoundingBox(): Box };
    type Cy = { width(): number; height(): number; nodes(): { map<T>(f: (n: Node) => T): T[] } };
    const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    return cy
      .nodes()
      .map((n) => ({ id: n.id(), b: n.renderedBoundingBox() }))
      .filter(({ b }) => b.x1 < 0 || b.y1 < 0 || b.x2 > cy.width() || b.y2 > cy.height())
      .map(({ id }) => id);
  });
}

/** Labels drawn in a box narrower than their text (single-line labels only), which shows them clipped. */
async function clippedLabels(): Promise<string[]> {
  return page.getByTestId('graph-canvas').evaluate((el) => {
    type Box = { w: number };
    type Node = {
      data(k: string): unknown;
      style(k: string): string;
      boundingBox(o: object): Box;
      hasClass(c: string): boolean;
    };
    type Cy = { nodes(): { map<T>(f: (n: Node) => T): T[] } };
    const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const ctx = document.createElement('canvas').getContext('2d')!;
    return cy
      .nodes()
      .map((n) => {
        const label = String(n.data('label') ?? '');
        ctx.font = `${n.style('font-weight')} ${n.style('font-size')} ${n.style('font-family')}`;
        const text = ctx.measureText(label).width;
        const box = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }).w;
        return { label, text, box, off: n.hasClass('label-off') };
      })
      .filter((l) => l.label && !l.off && l.text < 140 && l.box + 1 < l.text)
      .map((l) => `${l.label}: ${Math.round(l.box)} < ${Math.round(l.text)}`);
  });
}

async function expectDrawn(names: string[], present = true): Promise<void> {
  await expect
    .poll(
      async () => {
        const all = (await drawn()).join('\n');
        return names.filter((n) => all.includes(n) === present);
      },
      { timeout: 30_000 },
    )
    .toEqual(names);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  db = await testDb();
  await resetGraph(db);
  const report = await ingestSeeds(db);
  expect(report.errors).toBe(0);
  app = await startWebApp({ port: 0, connect: { home: testNeo4j().home, env: cleanEnv(), start: false } });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (err) => console.error('page error:', err.message));
  await page.goto(app.url);
  await page
    .getByRole('status', { name: 'Database status' })
    .filter({ hasText: /connected/i })
    .waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await db?.close();
});

describe('the explorer, in a browser against the web mode', () => {
  it('shows Peskov, Dmitriev, Witkoff, Bruce and Zelensky on the graph', async () => {
    await expectDrawn(['Peskov', 'Dmitriev', 'Witkoff', 'Bruce', 'Zelensky']);
    // The canvas draws exactly the entities the list names.
    const listed = (await drawn()).length;
    await expect.poll(() => page.getByTestId('graph-canvas').getAttribute('data-nodes')).toBe(String(listed));
    await page.getByRole('button', { name: 'Fit' }).click();
    await shot('01-graph');
  });

  it('searching "Witkoff" selects him, and Details shows his White House meeting with Dmitriev, its confidence and its two sources with their triggers', async () => {
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Witkoff');
    await page
      .getByRole('option', { name: /Witkoff/ })
      .first()
      .click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect
      .poll(() => details.getByRole('heading', { level: 2 }).textContent(), { timeout: 20_000 })
      .toMatch(/Witkoff/);
    const meeting = details.getByRole('article').filter({ hasText: 'White House' });
    await expect.poll(() => meeting.count()).toBe(1);
    await expect.poll(() => meeting.textContent()).toMatch(/Dmitriev/);
    const evidence = meeting.locator('blockquote.evidence');
    expect(await evidence.count()).toBe(2);
    for (const sentence of await evidence.allTextContents()) {
      expect(sentence).toMatch(/Dmitriev|Witkoff/);
      expect(sentence.length).toBeGreaterThan(30);
    }
    expect(await meeting.locator('mark').count()).toBeGreaterThan(1);
    // How sure the extraction is: the meeting's confidence, and each source's with the words that made it a meeting.
    expect(await meeting.locator('dd.meeting-confidence').textContent()).toMatch(/^(0\.\d\d|1\.00)$/);
    const reasons = await meeting.locator('.source-reason').allTextContents();
    expect(reasons).toHaveLength(2);
    for (const reason of reasons)
      expect(reason).toMatch(/confidence (0\.\d\d|1\.00) · trigger “[^”]*\bmet\b/);
    await expect
      .poll(() => page.locator('li[data-id][data-kind="person"]').filter({ hasText: 'Witkoff' }).count())
      .toBe(1);
    // The whole small graph was in view, so choosing a node does not push its neighbours off the canvas.
    await expect.poll(() => nodesOutOfView(), { timeout: 5_000 }).toEqual([]);
    await shot('02-search-witkoff');
  });

  it('filtering by status and "as known on 2025-04-09" changes what is shown', async () => {
    await page.getByRole('button', { name: 'Meetings', exact: true }).click();
    const istanbul = () =>
      page
        .locator('li[data-kind="meeting"]')
        .filter({ hasText: /Istanbul/ })
        .filter({ hasText: /2025-04-10/ });
    await expect.poll(() => istanbul().count(), { timeout: 20_000 }).toBe(1);
    expect(await istanbul().getAttribute('data-status')).toBe('held');
    // Zoomed out to fit, labels are drawn larger; each is measured at its new size, not clipped to its old one.
    await page.waitForTimeout(1500);
    expect(await clippedLabels()).toEqual([]);
    await shot('03-meetings-view');

    // Only planned meetings: the April 10 Istanbul meeting was held, so it goes.
    const filters = page.getByRole('complementary', { name: 'Filters' });
    for (const status of ['Held', 'Ongoing', 'Cancelled'])
      await filters.getByRole('checkbox', { name: status }).uncheck();
    await expect.poll(() => istanbul().count(), { timeout: 20_000 }).toBe(0);
    await shot('04-only-planned');

    // As known on April 9 it was still planned: it comes back, drawn as planned.
    await filters.getByLabel('As known on').fill('2025-04-09');
    await expect.poll(() => istanbul().count(), { timeout: 20_000 }).toBe(1);
    expect(await istanbul().getAttribute('data-status')).toBe('planned');
    await shot('05-as-known-on-2025-04-09');

    await filters.getByLabel('As known on').fill('');
    for (const status of ['Held', 'Ongoing', 'Cancelled'])
      await filters.getByRole('checkbox', { name: status }).check();
    await page.getByRole('button', { name: 'Who met whom', exact: true }).click();
    await expectDrawn(['Witkoff']);
  });

  it('finds and draws the path from Bruce to Dmitriev', async () => {
    await page.getByRole('button', { name: 'Path', exact: true }).click();
    await page.getByRole('combobox', { name: 'From' }).fill('Bruce');
    await page.getByRole('option', { name: /Bruce/ }).first().click();
    await page.getByRole('combobox', { name: 'To' }).fill('Dmitriev');
    await page
      .getByRole('option', { name: /Dmitriev/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Find path' }).click();
    const chain = page.getByRole('list', { name: 'Path' });
    await expect
      .poll(() => chain.getByRole('listitem').allTextContents(), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/Bruce/), expect.stringMatching(/Dmitriev/)]));
    const onPath = await page.locator('li[data-on-path="true"]').allTextContents();
    expect(onPath.join('\n')).toMatch(/Bruce/);
    expect(onPath.join('\n')).toMatch(/Dmitriev/);
    await expect
      .poll(() => page.getByTestId('graph-canvas').getAttribute('data-path-nodes'))
      .toBe(String(onPath.length));
    await shot('06-path-bruce-dmitriev');
    await page.getByRole('button', { name: 'Close path' }).click();
  });

  it('importing a third article through the UI adds its people', async () => {
    await expectDrawn(['Lavrov'], false);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Choose files').setInputFiles(THIRD_ARTICLE);
    const results = page.getByRole('region', { name: 'Import results' });
    await expect.poll(() => results.textContent(), { timeout: 120_000 }).toMatch(/Done: 1 of 1/);
    expect(await results.getByRole('row').filter({ hasText: '01.txt' }).textContent()).toMatch(/Imported/);
    await shot('07-import-results');
    await page.getByRole('button', { name: 'Close' }).click();
    await expectDrawn(['Lavrov', 'Rubio']);
    await page.getByRole('button', { name: 'Fit' }).click();
    await shot('08-after-import');
  });
});
