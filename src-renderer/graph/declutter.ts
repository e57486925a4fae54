// Which node labels to draw so that none overlaps another or lies under another node's disc: the most
// important first, each kept only when its box touches no label kept before it and no disc but its own
// node's. Pure, so it is tested without a screen.

/** A label's box (any one coordinate system) and how important its node is (more meetings first). */
export interface LabelBox {
  id: string;
  importance: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Kept whatever it overlaps (the selected, pinned or path node's label). */
  always?: boolean;
}

/** A node's disc (same coordinates as the label boxes): a label under another node's disc is hidden by it. */
export interface Disc {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** Whether the circle touches the box (the nearest point of the box lies within the radius). */
function discTouches(d: Disc, b: LabelBox): boolean {
  const nx = Math.max(b.x1, Math.min(d.x, b.x2));
  const ny = Math.max(b.y1, Math.min(d.y, b.y2));
  return (nx - d.x) ** 2 + (ny - d.y) ** 2 < d.r * d.r;
}

/**
 * The ids whose labels stay, greedily by importance (ties by id): no two kept boxes within `gap` of each
 * other, and none (but those marked `always`) under the disc of a node other than its own.
 */
export function labelsToKeep(boxes: readonly LabelBox[], gap = 2, discs: readonly Disc[] = []): Set<string> {
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
  const cells = (b: LabelBox) => {
    const out: string[] = [];
    for (let x = Math.floor((b.x1 - gap) / cell); x <= Math.floor((b.x2 + gap) / cell); x++)
      for (let y = Math.floor((b.y1 - gap) / cell); y <= Math.floor((b.y2 + gap) / cell); y++)
        out.push(`${x},${y}`);
    return out;
  };
  const overlaps = (a: LabelBox, b: LabelBox) =>
    a.x1 - gap < b.x2 && b.x1 - gap < a.x2 && a.y1 - gap < b.y2 && b.y1 - gap < a.y2;
  const discGrid = new Map<string, Disc[]>();
  for (const d of discs)
    for (const c of cells({
      id: d.id,
      importance: 0,
      x1: d.x - d.r,
      y1: d.y - d.r,
      x2: d.x + d.r,
      y2: d.y + d.r,
    }))
      discGrid.set(c, [...(discGrid.get(c) ?? []), d]);
  const underDisc = (box: LabelBox, mine: string[]) =>
    !box.always && mine.some((c) => discGrid.get(c)?.some((d) => d.id !== box.id && discTouches(d, box)));
  for (const box of sorted) {
    const mine = cells(box);
    if (mine.some((c) => grid.get(c)?.some((other) => overlaps(box, other)))) continue;
    if (underDisc(box, mine)) continue;
    keep.add(box.id);
    for (const c of mine) grid.set(c, [...(grid.get(c) ?? []), box]);
  }
  return keep;
}
