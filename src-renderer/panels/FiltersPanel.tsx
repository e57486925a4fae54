// The left panel: entity types, meeting status, the timeline, "as known on", sources; counts update live.
import { MEETING_STATUSES } from '../../src-main/common/vocab';
import { useMemo } from 'react';
import type { NodeKind } from '../../src-main/common/graph';
import type { MeetingStatus } from '../../src-main/common/extraction';
import { useActions } from '../app/context';
import { useAppState } from '../state/store';
import { setFilters } from '../state/actions/setFilters';
import { showAllNodes } from '../state/actions/hideNodes';
import { visibleGraph } from '../state/visible';
import { KIND_STYLES, STATUS_STYLES } from '../../src-main/common/look';
import { Timeline } from './Timeline';
import { Legend } from './Legend';

const VIEW_KINDS: Record<'whoMetWhom' | 'meetings', NodeKind[]> = {
  whoMetWhom: ['person', 'organization', 'group'],
  meetings: ['person', 'organization', 'group', 'meeting', 'place', 'topic'],
};

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** The filters. */
export function FiltersPanel() {
  const ctx = useActions();
  const filters = useAppState(ctx.store, (s) => s.filters);
  const graph = useAppState(ctx.store, (s) => s.graph);
  const view = useAppState(ctx.store, (s) => s.view);
  const facets = useAppState(ctx.store, (s) => s.facets);
  const graphView = useAppState(ctx.store, (s) => s.graphView);
  const webgl = useAppState(ctx.store, (s) => s.webgl);
  const visible = useMemo(() => visibleGraph(graph, view, filters), [graph, view, filters]);
  // Meetings, not links: from the query that drew the view, or (for a snapshot) each meeting once.
  const statusCounts = useMemo(() => {
    if (graph.counts) return graph.counts.statuses as Partial<Record<MeetingStatus, number>>;
    const statusOf = new Map<string, MeetingStatus>();
    for (const n of graph.nodes) if (n.kind === 'meeting' && n.status) statusOf.set(n.id, n.status);
    for (const e of graph.edges)
      if (e.kind === 'met' && e.status)
        for (const m of e.meetingIds) if (!statusOf.has(m)) statusOf.set(m, e.status);
    const counts: Partial<Record<MeetingStatus, number>> = {};
    for (const status of statusOf.values()) counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }, [graph]);
  const kinds = VIEW_KINDS[graphView];

  return (
    <aside className="side-panel filters" aria-label="Filters">
      <section>
        <h3>Show</h3>
        {kinds.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={filters.kinds.includes(kind)}
              onChange={() => void setFilters(ctx, { kinds: toggle(filters.kinds, kind) })}
            />
            <span className="swatch" style={{ background: KIND_STYLES[kind].color }} aria-hidden="true" />
            <span className="check-label">{KIND_STYLES[kind].label}</span>
            <span className="count" aria-label={`${visible.counts[kind]} ${KIND_STYLES[kind].label}`}>
              {visible.counts[kind]}
            </span>
          </label>
        ))}
        {view.hidden.length > 0 && (
          <button type="button" className="link" onClick={() => ctx.store.apply(showAllNodes)}>
            Show all ({view.hidden.length} hidden)
          </button>
        )}
      </section>
      <section>
        <h3>Meeting status</h3>
        {MEETING_STATUSES.map((status) => (
          <label key={status} className="check">
            <input
              type="checkbox"
              checked={filters.statuses.includes(status)}
              onChange={() => void setFilters(ctx, { statuses: toggle(filters.statuses, status) })}
            />
            <span
              className="legend-line"
              aria-hidden="true"
              style={{ borderTop: `3px ${STATUS_STYLES[status].line} ${STATUS_STYLES[status].color}` }}
            />
            <span className="check-label">{STATUS_STYLES[status].label}</span>
            <span
              className="count"
              aria-label={`${statusCounts[status] ?? 0} ${STATUS_STYLES[status].label.toLowerCase()} meetings`}
            >
              {statusCounts[status] ?? 0}
            </span>
          </label>
        ))}
        {graph.counts && (
          <p className="muted small" role="status" aria-label="Meetings shown">
            {graph.counts.meetings} meeting{graph.counts.meetings === 1 ? '' : 's'} shown; counts are
            meetings, under the date and source filters.
          </p>
        )}
      </section>
      <section>
        <h3>When</h3>
        <Timeline
          timeline={facets?.timeline ?? []}
          from={filters.from}
          to={filters.to}
          onRange={(range) => void setFilters(ctx, { from: range?.from ?? null, to: range?.to ?? null })}
        />
        <div className="date-row">
          <label>
            From
            <input
              type="date"
              value={filters.from ?? ''}
              onChange={(e) => void setFilters(ctx, { from: e.target.value || null })}
            />
          </label>
          <label>
            To
            <input
              type="date"
              value={filters.to ?? ''}
              onChange={(e) => void setFilters(ctx, { to: e.target.value || null })}
            />
          </label>
        </div>
        {(filters.from || filters.to) && (
          <button
            type="button"
            className="link"
            onClick={() => void setFilters(ctx, { from: null, to: null })}
          >
            Clear dates
          </button>
        )}
        <label className="as-of">
          As known on
          <input
            type="date"
            value={filters.asOf ?? ''}
            onChange={(e) => void setFilters(ctx, { asOf: e.target.value || null })}
          />
        </label>
        <p className="muted small">Shows each meeting's status as reported up to that day.</p>
      </section>
      <section>
        <h3>Sources</h3>
        {!facets?.articles.length && <p className="muted small">No articles yet.</p>}
        {!!facets?.articles.length && !facets.outlets.length && (
          <p className="muted small">No article names its outlet; choose one by title below.</p>
        )}
        {facets?.outlets.map((o) => (
          <label key={o.name} className="check">
            <input
              type="checkbox"
              checked={filters.outlets.length === 0 || filters.outlets.includes(o.name)}
              onChange={() => {
                const all = facets.outlets.map((x) => x.name);
                const current = filters.outlets.length ? filters.outlets : all;
                const next = toggle(current, o.name);
                void setFilters(ctx, { outlets: next.length === all.length ? [] : next });
              }}
            />
            <span className="check-label">{o.name}</span>
            <span className="count">{o.count}</span>
          </label>
        ))}
        {facets && facets.articles.length > 0 && (
          <label className="stacked">
            Article
            <select
              value={filters.articleIds[0] ?? ''}
              onChange={(e) => void setFilters(ctx, { articleIds: e.target.value ? [e.target.value] : [] })}
            >
              <option value="">
                {(facets.articlesTotal ?? 0) > facets.articles.length
                  ? `All articles (${facets.articlesTotal}; the newest ${facets.articles.length} listed)`
                  : `All articles (${facets.articles.length})`}
              </option>
              {facets.articles.map((a) => (
                <option key={a.id} value={a.id}>
                  {(a.published ? `${a.published} · ` : '') + (a.title ?? a.id)}
                </option>
              ))}
            </select>
          </label>
        )}
      </section>
      <section>
        <label className="check">
          <input
            type="checkbox"
            checked={webgl}
            onChange={() => ctx.store.apply((s) => ({ ...s, webgl: !s.webgl }))}
          />
          <span className="check-label">WebGL renderer (large graphs)</span>
        </label>
      </section>
      <Legend kinds={kinds} />
    </aside>
  );
}
