import { describe, expect, it } from 'vitest';
import { layoutOptions } from '../../../src-renderer/graph/layouts';
import { LAYOUTS } from '../../../src-renderer/state/model';

describe('layout options', () => {
  it('offers fcose first, then concentric, circle, grid and breadthfirst', () => {
    expect(LAYOUTS).toEqual(['fcose', 'concentric', 'circle', 'grid', 'breadthfirst']);
    for (const name of LAYOUTS) expect(layoutOptions(name, 10).name).toBe(name);
  });

  it('keeps nodes in place on an incremental fcose run and animates only small graphs', () => {
    expect(layoutOptions('fcose', 10, true)).toMatchObject({ randomize: false, animate: true });
    expect(layoutOptions('fcose', 10, false)).toMatchObject({ randomize: true });
    expect(layoutOptions('fcose', 5000)).toMatchObject({ animate: false, quality: 'draft' });
  });
});
