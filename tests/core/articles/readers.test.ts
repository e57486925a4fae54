import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RendezvousError } from '../../../src-main/common/errors';
import { readArticle } from '../../../src-main/core/articles/index';
import { htmlNestingDepth, MAX_HTML_DEPTH } from '../../../src-main/core/articles/html';
import { markdownToText, parseFrontMatter } from '../../../src-main/core/articles/markdown';
import { readPlainText } from '../../../src-main/core/articles/txt';

const seeds = join(__dirname, '../../../../shared/seeds');
const fixtures = join(__dirname, '../../fixtures/articles');
const read = (dir: string, name: string) => readArticle(name, readFileSync(join(dir, name)));

describe('reading .txt pages saved from the web', () => {
  it('finds the title, date, authors and outlet of a Kyiv Independent page', () => {
    const doc = read(seeds, '000_646501f04d5823af.txt');
    expect(doc.meta.title).toBe('New round of US-Russia talks set for April 10 in Istanbul, Kremlin says');
    expect(doc.meta.published).toBe('2025-04-08');
    expect(doc.meta.authors).toEqual(['Kateryna Denisova']);
    expect(doc.meta.outlet).toBe('The Kyiv Independent');
  });

  it('keeps the body and leaves captions, teasers, widgets and subscription boxes out', () => {
    for (const name of ['000_646501f04d5823af.txt', '002_0b1c1a8c5344a831.txt']) {
      const doc = read(seeds, name);
      const body = doc.paragraphs.join('\n');
      expect(body).toMatch(/^(A new round of talks|U\.S\. and Russian delegations)/);
      expect(body).not.toContain('Getty Images');
      expect(body).not.toContain('indicates required');
      expect(body).not.toContain('Putin believes he has the upper hand');
      expect(body).not.toContain('wrecking its economy');
      expect(body).not.toContain('Ultimate guide');
      expect(body).not.toContain('Independent journalism needs a community');
      expect(body).not.toContain('Editor');
    }
  });

  it('collects photographers, authors and newsletter hosts as credits', () => {
    expect(read(seeds, '000_646501f04d5823af.txt').credits).toEqual(
      expect.arrayContaining(['Kateryna Denisova', 'Alexander Nemenov', 'Francis Farrell', 'Kate Tsurkan']),
    );
    expect(read(seeds, '002_0b1c1a8c5344a831.txt').credits).toEqual(
      expect.arrayContaining(['Kateryna Denisova', 'Salih Zeki Fazlioglu', 'Kate Tsurkan']),
    );
  });

  it('reads url/date/title header lines', () => {
    const doc = read(fixtures, 'no-meetings.txt');
    expect(doc.meta).toMatchObject({
      url: 'https://example.com/harvest',
      published: '2025-09-01',
      title: 'Wheat harvest beats forecasts',
    });
    expect(doc.paragraphs).toHaveLength(3);
  });

  it('keeps a body cut off mid-sentence under its subheading, not taking it for a teaser', () => {
    const doc = readPlainText(
      [
        'url: https://example.com/fisheries',
        'date: 2024-03-08',
        'title: Ministers sign fisheries accord',
        '',
        'Ministers sign fisheries accord',
        'Harbour talks end a long quarrel over quotas',
        'The fisheries ministers of both countries met for two hours at the harbour office in Tromsø on Friday morning, their first meeting since the quarrel began. They signed an accord on quotas for the northern waters. Asked what comes next, the host said "We',
      ].join('\n'),
    );
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.paragraphs[0]).toMatch(/^The fisheries ministers of both countries met/);
  });
});

describe('reading .html pages', () => {
  it('takes metadata from meta tags and JSON-LD', () => {
    const doc = read(fixtures, 'hostile.html');
    expect(doc.format).toBe('html');
    expect(doc.meta).toMatchObject({
      title: 'Leaders meet in Geneva',
      published: '2025-05-06',
      outlet: 'Example Wire',
      authors: ['Jane Reporter'],
    });
    expect(doc.credits).toContain('Pierre Lens');
  });

  it('never runs scripts or handlers, and lets no markup or javascript: URL through', () => {
    const g = globalThis as { __rendezvousPwned?: unknown };
    delete g.__rendezvousPwned;
    const doc = read(fixtures, 'hostile.html');
    const body = doc.paragraphs.join('\n');
    expect(g.__rendezvousPwned).toBeUndefined();
    expect(body).toContain('Ignazio Cassis met Norwegian Foreign Minister Espen Barth Eide');
    expect(body).toContain('Read the statement');
    for (const bad of ['<', 'javascript:', 'alert', 'onerror', 'onload', 'pwned', 'Subscribe', 'Home World'])
      expect(body, bad).not.toContain(bad);
    expect(JSON.stringify(doc)).not.toMatch(/javascript:|onerror|alert\(/);
  });

  it('refuses 100,000 nested divs quickly, before parsing them', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}</body></html>`;
    const started = Date.now();
    let error: unknown;
    try {
      readArticle('deep.html', new TextEncoder().encode(html));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RendezvousError);
    expect((error as RendezvousError).code).toBe('BAD_INPUT');
    expect((error as RendezvousError).message).toMatch(
      /^deep\.html: HTML nests elements more than 1000 levels/,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('measures nesting without counting void or self-closing elements', () => {
    expect(htmlNestingDepth('<div><p>a<p>b<br><img src=x><span/></div>')).toBe(1);
    expect(htmlNestingDepth('<div>'.repeat(MAX_HTML_DEPTH + 5))).toBeGreaterThan(MAX_HTML_DEPTH);
  });

  it('refuses a page with no article text', () => {
    expect(() =>
      readArticle('empty.html', new TextEncoder().encode('<html><body><script>x()</script></body></html>')),
    ).toThrow(/empty\.html: no article text found/);
  });
});

describe('reading .md articles', () => {
  it('reads front matter, including a list of authors', () => {
    const { fields, body } = parseFrontMatter(
      '---\ntitle: "A title"\nauthors:\n  - One Writer\n  - Two Writer\n---\nBody',
    );
    expect(fields).toEqual({ title: 'A title', authors: 'One Writer, Two Writer' });
    expect(body).toBe('Body');
  });

  it('reduces Markdown to its text', () => {
    expect(markdownToText('# Head\n**Bold** and [a link](http://x) ![img](y.png) `code`')).toBe(
      'Head\nBold and a link  code',
    );
  });

  it('reads a Markdown article with its metadata', () => {
    const doc = read(fixtures, 'frontmatter.md');
    expect(doc.meta).toMatchObject({
      title: 'Envoys hold talks in Doha',
      published: '2025-03-03',
      authors: ['Sam Writer'],
      outlet: 'Example Daily',
      url: 'https://example.com/envoys-doha',
    });
    expect(doc.paragraphs[0]).toMatch(/^Qatari Prime Minister Mohammed bin Abdulrahman Al Thani hosted/);
    expect(doc.paragraphs.join(' ')).not.toMatch(/doha\.jpg|https:/);
  });
});

describe('wire datelines', () => {
  it('takes the dateline off the first paragraph and keeps its place and agency', async () => {
    const { parseDateline } = await import('../../../src-main/core/articles/dateline');
    expect(parseDateline('JEDDAH, Saudi Arabia (Reuters) - Ukraine said on Tuesday it was ready.')).toEqual({
      place: 'Jeddah, Saudi Arabia',
      agency: 'Reuters',
      length: 'JEDDAH, Saudi Arabia (Reuters) - '.length,
    });
    expect(parseDateline('KYIV — Officials said the talks went well.')?.place).toBe('Kyiv');
    expect(parseDateline('U.S. and Russian delegations have finished another round of talks.')).toBeNull();
    const doc = readArticle(
      'dateline.txt',
      new TextEncoder().encode(
        'date: 2025-03-11\n\nJEDDAH, Saudi Arabia (Reuters) - Ukraine said on Tuesday it was ready.',
      ),
    );
    expect(doc.meta.dateline).toBe('Jeddah, Saudi Arabia');
    expect(doc.paragraphs[0]).toBe('Ukraine said on Tuesday it was ready.');
    expect(doc.credits).toContain('Reuters');
  });
});

describe('a wire credit at the end of a paragraph', () => {
  it('takes the credit off the paragraph and keeps its names as credits, not people', () => {
    const doc = readArticle(
      'credit.txt',
      new TextEncoder().encode(
        'date: 2025-03-11\n\nThe ministers met in Riga on Tuesday.\n\nWhy he stayed away is not clear. (Reporting by Anna Berg; Writing by Tom Kell Edited by Mia Holm and Ola Lind)',
      ),
    );
    expect(doc.paragraphs[1]).toBe('Why he stayed away is not clear.');
    expect(doc.credits).toEqual(expect.arrayContaining(['Anna Berg', 'Tom Kell', 'Mia Holm', 'Ola Lind']));
  });
});

describe('datelines written as names', () => {
  it('reads a known city or country before a colon or a dash, with a date, a bracket or an agency', async () => {
    const { parseDateline } = await import('../../../src-main/core/articles/dateline');
    expect(parseDateline('New Delhi: The president met the prime minister.')?.place).toBe('New Delhi');
    expect(parseDateline('KATHMANDU: The minister held a meeting.')?.place).toBe('Kathmandu');
    expect(parseDateline('Ankara, November 23 (RHC)-- The president arrived.')).toMatchObject({
      place: 'Ankara',
      agency: 'RHC',
    });
    expect(parseDateline('Washington DC [US], December 13 (ANI): The leaders met.')?.place).toBe(
      'Washington',
    );
    expect(parseDateline('Rio de Janeiro, Nov 18: The leaders met.')?.place).toBe('Rio de Janeiro');
    expect(parseDateline('Prague – The minister will travel.')?.place).toBe('Prague');
  });

  it('takes no dateline from words the gazetteer does not know as a place', async () => {
    const { parseDateline } = await import('../../../src-main/core/articles/dateline');
    expect(parseDateline('Update: The leaders met on Tuesday.')).toBeNull();
    expect(parseDateline('Watch – The leaders met on Tuesday.')).toBeNull();
  });
});

describe('agency datelines', () => {
  it('reads TASS and Interfax datelines', async () => {
    const { parseDateline } = await import('../../../src-main/core/articles/dateline');
    expect(parseDateline('MOSCOW, April 10. /TASS/. Russian President Vladimir Putin met.')).toMatchObject({
      place: 'Moscow',
      agency: 'TASS',
    });
    expect(parseDateline('Moscow. April 10. INTERFAX - The talks ended.')).toMatchObject({
      place: 'Moscow',
      agency: 'INTERFAX',
    });
  });
});
