import { describe, expect, it } from 'vitest';
import { separateDiscs, type Disc } from '../../../src-renderer/graph/separate';

function clashes(discs: readonly Disc[], at: Map<string, { x: number; y: number }>): string[] {
  const out: string[] = [];
  for (let i = 0; i < discs.length; i++)
    for (let j = i + 1; j < discs.length; j++) {
      const a = at.get(discs[i]!.id)!;
      const b = at.get(discs[j]!.id)!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < discs[i]!.r + discs[j]!.r)
        out.push(`${discs[i]!.id}/${discs[j]!.id}`);
    }
  return out;
}

describe('separating node discs after a layout', () => {
  it('leaves discs that do not overlap where they are', () => {
    const discs = [
      { id: 'a', x: 0, y: 0, r: 10 },
      { id: 'b', x: 100, y: 0, r: 10 },
    ];
    expect(separateDiscs(discs)).toEqual(
      new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 100, y: 0 }],
      ]),
    );
  });

  it('spreads a pile of forty large discs, all on nearly the same spot, until none overlaps', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const discs = Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      x: rand() * 30,
      y: rand() * 30,
      r: 42,
    }));
    const at = separateDiscs(discs);
    expect(clashes(discs, at)).toEqual([]);
    // The pile grows only as much as forty discs need: within a few times their packed radius.
    const xs = [...at.values()].map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(84 * 12);
  });

  it('separates discs placed exactly on top of each other', () => {
    const discs = Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, x: 50, y: 50, r: 15 }));
    expect(clashes(discs, separateDiscs(discs))).toEqual([]);
  });

  it('never moves a fixed disc, and moves the other one clear of it', () => {
    const discs = [
      { id: 'pinned', x: 0, y: 0, r: 20, fixed: true },
      { id: 'free', x: 5, y: 0, r: 20 },
    ];
    const at = separateDiscs(discs, 8);
    expect(at.get('pinned')).toEqual({ x: 0, y: 0 });
    expect(at.get('free')!.x).toBeCloseTo(48, 5);
  });
});
