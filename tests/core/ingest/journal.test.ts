// The ingest journal: what an interrupted ingest left pending, a torn last line, compaction.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IngestJournal } from '../../../src-main/core/ingest/journal';
import { collectArticleFiles } from '../../../src-main/core/ingest';
import { writeFileSync, mkdirSync } from 'node:fs';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'rendezvous-journal-test-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the ingest journal', () => {
  it('lists the articles left pending, and forgets them once committed or failed', () => {
    const j = new IngestJournal(join(tmp(), 'journal.jsonl'));
    j.pending('a', '/x/a.txt', true);
    j.committed('a', '/x/a.txt', true);
    j.pending('b', '/x/b.txt', true);
    j.pending('c', 'pasted', false);
    j.failed('c', 'pasted', false);
    expect(j.unfinished().map((e) => e.sha256)).toEqual(['b']);
  });

  it('ignores a line torn by a crash', () => {
    const path = join(tmp(), 'journal.jsonl');
    const j = new IngestJournal(path);
    j.pending('a', '/x/a.txt', true);
    appendFileSync(path, '{"state":"committed","sha25');
    expect(j.unfinished().map((e) => e.sha256)).toEqual(['a']);
  });

  it('compacts to the unfinished entries only', () => {
    const path = join(tmp(), 'journal.jsonl');
    const j = new IngestJournal(path);
    j.pending('a', '/x/a.txt', true);
    j.committed('a', '/x/a.txt', true);
    j.pending('b', '/x/b.txt', true);
    j.compact();
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(j.unfinished().map((e) => e.sha256)).toEqual(['b']);
  });
});

describe('collecting article files', () => {
  it('takes files as given, searches folders for .txt, .html and .md in name order, and reports what is missing', async () => {
    const d = tmp();
    mkdirSync(join(d, 'sub'));
    mkdirSync(join(d, '.hidden'));
    for (const f of ['b.txt', 'a.md', 'sub/c.html', 'notes.pdf', '.hidden/d.txt'])
      writeFileSync(join(d, f), 'x');
    const { files, missing } = await collectArticleFiles([d, join(d, 'notes.pdf'), join(d, 'nope.txt')]);
    expect(files).toEqual([
      join(d, 'a.md'),
      join(d, 'b.txt'),
      join(d, 'sub', 'c.html'),
      join(d, 'notes.pdf'),
    ]);
    expect(missing).toEqual([join(d, 'nope.txt')]);
  });
});
