import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildStylesheet } from '../../../src-renderer/graph/stylesheet';
import { KIND_STYLES } from '../../../src-main/common/look';
import { toElements } from '../../../src-renderer/graph/elements';
import type { GraphData } from '../../../src-main/common/graph';
import { NODE_KINDS } from '../../../src-main/common/graph';

const none = {
  pinned: new Set<string>(),
  selected: new Set<string>(),
  pathNodes: new Set<string>(),
  pathEdges: new Set<string>(),
};

function headless(graph: GraphData, edgeLabels = true) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet({ edgeLabels }),
    elements: toElements(
      { nodes: graph.nodes, edges: graph.edges, more: [], clusters: [], counts: {} as never },
      none,
    ),
  });
}

describe('the stylesheet', () => {
  it('gives each kind its own colour and shape', () => {
    const nodes = NODE_KINDS.map((kind, i) => ({ id: `n${i}`, kind, label: kind, meetingCount: 1 }));
    const cy = headless({ nodes, edges: [], omitted: 0 });
    const looks = new Set<string>();
    for (const n of nodes) {
      const el = cy.getElementById(n.id);
      expect(el.style('shape')).toBe(KIND_STYLES[n.kind].shape);
      looks.add(`${el.style('background-color')}|${el.style('shape')}`);
    }
    expect(looks.size).toBe(NODE_KINDS.length);
    expect(new Set(Object.values(KIND_STYLES).map((k) => k.color)).size).toBe(NODE_KINDS.length);
  });

  it('draws planned, held and ongoing meetings differently', () => {
    const nodes = (['planned', 'held', 'ongoing'] as const).map((status) => ({
      id: status,
      kind: 'meeting' as const,
      label: status,
      meetingCount: 2,
      status,
    }));
    const cy = headless({ nodes, edges: [], omitted: 0 });
    const borders = nodes.map((n) => cy.getElementById(n.id).style('border-style'));
    expect(borders).toEqual(['dashed', 'solid', 'dotted']);
    const a = { id: 'a', kind: 'person' as const, label: 'A', meetingCount: 1 };
    const b = { id: 'b', kind: 'person' as const, label: 'B', meetingCount: 1 };
    const edges = (['planned', 'held', 'ongoing'] as const).map((status) => ({
      id: `e-${status}`,
      source: 'a',
      target: 'b',
      kind: 'met' as const,
      label: null,
      meetingIds: ['m'],
      status,
    }));
    const cy2 = headless({ nodes: [a, b], edges, omitted: 0 });
    expect(edges.map((e) => cy2.getElementById(e.id).style('line-style'))).toEqual([
      'dashed',
      'solid',
      'dotted',
    ]);
  });

  it('makes nodes with more meetings bigger', () => {
    const cy = headless({
      nodes: [
        { id: 'few', kind: 'person', label: 'Few', meetingCount: 1 },
        { id: 'many', kind: 'person', label: 'Many', meetingCount: 9 },
      ],
      edges: [],
      omitted: 0,
    });
    expect(cy.getElementById('many').numericStyle('width')).toBeGreaterThan(
      cy.getElementById('few').numericStyle('width'),
    );
  });

  it('keeps labels readable: at least 11px on nodes, on a light background', () => {
    const cy = headless({
      nodes: [{ id: 'p', kind: 'person', label: 'Dmitry Peskov', meetingCount: 1 }],
      edges: [],
      omitted: 0,
    });
    const p = cy.getElementById('p');
    expect(p.numericStyle('font-size')).toBeGreaterThanOrEqual(11);
    expect(p.style('label')).toBe('Dmitry Peskov');
    expect(Number(p.style('text-background-opacity'))).toBeGreaterThan(0.5);
  });

  it('leaves edge labels off when asked (large graphs)', () => {
    const nodes = [
      { id: 'a', kind: 'person' as const, label: 'A', meetingCount: 1 },
      { id: 'b', kind: 'person' as const, label: 'B', meetingCount: 1 },
    ];
    const edges = [
      { id: 'e', source: 'a', target: 'b', kind: 'met' as const, label: 'Kyiv', meetingIds: ['m'] },
    ];
    expect(headless({ nodes, edges, omitted: 0 }, true).getElementById('e').style('label')).toBe('Kyiv');
    expect(headless({ nodes, edges, omitted: 0 }, false).getElementById('e').style('label')).toBe('');
  });
});
