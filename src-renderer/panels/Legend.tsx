// What colours, shapes and line styles mean.
import { EDGE_STYLES, KIND_STYLES, STATUS_STYLES } from '../../src-main/common/look';
import type { NodeKind } from '../../src-main/common/graph';

const SHAPES: Record<string, string> = {
  ellipse: '50%',
  'round-rectangle': '4px',
  rectangle: '0',
};

/** The legend. */
export function Legend({ kinds }: { kinds: NodeKind[] }) {
  return (
    <section className="legend" aria-label="Legend">
      <h3>Legend</h3>
      <ul>
        {kinds.map((kind) => {
          const look = KIND_STYLES[kind];
          const rotated = look.shape === 'diamond' || look.shape === 'round-diamond';
          const clip =
            look.shape === 'hexagon'
              ? 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)'
              : look.shape === 'tag'
                ? 'polygon(0 0, 70% 0, 100% 50%, 70% 100%, 0 100%)'
                : undefined;
          return (
            <li key={kind}>
              <span
                className="legend-shape"
                aria-hidden="true"
                style={{
                  background: look.color,
                  borderRadius: SHAPES[look.shape] ?? (look.shape === 'round-diamond' ? '3px' : '0'),
                  transform: rotated ? 'rotate(45deg) scale(0.8)' : undefined,
                  clipPath: clip,
                }}
              />
              {look.label}
            </li>
          );
        })}
      </ul>
      <ul>
        {(['held', 'planned', 'ongoing', 'cancelled'] as const).map((s) => (
          <li key={s}>
            <span
              className="legend-line"
              aria-hidden="true"
              style={{ borderTop: `3px ${STATUS_STYLES[s].line} ${STATUS_STYLES[s].color}` }}
            />
            {STATUS_STYLES[s].label} meeting
          </li>
        ))}
      </ul>
      <ul>
        <li>
          <span
            className="legend-line"
            aria-hidden="true"
            style={{
              borderTop: `2px ${EDGE_STYLES.affiliated.line} ${EDGE_STYLES.affiliated.color}`,
            }}
          />
          Affiliation (person to country, party or organisation)
        </li>
      </ul>
      <p className="muted small">
        Size grows with the number of meetings. A double border marks what is new since a saved view.
      </p>
    </section>
  );
}
