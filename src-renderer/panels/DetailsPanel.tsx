// The Details region: who someone is and whom they met, or a meeting with every source and its sentence.
import type { EntityDetails, MeetingRecord } from '../../src-main/common/graph';
import { useActions } from '../app/context';
import { useAppState } from '../state/store';
import { openSource } from '../state/actions/openSource';
import { hideNodes } from '../state/actions/hideNodes';
import { togglePins } from '../state/actions/pinNodes';
import { expandNode } from '../state/actions/expandNode';
import { KIND_STYLES, STATUS_STYLES } from '../../src-main/common/look';
import { highlightSegments, highlightTerms } from './evidence';
import { EdgeDetailsBody } from './EdgeDetailsBody';
import { CurationControls } from './CurationControls';

const PRECISION: Record<string, string> = {
  day: 'exact day',
  week: 'week of',
  month: 'month',
  year: 'year',
  unknown: 'date unknown',
};

function StatusBadge({ status }: { status: MeetingRecord['status'] }) {
  return <span className={`badge status-${status}`}>{STATUS_STYLES[status].label}</span>;
}

function placeText(m: MeetingRecord): string | null {
  const parts = [m.place, m.city, m.country].filter(
    (p, i, all): p is string => Boolean(p) && all.indexOf(p) === i,
  );
  return parts.length ? parts.join(', ') : null;
}

function dateText(m: MeetingRecord): string {
  if (!m.date) return 'Date unknown';
  return `${m.date} (${PRECISION[m.date_precision] ?? m.date_precision})`;
}

/** One meeting with its sources. */
export function MeetingCard({ meeting, focusName }: { meeting: MeetingRecord; focusName?: string }) {
  const ctx = useActions();
  const others = [...meeting.participants, ...meeting.participant_groups].filter((p) => p !== focusName);
  const terms = highlightTerms(meeting);
  const where = placeText(meeting);
  return (
    <article className="meeting-card" aria-label={`Meeting ${meeting.date ?? ''} ${where ?? ''}`.trim()}>
      <header>
        <StatusBadge status={meeting.status} />
        <span className="meeting-date">{dateText(meeting)}</span>
      </header>
      <dl>
        {where && (
          <>
            <dt>Place</dt>
            <dd>{where}</dd>
          </>
        )}
        {meeting.topic && (
          <>
            <dt>Topic</dt>
            <dd>{meeting.topic}</dd>
          </>
        )}
        <dt>{focusName ? 'With' : 'Participants'}</dt>
        <dd>{others.length ? others.join(', ') : '—'}</dd>
        <dt>Confidence</dt>
        <dd className="meeting-confidence">{(meeting.confidence ?? 1).toFixed(2)}</dd>
        {meeting.status_history.length > 1 && (
          <>
            <dt>History</dt>
            <dd>
              <ol className="history">
                {meeting.status_history.map((h, i) => (
                  <li key={i}>
                    {h.reported ?? 'undated'}: {STATUS_STYLES[h.status].label.toLowerCase()}
                  </li>
                ))}
              </ol>
            </dd>
          </>
        )}
      </dl>
      <h4>
        {meeting.sources.length} source{meeting.sources.length === 1 ? '' : 's'}
      </h4>
      <ol className="sources">
        {meeting.sources.map((src, i) => (
          <li key={`${src.articleId}:${i}`} className="source">
            <div className="source-meta">
              <span className="outlet">{src.outlet ?? 'Unknown outlet'}</span>
              {src.published && <span className="muted"> · {src.published}</span>}
              {src.status !== meeting.status && <span className="muted"> · reported as {src.status}</span>}
            </div>
            <div className="source-reason muted">
              confidence {(src.confidence ?? 1).toFixed(2)}
              {src.trigger ? ` · trigger “${src.trigger}”` : ''}
            </div>
            {src.title && <div className="source-title">{src.title}</div>}
            <blockquote className="evidence">
              {highlightSegments(src.evidence, terms).map((seg, j) =>
                seg.mark ? <mark key={j}>{seg.text}</mark> : <span key={j}>{seg.text}</span>,
              )}
            </blockquote>
            {src.url && (
              <button type="button" className="link" onClick={() => void openSource(ctx, src.url!)}>
                Open source
              </button>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}

function EntityBody({ details }: { details: EntityDetails }) {
  const { node } = details;
  const ctx = useActions();
  const pinned = useAppState(ctx.store, (s) => s.view.pinned.includes(node.id));
  const look = KIND_STYLES[node.kind];
  return (
    <>
      <header className="details-head">
        <span className="swatch big" style={{ background: look.color }} aria-hidden="true" />
        <div>
          <h2>{node.label}</h2>
          <div className="muted">
            {look.label}
            {node.kind !== 'meeting'
              ? ` · ${node.meetingCount} meeting${node.meetingCount === 1 ? '' : 's'}`
              : ''}
          </div>
        </div>
      </header>
      <div className="details-actions">
        <button type="button" onClick={() => void expandNode(ctx, node.id)}>
          Expand
        </button>
        <button type="button" onClick={() => ctx.store.apply((s) => togglePins(s, [node.id]))}>
          {pinned ? 'Unpin' : 'Pin'}
        </button>
        <button type="button" onClick={() => ctx.store.apply((s) => hideNodes(s, [node.id]))}>
          Hide
        </button>
      </div>
      <CurationControls details={details} />
      {node.kind !== 'meeting' && (
        <dl className="facts">
          {node.aliases && node.aliases.length > 0 && (
            <>
              <dt>Also called</dt>
              <dd>{node.aliases.join(', ')}</dd>
            </>
          )}
          {node.roles && node.roles.length > 0 && (
            <>
              <dt>Roles</dt>
              <dd>
                <ul className="plain">
                  {node.roles.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {node.affiliations && node.affiliations.length > 0 && (
            <>
              <dt>Affiliations</dt>
              <dd>{node.affiliations.join(', ')}</dd>
            </>
          )}
          {node.country && (
            <>
              <dt>Country</dt>
              <dd>{node.country}</dd>
            </>
          )}
        </dl>
      )}
      <h3>{node.kind === 'meeting' ? 'Meeting' : `Meetings (${details.meetings.length})`}</h3>
      {details.meetings.length === 0 && <p className="muted">No meetings recorded.</p>}
      {details.meetings.map((m) => (
        <MeetingCard key={m.id} meeting={m} focusName={node.kind === 'meeting' ? undefined : node.label} />
      ))}
      {details.mergeReasons.length > 0 && (
        <details className="merge">
          <summary>Why these records were merged</summary>
          <ul>
            {details.mergeReasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** The right-hand Details region. */
export function DetailsPanel() {
  const ctx = useActions();
  const details = useAppState(ctx.store, (s) => s.details);
  const loading = useAppState(ctx.store, (s) => s.detailsLoading);
  const error = useAppState(ctx.store, (s) => s.detailsError);
  const focus = useAppState(ctx.store, (s) => s.focus);
  const selection = useAppState(ctx.store, (s) => s.selection);
  const edge = useAppState(ctx.store, (s) => s.edge);
  const edgeDetails = useAppState(ctx.store, (s) => s.edgeDetails);
  return (
    <aside className="side-panel details" role="region" aria-label="Details" aria-busy={loading}>
      {edge && loading && !edgeDetails && <p className="muted">Loading…</p>}
      {edge && error && <p className="error-text">Could not load the link: {error}</p>}
      {edge && edgeDetails && <EdgeDetailsBody details={edgeDetails} />}
      {!focus && !edge && (
        <div className="placeholder">
          <h2>Details</h2>
          <p className="muted">
            Click a person, group, meeting or a link between two of them to see who met whom, where and when —
            with the sentence and the article that say so.
          </p>
        </div>
      )}
      {focus && loading && !details && <p className="muted">Loading…</p>}
      {focus && error && <p className="error-text">Could not load the details: {error}</p>}
      {focus && details && <EntityBody details={details} />}
      {selection.length > 1 && (
        <div className="multi">
          {selection.length} selected
          <button type="button" onClick={() => ctx.store.apply((s) => hideNodes(s, s.selection))}>
            Hide selected
          </button>
          <button type="button" onClick={() => ctx.store.apply((s) => togglePins(s, s.selection))}>
            Pin/unpin selected
          </button>
        </div>
      )}
    </aside>
  );
}
