// Layout options by name: fcose by default; the others for a fresh look at the same graph.
import type { LayoutName } from '../../src-main/common/vocab';
import type { LayoutOptions } from 'cytoscape';

/** Options for one run of a layout; `incremental` keeps nodes near where they are. */
export function layoutOptions(name: LayoutName, nodeCount: number, incremental = false): LayoutOptions {
  const animate = nodeCount <= 300;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        quality: nodeCount > 1500 ? 'draft' : 'default',
        randomize: !incremental,
        animate,
        animationDuration: 400,
        fit: !incremental,
        padding: 40,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 80,
        nodeRepulsion: () => 6000,
        nodeSeparation: 60,
        packComponents: true,
        tilingPaddingVertical: 20,
        tilingPaddingHorizontal: 20,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        animate,
        padding: 40,
        minNodeSpacing: 30,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        concentric: (node: { data(k: string): unknown }) => Number(node.data('meetingCount') ?? 0),
        levelWidth: () => 1,
      } as LayoutOptions;
    case 'circle':
      return {
        name: 'circle',
        animate,
        padding: 40,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
    case 'grid':
      return {
        name: 'grid',
        animate,
        padding: 40,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
    case 'map':
      // Positions come from mapPositions(), filled in by the canvas, which knows the nodes.
      return { name: 'preset', animate, animationDuration: 400, padding: 40 } as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        animate,
        padding: 40,
        spacingFactor: 1.1,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
  }
}

/** The names shown in the layout menu. */
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force (fCoSE)',
  concentric: 'Concentric',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Hierarchy',
  map: 'Map (coordinates)',
};

/** Graph units per degree of longitude and latitude on the map layout. */
export const MAP_SCALE = 24;

/** A simple equirectangular projection: east is right, north is up. */
export function project(lat: number, lon: number): { x: number; y: number } {
  return { x: lon * MAP_SCALE, y: -lat * MAP_SCALE };
}

/** A node as the map layout sees it. */
export interface MapNode {
  id: string;
  lat?: number | null;
  lon?: number | null;
  neighbours: string[];
}

const hasPoint = (n: MapNode): n is MapNode & { lat: number; lon: number } =>
  typeof n.lat === 'number' && typeof n.lon === 'number';

/**
 * Where each node goes on the map: nodes with coordinates at their projected point (several at one point
 * spread on a small ring round it), the others at the centre of their placed neighbours, and any left
 * over in a row under the map.
 */
export function mapPositions(nodes: MapNode[]): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  const byPoint = new Map<string, string[]>();
  for (const n of nodes.filter(hasPoint)) {
    const key = `${n.lat.toFixed(2)},${n.lon.toFixed(2)}`;
    byPoint.set(key, [...(byPoint.get(key) ?? []), n.id]);
    out[n.id] = project(n.lat, n.lon);
  }
  compressFarPoints(out);
  for (const ids of byPoint.values()) {
    if (ids.length < 2) continue;
    const centre = out[ids[0]!]!;
    const radius = 18 + 6 * ids.length;
    ids.forEach((id, i) => {
      const a = (2 * Math.PI * i) / ids.length;
      out[id] = { x: centre.x + radius * Math.cos(a), y: centre.y + radius * Math.sin(a) };
    });
  }
  const rest = nodes.filter((n) => !out[n.id]);
  // Neighbours placed so far pull the others, in two rounds (a person next to a placed meeting, then
  // someone linked only to that person).
  for (let round = 0; round < 2; round++) {
    for (const n of rest) {
      if (out[n.id]) continue;
      const placed = n.neighbours.map((id) => out[id]).filter((p): p is { x: number; y: number } => !!p);
      if (!placed.length) continue;
      const x = placed.reduce((s, p) => s + p.x, 0) / placed.length;
      const y = placed.reduce((s, p) => s + p.y, 0) / placed.length;
      const jitter = (hash(n.id) % 360) * (Math.PI / 180);
      out[n.id] = { x: x + 40 * Math.cos(jitter), y: y + 40 * Math.sin(jitter) };
    }
  }
  const placedPoints = Object.values(out);
  const bottom = placedPoints.length ? Math.max(...placedPoints.map((p) => p.y)) + 120 : 0;
  const left = placedPoints.length ? Math.min(...placedPoints.map((p) => p.x)) : 0;
  rest
    .filter((n) => !out[n.id])
    .forEach((n, i) => {
      out[n.id] = { x: left + (i % 12) * 90, y: bottom + Math.floor(i / 12) * 70 };
    });
  return out;
}

/** Within this distance of the map's centre (in degrees), distances are drawn true to scale. */
export const MAP_TRUE_RADIUS = 8;

/**
 * Draws far points closer to the centre of the map (the median point), keeping their direction: beyond
 * MAP_TRUE_RADIUS degrees a distance grows with its square root. A view of Istanbul talks with one meeting
 * in Washington then reads as two clusters of legible size instead of two specks an ocean apart.
 */
function compressFarPoints(out: Record<string, { x: number; y: number }>): void {
  const points = Object.values(out);
  if (points.length < 2) return;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const cx = median(points.map((p) => p.x));
  const cy = median(points.map((p) => p.y));
  const near = MAP_TRUE_RADIUS * MAP_SCALE;
  for (const p of points) {
    const d = Math.hypot(p.x - cx, p.y - cy);
    if (d <= near) continue;
    const k = (near * Math.sqrt(d / near)) / d;
    p.x = cx + (p.x - cx) * k;
    p.y = cy + (p.y - cy) * k;
  }
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

/** The hover summary of an edge: who and what it joins. */
export function edgeSummary(
  source: string,
  target: string,
  kind: string,
  label: string,
  meetings: number,
): string {
  if (kind === 'met')
    return `${source} – ${target}: ${meetings === 1 ? label || '1 meeting' : `${meetings} meetings`}. Click for sources.`;
  if (kind === 'affiliated') return `${source} belongs to ${target}`;
  return `${source} – ${target}${label ? `: ${label}` : ''}`;
}
