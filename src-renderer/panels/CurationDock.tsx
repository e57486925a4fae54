// The curation dock: the history of corrections (revert any, undo, redo), the review queue, and "only confirmed".
import { useCallback, useEffect, useState } from 'react';
import type { Correction, ReviewQueue } from '../../src-main/common/curation';
import { useActions } from '../app/context';
import { useAppState } from '../state/store';
import { runCorrection } from '../state/actions/curate';
import { selectNode } from '../state/actions/selectNode';
import { setFilters } from '../state/actions/setFilters';
import { highlightSegments } from './evidence';

/** Every correction, newest first, with its reason; revert one, undo or redo the latest. */
export function HistoryPanel({ close }: { close(): void }) {
  const ctx = useActions();
  const [list, setList] = useState<{ corrections: Correction[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    void ctx.api.history({ limit: 500 }).then(setList, (e: unknown) => setError(String(e)));
  }, [ctx]);
  useEffect(reload, [reload]);
  const act = async (fn: Parameters<typeof runCorrection>[1]) => {
    setError(await runCorrection(ctx, fn));
    reload();
  };
  return (
    <section className="curation-panel" role="dialog" aria-label="History of corrections">
      <header>
        <h2>History of corrections</h2>
        <button type="button" onClick={() => void act((api) => api.undoCorrection({}))}>
          Undo correction
        </button>
        <button type="button" onClick={() => void act((api) => api.redoCorrection({}))}>
          Redo correction
        </button>
        <button type="button" aria-label="Close the history" onClick={close}>
          ×
        </button>
      </header>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {!list && <p className="muted">Loading…</p>}
      {list && list.total === 0 && <p className="muted">No corrections yet.</p>}
      {list && list.total > list.corrections.length && (
        <p className="muted">
          The latest {list.corrections.length} of {list.total} corrections.
        </p>
      )}
      <ol className="plain history-list">
        {list?.corrections.map((c) => (
          <li key={c.id} className={`correction ${c.active ? '' : 'reverted'}`} data-kind={c.kind}>
            <div>
              <strong>{c.summary}</strong>
              {!c.active && c.kind !== 'revert' && <span className="badge"> reverted</span>}
            </div>
            {c.reason && <div className="correction-reason">{c.reason}</div>}
            <div className="muted">
              {c.at.slice(0, 16).replace('T', ' ')} · {c.author}
            </div>
            {c.active && c.kind !== 'revert' && (
              <button
                type="button"
                className="link"
                onClick={() => void act((api) => api.revertCorrection({ id: c.id }))}
              >
                Revert
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Meetings not yet reviewed, least supported first: C confirms, R rejects, E opens it to edit. */
export function ReviewPanel({ close }: { close(): void }) {
  const ctx = useActions();
  const [queue, setQueue] = useState<ReviewQueue | null>(null);
  const [at, setAt] = useState(0);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    void ctx.api.reviewQueue({ limit: 100 }).then(setQueue, (e: unknown) => setError(String(e)));
  }, [ctx]);
  useEffect(reload, [reload]);
  const item = queue?.items[Math.min(at, (queue?.items.length ?? 1) - 1)];
  const act = async (verb: 'confirm' | 'reject') => {
    if (!item) return;
    const why = reason.trim() || undefined;
    setError(
      await runCorrection(ctx, (api) =>
        verb === 'confirm'
          ? api.confirmMeeting({ id: item.id, reason: why, expectedVersion: item.version })
          : api.rejectMeeting({ id: item.id, reason: why, expectedVersion: item.version }),
      ),
    );
    setReason('');
    reload();
  };
  const onKey = (e: React.KeyboardEvent) => {
    if ((e.target as HTMLElement).tagName === 'TEXTAREA') return;
    const k = e.key.toLowerCase();
    if (k === 'c') void act('confirm');
    else if (k === 'r') void act('reject');
    else if (k === 'e' && item) void selectNode(ctx, item.id, { center: true });
    else if (k === 'arrowdown' || k === 'j') setAt((i) => i + 1);
    else if (k === 'arrowup' || k === 'k') setAt((i) => Math.max(0, i - 1));
    else return;
    e.preventDefault();
  };
  return (
    <section
      className="curation-panel"
      role="dialog"
      aria-label="Review queue"
      tabIndex={0}
      onKeyDown={onKey}
    >
      <header>
        <h2>Review</h2>
        <button type="button" aria-label="Close the review" onClick={close}>
          ×
        </button>
      </header>
      {queue && (
        <p className="review-progress">
          {queue.reviewed} of {queue.total} reviewed
        </p>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {queue && !item && <p className="muted">Every meeting has been reviewed.</p>}
      {item && (
        <article className="meeting-card" aria-label="Meeting to review">
          <header>
            <strong>{item.label}</strong>
            <span className="muted">
              {' '}
              · {item.status} · {item.sources} source{item.sources === 1 ? '' : 's'}
              {item.confidence !== null ? ` · confidence ${item.confidence.toFixed(2)}` : ''}
            </span>
          </header>
          <div>{item.participants.join(', ') || '—'}</div>
          {item.evidence.map((ev, i) => (
            <blockquote key={i} className="evidence">
              {highlightSegments(ev.text, ev.names).map((seg, j) =>
                seg.mark ? <mark key={j}>{seg.text}</mark> : <span key={j}>{seg.text}</span>,
              )}
              <footer className="muted">{ev.title}</footer>
            </blockquote>
          ))}
          <label className="field">
            Reason
            <textarea
              aria-label="Review reason"
              rows={2}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <div className="details-actions">
            <button type="button" onClick={() => void act('confirm')}>
              Confirm (C)
            </button>
            <button type="button" onClick={() => void act('reject')}>
              Reject (R)
            </button>
            <button type="button" onClick={() => void selectNode(ctx, item.id, { center: true })}>
              Edit (E)
            </button>
          </div>
        </article>
      )}
    </section>
  );
}

/** The buttons that open the history and the review, and the "only confirmed" filter. */
export function CurationDock() {
  const ctx = useActions();
  const [open, setOpen] = useState<null | 'history' | 'review'>(null);
  const confirmedOnly = useAppState(ctx.store, (s) => !!s.filters.confirmedOnly);
  return (
    <>
      <div className="curation-dock" role="group" aria-label="Curation">
        <button
          type="button"
          aria-pressed={open === 'history'}
          onClick={() => setOpen(open === 'history' ? null : 'history')}
        >
          History
        </button>
        <button
          type="button"
          aria-pressed={open === 'review'}
          onClick={() => setOpen(open === 'review' ? null : 'review')}
        >
          Review
        </button>
        <label>
          <input
            type="checkbox"
            checked={confirmedOnly}
            onChange={(e) => void setFilters(ctx, { confirmedOnly: e.target.checked })}
          />{' '}
          Only confirmed
        </label>
      </div>
      {open === 'history' && <HistoryPanel close={() => setOpen(null)} />}
      {open === 'review' && <ReviewPanel close={() => setOpen(null)} />}
    </>
  );
}
