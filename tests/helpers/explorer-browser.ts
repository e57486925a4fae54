// The explorer in headless Chromium against the web mode, for the browser tests of curation.
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { startWebApp, type WebApp } from '../../src-main/web';
import { cleanEnv, testNeo4j } from './db';

/** The web mode over the test Neo4j, and a page of the explorer connected to it. */
export async function openExplorer(): Promise<{ app: WebApp; browser: Browser; page: Page }> {
  const app = await startWebApp({
    port: 0,
    connect: { home: testNeo4j().home, env: cleanEnv(), start: false },
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (err) => console.error('page error:', err.message));
  await page.goto(app.url);
  await page
    .getByRole('status', { name: 'Database status' })
    .filter({ hasText: /connected/i })
    .waitFor({ timeout: 60_000 });
  return { app, browser, page };
}

/** Finds an entity with the search box and waits until Details shows it. */
export async function chooseEntity(page: Page, name: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill(name);
  await page
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .click();
  await expect
    .poll(
      () => page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent(),
      {
        timeout: 90_000,
      },
    )
    .toMatch(new RegExp(name));
}
