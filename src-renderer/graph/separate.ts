// Pushes apart node discs that a force layout left overlapping. A dense view (forty people who all met each
// other) pulls fCoSE's nodes into one pile; this pass moves each overlapping pair apart along the line between
// them until every disc clears its neighbours by a gap, keeping the layout's overall shape. Pure, so it is
// tested without a screen.

/** A disc to place: its centre, radius, and whether it must stay where it is (a pinned node). */
export interface Disc {
  id: string;
  x: number;
  y: number;
  r: number;
  fixed?: boolean;
}

/**
 * Views up to this many nodes are separated after their layout on the page's main thread; larger ones are
 * separated by the layout worker (layout.worker.ts), off the main thread, or kept as laid out when no
 * worker can run.
 */
export const SEPARATE_MAX_NODES = 1500;

/** The room kept between two node discs: about one line of label text, which sits under its disc. */
export const LABEL_CLEARANCE = 22;

/** Two unit vectors per index, spread around the circle, for discs that sit exactly on top of each other. */
function direction(i: number): [number, number] {
  const a = (i * 2.399963229728653) % (2 * Math.PI);
  return [Math.cos(a), Math.sin(a)];
}

/** Moves one overlapping pair apart; returns whether they overlapped. A fixed disc does not move. */
function pushApart(a: Disc, b: Disc, i: number, gap: number): boolean {
  let vx = b.x - a.x;
  let vy = b.y - a.y;
  let d = Math.hypot(vx, vy);
  const need = a.r + b.r + gap;
  if (d >= need - 0.01 || (a.fixed && b.fixed)) return false;
  if (d < 1e-6) {
    [vx, vy] = direction(i);
    d = 0;
  } else {
    vx /= d;
    vy /= d;
  }
  const short = need - d;
  const shareA = a.fixed ? 0 : b.fixed ? 1 : 0.5;
  const shareB = 1 - shareA;
  a.x -= vx * short * shareA;
  a.y -= vy * short * shareA;
  b.x += vx * short * shareB;
  b.y += vy * short * shareB;
  return true;
}

/**
 * New centres, by id, such that no two discs come closer than `gap` (within `rounds` rounds, which is enough
 * for the piles force layouts leave). Fixed discs keep their place; the others move as little as it takes.
 */
export function separateDiscs(
  discs: readonly Disc[],
  gap = 8,
  rounds = 60,
): Map<string, { x: number; y: number }> {
  const work = discs.map((d) => ({ ...d }));
  const cell = 2 * Math.max(1, ...work.map((d) => d.r)) + gap;
  for (let round = 0; round < rounds; round++) {
    const grid = new Map<string, number[]>();
    work.forEach((d, i) => {
      const key = `${Math.floor(d.x / cell)},${Math.floor(d.y / cell)}`;
      const list = grid.get(key);
      if (list) list.push(i);
      else grid.set(key, [i]);
    });
    let moved = false;
    work.forEach((a, i) => {
      const cx = Math.floor(a.x / cell);
      const cy = Math.floor(a.y / cell);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? [])
            if (j > i && pushApart(a, work[j]!, i + j, gap)) moved = true;
    });
    if (!moved) break;
  }
  return new Map(work.map((d) => [d.id, { x: d.x, y: d.y }]));
}

/**
 * The discs moved away from their common centre, keeping the layout's shape, until the area they span could
 * hold them all apart (each needing a square of its diameter plus `gap`); discs that already have the room
 * are returned as they are. A draft layout of thousands of nodes packs them far tighter than that, and
 * pushing pairs apart alone would take hundreds of rounds to undo it.
 */
export function givenRoom(discs: readonly Disc[], gap: number): Disc[] {
  if (discs.length < 2) return discs.map((d) => ({ ...d }));
  const xs = discs.map((d) => d.x);
  const ys = discs.map((d) => d.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const room = Math.max(1, x1 - x0) * Math.max(1, y1 - y0);
  const need = discs.reduce((sum, d) => sum + (2 * d.r + gap) ** 2, 0);
  const k = Math.sqrt(need / room);
  if (k <= 1) return discs.map((d) => ({ ...d }));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return discs.map((d) => ({ ...d, x: cx + (d.x - cx) * k, y: cy + (d.y - cy) * k }));
}
