// The Details region for an edge: who and who, and every meeting between them with its sources and evidence.
import type { EdgeDetails } from '../../src-main/common/explore';
import { useActions } from '../app/context';
import { selectNode } from '../state/actions/selectNode';
import { KIND_STYLES } from '../../src-main/common/look';
import { MeetingCard } from './DetailsPanel';

/** Both ends of the edge, then its meetings oldest first; an affiliation says so. */
export function EdgeDetailsBody({ details }: { details: EdgeDetails }) {
  const ctx = useActions();
  const { source, target, meetings } = details;
  const ends = [source, target];
  return (
    <>
      <header className="details-head">
        <div>
          <h2>
            {source.label} – {target.label}
          </h2>
          <div className="muted">
            {details.affiliation
              ? 'Affiliation'
              : `${meetings.length} meeting${meetings.length === 1 ? '' : 's'} between them, under the filters`}
          </div>
        </div>
      </header>
      <div className="details-actions">
        {ends.map((n) => (
          <button key={n.id} type="button" onClick={() => void selectNode(ctx, n.id, { center: true })}>
            <span className="swatch" style={{ background: KIND_STYLES[n.kind].color }} aria-hidden="true" />{' '}
            {n.label}
          </button>
        ))}
      </div>
      {details.affiliation && (
        <p>
          {source.label} is affiliated with {target.label}. Open either side for the articles that say so.
        </p>
      )}
      {!details.affiliation && meetings.length === 0 && (
        <p className="muted">No meeting between them passes the current filters.</p>
      )}
      {meetings.map((m) => (
        <MeetingCard key={m.id} meeting={m} />
      ))}
    </>
  );
}
