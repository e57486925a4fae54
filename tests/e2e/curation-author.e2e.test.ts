// The author of corrections in a browser against the web mode: the name set in Settings is the one each
// correction records (and the history shows); it stays after a reload; cleared, the server's default applies.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebApp } from '../../src-main/web';
import type { GraphDb } from '../../src-main/core/store/connection';
import { ingestDocuments } from '../../src-main/core/ingest';
import { curationAuthor } from '../../src-main/core/curation/author';
import { curationArticle } from '../helpers/curation-articles';
import { resetGraph, testDb } from '../helpers/db';
import { chooseEntity, openExplorer } from '../helpers/explorer-browser';
import { REPO } from '../helpers/seeds';

const SHOTS = join(REPO, 'test-results', 'e2e-curation-author');
const AUTHOR = 'Maria Okafor (desk)';

let db: GraphDb;
let app: WebApp;
let browser: Browser;
let page: Page;

const details = () => page.getByRole('region', { name: 'Details' });
const latest = async () => (await app.handlers.history({ limit: 1 })).corrections[0];

async function shot(name: string): Promise<void> {
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Opens Settings and returns its author field. */
async function authorField() {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Author name for corrections' });
  await field.waitFor({ timeout: 60_000 });
  return field;
}

const closeSettings = () =>
  page.getByRole('dialog', { name: 'Database settings' }).getByRole('button', { name: 'Close' }).click();

/** Sets a role of Steve Witkoff from Details, and waits for its record. */
async function setRole(role: string, reason: string): Promise<void> {
  const before = (await latest())?.id;
  await chooseEntity(page, 'Steve Witkoff');
  await details().getByRole('button', { name: 'Role…' }).click();
  await details().getByRole('textbox', { name: 'Role', exact: true }).fill(role);
  await details().getByRole('textbox', { name: 'Reason' }).fill(reason);
  await details().getByRole('button', { name: 'Set', exact: true }).click();
  await expect.poll(async () => (await latest())?.id, { timeout: 90_000 }).not.toBe(before);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  db = await testDb();
  await resetGraph(db);
  const report = await ingestDocuments(db, ['riyadh.txt', 'moscow.txt'].map(curationArticle), { workers: 0 });
  expect(report.errors).toBe(0);
  ({ app, browser, page } = await openExplorer());
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await resetGraph(db);
  await db?.close();
});

describe('the author name set in Settings', () => {
  it('is the name a correction made in the explorer records, and the history shows it', async () => {
    const field = await authorField();
    expect(await field.inputValue()).toBe('');
    await field.fill(AUTHOR);
    await shot('01-settings-author');
    await closeSettings();

    await setRole('special envoy', 'his title since January');
    expect(await latest()).toMatchObject({ kind: 'person.set', author: AUTHOR });

    await page.getByRole('button', { name: 'History', exact: true }).click();
    const history = page.getByRole('dialog', { name: 'History of corrections' });
    await expect
      .poll(() => history.getByRole('listitem').first().textContent(), { timeout: 90_000 })
      .toContain(AUTHOR);
    await shot('02-history-author');
    await history.getByRole('button', { name: 'Close the history' }).click();
  }, 600_000);

  it('stays set after a reload, and once cleared the server default is recorded', async () => {
    await page.reload();
    await page
      .getByRole('status', { name: 'Database status' })
      .filter({ hasText: /connected/i })
      .waitFor({ timeout: 60_000 });
    const field = await authorField();
    expect(await field.inputValue()).toBe(AUTHOR);
    await field.fill('');
    await closeSettings();

    await setRole('envoy', 'the shorter title');
    const record = await latest();
    expect(record).toMatchObject({ kind: 'person.set', author: curationAuthor() });
    expect(record!.author).not.toBe(AUTHOR);
    await shot('03-default-author');
  }, 600_000);
});
