// "How are A and B connected?": pick two entities, draw the shortest path, list its meetings.
import { useState } from 'react';
import type { SearchHit } from '../../src-main/common/graph';
import { useActions } from '../app/context';
import { EntityPicker } from '../app/SearchBox';
import { useAppState } from '../state/store';
import { anotherPath, clearPath, findPath } from '../state/actions/findPath';
import { MeetingCard } from './DetailsPanel';

/** The path finder, above the graph. */
export function PathPanel() {
  const ctx = useActions();
  const path = useAppState(ctx.store, (s) => s.path);
  const pathError = useAppState(ctx.store, (s) => s.pathError);
  const ends = useAppState(ctx.store, (s) => s.pathEnds);
  const graph = useAppState(ctx.store, (s) => s.graph);
  const paths = useAppState(ctx.store, (s) => s.paths);
  const through = useAppState(ctx.store, (s) => s.pathThrough);
  const [from, setFrom] = useState<SearchHit | null>(ends.from);
  const [to, setTo] = useState<SearchHit | null>(ends.to);
  const labelOf = (id: string) =>
    path?.graph.nodes.find((n) => n.id === id)?.label ?? graph.nodes.find((n) => n.id === id)?.label ?? id;
  return (
    <section className="path-panel" aria-label="Path">
      <div className="path-row">
        <strong>How are</strong>
        <EntityPicker label="From" placeholder="A…" onChoose={setFrom} />
        <strong>and</strong>
        <EntityPicker label="To" placeholder="B…" onChoose={setTo} />
        <strong>connected?</strong>
        <button
          type="button"
          className="primary"
          disabled={!from || !to}
          onClick={() => from && to && void findPath(ctx, from, to)}
        >
          Find path
        </button>
        <label className="check inline">
          <input
            type="checkbox"
            checked={through === 'all'}
            onChange={(e) => {
              const next = e.target.checked ? 'all' : 'people';
              ctx.store.apply((s) => ({ ...s, pathThrough: next }));
              if (from && to) void findPath(ctx, from, to, next);
            }}
          />
          Also through countries and organisations
        </label>
        {path && paths.length > 1 && (
          <button type="button" onClick={() => anotherPath(ctx)}>
            Show another path
          </button>
        )}
        {path && (
          <button type="button" onClick={() => clearPath(ctx)}>
            Clear
          </button>
        )}
        <button
          type="button"
          aria-label="Close path"
          className="close"
          onClick={() => {
            clearPath(ctx);
            ctx.store.apply((s) => ({ ...s, panel: 'none' }));
          }}
        >
          ×
        </button>
      </div>
      {pathError && <p className="error-text">{pathError}</p>}
      {path?.found && (
        <div className="path-result">
          <p className="muted small" role="status">
            Path {paths.indexOf(path) + 1} of {paths.length}
            {paths.length === 5 ? ' (at most 5 distinct shortest paths are offered)' : ''} ·{' '}
            {through === 'people'
              ? 'through people and meetings'
              : 'through people, countries and organisations'}
          </p>
          <ol className="path-chain" aria-label="Path">
            {path.nodeIds.map((id) => (
              <li key={id}>{labelOf(id)}</li>
            ))}
          </ol>
          <ul className="path-meeting-list" aria-label="Meetings along the path">
            {path.meetings.map((m) => (
              <li key={m.id}>
                <details>
                  <summary>
                    <span className={`badge status-${m.status}`}>{m.status}</span>
                    <span className="pm-date">{m.date ?? 'undated'}</span>
                    <span className="pm-place">
                      {[m.place, m.city, m.country]
                        .filter(Boolean)
                        .filter((p, i, a) => a.indexOf(p) === i)
                        .join(', ') || 'place unknown'}
                    </span>
                    {m.topic && <span className="muted"> · {m.topic}</span>}
                    <span className="muted">
                      {' '}
                      · {[...m.participants, ...m.participant_groups].join(', ')}
                    </span>
                  </summary>
                  <MeetingCard meeting={m} />
                </details>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
