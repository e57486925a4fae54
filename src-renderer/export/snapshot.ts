// Snapshots in the renderer: the view state read off the live graph (positions, viewport, selection).
import type { GraphFilter } from '../../src-main/common/graph';
import type { GraphView } from '../../src-main/common/vocab';
import type { ElementStyle, SnapshotViewState } from '../../src-main/common/snapshot';

/** The core methods the view state reader calls (Cytoscape's core has this shape). */
export interface ViewSource {
  nodes(): Iterable<{ id(): string; position(): { x: number; y: number } }>;
  zoom(): number;
  pan(): { x: number; y: number };
  /** `cy.$(':selected')`. */
  $(selector: ':selected'): Iterable<{ id(): string }>;
}

/** The view state of a snapshot: positions, viewport and selection from the graph; the rest from the app. */
export function viewStateFromGraph(
  cy: ViewSource,
  app: {
    view: GraphView;
    filter?: GraphFilter;
    layout?: SnapshotViewState['layout'];
    /** Per-element overrides the app keeps (hidden, pinned, classes). */
    styles?: Record<string, ElementStyle>;
  },
): SnapshotViewState {
  const positions: Record<string, { x: number; y: number }> = {};
  for (const n of cy.nodes()) {
    const p = n.position();
    positions[n.id()] = { x: p.x, y: p.y };
  }
  return {
    view: app.view,
    layout: app.layout ?? 'preset',
    positions,
    styles: app.styles ?? {},
    filter: app.filter ? { ...app.filter, view: app.filter.view ?? app.view } : undefined,
    viewport: { zoom: cy.zoom(), pan: { ...cy.pan() } },
    selection: [...cy.$(':selected')].map((e) => e.id()),
  };
}
