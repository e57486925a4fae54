// Which node labels to draw so that none overlaps another: the most important first, each kept only
// when its box touches no label kept before it. Pure, so it is tested without a screen.

/** A label's box (any one coordinate system) and how important its node is (more meetings first). */
export interface LabelBox {
  id: string;
  importance: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The ids whose labels stay, greedily by importance (ties by id): no two kept boxes within `gap` of each other,
 * and, given the nodes' discs (by node id), no kept label over the disc of another node that keeps its label.
 * (A node whose label is hidden is drawn under the others, so its disc covers no label.)
 */
export function labelsToKeep(
  boxes: readonly LabelBox[],
  gap = 2,
  discs: ReadonlyMap<string, LabelBox> = new Map(),
): Set<string> {
  const sorted = [...boxes]
    .filter((b) => b.x2 > b.x1 && b.y2 > b.y1)
    .sort((a, b) => b.importance - a.importance || a.id.localeCompare(b.id));
  const keep = new Set<string>();
  if (!sorted.length) return keep;
  // A uniform grid of cells about the size of a typical label keeps each test local.
  const cell = Math.max(
    8,
    sorted.reduce((s, b) => s + (b.x2 - b.x1), 0) / sorted.length,
    sorted.reduce((s, b) => s + (b.y2 - b.y1), 0) / sorted.length,
  );
  const grid = new Map<string, LabelBox[]>();
  const discGrid = new Map<string, LabelBox[]>();
  const cells = (b: LabelBox) => {
    const out: string[] = [];
    for (let x = Math.floor((b.x1 - gap) / cell); x <= Math.floor((b.x2 + gap) / cell); x++)
      for (let y = Math.floor((b.y1 - gap) / cell); y <= Math.floor((b.y2 + gap) / cell); y++)
        out.push(`${x},${y}`);
    return out;
  };
  const overlaps = (a: LabelBox, b: LabelBox) =>
    a.x1 - gap < b.x2 && b.x1 - gap < a.x2 && a.y1 - gap < b.y2 && b.y1 - gap < a.y2;
  const clash = (index: Map<string, LabelBox[]>, box: LabelBox) =>
    cells(box).some((c) => index.get(c)?.some((other) => other.id !== box.id && overlaps(box, other)));
  for (const box of sorted) {
    const disc = discs.get(box.id);
    if (clash(grid, box) || clash(discGrid, box) || (disc && clash(grid, disc))) continue;
    keep.add(box.id);
    for (const c of cells(box)) grid.set(c, [...(grid.get(c) ?? []), box]);
    if (disc) for (const c of cells(disc)) discGrid.set(c, [...(discGrid.get(c) ?? []), disc]);
  }
  return keep;
}
