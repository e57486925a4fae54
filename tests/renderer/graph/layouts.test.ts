import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../src-main/common/vocab';
import {
  edgeSummary,
  layoutOptions,
  MAP_SCALE,
  MAP_TRUE_RADIUS,
  mapPositions,
  project,
} from '../../../src-renderer/graph/layouts';

describe('layout options', () => {
  it('offers fcose first, then concentric, circle, grid, breadthfirst and the map', () => {
    expect(LAYOUTS).toEqual(['fcose', 'concentric', 'circle', 'grid', 'breadthfirst', 'map']);
    for (const name of LAYOUTS) expect(layoutOptions(name, 10).name).toBe(name === 'map' ? 'preset' : name);
  });

  it('keeps nodes in place on an incremental fcose run and animates only small graphs', () => {
    expect(layoutOptions('fcose', 10, true)).toMatchObject({ randomize: false, animate: true });
    expect(layoutOptions('fcose', 10, false)).toMatchObject({ randomize: true });
    expect(layoutOptions('fcose', 5000)).toMatchObject({ animate: false, quality: 'draft' });
  });
});

describe('the map layout', () => {
  it('puts east to the right and north up: Riyadh lies right of and below Istanbul', () => {
    const istanbul = project(41.01, 28.95);
    const riyadh = project(24.69, 46.72);
    expect(riyadh.x).toBeGreaterThan(istanbul.x);
    expect(riyadh.y).toBeGreaterThan(istanbul.y);
  });

  it('spreads nodes at one point on a ring, and places the rest beside their placed neighbours', () => {
    const at = mapPositions([
      { id: 'm1', lat: 41, lon: 29, neighbours: ['p'] },
      { id: 'm2', lat: 41, lon: 29, neighbours: ['p'] },
      { id: 'p', neighbours: ['m1', 'm2'] },
      { id: 'q', neighbours: ['p'] },
      { id: 'lonely', neighbours: [] },
    ]);
    expect(at.m1).not.toEqual(at.m2);
    const centre = project(41, 29);
    expect(Math.hypot(at.p!.x - centre.x, at.p!.y - centre.y)).toBeLessThan(60);
    expect(Math.hypot(at.q!.x - at.p!.x, at.q!.y - at.p!.y)).toBeLessThan(60);
    expect(at.lonely!.y).toBeGreaterThan(centre.y + 100);
  });

  it('keeps places near the centre true to scale and draws a far one closer, in the same direction', () => {
    const at = mapPositions([
      { id: 'istanbul', lat: 41.01, lon: 28.95, neighbours: [] },
      { id: 'ankara', lat: 39.93, lon: 32.86, neighbours: [] },
      { id: 'moscow', lat: 55.75, lon: 37.62, neighbours: [] },
      { id: 'washington', lat: 38.9, lon: -77.04, neighbours: [] },
    ]);
    const gap = (a: string, b: string) => Math.hypot(at[a]!.x - at[b]!.x, at[a]!.y - at[b]!.y);
    const trueGap = (a: [number, number], b: [number, number]) => {
      const p = project(...a);
      const q = project(...b);
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    // Ankara is the median point here, and Istanbul lies within the true-to-scale radius of it.
    expect(gap('istanbul', 'ankara')).toBeCloseTo(trueGap([41.01, 28.95], [39.93, 32.86]), 6);
    const washington = trueGap([38.9, -77.04], [39.93, 32.86]);
    expect(gap('washington', 'ankara')).toBeLessThan(washington / 2);
    expect(gap('washington', 'ankara')).toBeGreaterThan(MAP_TRUE_RADIUS * MAP_SCALE);
    expect(at.washington!.x).toBeLessThan(at.istanbul!.x);
    expect(at.moscow!.y).toBeLessThan(at.istanbul!.y);
  });

  it('summarises a link on hover by its ends and meetings', () => {
    expect(edgeSummary('Witkoff', 'Dmitriev', 'met', 'White House, 2025-04-03', 1)).toMatch(
      /Witkoff – Dmitriev: White House/,
    );
    expect(edgeSummary('Witkoff', 'Dmitriev', 'met', '', 2)).toMatch(/2 meetings/);
    expect(edgeSummary('Bruce', 'United States', 'affiliated', '', 0)).toBe('Bruce belongs to United States');
  });
});
