// "How are A and B connected?": up to five distinct shortest paths, one drawn at a time, with their meetings.
import type { PathResult, SearchHit } from '../../../src-main/common/graph';
import type { PathThrough } from '../../../src-main/common/explore';
import type { AppState } from '../model';
import { addExpansion } from './expandNode';
import { errorMessage, type ActionContext } from '../store';

/** Shows path `index` of those found: draws its nodes when missing and highlights it. */
function showPath(state: AppState, index: number): AppState {
  const path: PathResult | undefined = state.paths[index];
  if (!path) return state;
  const { from, to } = state.pathEnds;
  let next: AppState = addExpansion(
    { ...state, path },
    {
      id: `path:${from?.id ?? ''}:${to?.id ?? ''}:${index}`,
      limit: Math.max(1, path.graph.nodes.length),
      data: { ...path.graph, omitted: 0 },
    },
  );
  const onPath = new Set(path.nodeIds);
  next = { ...next, view: { ...next.view, hidden: next.view.hidden.filter((id) => !onPath.has(id)) } };
  return next;
}

/** Finds the distinct shortest paths (through people unless asked otherwise) and shows the first. */
export async function findPath(
  ctx: ActionContext,
  from: SearchHit,
  to: SearchHit,
  through: PathThrough = ctx.store.get().pathThrough,
): Promise<void> {
  ctx.store.apply((s) => ({
    ...s,
    pathEnds: { from, to },
    pathThrough: through,
    pathError: null,
    path: null,
    paths: [],
  }));
  try {
    const ask = (via: PathThrough) =>
      ctx.api.paths({ from: from.id, to: to.id, view: ctx.store.get().graphView, through: via });
    let { paths } = await ask(through);
    let widened = false;
    if (!paths.length && through === 'people') {
      // No chain of people joins them: look through countries and organisations, and say so.
      paths = (await ask('all')).paths;
      widened = paths.length > 0;
    }
    ctx.store.apply((s) =>
      paths.length
        ? {
            ...showPath({ ...s, paths, pathThrough: widened ? 'all' : through }, 0),
            notice: widened
              ? `No chain of people joins ${from.label} and ${to.label}; these paths also go through countries and organisations.`
              : s.notice,
          }
        : { ...s, pathError: `No connection between ${from.label} and ${to.label} in this view.` },
    );
    if (paths.length) setTimeout(() => ctx.graph.fit(), 50);
  } catch (err) {
    ctx.store.apply((s) => ({ ...s, pathError: errorMessage(err) }));
  }
}

/** Shows the next of the paths found, wrapping round to the first. */
export function anotherPath(ctx: ActionContext): void {
  ctx.store.apply((s) => {
    if (s.paths.length < 2 || !s.path) return s;
    const index = (s.paths.indexOf(s.path) + 1) % s.paths.length;
    return showPath(s, index);
  });
  setTimeout(() => ctx.graph.fit(), 50);
}

/** Removes the path highlight. */
export function clearPath(ctx: ActionContext): void {
  ctx.store.apply((s) => ({ ...s, path: null, paths: [], pathError: null }));
}
