// Where each node was last laid out, per view, kept in the page's storage: a view opened again (the app
// restarted, the page reloaded) is drawn where it was, and only the nodes new since then are laid out, so
// a large view does not freeze the page for a fresh layout each time it is opened.
import type { ElementDefinition } from 'cytoscape';

/** Positions by node id. */
export type Positions = Record<string, { x: number; y: number }>;

/** The storage the positions go to: the page's localStorage, or a stand-in in tests. */
type PositionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** At most this many nodes are kept per view (a view draws at most 3,000 nodes and its clusters). */
const MAX_KEPT = 20_000;

/** A kept layout is used only when it places at least this share of the nodes to draw. */
export const REUSE_SHARE = 0.6;

const keyOf = (view: string, layout: string) => `rendezvous.positions.${view}.${layout}`;

function storage(): PositionStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // A page whose storage is disabled keeps no positions; every view is laid out afresh.
    return null;
  }
}

/** The positions kept for a view and layout; none when there are none or they cannot be read. */
export function keptPositions(view: string, layout: string, store = storage()): Positions {
  const raw = store?.getItem(keyOf(view, layout));
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!parsed || typeof parsed !== 'object') return {};
    const out: Positions = {};
    for (const [id, p] of Object.entries(parsed as Record<string, unknown>)) {
      const { x, y } = (p ?? {}) as { x?: unknown; y?: unknown };
      if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y))
        out[id] = { x, y };
    }
    return out;
  } catch {
    store?.removeItem(keyOf(view, layout));
    return {};
  }
}

/** Keeps a view's positions (the latest layout wins); a full storage keeps nothing rather than fail. */
export function keepPositions(view: string, layout: string, positions: Positions, store = storage()): void {
  const ids = Object.keys(positions).slice(0, MAX_KEPT);
  const kept: Positions = {};
  for (const id of ids) {
    const p = positions[id]!;
    kept[id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  }
  try {
    store?.setItem(keyOf(view, layout), JSON.stringify(kept));
  } catch {
    store?.removeItem(keyOf(view, layout));
  }
}

/**
 * The elements with their kept positions, when the kept layout places at least REUSE_SHARE of the nodes;
 * otherwise as they are (the view is laid out afresh). Elements that already have a position keep it.
 */
export function withKeptPositions(elements: ElementDefinition[], kept: Positions): ElementDefinition[] {
  const nodes = elements.filter((el) => el.group === 'nodes');
  if (!nodes.length) return elements;
  const placed = nodes.filter((el) => kept[String(el.data.id)]).length;
  if (placed < REUSE_SHARE * nodes.length) return elements;
  return elements.map((el) => {
    const at = el.group === 'nodes' && !el.position ? kept[String(el.data.id)] : undefined;
    return at ? { ...el, position: { ...at } } : el;
  });
}
