// Choosing a search suggestion centres and selects it, fetching it first when it is not drawn.
import type { SearchHit } from '../../../src-main/common/graph';
import { visibleGraph } from '../visible';
import { addExpansion, EXPAND_STEP } from './expandNode';
import { selectNode } from './selectNode';
import { errorMessage, type ActionContext } from '../store';

/** Makes sure the hit is on screen (unhidden, its kind shown, or fetched), then selects and centres it. */
export async function chooseSearchHit(ctx: ActionContext, hit: SearchHit): Promise<void> {
  const state = ctx.store.get();
  if (!state.filters.kinds.includes(hit.kind)) {
    ctx.store.apply((s) => ({ ...s, filters: { ...s.filters, kinds: [...s.filters.kinds, hit.kind] } }));
  }
  if (state.view.hidden.includes(hit.id)) {
    ctx.store.apply((s) => ({
      ...s,
      view: { ...s.view, hidden: s.view.hidden.filter((id) => id !== hit.id) },
    }));
  }
  const now = ctx.store.get();
  const drawn = visibleGraph(now.graph, now.view, now.filters).nodes.some((n) => n.id === hit.id);
  if (!drawn) {
    try {
      const data = await ctx.api.expand({ id: hit.id, view: now.graphView, limit: EXPAND_STEP });
      ctx.store.apply((s) => addExpansion(s, { id: hit.id, limit: EXPAND_STEP, data }));
    } catch (err) {
      ctx.store.apply((s) => ({ ...s, notice: `Could not show ${hit.label}: ${errorMessage(err)}` }));
    }
  }
  // Let the canvas draw the new elements before centring.
  await new Promise((r) => setTimeout(r, 50));
  await selectNode(ctx, hit.id, { center: true });
}
