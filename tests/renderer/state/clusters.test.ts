import { describe, expect, it } from 'vitest';
import type { GraphData, GraphNode } from '../../../src-main/common/graph';
import type { ViewClusters } from '../../../src-main/common/explore';
import { visibleGraph } from '../../../src-renderer/state/visible';
import { initialState } from '../../../src-renderer/state/model';
import { clusterLabel, clusterSummary, toElements } from '../../../src-renderer/graph/elements';

const person = (i: number): GraphNode => ({ id: `p${i}`, kind: 'person', label: `P${i}`, meetingCount: 1 });

const base: GraphData = {
  nodes: [person(0), person(1)],
  edges: [{ id: 'e', source: 'p0', target: 'p1', kind: 'met', label: null, meetingIds: ['m'] }],
  omitted: 30,
};

const clusters: ViewClusters = {
  members: 30,
  clusters: [
    {
      id: 'cluster:group:ru',
      keys: ['group:ru'],
      label: 'Russia',
      anchorId: 'group:ru',
      count: 28,
      kinds: { person: 27, group: 1 },
      links: [
        { id: 'p0', meetings: 4 },
        { id: 'p9', meetings: 2 },
      ],
      linksOmitted: 0,
    },
    {
      id: 'cluster:kind:place',
      keys: ['kind:place'],
      label: 'Places',
      anchorId: null,
      count: 2,
      kinds: { place: 2 },
      links: [],
      linksOmitted: 0,
    },
  ],
};

const none = {
  pinned: new Set<string>(),
  selected: new Set<string>(),
  pathNodes: new Set<string>(),
  pathEdges: new Set<string>(),
};

describe('clusters on the canvas', () => {
  it('are drawn with their count and linked only to nodes that are drawn', () => {
    const s = initialState();
    const v = visibleGraph(base, s.view, s.filters, clusters);
    expect(v.clusters.map((c) => [c.id, c.count])).toEqual([
      ['cluster:group:ru', 28],
      ['cluster:kind:place', 2],
    ]);
    expect(v.clusters[0]!.links).toEqual([{ id: 'p0', meetings: 4 }]);
    const els = toElements(v, none);
    const node = els.find((e) => e.data.id === 'cluster:group:ru')!;
    expect(node.data.label).toBe('Russia · 28 more');
    expect(node.classes).toBe('cluster');
    expect(node.data.fullLabel).toBe(
      'Russia: 28 entities not drawn, linked to 1 drawn entity. Click to open.',
    );
    expect(
      els.filter((e) => e.data.kind === 'cluster' && e.group === 'edges').map((e) => e.data.target),
    ).toEqual(['p0']);
  });

  it('shrink as they are opened, go when empty, and keep their opened members drawn', () => {
    const s = initialState();
    const member = person(5);
    const opened = {
      ...s.view,
      expansions: [
        { id: 'cluster:group:ru', limit: 25, data: { nodes: [member], edges: [], omitted: 3 } },
        { id: 'cluster:kind:place', limit: 25, data: { nodes: [], edges: [], omitted: 0 } },
      ],
    };
    const v = visibleGraph(base, opened, s.filters, clusters);
    expect(v.clusters.map((c) => [c.id, c.count])).toEqual([['cluster:group:ru', 3]]);
    // The member has no link, in a cut view that hides unlinked entities, and is drawn all the same.
    expect(v.nodes.map((n) => n.id)).toContain('p5');
    expect(clusterLabel(v.clusters[0]!)).toBe('Russia · 3 more');
    expect(clusterSummary({ ...v.clusters[0]!, linksOmitted: 4 })).toBe(
      'Russia: 3 entities not drawn, linked to 1 drawn entity (the strongest; 4 more not linked here). Click to open.',
    );
  });

  it('are left out when none of their kinds is shown', () => {
    const s = initialState();
    const v = visibleGraph(base, s.view, { ...s.filters, kinds: ['person', 'group'] }, clusters);
    expect(v.clusters.map((c) => c.id)).toEqual(['cluster:group:ru']);
  });
});
