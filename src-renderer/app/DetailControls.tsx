// Level of detail: a minimum number of links an entity needs to be drawn, and whether unconnected ones are.
import { useActions } from './context';
import { useAppState } from '../state/store';
import { isolatedShownByDefault } from '../state/visible';

/** How many links the slider goes up to. */
const MAX_MIN_DEGREE = 10;

/** The slider and the toggle; both act on the drawing only, not on what is loaded. */
export function DetailControls({
  entities,
  omitted,
  belowDegree,
}: {
  entities: number;
  omitted: number;
  belowDegree: number;
}) {
  const ctx = useActions();
  const filters = useAppState(ctx.store, (s) => s.filters);
  const minDegree = filters.minDegree ?? 0;
  const showIsolated = filters.showIsolated ?? isolatedShownByDefault(entities, omitted);
  const set = (patch: { minDegree?: number; showIsolated?: boolean }) =>
    ctx.store.apply((s) => ({ ...s, filters: { ...s.filters, ...patch } }));
  return (
    <div className="detail-controls" role="group" aria-label="Level of detail">
      <label>
        Links ≥ {minDegree}
        <input
          type="range"
          min={0}
          max={MAX_MIN_DEGREE}
          value={minDegree}
          aria-label="Minimum links"
          onChange={(e) => set({ minDegree: Number(e.target.value) })}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={showIsolated}
          onChange={(e) => set({ showIsolated: e.target.checked })}
        />
        Unconnected
      </label>
      {belowDegree > 0 && <span className="muted small">{belowDegree} hidden</span>}
    </div>
  );
}
