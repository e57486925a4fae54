// "How are A and B connected?": the shortest path, drawn on the graph, with its meetings.
import type { SearchHit } from '../../../src-main/common/graph';
import type { AppState } from '../model';
import { addExpansion } from './expandNode';
import { errorMessage, type ActionContext } from '../store';

/** Looks up the shortest path; its nodes are added to the drawing when missing. */
export async function findPath(ctx: ActionContext, from: SearchHit, to: SearchHit): Promise<void> {
  ctx.store.apply((s) => ({ ...s, pathEnds: { from, to }, pathError: null, path: null }));
  try {
    const path = await ctx.api.path({ from: from.id, to: to.id, view: ctx.store.get().graphView });
    ctx.store.apply((s) => {
      let next: AppState = { ...s, path };
      if (path.found) {
        next = addExpansion(next, {
          id: `path:${from.id}:${to.id}`,
          limit: path.graph.nodes.length,
          data: { ...path.graph, omitted: 0 },
        });
        const onPath = new Set(path.nodeIds);
        next = { ...next, view: { ...next.view, hidden: next.view.hidden.filter((id) => !onPath.has(id)) } };
      } else {
        next = { ...next, pathError: `No connection between ${from.label} and ${to.label} in this view.` };
      }
      return next;
    });
    if (path.found) setTimeout(() => ctx.graph.fit(), 50);
  } catch (err) {
    ctx.store.apply((s) => ({ ...s, pathError: errorMessage(err) }));
  }
}

/** Removes the path highlight. */
export function clearPath(ctx: ActionContext): void {
  ctx.store.apply((s) => ({ ...s, path: null, pathError: null }));
}
