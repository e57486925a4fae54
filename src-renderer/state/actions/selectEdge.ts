// Click on an edge (or choose it from the list of links): the Details region shows every meeting between its ends.
import type { MeetingFilterInput } from '../../../src-main/common/explore';
import type { AppState } from '../model';
import { graphQuery } from './loadGraph';
import { errorMessage, type ActionContext } from '../store';

let latest = 0;

/** The view's meeting filters (status, dates, "as known on", sources), as the server takes them. */
export function meetingFilter(state: AppState): MeetingFilterInput {
  const { view: _view, limit: _limit, ...filter } = graphQuery(state);
  return filter;
}

/** Shows the meetings between an edge's ends under the view's filters; the latest request wins. */
export async function selectEdge(
  ctx: ActionContext,
  edge: { id: string; source: string; target: string },
): Promise<void> {
  ctx.store.apply((s) => ({
    ...s,
    edge,
    edgeDetails: null,
    selection: [],
    focus: null,
    details: null,
    detailsLoading: true,
    detailsError: null,
  }));
  const ticket = ++latest;
  try {
    const details = await ctx.api.edgeDetails({
      source: edge.source,
      target: edge.target,
      filter: meetingFilter(ctx.store.get()),
    });
    if (ticket !== latest || ctx.store.get().edge?.id !== edge.id) return;
    ctx.store.apply((s) => ({ ...s, edgeDetails: details, detailsLoading: false }));
  } catch (err) {
    if (ticket !== latest || ctx.store.get().edge?.id !== edge.id) return;
    ctx.store.apply((s) => ({ ...s, detailsLoading: false, detailsError: errorMessage(err) }));
  }
}
