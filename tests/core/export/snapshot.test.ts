import { describe, expect, it } from 'vitest';
import {
  SNAPSHOT_FORMAT,
  buildSnapshot,
  parseSnapshot,
  serializeSnapshot,
} from '../../../src-main/common/snapshot';
import { APP_VERSION, SCHEMA_VERSION } from '../../../src-main/common/version';
import { renderExport } from '../../../src-main/core/export/render';
import { HOSTILE, sampleMeetingsGraph } from './sample-graph';

const state = {
  view: 'meetings' as const,
  layout: 'preset' as const,
  positions: { 'person-dmitriev': { x: 10, y: 20 }, 'meeting-1': { x: -5.25, y: 300 } },
  styles: { 'person-script': { hidden: true }, 'meeting-1': { pinned: true, classes: ['highlighted'] } },
  filter: { view: 'meetings' as const, statuses: ['held' as const], from: '2025-04-01' },
  viewport: { zoom: 1.5, pan: { x: 100, y: -20 } },
  selection: ['meeting-1', 'e1'],
};

describe('snapshot file', () => {
  it('carries versions, elements with evidence, positions, styles, filters, viewport and selection', () => {
    const { graph, meetings } = sampleMeetingsGraph();
    const snap = buildSnapshot({ elements: graph, meetings, state, title: 'Talks', createdAt: new Date(0) });
    expect(snap).toMatchObject({
      format: SNAPSHOT_FORMAT,
      appVersion: APP_VERSION,
      schemaVersion: SCHEMA_VERSION,
      createdAt: '1970-01-01T00:00:00.000Z',
      title: 'Talks',
    });
    const reopened = parseSnapshot(serializeSnapshot(snap));
    expect(reopened).toEqual(snap);
    expect(reopened.state.positions['meeting-1']).toEqual({ x: -5.25, y: 300 });
    expect(reopened.state.viewport).toEqual({ zoom: 1.5, pan: { x: 100, y: -20 } });
    expect(reopened.meetings[0]!.sources[0]!.evidence).toContain(HOSTILE.script);
    expect(reopened.elements.nodes.map((n) => n.label)).toContain(HOSTILE.astral);
  });

  it('a snapshot with node properties this build does not know still opens', () => {
    const { graph, meetings } = sampleMeetingsGraph();
    const text = serializeSnapshot(buildSnapshot({ elements: graph, meetings, state }));
    const raw = JSON.parse(text) as { elements: { nodes: Record<string, unknown>[] } };
    raw.elements.nodes[0]!.wikidata = 'Q123';
    const reopened = parseSnapshot(JSON.stringify(raw));
    expect(reopened.elements.nodes[0]!.label).toBe('Kirill Dmitriev');
  });

  it('the JSON export is a snapshot that parses back', () => {
    const { graph, meetings } = sampleMeetingsGraph();
    const result = renderExport('json', {
      graph,
      meetings,
      scope: 'all',
      filter: { view: 'meetings', statuses: ['held'] },
    });
    const snap = parseSnapshot(result.files[0]!.content, result.files[0]!.name);
    expect(snap.scope).toBe('all');
    expect(snap.state.filter).toMatchObject({ statuses: ['held'] });
    expect(snap.elements.nodes).toHaveLength(graph.nodes.length);
    expect(snap.meetings).toHaveLength(2);
  });

  it('refuses files that are not snapshots, naming the file and the reason', () => {
    const ok = serializeSnapshot(
      buildSnapshot({ ...sampleMeetingsGraph(), elements: sampleMeetingsGraph().graph, state }),
    );
    expect(() => parseSnapshot('{not json', 'a.rendezvous.json')).toThrow(
      /a\.rendezvous\.json is not valid JSON/,
    );
    expect(() => parseSnapshot('{"nodes": []}', 'b.json')).toThrow(/b\.json is not a Rendezvous snapshot/);
    const newer = JSON.parse(ok) as Record<string, unknown>;
    newer.schemaVersion = SCHEMA_VERSION + 1;
    expect(() => parseSnapshot(JSON.stringify(newer), 'c.json')).toThrow(/newer schema/);
    const bad = JSON.parse(ok) as { state: { viewport: unknown } };
    bad.state.viewport = { zoom: -1, pan: { x: 0, y: 0 } };
    expect(() => parseSnapshot(JSON.stringify(bad), 'd.json')).toThrow(
      /d\.json is not a valid snapshot: state\.viewport\.zoom/,
    );
    const dangling = JSON.parse(ok) as { elements: { edges: { target: string }[] } };
    dangling.elements.edges[0]!.target = 'nowhere';
    expect(() => parseSnapshot(JSON.stringify(dangling), 'e.json')).toThrow(
      /edge e1 joins a node that is not in it/,
    );
  });
});
