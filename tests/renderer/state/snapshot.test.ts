import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../src-main/common/snapshot';
import { initialState } from '../../../src-renderer/state/model';
import { showSnapshot } from '../../../src-renderer/state/actions/openSnapshot';
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
