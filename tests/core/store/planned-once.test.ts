import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STORE = new URL('../../../src-main/core/store/', import.meta.url);

/** The store's source files, each without its comments (a comment may name a hint in prose). */
function storeSources(): { file: string; code: string }[] {
  return readdirSync(STORE, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((file) => ({
      file,
      code: readFileSync(join(STORE.pathname, file), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\/\*\*|\*)/.test(line))
        .join('\n'),
    }));
}

describe('statements planned once (CYPHER replan=skip)', () => {
  it('hold every index hint to a seek: a plain USING INDEX may be met by a scan of the whole index, frozen for the run', () => {
    const plannedOnce = storeSources().filter((s) => s.code.includes('replan=skip'));
    expect(plannedOnce.map((s) => s.file).sort()).toEqual(
      expect.arrayContaining(['meeting-candidates.ts', 'write-article.ts']),
    );
    const loose = plannedOnce.flatMap((s) =>
      [...s.code.matchAll(/USING INDEX (?!SEEK )[^\n]*/g)].map((m) => `${s.file}: ${m[0]}`),
    );
    expect(loose).toEqual([]);
  });
});
