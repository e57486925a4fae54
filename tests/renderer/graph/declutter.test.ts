import { describe, expect, it } from 'vitest';
import { labelsToKeep, type LabelBox } from '../../../src-renderer/graph/declutter';

const box = (id: string, importance: number, x: number, y: number, w = 40, h = 12): LabelBox => ({
  id,
  importance,
  x1: x,
  y1: y,
  x2: x + w,
  y2: y + h,
});

describe('label decluttering', () => {
  it('keeps every label when none overlaps', () => {
    expect([...labelsToKeep([box('a', 1, 0, 0), box('b', 1, 100, 0), box('c', 1, 0, 50)])].sort()).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('drops the less important of two overlapping labels', () => {
    expect([...labelsToKeep([box('minor', 1, 10, 5), box('hub', 9, 0, 0)])]).toEqual(['hub']);
  });

  it('keeps no label over the disc of a node that keeps its own, and none under a kept label', () => {
    // The hub's disc covers where the minor label would go; the other minor node's disc sits on the hub's label.
    const labels = [box('hub', 9, 0, 40), box('minor', 1, 0, 10), box('other', 1, 300, 0)];
    const discs = new Map([
      ['hub', box('hub', 0, 5, 5, 30, 30)],
      ['minor', box('minor', 0, 200, -30, 30, 30)],
      ['other', box('other', 0, 10, 45, 10, 10)],
    ]);
    expect([...labelsToKeep(labels, 2, discs)].sort()).toEqual(['hub']);
    // Without the discs, all three fit.
    expect(labelsToKeep(labels).size).toBe(3);
  });

  it('never keeps two overlapping labels, whatever the crowd', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 1000;
    const boxes = Array.from({ length: 2000 }, (_, i) => box(`n${i}`, Math.floor(rand()), rand(), rand()));
    const keep = labelsToKeep(boxes);
    const kept = boxes.filter((b) => keep.has(b.id));
    expect(kept.length).toBeGreaterThan(50);
    const clashes = kept.flatMap((a) =>
      kept.filter((b) => a !== b && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2),
    );
    expect(clashes).toEqual([]);
  });
});
