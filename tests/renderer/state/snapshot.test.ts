import { describe, expect, it } from 'vitest';
import type { RendezvousApi } from '../../../src-main/common/api';
import type { GraphData } from '../../../src-main/common/graph';
import { buildSnapshot, type Snapshot } from '../../../src-main/common/snapshot';
import { initialState } from '../../../src-renderer/state/model';
import { Store, type ActionContext, type GraphCommands } from '../../../src-renderer/state/store';
import { loadGraph } from '../../../src-renderer/state/actions/loadGraph';
import {
  loadSnapshotIntoDb,
  openSnapshot,
  showSnapshot,
} from '../../../src-renderer/state/actions/openSnapshot';
import { currentView } from '../../../src-renderer/state/actions/exportView';
import { hideNodes } from '../../../src-renderer/state/actions/hideNodes';
import { seedGraph } from '../fixtures';

describe('opening a snapshot', () => {
  it('shows its elements at their saved positions, with its view, filters, pins and selection', () => {
    const snapshot = buildSnapshot({
      elements: seedGraph(),
      meetings: [],
      title: 'Talks',
      scope: 'view',
      state: {
        view: 'meetings',
        layout: 'preset',
        positions: { 'p:witkoff': { x: 10, y: 20 } },
        styles: { 'p:peskov': { pinned: true }, 'p:bruce': { hidden: true } },
        filter: { view: 'meetings', asOf: '2025-04-09', statuses: ['planned'] },
        viewport: { zoom: 1.5, pan: { x: 3, y: 4 } },
        selection: ['p:witkoff', 'p:gone'],
      },
    });
    const s = showSnapshot(initialState(), snapshot, 'talks.rendezvous.json');
    expect(s.graph.nodes.map((n) => n.id)).toEqual(seedGraph().nodes.map((n) => n.id));
    expect(s.graphView).toBe('meetings');
    expect(s.filters).toMatchObject({ asOf: '2025-04-09', statuses: ['planned'] });
    expect(s.view.pinned).toEqual(['p:peskov']);
    expect(s.view.hidden).toEqual(['p:bruce']);
    expect(s.selection).toEqual(['p:witkoff']);
    expect(s.restore).toMatchObject({
      positions: { 'p:witkoff': { x: 10, y: 20 } },
      viewport: { zoom: 1.5 },
    });
    expect(s.snapshot).toMatchObject({ fileName: 'talks.rendezvous.json', title: 'Talks' });
  });

  it('exports the current view: what is hidden stays out', () => {
    const s = hideNodes({ ...initialState(), graph: seedGraph() }, ['p:bruce']);
    const view = currentView(s);
    expect(view.nodes.map((n) => n.id)).not.toContain('p:bruce');
    expect(view.edges.every((e) => e.source !== 'p:bruce' && e.target !== 'p:bruce')).toBe(true);
  });
});

function talks(): Snapshot {
  return buildSnapshot({
    elements: seedGraph(),
    meetings: [],
    title: 'Talks',
    scope: 'view',
    state: {
      view: 'whoMetWhom',
      layout: 'preset',
      positions: { 'p:witkoff': { x: 10, y: 20 } },
      styles: {},
      viewport: { zoom: 1.25, pan: { x: 3, y: 4 } },
      selection: [],
    },
  });
}

/** An action context over an API of which only the named methods answer. */
function contextWith(api: Partial<RendezvousApi>): ActionContext {
  return { store: new Store(), api: api as RendezvousApi, graph: {} as GraphCommands };
}

describe('an open snapshot and the live graph', () => {
  it('is not replaced by a graph load that answers after it was opened', async () => {
    let answer: (g: GraphData) => void = () => undefined;
    const ctx = contextWith({
      graph: () => new Promise<GraphData>((resolve) => (answer = resolve)),
    });
    const loading = loadGraph(ctx);
    openSnapshot(ctx, JSON.stringify(talks()), 'talks.rendezvous.json');
    answer({ nodes: [], edges: [], omitted: 0 });
    await loading;
    const s = ctx.store.get();
    expect(s.snapshot?.fileName).toBe('talks.rendezvous.json');
    expect(s.restore?.viewport).toEqual({ zoom: 1.25, pan: { x: 3, y: 4 } });
    expect(s.graph.nodes.map((n) => n.id)).toEqual(seedGraph().nodes.map((n) => n.id));
    expect(s.graphLoading).toBe(false);
  });

  it('loads the open snapshot into Neo4j and says what was added, keeping it on screen', async () => {
    const sent: Snapshot[] = [];
    const ctx = contextWith({
      loadSnapshot: async ({ snapshot }) => {
        sent.push(snapshot as Snapshot);
        return { nodes: 5, relationships: 2, meetings: 3, articles: 2 };
      },
    });
    openSnapshot(ctx, JSON.stringify(talks()), 'talks.rendezvous.json');
    await loadSnapshotIntoDb(ctx);
    expect(sent.map((x) => x.title)).toEqual(['Talks']);
    expect(ctx.store.get().notice).toMatch(/added 2 articles, 3 meetings, 5 nodes and 2 relationships/);
    expect(ctx.store.get().snapshot?.fileName).toBe('talks.rendezvous.json');
  });

  it('reports a failed load into Neo4j with the file name and the reason', async () => {
    const ctx = contextWith({
      loadSnapshot: async () => {
        throw new Error('The snapshot cites no article');
      },
    });
    openSnapshot(ctx, JSON.stringify(talks()), 'talks.rendezvous.json');
    await loadSnapshotIntoDb(ctx);
    expect(ctx.store.get().notice).toBe(
      'Could not load talks.rendezvous.json into Neo4j: The snapshot cites no article',
    );
  });
});
