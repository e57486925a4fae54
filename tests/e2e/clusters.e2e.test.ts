// Clusters, in a browser against the web mode: a first view cut to its most connected entities draws the
// rest as clusters around their countries, says so in the banner with true counts, and opens a cluster on
// a click into its members, linked to what is drawn.
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
import { drawnNodes, labelClashes } from '../helpers/canvas';

const SHOTS = join(REPO, 'test-results', 'e2e');
const PEOPLE = 400;
const COUNTRIES = 12;

let db: GraphDb;
let app: WebApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  db = await testDb();
  await resetGraph(db);
  await writeLargeGraph(db, { meetings: 3_000, people: PEOPLE, articles: 60, countries: COUNTRIES });
  ({ app, browser, page } = await openExplorer());
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await resetGraph(db);
  await db?.close();
});

/** Every node on the canvas. */
const nodesNow = () => drawnNodes(page);

describe('clusters of what the first view leaves out', () => {
  it('the banner counts every undrawn entity, in clusters, and each cluster is drawn with its count', async () => {
    const banner = page.getByRole('status', { name: 'View coverage' });
    await expect.poll(() => banner.textContent(), { timeout: 120_000 }).toMatch(/more in \d+ clusters/);
    const text = (await banner.textContent()) ?? '';
    const [, shown, total, rest, count] =
      /Showing (\d+) of ([\d,]+) entities \(the most connected\); ([\d,]+) more in (\d+) clusters/.exec(
        text,
      ) ?? [];
    const num = (s: string | undefined) => Number((s ?? '').replace(/,/g, ''));
    // Every person and country is in the view: the drawn ones and the clustered ones add up to all of them.
    expect(num(total)).toBe(PEOPLE + COUNTRIES);
    expect(num(shown) + num(rest)).toBe(num(total));
    const clusters = page.getByRole('list', { name: 'Clusters of entities not drawn' }).getByRole('listitem');
    await expect.poll(() => clusters.count()).toBe(num(count));
    const counts = await clusters.evaluateAll((items) =>
      items.map((i) => Number(i.getAttribute('data-count'))),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(num(rest));
    await expect
      .poll(async () => (await nodesNow()).filter((n) => n.kind === 'cluster').length, { timeout: 60_000 })
      .toBe(num(count));
    const labels = (await nodesNow()).filter((n) => n.kind === 'cluster').map((n) => n.label);
    expect(labels.some((l) => /^Country \d+ Large · \d+ more$/.test(l))).toBe(true);
  });

  it('at fit, no two shown labels overlap and no disc covers a shown label, clusters included', async () => {
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForTimeout(1500);
    const nodes = await nodesNow();
    expect(nodes.filter((n) => n.shown && n.kind === 'cluster').length).toBeGreaterThan(0);
    const { clashes, covered } = labelClashes(nodes);
    expect(clashes).toEqual([]);
    expect(covered).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'clusters-first-view.png') });
  });

  it('a click on a cluster draws its most connected members, linked to what is drawn, and the cluster shrinks', async () => {
    const before = await nodesNow();
    const biggest = before
      .filter((n) => n.kind === 'cluster')
      .map((n) => ({ ...n, count: Number(/· ([\d,]+) more$/.exec(n.label)?.[1]?.replace(/,/g, '') ?? 0) }))
      .sort((a, b) => b.count - a.count)[0]!;
    expect(biggest.count).toBeGreaterThan(25);
    await page
      .getByRole('list', { name: 'Clusters of entities not drawn' })
      .getByRole('button', { name: `Open ${biggest.label}` })
      .press('Enter');
    const shrunkLabel = biggest.label.replace(/· [\d,]+ more$/, `· ${biggest.count - 25} more`);
    await expect
      .poll(async () => (await nodesNow()).find((n) => n.id === biggest.id)?.label, { timeout: 60_000 })
      .toBe(shrunkLabel);
    const after = await nodesNow();
    // The 25 members are drawn, and so are drawn entities that had no link before and now meet one of them.
    const fresh = after
      .filter((n) => n.kind === 'person' && !before.some((b) => b.id === n.id))
      .map((n) => n.id);
    expect(fresh.length).toBeGreaterThanOrEqual(25);
    const linked = await page.getByTestId('graph-canvas').evaluate((el, ids) => {
      type Node = { id(): string; connectedEdges(): { length: number } };
      const cy = (el as unknown as { _cyreg: { cy: { getElementById(id: string): Node } } })._cyreg.cy;
      return ids.map((id) => cy.getElementById(id).connectedEdges().length);
    }, fresh);
    expect(linked.filter((l) => l === 0)).toEqual([]);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(SHOTS, 'clusters-opened.png') });
  });

  it('the meetings view clusters what its budget leaves out too', async () => {
    await page
      .getByRole('group', { name: 'View' })
      .getByRole('button', { name: 'Meetings', exact: true })
      .click();
    const banner = page.getByRole('status', { name: 'View coverage' });
    await expect
      .poll(() => banner.textContent(), { timeout: 120_000 })
      .toMatch(/newest 120 of 3,000 meetings/);
    await expect.poll(() => banner.textContent(), { timeout: 120_000 }).toMatch(/more in \d+ clusters/);
    await expect
      .poll(async () => (await nodesNow()).filter((n) => n.kind === 'cluster').length, { timeout: 60_000 })
      .toBeGreaterThan(0);
    const labels = (await nodesNow()).filter((n) => n.kind === 'cluster').map((n) => n.label);
    expect(labels.some((l) => /^Meetings · [\d,]+ more$/.test(l))).toBe(true);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(SHOTS, 'clusters-meetings-view.png') });
  });

  it('a reopened page draws the view where it was last laid out, clusters included', async () => {
    await page.reload();
    const banner = page.getByRole('status', { name: 'View coverage' });
    await expect.poll(() => banner.textContent(), { timeout: 120_000 }).toMatch(/more in \d+ clusters/);
    const canvas = page.getByTestId('graph-canvas');
    await expect
      .poll(async () => (await nodesNow()).filter((n) => n.kind === 'cluster').length, { timeout: 60_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => canvas.getAttribute('data-layout'), { timeout: 60_000 }).toBe('settled');
    const { drawn, kept } = await canvas.evaluate((el) => {
      type Node = { id(): string; position(): { x: number; y: number } };
      const cy = (el as unknown as { _cyreg: { cy: { nodes(): { map<T>(f: (n: Node) => T): T[] } } } })._cyreg
        .cy;
      return {
        drawn: cy.nodes().map((n) => ({ id: n.id(), ...n.position() })),
        kept: JSON.parse(localStorage.getItem('rendezvous.positions.whoMetWhom.fcose') ?? '{}') as Record<
          string,
          { x: number; y: number }
        >,
      };
    });
    expect(drawn.length).toBeGreaterThan(20);
    const moved = drawn.filter((n) => {
      const k = kept[n.id];
      return !k || Math.abs(k.x - n.x) > 0.5 || Math.abs(k.y - n.y) > 0.5;
    });
    expect(moved.map((n) => n.id)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'clusters-reopened.png') });
  });
});
