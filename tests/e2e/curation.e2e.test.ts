// Curation in a browser against the web mode, on the seeds and the dev corpus: corrections made in the UI hold through a re-ingest.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebApp } from '../../src-main/web';
import type { GraphDb } from '../../src-main/core/store/connection';
import { ingestDocuments } from '../../src-main/core/ingest';
import type { Correction } from '../../src-main/common/curation';
import type { MeetingRecord } from '../../src-main/common/graph';
import { resetGraph, testDb } from '../helpers/db';
import { chooseEntity, openExplorer } from '../helpers/explorer-browser';
import { REPO, SEEDS } from '../helpers/seeds';

const DEV = resolve(REPO, '..', 'shared', 'corpus', 'dev', 'articles');
const SHOTS = join(REPO, 'test-results', 'e2e-curation');

/** An article naming the Kremlin aide by a short form of his first name, which no spelling rule joins. */
const YURY = {
  name: 'yura.txt',
  data: Buffer.from(
    'Ushakov and Witkoff meet in St. Petersburg\n\nPublished 2025-04-12\n\nKremlin aide Yura Ushakov met U.S. envoy Steve Witkoff in St. Petersburg on April 11, 2025, to discuss a peace plan.\n',
  ),
};
const YURY_AGAIN = {
  name: 'yura-again.txt',
  data: Buffer.from(
    'Ushakov speaks to Rubio\n\nPublished 2025-05-03\n\nKremlin aide Yura Ushakov met U.S. Secretary of State Marco Rubio in Riyadh on May 2, 2025, to discuss prisoner exchanges.\n',
  ),
};

const corpus = () => [
  ...readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((name) => ({ name, data: readFileSync(join(SEEDS, name)) })),
  ...readdirSync(DEV)
    .filter((f) => f.endsWith('.txt'))
    .map((name) => ({ name: `dev-${name}`, data: readFileSync(join(DEV, name)) })),
  YURY,
];

let db: GraphDb;
let app: WebApp;
let browser: Browser;
let page: Page;
let rejected = '';
let edited = '';

async function shot(name: string): Promise<void> {
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const details = () => page.getByRole('region', { name: 'Details' });
const meetings = () => app.handlers.meetings({}) as Promise<MeetingRecord[]>;

const choose = (name: string) => chooseEntity(page, name);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  db = await testDb();
  await resetGraph(db);
  const report = await ingestDocuments(db, corpus(), { workers: 0 });
  expect(report.errors).toBe(0);
  ({ app, browser, page } = await openExplorer());
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await resetGraph(db);
  await db?.close();
});

describe('curation in the explorer', () => {
  it('merges Yura Ushakov into Yuri Ushakov from Details, with a reason', async () => {
    await choose('Yuri Ushakov');
    await details().getByRole('button', { name: 'Merge with…' }).click();
    await details().getByRole('textbox', { name: 'Merge with' }).fill('Yura');
    await details().getByRole('option', { name: 'Yura Ushakov' }).click();
    await details().getByRole('textbox', { name: 'Reason' }).fill('the same Kremlin aide, spelt two ways');
    await details().getByRole('button', { name: 'Merge', exact: true }).click();
    await expect
      .poll(() => details().textContent(), { timeout: 90_000 })
      .toMatch(/Also called.*Yura Ushakov/);
    await expect
      .poll(() => details().locator('.badge.curation-corrected').count(), { timeout: 90_000 })
      .toBeGreaterThan(0);
    await shot('01-merged');
  });

  it('rejects a meeting from the review queue with a reason', async () => {
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Review queue' });
    await expect
      .poll(() => review.locator('.review-progress').textContent(), { timeout: 90_000 })
      .toMatch(/^0 of \d+ reviewed$/);
    await review.getByRole('button', { name: 'Edit (E)' }).click();
    await expect
      .poll(() => details().getByRole('button', { name: 'Reject…' }).count(), { timeout: 90_000 })
      .toBe(1);
    const state = await app.handlers.history({ limit: 1 });
    expect(state.total).toBe(1);
    await review.getByRole('textbox', { name: 'Review reason' }).fill('a phone call, not a meeting');
    const before = (await app.handlers.reviewQueue({ limit: 1 })).items[0]!.id;
    await review.getByRole('button', { name: 'Reject (R)' }).click();
    await expect
      .poll(() => review.locator('.review-progress').textContent(), { timeout: 90_000 })
      .toMatch(/^1 of \d+ reviewed$/);
    rejected = before;
    expect((await meetings()).map((m) => m.id)).not.toContain(rejected);
    await shot('02-rejected');
  });

  it("edits the next meeting's date, then adds a meeting from one of its evidence sentences", async () => {
    const review = page.getByRole('dialog', { name: 'Review queue' });
    edited = (await app.handlers.reviewQueue({ limit: 1 })).items[0]!.id;
    await review.getByRole('button', { name: 'Edit (E)' }).click();
    // Details may still show the meeting before while the chosen one loads: open the form on the chosen one.
    await details().getByRole('button', { name: 'Reject…' }).waitFor({ timeout: 90_000 });
    await page.waitForLoadState('networkidle');
    const dateBox = details().getByRole('textbox', { name: 'Date', exact: true });
    await expect
      .poll(
        async () => {
          if (!(await dateBox.count())) await details().getByRole('button', { name: 'Edit…' }).click();
          return dateBox.count();
        },
        { timeout: 90_000 },
      )
      .toBe(1);
    await dateBox.fill('2025-02-17');
    await details().getByRole('combobox', { name: 'Precision' }).selectOption('day');
    await details().getByRole('combobox', { name: 'Status' }).selectOption('held');
    await details().getByRole('textbox', { name: 'Reason' }).fill('the ministry statement gives the 17th');
    await details().getByRole('button', { name: 'Save the correction' }).click();
    await expect.poll(() => details().textContent(), { timeout: 90_000 }).toMatch(/2025-02-17 \(exact day\)/);
    await shot('03-edited');

    await page.getByRole('button', { name: 'Close the review' }).click();
    await details()
      .getByRole('button', { name: /Add a meeting from this sentence/ })
      .first()
      .click();
    await details().getByRole('textbox', { name: 'Participants' }).fill('Steve Witkoff, Vladimir Putin');
    await details().getByRole('textbox', { name: 'New meeting date' }).fill('2025-02-16');
    await details()
      .getByRole('textbox', { name: 'Reason' })
      .fill('the sentence also reports an earlier meeting');
    await details().getByRole('button', { name: 'Add the meeting' }).click();
    await expect.poll(() => details().locator('.badge.curation-added').count(), { timeout: 90_000 }).toBe(1);
    await shot('04-added');
  });

  it('re-ingesting every article, then a new one naming Yura Ushakov, keeps every correction', async () => {
    const again = await ingestDocuments(db, corpus(), { workers: 0 });
    expect(again.unchanged).toBe(corpus().length);
    const fresh = await ingestDocuments(db, [YURY_AGAIN], { workers: 0 });
    expect(fresh.errors).toBe(0);
    const all = await meetings();
    expect(all.map((m) => m.id)).not.toContain(rejected);
    const e = all.find((m) => m.id === edited)!;
    expect([e.date, e.curation]).toEqual(['2025-02-17', ['corrected']]);
    const added = all.filter((m) => m.curation?.includes('added'));
    expect(added.map((m) => m.participants)).toEqual([['Steve Witkoff', 'Vladimir Putin']]);
    const hits = await app.handlers.search({ text: 'Ushakov', limit: 10 });
    expect(hits.filter((h) => h.kind === 'person').map((h) => h.label)).toEqual(['Yuri Ushakov']);
    const riyadh = all.find((m) => m.date === '2025-05-02')!;
    expect(riyadh.participants).toContain('Yuri Ushakov');
  });

  it('the history lists the four corrections with their reasons, and undo restores the last one', async () => {
    await page.reload();
    await page
      .getByRole('status', { name: 'Database status' })
      .filter({ hasText: /connected/i })
      .waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const history = page.getByRole('dialog', { name: 'History of corrections' });
    const items = history.getByRole('listitem');
    await expect.poll(() => items.count(), { timeout: 90_000 }).toBe(4);
    const reasons = await history.locator('.correction-reason').allTextContents();
    expect(reasons).toEqual([
      'the sentence also reports an earlier meeting',
      'the ministry statement gives the 17th',
      'a phone call, not a meeting',
      'the same Kremlin aide, spelt two ways',
    ]);
    await shot('05-history');
    await history.getByRole('button', { name: 'Undo correction' }).click();
    await expect.poll(() => items.count(), { timeout: 90_000 }).toBe(5);
    const list = (await app.handlers.history({ limit: 10 })).corrections as Correction[];
    expect(list[0]!.kind).toBe('revert');
    expect(list[1]!.active).toBe(false);
    expect((await meetings()).filter((m) => m.curation?.includes('added'))).toEqual([]);
    await shot('06-undone');
  });

  it('a GraphML export of the graph carries the curation marks', async () => {
    const result = await app.handlers.exportGraph({
      format: 'graphml',
      scope: 'all',
      filter: { view: 'meetings' },
    });
    const xml = result.files[0]!.content;
    expect(xml).toMatch(/attr\.name="curation"/);
    expect(xml).toMatch(/>corrected</);
  });
});
