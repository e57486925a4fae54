import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../src-main/common/export';
import { RendezvousError } from '../../../src-main/common/errors';
import { saveExport } from '../../../src-main/core/export/write';

const fresh = () => mkdtempSync(join(tmpdir(), 'rendezvous-write-'));
const one = (content: string): ExportResult => ({
  format: 'graphml',
  files: [{ name: 'rendezvous.graphml', mime: 'application/graphml+xml', content }],
  nodes: 1,
  edges: 0,
});
const csv: ExportResult = {
  format: 'csv',
  files: [
    { name: 'nodes.csv', mime: 'text/csv', content: 'id\r\nnew\r\n' },
    { name: 'edges.csv', mime: 'text/csv', content: 'id\r\n' },
  ],
  nodes: 1,
  edges: 0,
};

async function failure(promise: Promise<unknown>): Promise<RendezvousError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RendezvousError);
  return err as RendezvousError;
}

describe('atomic export writes', () => {
  it('writes a file and leaves no temporary file beside it', async () => {
    const dir = fresh();
    const out = join(dir, 'graph.graphml');
    await saveExport(one('<graphml/>'), out);
    expect(readFileSync(out, 'utf8')).toBe('<graphml/>');
    expect(readdirSync(dir)).toEqual(['graph.graphml']);
  });

  it('replaces an existing export whole', async () => {
    const dir = fresh();
    const out = join(dir, 'graph.graphml');
    writeFileSync(out, 'old content that is longer than the new one');
    await saveExport(one('new'), out);
    expect(readFileSync(out, 'utf8')).toBe('new');
  });

  it('writes CSV into a folder it creates', async () => {
    const out = join(fresh(), 'csv', 'deeper');
    await saveExport(csv, out);
    expect(readdirSync(out).sort()).toEqual(['edges.csv', 'nodes.csv']);
  });

  it('fails with EXPORT_FAILED naming the path and reason when the folder is missing', async () => {
    const out = join(fresh(), 'missing', 'graph.graphml');
    const err = await failure(saveExport(one('x'), out));
    expect(err.code).toBe('EXPORT_FAILED');
    expect(err.message).toContain(out);
    expect(err.message).toContain('the folder does not exist');
  });

  it('a failed CSV export leaves the earlier files untouched and no partial or temporary file', async () => {
    const out = fresh();
    writeFileSync(join(out, 'nodes.csv'), 'id\r\nold\r\n');
    mkdirSync(join(out, 'edges.csv'));
    const err = await failure(saveExport(csv, out));
    expect(err.code).toBe('EXPORT_FAILED');
    expect(err.message).toContain('edges.csv');
    expect(readFileSync(join(out, 'nodes.csv'), 'utf8')).toBe('id\r\nold\r\n');
    expect(readdirSync(out).sort()).toEqual(['edges.csv', 'nodes.csv']);
  });

  it('refuses to write a one-file export over a folder, or CSV over a file', async () => {
    const dir = fresh();
    expect((await failure(saveExport(one('x'), dir))).message).toContain('it is a folder');
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'keep');
    expect((await failure(saveExport(csv, file))).message).toContain('CSV goes to a folder');
    expect(readFileSync(file, 'utf8')).toBe('keep');
    expect(existsSync(join(dir, 'nodes.csv'))).toBe(false);
  });
});
