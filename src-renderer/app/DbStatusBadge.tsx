// Always visible: starting, connected (with version) or error (with the reason).
import { useActions } from './context';
import { useAppState } from '../state/store';

/** The database status in the toolbar. */
export function DbStatusBadge() {
  const ctx = useActions();
  const db = useAppState(ctx.store, (s) => s.db);
  const state = db?.state ?? 'starting';
  const text =
    state === 'connected'
      ? `Connected · Neo4j ${db?.version ?? ''}`.trim()
      : state === 'error'
        ? `Database error: ${db?.error?.message ?? 'unknown'}`
        : state === 'stopped'
          ? 'Database stopped'
          : 'Starting database…';
  const title = db
    ? [
        db.mode === 'builtin' ? 'Built-in Neo4j' : 'Your Neo4j',
        db.uri,
        db.edition,
        db.nodeCount != null ? `${db.nodeCount} nodes` : null,
      ]
        .filter(Boolean)
        .join(' · ')
    : undefined;
  return (
    <div className={`db-status db-${state}`} role="status" aria-label="Database status" title={title}>
      <span className="dot" aria-hidden="true" />
      <span className="db-text">{text}</span>
    </div>
  );
}
