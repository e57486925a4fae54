// Saved views: name the view on screen; list, open, rename and delete views kept in the database.
import { useEffect, useState } from 'react';
import type { SavedViewSummary } from '../../src-main/common/views';
import { useActions } from '../app/context';
import { errorMessage } from '../state/store';
import { listSavedViews, openSavedView, saveCurrentView } from '../state/actions/savedViews';

/** The saved views region, above the graph. */
export function SavedViewsPanel() {
  const ctx = useActions();
  const [views, setViews] = useState<SavedViewSummary[] | null>(null);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = async () => {
    try {
      setViews(await listSavedViews(ctx));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  useEffect(() => {
    void refresh();
  }, []);
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      await refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <section className="views-panel" role="region" aria-label="Saved views">
      <div className="query-head">
        <h2>Saved views</h2>
        <span className="muted small">
          Kept in the database, so they follow the data. Snapshots are for sharing.
        </span>
        <button
          type="button"
          className="close"
          aria-label="Close saved views"
          onClick={() => ctx.store.apply((s) => ({ ...s, panel: 'none' }))}
        >
          ×
        </button>
      </div>
      <form
        className="query-row"
        onSubmit={(e) => {
          e.preventDefault();
          const n = name.trim();
          if (n)
            void act(async () => {
              await saveCurrentView(ctx, n);
              setName('');
            });
        }}
      >
        <label>
          View name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Riyadh talks, March"
          />
        </label>
        <button type="submit" className="primary" disabled={!name.trim()}>
          Save current view
        </button>
      </form>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {views && views.length === 0 && <p className="muted small">No saved views yet.</p>}
      {views && views.length > 0 && (
        <ul className="views-list" aria-label="Views">
          {views.map((v) => (
            <li key={v.id}>
              {renaming?.id === v.id ? (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    const n = renaming.name.trim();
                    if (n)
                      void act(async () => {
                        await ctx.api.renameView({ id: v.id, name: n });
                        setRenaming(null);
                      });
                  }}
                >
                  <input
                    aria-label={`New name for ${v.name}`}
                    value={renaming.name}
                    onChange={(e) => setRenaming({ id: v.id, name: e.target.value })}
                  />
                  <button type="submit">Save name</button>
                  <button type="button" onClick={() => setRenaming(null)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <span className="view-name">{v.name}</span>
                  <span className="muted small"> · {v.updatedAt.slice(0, 16).replace('T', ' ')}</span>
                  <button
                    type="button"
                    aria-label={`Open ${v.name}`}
                    onClick={() => void openSavedView(ctx, v.id)}
                  >
                    Open
                  </button>
                  <button
                    type="button"
                    aria-label={`Rename ${v.name}`}
                    onClick={() => setRenaming({ id: v.id, name: v.name })}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    aria-label={`Delete ${v.name}`}
                    onClick={() => void act(() => ctx.api.deleteView({ id: v.id }))}
                  >
                    Delete
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
