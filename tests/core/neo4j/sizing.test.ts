import { describe, expect, it } from 'vitest';
import { neo4jMemory } from '../../../src-main/core/neo4j/sizing';

const GIB = 1024 ** 3;

describe('Neo4j memory sizing', () => {
  it('gives the heap and the page cache a sixth each of the available memory', () => {
    const m = neo4jMemory({}, { total: 24 * GIB, free: 12 * GIB });
    expect(m.heap).toBe('2048m');
    expect(m.pageCache).toBe('2048m');
    expect(m.source).toEqual({ heap: 'machine', pageCache: 'machine' });
  });

  it('counts a quarter of the total as available when free memory is low, and never goes below 512m of heap', () => {
    expect(neo4jMemory({}, { total: 24 * GIB, free: 1 * GIB }).heap).toBe('1024m');
    const small = neo4jMemory({}, { total: 2 * GIB, free: 0.2 * GIB });
    expect(small.heap).toBe('512m');
    expect(small.pageCache).toBe('128m');
  });

  it('caps the heap at 8 GiB on a large machine', () => {
    expect(neo4jMemory({}, { total: 512 * GIB, free: 400 * GIB }).heap).toBe('8192m');
  });

  it('takes RENDEZVOUS_NEO4J_HEAP and RENDEZVOUS_NEO4J_PAGECACHE over the machine', () => {
    const m = neo4jMemory(
      { RENDEZVOUS_NEO4J_HEAP: '3g', RENDEZVOUS_NEO4J_PAGECACHE: '6g' },
      { total: 24 * GIB, free: 12 * GIB },
    );
    expect(m).toEqual({ heap: '3g', pageCache: '6g', source: { heap: 'env', pageCache: 'env' } });
  });
});
