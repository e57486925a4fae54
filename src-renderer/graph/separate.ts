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

/** Views up to this many nodes are separated after their layout; larger ones keep the layout as it is. */
export const SEPARATE_MAX_NODES = 1500;

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
