// Finding article files: links followed with loop detection, every skipped entry listed with its reason.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectArticleFiles } from '../../../src-main/core/ingest/files';
import { printable } from '../../../src-main/core/ingest/printable';

const root = realpathSync(mkdtempSync(join(tmpdir(), 'rendezvous-files-')));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('collecting article files', () => {
  it('follows symbolic links to files and folders, and searches a folder reached twice only once', async () => {
    const d = join(root, 'links');
    mkdirSync(join(d, 'real', 'inner'), { recursive: true });
    writeFileSync(join(root, 'outside.txt'), 'x');
    writeFileSync(join(d, 'real', 'inner', 'a.txt'), 'x');
    symlinkSync(join(root, 'outside.txt'), join(d, 'linked.txt'));
    symlinkSync(join(d, 'real'), join(d, 'real-again'));
    symlinkSync(d, join(d, 'real', 'inner', 'up')); // a loop back to the top

    const { files, skipped, missing } = await collectArticleFiles([d]);
    expect(files).toEqual([join(d, 'linked.txt'), join(d, 'real', 'inner', 'a.txt')]);
    expect(missing).toEqual([]);
    expect(skipped.map((s) => s.file).sort()).toEqual(
      [join(d, 'real', 'inner', 'up'), join(d, 'real-again')].sort(),
    );
    for (const s of skipped) expect(s.reason).toMatch(/already searched \(a loop\)/);
  });

  it('lists a FIFO, a broken link, a link loop and an empty folder named like an article, with reasons, and opens none', async () => {
    const d = join(root, 'odd');
    mkdirSync(join(d, 'folder.txt'), { recursive: true });
    execFileSync('mkfifo', [join(d, 'pipe.txt')]);
    symlinkSync(join(d, 'nowhere.txt'), join(d, 'dangling.txt'));
    symlinkSync(join(d, 'loop-b.txt'), join(d, 'loop-a.txt'));
    symlinkSync(join(d, 'loop-a.txt'), join(d, 'loop-b.txt'));
    writeFileSync(join(d, 'good.md'), 'x');

    const { files, skipped } = await collectArticleFiles([d, join(d, 'pipe.txt')]);
    expect(files).toEqual([join(d, 'good.md')]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.file.slice(d.length + 1), s.reason]));
    expect(reasons['dangling.txt']).toMatch(/broken symbolic link .*nowhere\.txt/);
    expect(reasons['loop-a.txt']).toMatch(/symbolic link loop/);
    expect(reasons['loop-b.txt']).toMatch(/symbolic link loop/);
    expect(reasons['pipe.txt']).toBe('a named pipe (FIFO)');
    expect(reasons['folder.txt']).toMatch(/folder named like an article, with no articles/);
    // The pipe named on the command line is listed too, not read (reading it would block forever).
    expect(skipped.filter((s) => s.file === join(d, 'pipe.txt'))).toHaveLength(2);
  });

  it('takes a link named on the command line to its file, and lists a broken one instead of calling it missing', async () => {
    const d = join(root, 'named');
    mkdirSync(d);
    writeFileSync(join(d, 'target.txt'), 'x');
    symlinkSync(join(d, 'target.txt'), join(d, 'link.txt'));
    symlinkSync(join(d, 'gone.txt'), join(d, 'broken.txt'));
    const { files, missing, skipped } = await collectArticleFiles([
      join(d, 'link.txt'),
      join(d, 'broken.txt'),
      join(d, 'absent.txt'),
    ]);
    expect(files).toEqual([join(d, 'link.txt')]);
    expect(missing).toEqual([join(d, 'absent.txt')]);
    expect(skipped).toEqual([
      { file: join(d, 'broken.txt'), reason: `a broken symbolic link (-> ${join(d, 'gone.txt')})` },
    ]);
  });
});

describe('printing names from disk', () => {
  it('escapes control characters, so a file name cannot move the cursor, clear the line or reorder text', () => {
    expect(printable('a\x1b[2Jb\nc\rd\te\x07f\u202eg\x7f.txt')).toBe(
      'a\\x1b[2Jb\\nc\\rd\\te\\x07f\\u202eg\\x7f.txt',
    );
    expect(printable('Zürich – Genève.txt')).toBe('Zürich – Genève.txt');
  });
});
