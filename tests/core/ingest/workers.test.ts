import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWorkers, ExtractionPool } from '../../../src-main/core/ingest/pool';

const article = readFileSync(join(__dirname, '..', '..', 'fixtures', 'articles', 'no-meetings.txt'));

describe('extraction workers', () => {
  it('default to one per core, at most four', () => {
    expect(defaultWorkers()).toBe(Math.min(availableParallelism(), 4));
    expect(defaultWorkers()).toBeLessThanOrEqual(4);
  });

  it('fail only the file that throws or kills its worker, extract the files around it, and keep a 256 MB heap ceiling', async () => {
    const pool = new ExtractionPool(2, { worker: new URL('./fixtures/failing-worker.ts', import.meta.url) });
    try {
      expect(pool.threaded).toBe(true);
      const names = ['a.txt', 'throws.txt', 'b.txt', 'dies.txt', 'c.txt', 'heap.txt', 'd.txt'];
      const outcomes = await Promise.all(names.map((name) => pool.extract({ name, bytes: article })));
      const byName = Object.fromEntries(names.map((n, i) => [n, outcomes[i]!]));
      for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt'])
        expect(byName[name]!.ok, JSON.stringify(byName[name])).toBe(true);
      expect(byName['throws.txt']).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: 'throws.txt: extraction stopped: the grammar fell over' },
      });
      expect(byName['dies.txt']).toMatchObject({
        ok: false,
        error: { code: 'INTERNAL', message: expect.stringMatching(/^dies\.txt: extraction stopped: .*3/) },
      });
      expect(byName['heap.txt']).toMatchObject({ ok: false, error: { message: 'heap 256' } });
      // The pool goes on after both failures.
      expect((await pool.extract({ name: 'e.txt', bytes: article })).ok).toBe(true);
    } finally {
      await pool.close();
    }
  }, 300_000);

  it('fails every file with the reason when the worker cannot load, instead of waiting for ever', async () => {
    const pool = new ExtractionPool(2, {
      worker: new URL('./fixtures/unloadable-worker.ts', import.meta.url),
    });
    try {
      const outcomes = await Promise.all(
        ['a.txt', 'b.txt', 'c.txt'].map((name) => pool.extract({ name, bytes: article })),
      );
      // What the worker says depends on how the module was loaded; the point is that every file fails now.
      for (const [i, outcome] of outcomes.entries())
        expect(outcome).toMatchObject({
          ok: false,
          error: {
            code: 'INTERNAL',
            message: expect.stringMatching(
              new RegExp(`^${['a', 'b', 'c'][i]}\\.txt: the extraction worker did not start: .+`),
            ),
          },
        });
    } finally {
      await pool.close();
    }
  }, 300_000);
});
