import { describe, expect, it } from 'vitest';
import type { GraphData, GraphNode } from '../../../src-main/common/graph';
import { ISOLATED_SHOWN_UP_TO, visibleGraph } from '../../../src-renderer/state/visible';
import { initialState } from '../../../src-renderer/state/model';

const person = (i: number): GraphNode => ({ id: `p${i}`, kind: 'person', label: `P${i}`, meetingCount: 1 });

/** A star around p0 of `linked` people, a pair p1-p2 linked twice over, and `alone` people with no link. */
function graph(linked: number, alone: number): GraphData {
  const nodes = Array.from({ length: linked + alone + 1 }, (_, i) => person(i));
  const edges = Array.from({ length: linked }, (_, k) => ({
    id: `e${k + 1}`,
    source: 'p0',
    target: `p${k + 1}`,
    kind: 'met' as const,
    label: null,
    meetingIds: [`m${k}`],
  }));
  edges.push({ id: 'x', source: 'p1', target: 'p2', kind: 'met', label: null, meetingIds: ['mx'] });
  return { nodes, edges, omitted: 0 };
}

describe('level of detail by links', () => {
  it('hides unconnected entities by default in a small view that a limit cut', () => {
    const s = initialState();
    const cut = visibleGraph({ ...graph(5, 3), omitted: 40 }, s.view, s.filters);
    expect(cut.nodes).toHaveLength(6);
    expect(cut.belowDegree).toBe(3);
    const chosen = visibleGraph({ ...graph(5, 3), omitted: 40 }, s.view, {
      ...s.filters,
      showIsolated: true,
    });
    expect(chosen.nodes).toHaveLength(9);
  });

  it('draws unconnected entities in a small view and hides them in a large one, unless chosen', () => {
    const s = initialState();
    const small = visibleGraph(graph(5, 3), s.view, s.filters);
    expect(small.nodes).toHaveLength(9);
    const large = visibleGraph(graph(5, ISOLATED_SHOWN_UP_TO), s.view, s.filters);
    expect(large.nodes).toHaveLength(6);
    expect(large.belowDegree).toBe(ISOLATED_SHOWN_UP_TO);
    const shown = visibleGraph(graph(5, ISOLATED_SHOWN_UP_TO), s.view, { ...s.filters, showIsolated: true });
    expect(shown.nodes).toHaveLength(6 + ISOLATED_SHOWN_UP_TO);
    const hidden = visibleGraph(graph(5, 3), s.view, { ...s.filters, showIsolated: false });
    expect(hidden.nodes).toHaveLength(6);
  });

  it('a minimum of two links keeps the hub and the linked pair, and an expanded or pinned entity always', () => {
    const s = initialState();
    const v = visibleGraph(graph(5, 3), s.view, { ...s.filters, minDegree: 2 });
    expect(v.nodes.map((n) => n.id).sort()).toEqual(['p0', 'p1', 'p2']);
    expect(v.edges.map((e) => e.id).sort()).toEqual(['e1', 'e2', 'x']);
    const pinned = visibleGraph(graph(5, 3), { ...s.view, pinned: ['p7'] }, { ...s.filters, minDegree: 2 });
    expect(pinned.nodes.map((n) => n.id)).toContain('p7');
  });
});
