import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot, type Snapshot } from '../../src-main/common/snapshot';
import type { GraphDb } from '../../src-main/core/store/connection';
import { startWebApp, type WebApp } from '../../src-main/web';
import { cleanEnv, resetGraph, testDb, testNeo4j } from '../helpers/db';
import { REPO, ingestSeeds } from '../helpers/seeds';
import { CHROMIUM } from './export-browser';

const SHOTS = join(REPO, 'test-results', 'e2e', 'snapshot');

let db: GraphDb;
let app: WebApp;
let offline: WebApp;
let browser: Browser;
let page: Page;

async function openExportMenu(): Promise<void> {
  const menu = page.getByRole('menu', { name: 'Export' });
  if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
  await menu.waitFor();
}

/** Exports the current view as a snapshot through the Export menu and returns the saved file. */
async function exportSnapshot(name: string): Promise<{ path: string; snapshot: Snapshot }> {
  await openExportMenu();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Snapshot (.rendezvous.json)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.rendezvous\.json$/);
  const path = join(SHOTS, name);
  await file.saveAs(path);
  return { path, snapshot: parseSnapshot(readFileSync(path, 'utf8'), name) };
}

async function openSnapshot(target: Page, path: string): Promise<void> {
  const menu = target.getByRole('menu', { name: 'Export' });
  if (!(await menu.isVisible())) await target.getByRole('button', { name: 'Export', exact: true }).click();
  await target.getByLabel('Open snapshot').setInputFiles(path);
  await target.locator('.snapshot-banner').waitFor({ timeout: 30_000 });
}

/** A screenshot of the graph area, once the layout and the fit animation have settled. */
async function graphShot(target: Page, name: string): Promise<Buffer> {
  await target.waitForTimeout(3000);
  return target.locator('.graph-wrap').screenshot({ path: join(SHOTS, name) });
}

/** The share of pixels that differ noticeably between two same-size PNG screenshots (decoded in the page). */
async function pixelDifference(a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([x, y]) => {
      const decode = async (b64: string) => {
        // Decoded from bytes in the page: fetching a data: URL is what the CSP's connect-src forbids.
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [p, q] = [await decode(x), await decode(y)];
      if (p.width !== q.width || p.height !== q.height) return 1;
      let differing = 0;
      for (let i = 0; i < p.data.length; i += 4) {
        const d =
          Math.abs(p.data[i]! - q.data[i]!) +
          Math.abs(p.data[i + 1]! - q.data[i + 1]!) +
          Math.abs(p.data[i + 2]! - q.data[i + 2]!);
        if (d > 48) differing++;
      }
      return differing / (p.width * p.height);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

function positionsOf(snapshot: Snapshot): Map<string, { x: number; y: number }> {
  return new Map(Object.entries(snapshot.state.positions));
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  db = await testDb();
  await resetGraph(db);
  const report = await ingestSeeds(db);
  expect(report.errors).toBe(0);
  app = await startWebApp({
    port: 0,
    rebuild: true,
    connect: { home: testNeo4j().home, env: cleanEnv(), start: false },
  });
  browser = await chromium.launch({ ...CHROMIUM, headless: true });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (err) => console.error('page error:', err.message));
  await page.goto(app.url);
  await page
    .getByRole('status', { name: 'Database status' })
    .filter({ hasText: /connected/i })
    .waitFor({ timeout: 60_000 });
  await page
    .getByRole('list', { name: 'Entities on the graph' })
    .getByRole('listitem')
    .nth(4)
    .waitFor({ state: 'attached', timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await offline?.stop();
  await db?.close();
});

describe('a snapshot exported from the explorer', () => {
  it('reopens with the same nodes at the same positions, and looks the same', async () => {
    await page.getByRole('button', { name: 'Fit' }).click();
    const before = await graphShot(page, '01-before.png');
    const first = await exportSnapshot('first.rendezvous.json');
    expect(first.snapshot.elements.nodes.length).toBeGreaterThan(4);
    expect(Object.keys(first.snapshot.state.positions).sort()).toEqual(
      first.snapshot.elements.nodes.map((n) => n.id).sort(),
    );
    expect(first.snapshot.meetings.length).toBeGreaterThan(0);
    expect(first.snapshot.meetings.every((m) => m.sources.every((s) => s.evidence.length > 0))).toBe(true);

    // Move away from the view: a fresh page lays the graph out anew.
    await page.reload();
    await page
      .getByRole('status', { name: 'Database status' })
      .filter({ hasText: /connected/i })
      .waitFor({ timeout: 60_000 });
    await page
      .getByRole('list', { name: 'Entities on the graph' })
      .getByRole('listitem')
      .nth(4)
      .waitFor({ state: 'attached', timeout: 60_000 });
    await page.waitForTimeout(1500);
    await graphShot(page, '02-live-again.png');
    const live = await exportSnapshot('live.rendezvous.json');
    await page
      .getByRole('button', { name: 'Layout', exact: true })
      .click()
      .catch(() => undefined);
    await page.keyboard.press('Escape');

    await openSnapshot(page, first.path);
    const after = await graphShot(page, '03-after-reopen.png');
    const second = await exportSnapshot('second.rendezvous.json');

    expect(second.snapshot.elements.nodes.map((n) => n.id).sort()).toEqual(
      first.snapshot.elements.nodes.map((n) => n.id).sort(),
    );
    const was = positionsOf(first.snapshot);
    const livePositions = positionsOf(live.snapshot);
    const kept = [...positionsOf(second.snapshot)].filter(([id, at]) => {
      const l = livePositions.get(id);
      return l && Math.abs(l.x - at.x) < 0.5 && Math.abs(l.y - at.y) < 0.5;
    }).length;
    const moved = [...positionsOf(second.snapshot)]
      .map(([id, at]) => ({ id, dx: at.x - was.get(id)!.x, dy: at.y - was.get(id)!.y }))
      .filter((d) => Math.hypot(d.dx, d.dy) > 0.5);
    expect(moved, `${kept} of ${livePositions.size} nodes kept their live positions after reopening`).toEqual(
      [],
    );
    // The camera comes back too (within 1% zoom and a few pixels of pan: sub-pixel on screen).
    const [v1, v2] = [first.snapshot.state.viewport!, second.snapshot.state.viewport!];
    expect(Math.abs(v2.zoom / v1.zoom - 1), `zoom ${v2.zoom} instead of ${v1.zoom}`).toBeLessThan(0.01);
    expect(Math.abs(v2.pan.x - v1.pan.x), `pan x ${v2.pan.x} instead of ${v1.pan.x}`).toBeLessThan(5);
    expect(Math.abs(v2.pan.y - v1.pan.y), `pan y ${v2.pan.y} instead of ${v1.pan.y}`).toBeLessThan(5);
    // The reopened view differs from the original only by the snapshot banner.
    expect(await pixelDifference(before, after)).toBeLessThan(0.04);
  });

  it('loads the open snapshot into an emptied Neo4j, and the live graph then shows its nodes', async () => {
    await resetGraph(db);
    await page.getByRole('button', { name: 'Load into Neo4j' }).click();
    const notice = page.getByRole('status').filter({ hasText: /into Neo4j: added/ });
    await notice.waitFor({ timeout: 60_000 });
    const added = /added (\d+) articles, (\d+) meetings, (\d+) nodes/.exec(
      (await notice.textContent()) ?? '',
    );
    expect(Number(added?.[1])).toBeGreaterThan(0);
    expect(Number(added?.[2])).toBeGreaterThan(0);
    // The snapshot stays on screen until the user goes back to the live graph.
    await expect.poll(() => page.locator('.snapshot-banner').isVisible()).toBe(true);
    const first = parseSnapshot(readFileSync(join(SHOTS, 'first.rendezvous.json'), 'utf8'));
    await page.getByRole('button', { name: 'Back to live graph' }).click();
    await page.locator('.snapshot-banner').waitFor({ state: 'detached', timeout: 30_000 });
    const entities = page.getByRole('list', { name: 'Entities on the graph' }).getByRole('listitem');
    await expect.poll(() => entities.count(), { timeout: 30_000 }).toBeGreaterThan(4);
    const shown = await entities.evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));
    const people = first.elements.nodes.filter((n) => n.kind === 'person').map((n) => n.id);
    expect(shown).toEqual(expect.arrayContaining(people));
  });

  it('opens with no database connected', async () => {
    offline = await startWebApp({
      port: 0,
      connect: { home: join(SHOTS, 'no-database-home'), env: cleanEnv(), start: false },
    });
    const other = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await other.goto(offline.url);
      await other
        .getByRole('status', { name: 'Database status' })
        .filter({ hasText: /error|starting/i })
        .waitFor({ timeout: 60_000 });
      await openSnapshot(other, join(SHOTS, 'first.rendezvous.json'));
      const first = parseSnapshot(readFileSync(join(SHOTS, 'first.rendezvous.json'), 'utf8'));
      await expect
        .poll(
          () => other.getByRole('list', { name: 'Entities on the graph' }).getByRole('listitem').count(),
          {
            timeout: 30_000,
          },
        )
        .toBe(first.elements.nodes.filter((n) => !first.state.styles[n.id]?.hidden).length);
      await graphShot(other, '04-opened-offline.png');
    } finally {
      await other.close();
    }
  });
});
