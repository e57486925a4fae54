import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src-main/common/ingest';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/rendezvous.mjs');
const fixtures = join(root, 'tests/fixtures/articles');
const dir = mkdtempSync(join(tmpdir(), 'rendezvous-cli-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, 'extract', ...args], { encoding: 'utf8', cwd: root, timeout: 120_000 });

// Each test starts the CLI (and its extraction worker) from sources, which takes seconds on a busy machine.
describe('rendezvous extract', { timeout: 120_000 }, () => {
  it('prints the extraction object of one file', () => {
    const r = run(join(fixtures, 'wire.txt'));
    expect(r.status, r.stderr).toBe(0);
    const x = JSON.parse(r.stdout) as { article: { title: string }; meetings: unknown[]; credits: string[] };
    expect(x.article.title).toBe('Ministers meet in Ankara as talks on grain corridor resume');
    expect(x.meetings.length).toBeGreaterThan(0);
    expect(x.credits).toEqual(expect.arrayContaining(['Ali Kucukgocmen', 'Sharon Singleton']));
  });

  it('reports a bad file with its name and reason, still extracts the others, and exits 1', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = run(
      join(fixtures, 'no-meetings.txt'),
      empty,
      join(dir, 'missing.txt'),
      join(fixtures, 'wire.txt'),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${empty}: the file is empty or holds only whitespace`);
    expect(r.stderr).toContain('missing.txt: no such file');
    const out = JSON.parse(r.stdout) as Array<{
      file: string;
      extraction?: { meetings: unknown[] };
      error?: { code: string };
    }>;
    expect(out.map((e) => [e.file.split('/').pop(), e.error?.code ?? 'ok'])).toEqual([
      ['no-meetings.txt', 'ok'],
      ['empty.txt', 'BAD_INPUT'],
      ['missing.txt', 'FILE_UNREADABLE'],
      ['wire.txt', 'ok'],
    ]);
    expect(out[0]?.extraction?.meetings).toEqual([]);
  });

  it('writes DIR/NAME.json for each NAME.ext with --out, and refuses an oversized file before reading it', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61));
    const out = join(dir, 'out');
    const r = run(join(fixtures, 'hostile.html'), big, join(fixtures, 'frontmatter.md'), '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/big\.txt: the file is 5\.0 MB, over the 5\.0 MB limit for one article/);
    expect(existsSync(join(out, 'big.json'))).toBe(false);
    const html = JSON.parse(readFileSync(join(out, 'hostile.json'), 'utf8')) as {
      source: { format: string };
      text: string;
    };
    expect(html.source.format).toBe('html');
    expect(html.text).not.toMatch(/<|javascript:/);
    const md = JSON.parse(readFileSync(join(out, 'frontmatter.json'), 'utf8')) as {
      article: { authors: string[] };
    };
    expect(md.article.authors).toEqual(['Sam Writer']);
    expect(r.stdout.trim().split('\n')).toEqual([join(out, 'hostile.json'), join(out, 'frontmatter.json')]);
  });
});
