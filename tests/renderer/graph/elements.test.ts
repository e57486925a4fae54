import { describe, expect, it } from 'vitest';
import { edgeLabel, shortLabel, toElements, type ElementState } from '../../../src-renderer/graph/elements';
import { visibleGraph } from '../../../src-renderer/state/visible';
import { initialState } from '../../../src-renderer/state/model';
import { seedGraph } from '../fixtures';
import { nodeSize } from '../../../src-main/common/look';

const none: ElementState = {
  pinned: new Set(),
  selected: new Set(),
  pathNodes: new Set(),
  pathEdges: new Set(),
};

describe('element mapping', () => {
  it('maps every node and edge with its kind as a class and its label', () => {
    const s = initialState();
    const els = toElements(visibleGraph(seedGraph(), s.view, s.filters), none);
    const witkoff = els.find((e) => e.data.id === 'p:witkoff')!;
    expect(witkoff.group).toBe('nodes');
    expect(witkoff.data.label).toBe('Steve Witkoff');
    expect(witkoff.classes).toContain('kind-person');
    const edge = els.find((e) => e.data.id === 'met:p:witkoff:p:dmitriev')!;
    expect(edge.data).toMatchObject({
      source: 'p:witkoff',
      target: 'p:dmitriev',
      label: 'White House, 2025-04-02',
    });
    expect(edge.classes).toContain('status-held');
    expect(els).toHaveLength(7);
  });

  it('labels an edge of several meetings with their count', () => {
    expect(edgeLabel({ kind: 'met', label: 'Istanbul', meetingIds: ['a', 'b'] })).toBe('2 meetings');
    expect(edgeLabel({ kind: 'met', label: 'Istanbul, 2025-04-10', meetingIds: ['a'] })).toBe(
      'Istanbul, 2025-04-10',
    );
    expect(edgeLabel({ kind: 'participant', label: null, meetingIds: ['a'] })).toBe('');
  });

  it('gives each node the size of the shared look', () => {
    const s = initialState();
    const graph = seedGraph();
    const els = toElements(visibleGraph(graph, s.view, s.filters), none);
    for (const node of graph.nodes) {
      const el = els.find((e) => e.data.id === node.id);
      if (el) expect(el.data.size).toBe(nodeSize(node));
    }
  });

  it('shortens long labels on a word boundary', () => {
    const label = shortLabel(
      'Meeting on the restoration of embassy operations in Istanbul and elsewhere',
      30,
    );
    expect(label.length).toBeLessThanOrEqual(30);
    expect(label.endsWith('…')).toBe(true);
    expect(shortLabel('  Steve   Witkoff ')).toBe('Steve Witkoff');
  });

  it('marks pinned and selected nodes, and fades what is off the path', () => {
    const s = initialState();
    const els = toElements(visibleGraph(seedGraph(), s.view, s.filters), {
      pinned: new Set(['p:peskov']),
      selected: new Set(['p:witkoff']),
      pathNodes: new Set(['p:witkoff', 'p:dmitriev']),
      pathEdges: new Set(['met:p:witkoff:p:dmitriev']),
    });
    const byId = new Map(els.map((e) => [e.data.id, e]));
    expect(byId.get('p:peskov')!.classes).toContain('pinned');
    expect(byId.get('p:peskov')!.classes).toContain('off-path');
    expect(byId.get('p:witkoff')!.selected).toBe(true);
    expect(byId.get('p:witkoff')!.classes).toContain('on-path');
    expect(byId.get('met:p:witkoff:p:dmitriev')!.classes).toContain('on-path');
    expect(byId.get('met:p:bruce:g:us')!.classes).toContain('off-path');
  });

  it('adds a "+N more" node for an expansion its limit cut short', () => {
    const s = initialState();
    const view = {
      ...s.view,
      expansions: [{ id: 'p:peskov', limit: 25, data: { nodes: [], edges: [], omitted: 12 } }],
    };
    const els = toElements(visibleGraph(seedGraph(), view, s.filters), none);
    const more = els.find((e) => e.data.id === 'more:p:peskov')!;
    expect(more.data.label).toBe('+12 more');
    expect(more.classes).toContain('more');
    expect(els.find((e) => e.data.id === 'more:p:peskov:edge')!.data).toMatchObject({ source: 'p:peskov' });
  });
});
