import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../src-main/common/export';
import { parseSnapshot } from '../../../src-main/common/snapshot';
import { renderExport } from '../../../src-main/core/export/render';
import { python, sampleMeetingsGraph } from './sample-graph';

const dir = mkdtempSync(join(tmpdir(), 'rendezvous-reasons-'));

/** The sample graph, its first meeting with a confidence of 0.42 and the triggers of its two reports. */
function exportWithReasons(format: ExportFormat) {
  const { graph, meetings } = sampleMeetingsGraph();
  const [first] = meetings;
  first!.confidence = 0.42;
  first!.sources = first!.sources.map((s, i) => ({
    ...s,
    confidence: i ? 0.9 : 0.42,
    trigger: i ? 'talks' : 'met',
  }));
  const result = renderExport(format, {
    graph,
    meetings,
    scope: 'view',
    createdAt: new Date('2025-04-20T12:00:00Z'),
  });
  return result.files.map((f) => {
    const path = join(dir, `${format}-${f.name}`);
    writeFileSync(path, f.content, 'utf8');
    return { path, content: f.content };
  });
}

const READ_ATTRS = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1]) if sys.argv[2] == 'graphml' else nx.read_gexf(sys.argv[1], version='1.3')
print(json.dumps({'node': dict(g.nodes(data=True)), 'edge': [dict(d, _s=u, _t=v) for u, v, d in g.edges(data=True)]}))
`;

describe('a meeting’s confidence and trigger in exports', () => {
  for (const format of ['graphml', 'gexf'] as const)
    it(`${format}: networkx reads the meeting’s confidence as a number and its triggers, on the node and its edges`, () => {
      const [file] = exportWithReasons(format);
      const g = python<{ node: Record<string, Record<string, unknown>>; edge: Record<string, unknown>[] }>(
        READ_ATTRS,
        file!.path,
        format,
      );
      expect(g.node['meeting-1']).toMatchObject({ confidence: 0.42, trigger: 'met; talks' });
      expect(g.node['person-dmitriev']!.confidence).toBeUndefined();
      const edge = g.edge.find((e) => e._s === 'person-dmitriev' || e._t === 'person-dmitriev');
      expect(edge).toMatchObject({ confidence: 0.42, trigger: 'met; talks' });
      // A meeting stored without reasons is taken as stated and names no trigger.
      expect(g.node['meeting-2']).toMatchObject({ confidence: 1 });
      expect(g.node['meeting-2']!.trigger).toBeUndefined();
    });

  it('CSV has confidence and trigger columns on nodes and edges', () => {
    const files = exportWithReasons('csv');
    const tables = python<Record<string, Record<string, string>[]>>(
      `
import csv, json, sys
print(json.dumps({p.split('/')[-1]: list(csv.DictReader(open(p, newline='', encoding='utf-8'))) for p in sys.argv[1:]}))`,
      ...files.map((f) => f.path),
    );
    const meeting = tables['csv-nodes.csv']!.find((r) => r.id === 'meeting-1')!;
    expect(meeting).toMatchObject({ confidence: '0.42', trigger: 'met; talks' });
    expect(tables['csv-nodes.csv']!.find((r) => r.id === 'person-dmitriev')).toMatchObject({
      confidence: '',
      trigger: '',
    });
    expect(tables['csv-edges.csv']!.find((r) => r.id === 'e1')).toMatchObject({
      confidence: '0.42',
      trigger: 'met; talks',
    });
  });

  it('the Cypher script sets confidence and trigger on the meeting and its relationships', () => {
    const [file] = exportWithReasons('cypher');
    const meetingLine = file!.content.split('\n').find((l) => l.includes('MERGE (n:Meeting'))!;
    expect(meetingLine).toContain("confidence: 0.42, trigger: 'met; talks'");
    const participation = file!.content.split('\n').find((l) => l.includes(':PARTICIPATED_IN'))!;
    expect(participation).toContain("confidence: 0.42, trigger: 'met; talks'");
  });

  it('the snapshot keeps each report’s confidence and trigger', () => {
    const [file] = exportWithReasons('json');
    const snapshot = parseSnapshot(file!.content);
    const meeting = snapshot.meetings.find((m) => m.id === 'meeting-1')!;
    expect(meeting.confidence).toBe(0.42);
    expect(meeting.sources.map((s) => [s.confidence, s.trigger])).toEqual([
      [0.42, 'met'],
      [0.9, 'talks'],
    ]);
  });
});
