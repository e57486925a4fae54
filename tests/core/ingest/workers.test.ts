import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultWorkers } from '../../../src-main/core/ingest/pool';

describe('extraction workers', () => {
  it('default to one per core, at most four', () => {
    expect(defaultWorkers()).toBe(Math.min(availableParallelism(), 4));
    expect(defaultWorkers()).toBeLessThanOrEqual(4);
  });
});
