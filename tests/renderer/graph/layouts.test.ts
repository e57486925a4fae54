import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../src-main/common/vocab';
import { edgeSummary, layoutOptions, mapPositions, project } from '../../../src-renderer/graph/layouts';

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

  it('summarises a link on hover by its ends and meetings', () => {
    expect(edgeSummary('Witkoff', 'Dmitriev', 'met', 'White House, 2025-04-03', 1)).toMatch(
      /Witkoff – Dmitriev: White House/,
    );
    expect(edgeSummary('Witkoff', 'Dmitriev', 'met', '', 2)).toMatch(/2 meetings/);
    expect(edgeSummary('Bruce', 'United States', 'affiliated', '', 0)).toBe('Bruce belongs to United States');
  });
});
