import { describe, expect, it } from 'vitest';
import { givenRoom, separateDiscs, spreadApart, type Disc } from '../../../src-renderer/graph/separate';

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

describe('giving a packed layout room before separating it', () => {
  /** 2,000 discs of radius 15 packed in a 700 by 700 square, as a spectral draft leaves them. */
  const packed: Disc[] = Array.from({ length: 2000 }, (_, i) => ({
    id: `n${i}`,
    x: ((i * 7919) % 700) + Math.sin(i) * 3,
    y: ((i * 104729) % 700) + Math.cos(i) * 3,
    r: 15,
  }));

  it('scales the layout about its centre, keeping its shape, until the discs could all lie apart', () => {
    const roomy = givenRoom(packed, 22);
    const span = (ds: Disc[], k: 'x' | 'y') =>
      Math.max(...ds.map((d) => d[k])) - Math.min(...ds.map((d) => d[k]));
    const k = span(roomy, 'x') / span(packed, 'x');
    expect(span(roomy, 'y') / span(packed, 'y')).toBeCloseTo(k, 6);
    // Each disc needs a 52-unit square: 2,000 of them 5.4 million square units, about 2,326 units a side.
    expect(span(roomy, 'x') * span(roomy, 'y')).toBeCloseTo(2000 * 52 ** 2, -3);
    // The order of the nodes along each axis is kept.
    expect(roomy[0]!.x < roomy[1]!.x).toBe(packed[0]!.x < packed[1]!.x);
  });

  it('then separating leaves no two of the 2,000 discs overlapping, which separating alone does not do', () => {
    expect(clashes(packed, separateDiscs(givenRoom(packed, 22), 22))).toEqual([]);
    expect(clashes(packed, separateDiscs(packed, 22)).length).toBeGreaterThan(0);
  });

  it('leaves a layout that already has room as it is', () => {
    const sparse = packed.slice(0, 10).map((d, i) => ({ ...d, x: i * 100, y: i * 100 }));
    expect(givenRoom(sparse, 22)).toEqual(sparse);
  });
});

describe('spreading apart a draft layout with dense piles (the layout worker)', () => {
  /** 3,000 discs of radii 10 to 25, a third of them piled within a few units of one point. */
  const piled: Disc[] = Array.from({ length: 3000 }, (_, i) => {
    const pile = i % 3 === 0;
    return {
      id: `n${i}`,
      x: pile ? Math.sin(i) * 4 : ((i * 7919) % 900) - 450,
      y: pile ? Math.cos(i) * 4 : ((i * 104729) % 900) - 450,
      r: 10 + (i % 16),
    };
  });

  it('leaves no two discs closer than the gap, where a fixed number of push rounds does not', () => {
    const gap = 22;
    const near = (at: Map<string, { x: number; y: number }>) =>
      clashes(
        piled.map((d) => ({ ...d, r: d.r + gap / 2 - 0.01 })),
        at,
      );
    expect(near(spreadApart(piled, gap))).toEqual([]);
    expect(near(separateDiscs(givenRoom(piled, gap), gap, 60)).length).toBeGreaterThan(0);
  });

  it("keeps the draft's overall shape: a disc left of another stays left of it, bar the piled ones", () => {
    const at = spreadApart(piled, 22);
    const spread = piled.filter((_, i) => i % 3 !== 0).sort((p, q) => p.x - q.x);
    const meanX = (ds: Disc[]) => ds.reduce((sum, d) => sum + at.get(d.id)!.x, 0) / ds.length;
    // The leftmost tenth of the spread discs stays, on average, well left of the rightmost tenth.
    const tenth = Math.floor(spread.length / 10);
    expect(meanX(spread.slice(0, tenth))).toBeLessThan(meanX(spread.slice(-tenth)) - 600);
  });
});
