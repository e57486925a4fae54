import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import {
  REUSE_SHARE,
  keepPositions,
  keptPositions,
  withKeptPositions,
} from '../../../src-renderer/graph/positions';

/** A stand-in for localStorage. */
function memoryStore(full = false) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new Error('QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k: string) => void items.delete(k),
  };
}

const node = (id: string): ElementDefinition => ({ group: 'nodes', data: { id } });
const edge: ElementDefinition = { group: 'edges', data: { id: 'e', source: 'a', target: 'b' } };

describe('positions kept per view', () => {
  it('are read back for the same view and layout only', () => {
    const store = memoryStore();
    keepPositions('whoMetWhom', 'fcose', { a: { x: 1.234, y: -5 } }, store);
    expect(keptPositions('whoMetWhom', 'fcose', store)).toEqual({ a: { x: 1.2, y: -5 } });
    expect(keptPositions('meetings', 'fcose', store)).toEqual({});
    expect(keptPositions('whoMetWhom', 'circle', store)).toEqual({});
  });

  it('are dropped when damaged, and a full storage keeps nothing rather than fail', () => {
    const store = memoryStore();
    store.setItem('rendezvous.positions.whoMetWhom.fcose', '{not json');
    expect(keptPositions('whoMetWhom', 'fcose', store)).toEqual({});
    expect(store.items.size).toBe(0);
    store.setItem(
      'rendezvous.positions.whoMetWhom.fcose',
      JSON.stringify({ a: { x: 'no' }, b: { x: 1, y: 2 } }),
    );
    expect(keptPositions('whoMetWhom', 'fcose', store)).toEqual({ b: { x: 1, y: 2 } });
    const full = memoryStore(true);
    expect(() => keepPositions('whoMetWhom', 'fcose', { a: { x: 1, y: 1 } }, full)).not.toThrow();
  });

  it(`place the elements when they place at least ${REUSE_SHARE * 100}% of the nodes, else none`, () => {
    const els = [node('a'), node('b'), node('c'), edge];
    const most = withKeptPositions(els, { a: { x: 1, y: 1 }, b: { x: 2, y: 2 } });
    expect(most.map((e) => e.position ?? null)).toEqual([{ x: 1, y: 1 }, { x: 2, y: 2 }, null, null]);
    const few = withKeptPositions(els, { a: { x: 1, y: 1 } });
    expect(few).toBe(els);
  });
});
