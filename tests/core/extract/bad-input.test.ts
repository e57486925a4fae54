import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { RendezvousError } from '../../../src-main/common/errors';
import { MAX_ARTICLE_BYTES } from '../../../src-main/common/ingest';
import { extractArticle, extractText } from '../../../src-main/core/extract/index';

const fixtures = join(__dirname, '../../fixtures/articles');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function failure(name: string, bytes: Uint8Array): RendezvousError {
  try {
    extractArticle({ name, bytes });
  } catch (err) {
    expect(err).toBeInstanceOf(RendezvousError);
    return err as RendezvousError;
  }
  throw new Error(`${name} was accepted`);
}

describe('extractArticle on bad input', () => {
  it('refuses an empty or whitespace-only file, naming it', () => {
    expect(failure('empty.txt', new Uint8Array()).message).toMatch(/^empty\.txt: .*empty/);
    expect(failure('spaces.md', enc('   \n\n \t')).message).toMatch(/^spaces\.md: .*whitespace/);
  });

  it('refuses binary data and invalid UTF-8', () => {
    const bin = failure(
      'image.txt',
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]),
    );
    expect(bin.code).toBe('FILE_UNREADABLE');
    expect(bin.message).toMatch(/^image\.txt: binary data/);
    const latin = failure('latin1.txt', new Uint8Array([...enc('Zelensky met Erdo'), 0xf0, 0x61, 0x6e]));
    expect(latin.message).toMatch(/^latin1\.txt: not valid UTF-8/);
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const text = 'date: 2025-04-10\n\nWitkoff met Putin in Moscow on Tuesday.';
    const x = extractArticle({
      name: 'utf16.txt',
      bytes: new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]),
    });
    expect(x.meetings[0]).toMatchObject({
      participants: ['Witkoff', 'Putin'],
      city: 'Moscow',
      date: '2025-04-08',
    });
  });

  it('refuses a file over the size limit before parsing it, with the limit in the message', () => {
    const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    const err = failure('big.html', big);
    expect(err.code).toBe('FILE_TOO_LARGE');
    expect(err.message).toMatch(/^big\.html: the file is 5\.0 MB, over the 5\.0 MB limit/);
    expect(() => extractText('pasted', 'a'.repeat(MAX_ARTICLE_BYTES + 1))).toThrow(/pasted: .*5\.0 MB limit/);
  });

  it('gives an article without meetings a valid empty list', () => {
    const x = extractArticle({
      name: 'no-meetings.txt',
      bytes: readFileSync(join(fixtures, 'no-meetings.txt')),
    });
    expect(x.meetings).toEqual([]);
    expect(x.people.map((p) => p.name)).toEqual(['Olena Kovalenko']);
    expect(x.source).toMatchObject({ file: 'no-meetings.txt', format: 'txt' });
    expect(x.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('identifies an article by the sha256 of its raw bytes', () => {
    const bytes = enc('date: 2025-04-10\n\nWitkoff met Putin in Moscow on Tuesday.');
    const a = extractArticle({ name: 'a.txt', bytes });
    const b = extractArticle({ name: 'b.txt', bytes });
    expect(a.source.sha256).toBe(b.source.sha256);
    expect(a.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('extracts hostile HTML without running anything or letting markup through', () => {
    const g = globalThis as { __rendezvousPwned?: unknown };
    delete g.__rendezvousPwned;
    const x = extractArticle({ name: 'hostile.html', bytes: readFileSync(join(fixtures, 'hostile.html')) });
    expect(g.__rendezvousPwned).toBeUndefined();
    expect(JSON.stringify(x)).not.toMatch(/<script|javascript:|onerror|alert\(|pwned/);
    expect(x.meetings[0]).toMatchObject({
      participants: ['Ignazio Cassis', 'Espen Barth Eide'],
      city: 'Geneva',
    });
  });

  it('runs inside a worker thread, where a bad file fails with its message and the next one still runs', async () => {
    const worker = new Worker(new URL('./extract-worker.mjs', import.meta.url), {
      workerData: { module: new URL('../../../src-main/core/extract/index.ts', import.meta.url).href },
    });
    const ask = (name: string, text: string) =>
      new Promise((res, rej) => {
        worker.once('message', res);
        worker.once('error', rej);
        worker.postMessage({ name, text });
      });
    try {
      expect(await ask('blank.txt', '  ')).toEqual({
        error: 'blank.txt: the file is empty or holds only whitespace',
      });
      expect(
        await ask('w.txt', 'date: 2025-04-10\n\nSteve Witkoff met Vladimir Putin in Moscow on Tuesday.'),
      ).toEqual({
        participants: [['Steve Witkoff', 'Vladimir Putin']],
      });
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});

describe('very long bodies', () => {
  it('analyses only the first MAX_BODY_CHARS of a huge body and says so', async () => {
    const { MAX_BODY_CHARS } = await import('../../../src-main/core/extract/index');
    const paragraph =
      'Farmers in the region brought in a record harvest this summer, officials said on Monday.';
    const body = Array.from(
      { length: Math.ceil((MAX_BODY_CHARS * 1.5) / paragraph.length) },
      () => paragraph,
    ).join('\n\n');
    const x = extractText(
      'long.txt',
      `date: 2025-04-10\n\nWitkoff met Putin in Moscow on Tuesday.\n\n${body}`,
    );
    expect(x.truncated).toBe(true);
    expect(x.text.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(x.meetings).toHaveLength(1);
  }, 120_000);
});
