// Changes filters: kinds apply at once on screen; statuses, dates and sources reload from the server.
import type { Filters } from '../model';
import type { ActionContext } from '../store';
import { loadGraph } from './loadGraph';
import { selectNode } from './selectNode';

/** Applies a filter change; reloads only when a server-side filter changed. */
export async function setFilters(ctx: ActionContext, patch: Partial<Filters>): Promise<void> {
  ctx.store.apply((s) => ({ ...s, filters: { ...s.filters, ...patch } }));
  const serverSide = Object.keys(patch).some((k) => k !== 'kinds');
  if (serverSide) {
    await loadGraph(ctx);
    const focus = ctx.store.get().focus;
    if (focus && 'asOf' in patch) {
      await selectNode(ctx, focus, { center: false });
    }
  }
}
