// The newer corrections in a browser against the web mode: a role set from Details, undone with Ctrl+Z and
// redone with Ctrl+Shift+Z; a meeting split by its reports; an entity that is not a person taken out.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebApp } from '../../src-main/web';
import type { GraphDb } from '../../src-main/core/store/connection';
import { ingestDocuments } from '../../src-main/core/ingest';
import type { MeetingRecord } from '../../src-main/common/graph';
import { resetGraph, testDb } from '../helpers/db';
import { chooseEntity, openExplorer } from '../helpers/explorer-browser';
import { REPO } from '../helpers/seeds';

const SHOTS = join(REPO, 'test-results', 'e2e-curation-verbs');
const article = (name: string, text: string) => ({ name, data: Buffer.from(text, 'utf8') });
const ARTICLES = [
  article(
    'riyadh.txt',
    'Lavrov and Rubio meet in Riyadh\n\nPublished 2025-02-20\n\nRussian Foreign Minister Sergei Lavrov met U.S. Secretary of State Marco Rubio in Riyadh on February 18, 2025, to discuss the war in Ukraine.\n',
  ),
  article(
    'moscow.txt',
    'Ushakov talks with Witkoff in Moscow\n\nPublished 2025-03-15\n\nKremlin aide Yuri Ushakov met U.S. envoy Steve Witkoff in Moscow on March 13, 2025, to discuss a ceasefire.\n',
  ),
  article(
    'moscow-again.txt',
    'Ushakov and Witkoff held talks in Moscow\n\nPublished 2025-03-16\n\nKremlin aide Yuri Ushakov met U.S. envoy Steve Witkoff in Moscow on March 13, 2025, to discuss a ceasefire, the Kremlin said on Sunday.\n',
  ),
];

let db: GraphDb;
let app: WebApp;
let browser: Browser;
let page: Page;

const details = () => page.getByRole('region', { name: 'Details' });
const meetings = () => app.handlers.meetings({}) as Promise<MeetingRecord[]>;
const roles = async () => (await app.handlers.search({ text: 'Steve Witkoff', limit: 1 }))[0]!.id;

async function shot(name: string): Promise<void> {
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const choose = (name: string) => chooseEntity(page, name);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  db = await testDb();
  await resetGraph(db);
  expect((await ingestDocuments(db, ARTICLES, { workers: 0 })).errors).toBe(0);
  ({ app, browser, page } = await openExplorer());
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await resetGraph(db);
  await db?.close();
});

describe('the newer corrections in the explorer', () => {
  it('sets a role from Details; Ctrl+Z undoes it and Ctrl+Shift+Z redoes it', async () => {
    await choose('Steve Witkoff');
    await details().getByRole('button', { name: 'Role…' }).click();
    await details().getByRole('textbox', { name: 'Role', exact: true }).fill('special envoy');
    await details().getByRole('textbox', { name: 'Reason' }).fill('his title since January');
    await details().getByRole('button', { name: 'Set', exact: true }).click();
    await expect.poll(() => details().textContent(), { timeout: 90_000 }).toMatch(/special envoy/);
    await shot('01-role-set');
    const id = await roles();
    const latest = async () => (await app.handlers.history({ limit: 1 })).corrections[0]!;
    expect((await latest()).kind).toBe('person.set');

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await latest()).kind, { timeout: 90_000 }).toBe('revert');
    await expect
      .poll(async () => (await app.handlers.details({ id })).node.roles ?? [], { timeout: 90_000 })
      .not.toContain('special envoy');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await latest()).kind, { timeout: 90_000 }).toBe('person.set');
    expect((await app.handlers.details({ id })).node.roles).toEqual(['special envoy']);
    await shot('02-redone');
  });

  it('splits a meeting by its reports from Details', async () => {
    const moscow = (await meetings()).find((m) => m.city === 'Moscow')!;
    expect(moscow.sources).toHaveLength(2);
    // The review queue opens the least supported meeting first: with Riyadh confirmed, Moscow.
    const riyadh = (await meetings()).find((m) => m.city === 'Riyadh')!;
    await app.handlers.confirmMeeting({ id: riyadh.id });
    const review = page.getByRole('dialog', { name: 'Review queue' });
    if (!(await review.isVisible())) await page.getByRole('button', { name: 'Review', exact: true }).click();
    await review.getByRole('button', { name: 'Edit (E)' }).click();
    await expect
      .poll(() => details().getByRole('button', { name: 'Reject…' }).count(), { timeout: 90_000 })
      .toBe(1);
    expect(await details().getByRole('button', { name: 'Split…' }).count()).toBe(1);
    await details().getByRole('button', { name: 'Split…' }).click();
    await details()
      .getByRole('checkbox', { name: /held talks/ })
      .check();
    await details().getByRole('textbox', { name: 'Reason' }).fill('two separate talks');
    await details().getByRole('button', { name: 'Split off a new meeting' }).click();
    await expect
      .poll(async () => (await meetings()).filter((m) => m.city === 'Moscow').length, { timeout: 90_000 })
      .toBe(2);
    await shot('03-meeting-split');
    await page.getByRole('button', { name: 'Review', exact: true }).click();
  });

  it('takes an entity that is not a person out of the graph', async () => {
    await choose('Sergei Lavrov');
    await details().getByRole('button', { name: 'Not a person…' }).click();
    await details().getByRole('textbox', { name: 'Reason' }).fill('checking the verb');
    await details().getByRole('button', { name: 'Take it out of the graph' }).click();
    await expect
      .poll(async () => (await app.handlers.search({ text: 'Sergei Lavrov', limit: 5 })).length, {
        timeout: 90_000,
      })
      .toBe(0);
    const riyadh = (await meetings()).find((m) => m.city === 'Riyadh')!;
    expect(riyadh.participants.join(' ')).not.toMatch(/Lavrov/);
    await shot('04-not-a-person');
  });
});
