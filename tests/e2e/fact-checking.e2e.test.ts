// The explorer for fact-checkers, in a browser against the web mode, on the seeds and the dev corpus: edges
// with evidence, paths through people, honest counts, filtered expansion, dated pasted text, the query
// console, saved views, the map layout, the shortcuts help, and axe on the main views.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot, type Snapshot } from '../../src-main/common/snapshot';
import { ingestDocuments } from '../../src-main/core/ingest';
import type { GraphDb } from '../../src-main/core/store/connection';
import { startWebApp, type WebApp } from '../../src-main/web';
import { cleanEnv, resetGraph, testDb, testNeo4j } from '../helpers/db';
import { REPO, ingestSeeds } from '../helpers/seeds';
import { CHROMIUM } from './export-browser';

const SHOTS = join(REPO, 'test-results', 'e2e', 'fact-checking');
const DEV = resolve(REPO, '..', 'shared', 'corpus', 'dev', 'articles');

let db: GraphDb;
let app: WebApp;
let browser: Browser;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const details = () => page.getByRole('region', { name: 'Details' });
const drawn = (kind: string) =>
  page.locator(`ul[aria-label="Entities on the graph"] li[data-kind="${kind}"]`);

async function waitConnected(): Promise<void> {
  await page
    .getByRole('status', { name: 'Database status' })
    .filter({ hasText: /connected/i })
    .waitFor({ timeout: 60_000 });
  await page
    .getByRole('list', { name: 'Entities on the graph' })
    .getByRole('listitem')
    .nth(4)
    .waitFor({ state: 'attached', timeout: 60_000 });
}

/** Exports the view as a snapshot through the Export menu: where every node is and how the view is framed. */
async function exportSnapshot(name: string): Promise<Snapshot> {
  const menu = page.getByRole('menu', { name: 'Export' });
  if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Snapshot (.rendezvous.json)' }).click();
  const path = join(SHOTS, name);
  await (await download).saveAs(path);
  if (await menu.isVisible()) await page.keyboard.press('Escape');
  return parseSnapshot(readFileSync(path, 'utf8'), name);
}

async function view(name: 'Who met whom' | 'Meetings'): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForTimeout(1500);
}

async function searchAndSelect(name: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill(name);
  await page
    .getByRole('listbox')
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .click();
  await expect
    .poll(() => details().getByRole('heading', { level: 2 }).textContent(), { timeout: 20_000 })
    .toMatch(new RegExp(name));
}

/** Serious and critical axe violations on the page as it is. */
async function axeProblems(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  db = await testDb();
  await resetGraph(db);
  expect((await ingestSeeds(db)).errors).toBe(0);
  const dev = readdirSync(DEV).map((name) => ({ name, data: readFileSync(join(DEV, name)) }));
  expect((await ingestDocuments(db, dev, { workers: 0 })).errors).toBe(0);
  app = await startWebApp({ port: 0, connect: { home: testNeo4j().home, env: cleanEnv(), start: false } });
  browser = await chromium.launch({ ...CHROMIUM, headless: true });
  // axe needs a page of an explicit context.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
  await page.goto(app.url);
  await waitConnected();
  // The dev corpus is ingested without worker threads, and the UI may be built first: slow on a busy machine.
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await db?.close();
});

describe('the explorer for fact-checkers', () => {
  it('clicking the Dmitriev–Witkoff edge shows the White House meeting with its two sources and evidence', async () => {
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForTimeout(1500);
    const snap = await exportSnapshot('edge-positions.rendezvous.json');
    const idOf = (label: RegExp) => snap.elements.nodes.find((n) => label.test(n.label))!.id;
    const [a, b] = [idOf(/Dmitriev/), idOf(/Witkoff/)];
    const pa = snap.state.positions[a]!;
    const pb = snap.state.positions[b]!;
    const vp = snap.state.viewport!;
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    // A point on the edge, away from both nodes, in page pixels.
    const at = (t: number) => ({
      x: box.x + vp.pan.x + vp.zoom * (pa.x + t * (pb.x - pa.x)),
      y: box.y + vp.pan.y + vp.zoom * (pa.y + t * (pb.y - pa.y)),
    });
    // Another edge may cross this one at some point: hover along it until the summary names this pair.
    let p = at(0.5);
    for (const t of [0.5, 0.35, 0.65, 0.25, 0.75, 0.42, 0.58]) {
      p = at(t);
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(300);
      const tip = await page
        .getByRole('tooltip')
        .textContent({ timeout: 1000 })
        .catch(() => '');
      if (/Dmitriev|Witkoff/.test(tip ?? '')) break;
    }
    await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(/Dmitriev|Witkoff/);
    await page.mouse.click(p.x, p.y);
    await expect
      .poll(() => details().getByRole('heading', { level: 2 }).textContent(), { timeout: 20_000 })
      .toMatch(/(Witkoff – Kirill Dmitriev|Dmitriev – Steve Witkoff)/);
    const meeting = details().getByRole('article').filter({ hasText: 'White House' });
    await expect.poll(() => meeting.count()).toBe(1);
    await expect.poll(() => meeting.getByRole('heading', { level: 4 }).textContent()).toBe('2 sources');
    const evidence = meeting.locator('blockquote.evidence');
    expect(await evidence.count()).toBe(2);
    for (const sentence of await evidence.allTextContents()) expect(sentence).toMatch(/Dmitriev|Witkoff/);
    expect(await meeting.locator('mark').count()).toBeGreaterThan(1);
    await shot('01-edge-details');

    // The same edge from the keyboard: Tab to the list of links and press Enter.
    await page.keyboard.press('Escape');
    const link = page
      .getByRole('list', { name: 'Links on the graph' })
      .getByRole('button', { name: /Dmitriev – Steve Witkoff|Steve Witkoff – Kirill Dmitriev/ });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => details().getByRole('article').filter({ hasText: 'White House' }).count())
      .toBe(1);
    expect(await axeProblems()).toEqual([]);
  });

  it('a path between two people goes through people by default, and "another path" gives a different one', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Path', exact: true }).click();
    await page.getByRole('combobox', { name: 'From' }).fill('Lavrov');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Lavrov/ })
      .first()
      .click();
    await page.getByRole('combobox', { name: 'To' }).fill('Dmitriev');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Dmitriev/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Find path' }).click();
    const chain = page.getByRole('list', { name: 'Path', exact: true });
    await expect
      .poll(() => chain.getByRole('listitem').allTextContents(), { timeout: 20_000 })
      .toEqual(['Sergey Lavrov', 'Steve Witkoff', 'Kirill Dmitriev']);
    const onPath = page.locator('li[data-on-path="true"]');
    expect(new Set(await onPath.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))))).toEqual(
      new Set(['person']),
    );
    const meetings = page.getByRole('list', { name: 'Meetings along the path' }).getByRole('listitem');
    const first = await meetings.allTextContents();
    await shot('02-path-first');
    await page.getByRole('button', { name: 'Show another path' }).click();
    await expect.poll(() => meetings.allTextContents()).not.toEqual(first);
    await expect.poll(() => page.getByText(/Path 2 of \d/).count()).toBe(1);
    await shot('03-path-another');
    await page.getByRole('button', { name: 'Close path' }).click();
  });

  it('the status counts equal the meetings listed', async () => {
    await view('Meetings');
    const filters = page.getByRole('complementary', { name: 'Filters' });
    const count = async (status: string) =>
      Number(
        /^(\d+)/.exec(
          (await filters.getByLabel(new RegExp(`^\\d+ ${status} meetings$`)).getAttribute('aria-label')) ??
            '',
        )?.[1],
      );
    await expect.poll(() => drawn('meeting').count(), { timeout: 20_000 }).toBeGreaterThan(10);
    let total = 0;
    for (const status of ['planned', 'held', 'ongoing', 'cancelled']) {
      const shown = await page.locator(`li[data-kind="meeting"][data-status="${status}"]`).count();
      expect(await count(status)).toBe(shown);
      total += shown;
    }
    expect(total).toBe(await drawn('meeting').count());
    await expect
      .poll(() => filters.getByLabel('Meetings shown').textContent())
      .toMatch(new RegExp(`^${total} meetings shown`));
    await shot('04-status-counts');
  });

  it('with a date filter active, expand adds nothing outside it', async () => {
    const filters = page.getByRole('complementary', { name: 'Filters' });
    await filters.getByLabel('From', { exact: true }).fill('2025-03-01');
    await filters.getByLabel('To', { exact: true }).fill('2025-03-31');
    await expect.poll(() => drawn('meeting').count(), { timeout: 20_000 }).toBeLessThan(6);
    const before = new Set(
      await drawn('meeting').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))),
    );
    await searchAndSelect('Witkoff');
    await details().getByRole('button', { name: 'Expand' }).click();
    await page.waitForTimeout(2000);
    const after = await drawn('meeting').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(after.filter((id) => !before.has(id))).toEqual([]);
    await shot('05-expand-under-date-filter');
    await filters.getByRole('button', { name: 'Clear dates' }).click();
    await page.waitForTimeout(1000);
  });

  it('pasted text with a date gives dated meetings on the timeline', async () => {
    const bins = () =>
      page.locator('.timeline svg title').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    const may = (all: string[]) =>
      Number(/^2025-05: (\d+)/.exec(all.find((t) => t.startsWith('2025-05')) ?? '')?.[1] ?? 0);
    const mayBefore = may(await bins());
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText("Or paste an article's text").click();
    await expect.poll(() => dialog.getByText(/dated “unknown”/).count()).toBe(1);
    await dialog.getByLabel('Title').fill('Lavrov and Rubio in Vienna');
    await dialog.getByLabel(/Date published/).fill('2025-05-20');
    await dialog.getByLabel('Outlet').fill('Example Wire');
    await dialog.getByLabel('URL').fill('https://example.org/vienna');
    await dialog
      .getByLabel('Text', { exact: true })
      .fill(
        'Foreign Minister Sergey Lavrov met with Secretary of State Marco Rubio in Vienna on Thursday, the ministry said.',
      );
    await shot('06-paste-with-date');
    await dialog.getByRole('button', { name: 'Import text' }).click();
    const results = page.getByRole('region', { name: 'Import results' });
    await expect.poll(() => results.textContent(), { timeout: 120_000 }).toMatch(/Done: 1 of 1/);
    expect(await results.textContent()).toMatch(/Imported/);
    await page.getByRole('button', { name: 'Close' }).click();
    const vienna = page.locator('li[data-kind="meeting"]').filter({ hasText: /Vienna, 2025-05-15/ });
    await expect.poll(() => vienna.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => may(await bins()), { timeout: 20_000 }).toBe(mayBefore + 1);
    await shot('07-pasted-on-timeline');
  });

  it('the console refuses CREATE (n) with the reason, and runs a read as a table and a graph', async () => {
    await page.getByRole('button', { name: 'Query', exact: true }).click();
    const console_ = page.getByRole('region', { name: 'Query console' });
    const editor = console_.getByRole('textbox', { name: 'Cypher' });
    const type = async (cypher: string) => {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(cypher);
    };
    await type('CREATE (n)');
    await console_.getByRole('button', { name: 'Run' }).click();
    await expect
      .poll(() => console_.getByRole('alert').textContent(), { timeout: 20_000 })
      .toMatch(/Refused: .*not read; the console only reads the graph/);
    expect(await console_.getByRole('table').count()).toBe(0);
    await shot('08-console-refused');

    await type('MATCH (p:Person) RETURN p.name LIMIT 5');
    await console_.getByRole('button', { name: 'Run' }).click();
    const table = console_.getByRole('table');
    await expect.poll(() => table.getByRole('row').count(), { timeout: 20_000 }).toBe(6);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['p.name']);
    expect(await console_.getByRole('alert').count()).toBe(0);
    await shot('09-console-table');

    await type('MATCH (p:Person) RETURN p LIMIT 5');
    await console_.getByRole('button', { name: 'Run' }).click();
    await expect
      .poll(() => console_.getByRole('button', { name: /^Graph \(5\)$/ }).count(), { timeout: 20_000 })
      .toBe(1);
    await console_.getByRole('button', { name: /^Graph \(5\)$/ }).click();
    await expect
      .poll(() => console_.getByRole('img', { name: /Graph of the results: 5 entities/ }).count())
      .toBe(1);
    await console_.getByRole('button', { name: 'Send to canvas' }).click();
    await shot('10-console-graph');
    expect(await axeProblems()).toEqual([]);
    await console_.getByRole('button', { name: 'Close query console' }).click();
  });

  it('a saved view reopens identically after a reload', async () => {
    await view('Meetings');
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForTimeout(800);
    await page.getByRole('button', { name: 'Views', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Saved views' });
    await panel.getByLabel('View name').fill('Fact check');
    await panel.getByRole('button', { name: 'Save current view' }).click();
    await expect.poll(() => panel.getByText('Fact check').count(), { timeout: 20_000 }).toBe(1);
    const saved = await exportSnapshot('view-before.rendezvous.json');
    await shot('11-view-saved');
    expect(await axeProblems()).toEqual([]);

    await page.reload();
    await waitConnected();
    await page.getByRole('button', { name: 'Views', exact: true }).click();
    await panel.getByRole('button', { name: 'Open Fact check' }).click();
    await expect
      .poll(() => page.getByText(/Opened the view “Fact check”/).count(), { timeout: 30_000 })
      .toBe(1);
    await page.waitForTimeout(1500);
    const reopened = await exportSnapshot('view-after.rendezvous.json');
    await shot('12-view-reopened');
    expect(reopened.state.view).toBe('meetings');
    expect(reopened.elements.nodes.map((n) => n.id).sort()).toEqual(
      saved.elements.nodes.map((n) => n.id).sort(),
    );
    for (const [id, p] of Object.entries(saved.state.positions)) {
      expect(reopened.state.positions[id]?.x).toBeCloseTo(p.x, 1);
      expect(reopened.state.positions[id]?.y).toBeCloseTo(p.y, 1);
    }
    expect(reopened.state.viewport?.zoom).toBeCloseTo(saved.state.viewport!.zoom, 3);
    expect(reopened.state.viewport?.pan.x).toBeCloseTo(saved.state.viewport!.pan.x, 1);
    await panel.getByRole('button', { name: 'Close saved views' }).click();
  });

  it('the map layout places the Istanbul and Riyadh meetings at their coordinates', async () => {
    const clear = page
      .getByRole('complementary', { name: 'Filters' })
      .getByRole('button', { name: 'Clear dates' });
    if (await clear.count()) await clear.click();
    await page.waitForTimeout(1000);
    await page.getByLabel('Layout algorithm').selectOption('map');
    await page.waitForTimeout(2000);
    await page.getByRole('button', { name: 'Fit' }).click();
    const snap = await exportSnapshot('map.rendezvous.json');
    await shot('13-map');
    const meetingAt = (city: string) => {
      const ids = snap.elements.nodes.filter((n) => n.kind === 'meeting' && n.city === city).map((n) => n.id);
      expect(ids.length).toBeGreaterThan(0);
      const ps = ids.map((id) => snap.state.positions[id]!);
      return {
        x: ps.reduce((s, p) => s + p.x, 0) / ps.length,
        y: ps.reduce((s, p) => s + p.y, 0) / ps.length,
      };
    };
    const istanbul = meetingAt('Istanbul');
    const riyadh = meetingAt('Riyadh');
    const moscow = meetingAt('Moscow');
    // East is right and north is up: Riyadh (24.7°N 46.7°E) lies right of and below Istanbul (41.0°N 29.0°E),
    // and Moscow (55.8°N 37.6°E) above both.
    expect(riyadh.x).toBeGreaterThan(istanbul.x);
    expect(riyadh.y).toBeGreaterThan(istanbul.y);
    expect(moscow.y).toBeLessThan(istanbul.y);
    const ratio = (riyadh.x - istanbul.x) / (riyadh.y - istanbul.y);
    expect(ratio).toBeGreaterThan(((46.72 - 28.95) / (41.01 - 24.69)) * 0.7);
    expect(ratio).toBeLessThan(((46.72 - 28.95) / (41.01 - 24.69)) * 1.3);
  });

  it('? lists the shortcuts', async () => {
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    const keys = await help.locator('kbd').allTextContents();
    for (const k of ['F', '/', 'Ctrl+Z', 'Ctrl+Shift+Z', 'H', 'P', 'L', 'Q', '?']) expect(keys).toContain(k);
    expect(await help.textContent()).toMatch(/Click a link/);
    await shot('14-shortcuts');
    expect(await axeProblems()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
  });
});
