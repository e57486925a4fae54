import { describe, expect, it } from 'vitest';
import { initialState, type AppState } from '../../../src-renderer/state/model';
import { hideNodes, showAllNodes } from '../../../src-renderer/state/actions/hideNodes';
import { pinNodes, togglePins } from '../../../src-renderer/state/actions/pinNodes';
import { setLayout, rerunLayout } from '../../../src-renderer/state/actions/setLayout';
import { addExpansion } from '../../../src-renderer/state/actions/expandNode';
import { redo, undo } from '../../../src-renderer/state/actions/undoRedo';
import { mergeGraphs, visibleGraph } from '../../../src-renderer/state/visible';
import { INITIAL_BUDGET, graphQuery, graphRequest } from '../../../src-renderer/state/actions/loadGraph';
import { person, seedGraph } from '../fixtures';

function loaded(): AppState {
  return { ...initialState(), graph: seedGraph(), selection: ['p:peskov', 'p:bruce'], focus: 'p:peskov' };
}

describe('view changes', () => {
  it('hiding nodes removes them and their edges from the drawing and from the selection', () => {
    const s = hideNodes(loaded(), ['p:bruce']);
    const v = visibleGraph(s.graph, s.view, s.filters);
    expect(v.nodes.map((n) => n.id)).not.toContain('p:bruce');
    expect(v.edges.map((e) => e.id)).not.toContain('met:p:bruce:g:us');
    expect(s.selection).toEqual(['p:peskov']);
    expect(showAllNodes(s).view.hidden).toEqual([]);
  });

  it('undo and redo step through hide, pin, layout and expand, one change at a time', () => {
    let s = loaded();
    s = hideNodes(s, ['p:bruce']);
    s = pinNodes(s, ['p:witkoff'], true);
    s = setLayout(s, 'circle');
    s = addExpansion(s, {
      id: 'p:peskov',
      limit: 25,
      data: { nodes: [person('p:putin', 'Vladimir Putin')], edges: [], omitted: 0 },
    });
    expect(s.view).toMatchObject({ hidden: ['p:bruce'], pinned: ['p:witkoff'], layout: 'circle' });
    s = undo(s);
    expect(s.view.expansions).toEqual([]);
    s = undo(s);
    expect(s.view.layout).toBe('fcose');
    s = undo(s);
    expect(s.view.pinned).toEqual([]);
    s = undo(s);
    expect(s.view.hidden).toEqual([]);
    expect(undo(s)).toBe(s);
    s = redo(redo(s));
    expect(s.view).toMatchObject({ hidden: ['p:bruce'], pinned: ['p:witkoff'], layout: 'fcose' });
    s = hideNodes(s, ['p:peskov']);
    expect(s.redo).toEqual([]);
  });

  it('toggling pins pins the unpinned, and unpins when all are pinned', () => {
    let s = togglePins(loaded(), ['a', 'b']);
    expect(s.view.pinned.sort()).toEqual(['a', 'b']);
    s = togglePins(s, ['a', 'b']);
    expect(s.view.pinned).toEqual([]);
    expect(pinNodes(s, ['a'], false)).toBe(s);
  });

  it('re-running the layout bumps the run counter without touching history', () => {
    const s = rerunLayout(loaded());
    expect(s.layoutRun).toBe(1);
    expect(s.undo).toEqual([]);
  });

  it('an expansion shows its neighbours even if they were hidden, and merges without duplicates', () => {
    let s = hideNodes(loaded(), ['p:dmitriev']);
    s = addExpansion(s, { id: 'p:witkoff', limit: 25, data: { ...seedGraph(), omitted: 3 } });
    const v = visibleGraph(s.graph, s.view, s.filters);
    expect(v.nodes.filter((n) => n.id === 'p:dmitriev')).toHaveLength(1);
    expect(v.more).toEqual([{ id: 'more:p:witkoff', ownerId: 'p:witkoff', count: 3 }]);
    expect(mergeGraphs(seedGraph(), s.view.expansions).nodes).toHaveLength(seedGraph().nodes.length);
  });

  it('filtering by kind hides those nodes but still counts them, so counts stay meaningful', () => {
    const s = loaded();
    const v = visibleGraph(s.graph, s.view, { kinds: ['person'] });
    expect(v.nodes.every((n) => n.kind === 'person')).toBe(true);
    expect(v.counts.group).toBe(1);
    expect(v.counts.person).toBe(4);
    expect(v.edges.map((e) => e.id)).toEqual(['met:p:witkoff:p:dmitriev']);
  });
});

describe('the graph query', () => {
  it('asks for the initial budget only when no filter narrows the view', () => {
    const s = initialState();
    expect(graphRequest(s)).toEqual({ view: 'whoMetWhom', limit: 150, meetings: 400 });
    expect(graphRequest({ ...s, graphView: 'meetings' })).toEqual({
      view: 'meetings',
      ...INITIAL_BUDGET.meetings,
    });
    const narrowed: AppState = { ...s, filters: { ...s.filters, from: '2025-04-01' } };
    expect(graphRequest(narrowed)).toEqual({ view: 'whoMetWhom', limit: 3000, from: '2025-04-01' });
  });

  it('sends only the filters that narrow the graph', () => {
    const s = initialState();
    expect(graphQuery(s)).toEqual({ view: 'whoMetWhom', limit: 3000 });
    const narrowed: AppState = {
      ...s,
      graphView: 'meetings',
      filters: {
        ...s.filters,
        statuses: ['held'],
        asOf: '2025-04-09',
        from: '2025-04-01',
        outlets: ['Kyiv Independent'],
      },
    };
    expect(graphQuery(narrowed)).toEqual({
      view: 'meetings',
      limit: 3000,
      statuses: ['held'],
      asOf: '2025-04-09',
      from: '2025-04-01',
      outlets: ['Kyiv Independent'],
    });
  });
});
