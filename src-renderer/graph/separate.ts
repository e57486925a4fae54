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
 * Rounds of pair pushes over `work`, in place, until no pair overlaps or `rounds` are done; returns how many
 * pairs still overlapped in the last round (0 when all are apart). Neighbours are found through a spatial
 * hash kept in flat arrays (the discs sorted by the bucket of their grid cell), rebuilt each round.
 */
function pushRounds(work: Disc[], gap: number, rounds: number): number {
  const n = work.length;
  const cell = 2 * Math.max(1, ...work.map((d) => d.r)) + gap;
  let size = 1;
  while (size < 2 * n) size *= 2;
  const start = new Int32Array(size + 1);
  const items = new Int32Array(n);
  const bucketOf = new Int32Array(n);
  const bucket = (cx: number, cy: number): number =>
    (Math.imul(cx, 73856093) ^ Math.imul(cy, 19349663)) & (size - 1);
  let overlapping = 0;
  for (let round = 0; round < rounds; round++) {
    start.fill(0);
    for (let i = 0; i < n; i++) {
      const d = work[i]!;
      const b = bucket(Math.floor(d.x / cell), Math.floor(d.y / cell));
      bucketOf[i] = b;
      start[b + 1]!++;
    }
    for (let b = 0; b < size; b++) start[b + 1]! += start[b]!;
    const fill = start.slice(0, size);
    for (let i = 0; i < n; i++) items[fill[bucketOf[i]!]!++] = i;
    overlapping = 0;
    for (let i = 0; i < n; i++) {
      const a = work[i]!;
      const cx = Math.floor(a.x / cell);
      const cy = Math.floor(a.y / cell);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) {
          const b = bucket(cx + dx, cy + dy);
          for (let k = start[b]!; k < start[b + 1]!; k++) {
            const j = items[k]!;
            if (j > i && pushApart(a, work[j]!, i + j, gap)) overlapping++;
          }
        }
    }
    if (!overlapping) break;
  }
  return overlapping;
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
  pushRounds(work, gap, rounds);
  return new Map(work.map((d) => [d.id, { x: d.x, y: d.y }]));
}

/** Rounds of pushes between two widenings in `spreadApart`. */
const ROUNDS_PER_STEP = 20;

/**
 * Every disc apart by `gap`, for a layout with no fixed discs (the layout worker's): the discs are given
 * room (`givenRoom`), pushed apart, and where piles still overlap after a step of rounds the whole layout is
 * widened by a fifth about its centre and pushed again. A draft layout of thousands of nodes leaves piles so
 * dense that pushing alone oscillates for hundreds of rounds; widening bounds the work. After `steps` steps
 * the layout is returned as it is.
 */
export function spreadApart(
  discs: readonly Disc[],
  gap: number,
  steps = 12,
): Map<string, { x: number; y: number }> {
  let work = givenRoom(discs, gap);
  for (let step = 0; step < steps; step++) {
    const left = pushRounds(work, gap, ROUNDS_PER_STEP);
    if (!left) break;
    work = widened(work, 1.2);
  }
  return new Map(work.map((d) => [d.id, { x: d.x, y: d.y }]));
}

/** The discs moved away from the centre of their bounding box by the factor `k`. */
function widened(discs: readonly Disc[], k: number): Disc[] {
  const xs = discs.map((d) => d.x);
  const ys = discs.map((d) => d.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  return discs.map((d) => ({ ...d, x: cx + (d.x - cx) * k, y: cy + (d.y - cy) * k }));
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
  return widened(discs, k);
}
