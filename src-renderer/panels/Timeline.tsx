// A bar chart of meetings over time; drag across it to filter by date range.
import { useMemo, useRef, useState } from 'react';
import type { GraphFacets } from '../../src-main/common/graph';
import { binTimeline } from './timeline';
import { KIND_STYLES, STATUS_STYLES } from '../../src-main/common/look';

const HEIGHT = 64;

/** The brushable timeline. */
export function Timeline({
  timeline,
  from,
  to,
  onRange,
}: {
  timeline: GraphFacets['timeline'];
  from: string | null;
  to: string | null;
  onRange(range: { from: string; to: string } | null): void;
}) {
  const bins = useMemo(() => binTimeline(timeline), [timeline]);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  if (!bins.length) return <p className="muted small">No dated meetings yet.</p>;
  const max = Math.max(...bins.map((b) => b.count));
  const width = 100 / bins.length;
  const indexAt = (clientX: number) => {
    const box = svg.current!.getBoundingClientRect();
    return Math.max(
      0,
      Math.min(bins.length - 1, Math.floor(((clientX - box.left) / box.width) * bins.length)),
    );
  };
  const inRange = (i: number) => {
    if (drag) return i >= Math.min(drag.a, drag.b) && i <= Math.max(drag.a, drag.b);
    const bin = bins[i]!;
    return (!from || bin.to >= from) && (!to || bin.from <= to);
  };
  return (
    <div className="timeline">
      <svg
        ref={svg}
        role="img"
        aria-label={`Meetings over time, ${bins[0]!.from} to ${bins.at(-1)!.to}. Drag to filter by date; double-click to clear.`}
        viewBox={`0 0 100 ${HEIGHT}`}
        preserveAspectRatio="none"
        onPointerDown={(e) => {
          (e.target as Element).setPointerCapture?.(e.pointerId);
          const i = indexAt(e.clientX);
          setDrag({ a: i, b: i });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, b: indexAt(e.clientX) })}
        onDoubleClick={() => {
          setDrag(null);
          onRange(null);
        }}
        onPointerUp={() => {
          if (!drag) return;
          const lo = bins[Math.min(drag.a, drag.b)]!;
          const hi = bins[Math.max(drag.a, drag.b)]!;
          setDrag(null);
          onRange({ from: lo.from, to: hi.to });
        }}
      >
        {bins.map((bin, i) => {
          let y = HEIGHT;
          return (
            <g key={bin.key} opacity={inRange(i) ? 1 : 0.3}>
              <title>{`${bin.key}: ${bin.count} meeting${bin.count === 1 ? '' : 's'}`}</title>
              {(['held', 'ongoing', 'planned', 'cancelled'] as const).map((status) => {
                const n = bin.byStatus[status] ?? 0;
                if (!n) return null;
                const h = (n / max) * (HEIGHT - 4);
                y -= h;
                return (
                  <rect
                    key={status}
                    x={i * width + width * 0.12}
                    width={width * 0.76}
                    y={y}
                    height={h}
                    fill={status === 'held' ? KIND_STYLES.meeting.color : STATUS_STYLES[status].color}
                  />
                );
              })}
            </g>
          );
        })}
      </svg>
      <div className="timeline-axis">
        <span>{bins[0]!.key}</span>
        <span>{bins.at(-1)!.key}</span>
      </div>
    </div>
  );
}
