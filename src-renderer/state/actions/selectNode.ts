// Click: selects a node and opens its details.
import { errorMessage, type ActionContext } from '../store';

let latest = 0;

/** Selects `id` (added to the selection when `additive`), centres it if asked, and loads its details; the
 * latest request wins, so details loaded for an older "as known on" date never replace newer ones. */
export async function selectNode(
  ctx: ActionContext,
  id: string,
  options: { additive?: boolean; center?: boolean } = {},
): Promise<void> {
  ctx.store.apply((s) => ({
    ...s,
    selection: options.additive ? [...s.selection.filter((x) => x !== id), id] : [id],
    focus: id,
    edge: null,
    edgeDetails: null,
    detailsLoading: true,
    detailsError: null,
  }));
  if (options.center) ctx.graph.center(id);
  const ticket = ++latest;
  try {
    const asOf = ctx.store.get().filters.asOf;
    const details = await ctx.api.details(asOf ? { id, asOf } : { id });
    if (ticket !== latest || ctx.store.get().focus !== id) return;
    ctx.store.apply((s) => ({ ...s, details, detailsLoading: false }));
  } catch (err) {
    if (ticket !== latest || ctx.store.get().focus !== id) return;
    ctx.store.apply((s) => ({ ...s, details: null, detailsLoading: false, detailsError: errorMessage(err) }));
  }
}

/** Sets the selection from the canvas (box or shift-click) without reloading details. */
export function setSelection(ctx: ActionContext, ids: string[]): void {
  ctx.store.apply((s) => (sameIds(s.selection, ids) ? s : { ...s, selection: ids }));
}

/** Clears the selection and closes the details. */
export function clearSelection(ctx: ActionContext): void {
  ctx.store.apply((s) => ({
    ...s,
    selection: [],
    focus: null,
    details: null,
    detailsError: null,
    edge: null,
    edgeDetails: null,
  }));
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
