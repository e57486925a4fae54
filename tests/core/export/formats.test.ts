import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../../src-main/core/export/render';
import { edgeStyle } from '../../../src-main/common/look';
import { csvCell, cypherString, xmlEscape } from '../../../src-main/core/export/text';
import { CONTROL_STRIPPED, HOSTILE, python, sampleMeetingsGraph } from './sample-graph';

const dir = mkdtempSync(join(tmpdir(), 'rendezvous-export-'));
const fixed = new Date('2025-04-20T12:00:00Z');

function exportTo(format: 'graphml' | 'gexf' | 'csv' | 'cypher' | 'json') {
  const { graph, meetings } = sampleMeetingsGraph();
  const result = renderExport(format, { graph, meetings, scope: 'view', createdAt: fixed });
  const paths = result.files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.content, 'utf8');
    return path;
  });
  return { result, paths };
}

type NxGraph = {
  nodes: number;
  edges: number;
  node: Record<string, Record<string, unknown>>;
  edge: Record<string, unknown>[];
};

const NX_DUMP = `
import json, sys, networkx as nx
path, kind = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if kind == 'graphml' else nx.read_gexf(path, version='1.3')
print(json.dumps({
  'nodes': g.number_of_nodes(),
  'edges': g.number_of_edges(),
  'node': {n: d for n, d in g.nodes(data=True)},
  'edge': [dict(d, _s=u, _t=v) for u, v, d in g.edges(data=True)],
}, ensure_ascii=True))
`;

const XML_SCAN = `
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
tags = sorted({el.tag.split('}')[-1] for el in root.iter()})
texts = [el.text for el in root.iter() if el.text] + [v for el in root.iter() for v in el.attrib.values()]
print(json.dumps({'tags': tags, 'texts': texts}))
`;

describe('GraphML export', () => {
  it('networkx reads it with every node, edge and typed attribute', () => {
    const { paths } = exportTo('graphml');
    const g = python<NxGraph>(NX_DUMP, paths[0]!, 'graphml');
    expect(g.nodes).toBe(9);
    expect(g.edges).toBe(7);
    const dmitriev = g.node['person-dmitriev']!;
    expect(dmitriev).toMatchObject({
      label: 'Kirill Dmitriev',
      type: 'person',
      meeting_count: 1,
      affiliations: 'Russia',
    });
    expect(dmitriev.aliases).toBe(`Dmitriev; ${HOSTILE.at}`);
    expect(dmitriev.roles).toBe(HOSTILE.plus);
    const meeting = g.node['meeting-1']!;
    expect(meeting).toMatchObject({
      type: 'meeting',
      date: '2025-04-02',
      status: 'held',
      topic: HOSTILE.cypher,
      source_count: 2,
    });
    expect(meeting.sources).toContain('https://kyivindependent.com/story-1?a=1&b=2');
    expect(meeting.evidence).toContain(HOSTILE.script);
    const edge = g.edge.find((e) => e.id === 'e2')!;
    expect(edge).toMatchObject({
      relation: 'participant',
      role: 'host',
      label: HOSTILE.formula,
      date: '2025-04-02',
      status: 'held',
      weight: 1,
    });
  });

  it('hostile labels come through literally, except control characters XML cannot hold', () => {
    const { paths } = exportTo('graphml');
    const g = python<NxGraph>(NX_DUMP, paths[0]!, 'graphml');
    const labels = Object.values(g.node).map((d) => d.label);
    for (const label of [
      HOSTILE.script,
      HOSTILE.markup,
      HOSTILE.cypher,
      HOSTILE.astral,
      HOSTILE.rtl,
      HOSTILE.backslash,
    ])
      expect(labels).toContain(label);
    expect(labels).toContain(CONTROL_STRIPPED);
    expect(g.node['person-rtl']!.aliases).toBe(HOSTILE.combining);
    expect(g.node['group-<&">']!.label).toBe(HOSTILE.markup);
  });

  it('is well-formed XML with no script element', () => {
    const { paths } = exportTo('graphml');
    const scan = python<{ tags: string[]; texts: string[] }>(XML_SCAN, paths[0]!);
    expect(scan.tags).not.toContain('script');
    expect(scan.tags).toEqual(expect.arrayContaining(['graphml', 'key', 'graph', 'node', 'edge', 'data']));
    expect(scan.texts).toContain(HOSTILE.script);
  });
});

describe('GEXF export', () => {
  it('networkx reads GEXF 1.3 with every node, edge and typed attribute', () => {
    const { paths, result } = exportTo('gexf');
    expect(result.files[0]!.content).toContain('version="1.3"');
    const g = python<NxGraph>(NX_DUMP, paths[0]!, 'gexf');
    expect(g.nodes).toBe(9);
    expect(g.edges).toBe(7);
    expect(g.node['person-dmitriev']).toMatchObject({
      label: 'Kirill Dmitriev',
      type: 'person',
      meeting_count: 1,
    });
    expect(g.node['meeting-2']).toMatchObject({
      label: CONTROL_STRIPPED,
      status: 'planned',
      date: '2025-04',
      date_precision: 'month',
    });
    expect(g.node['meeting-1']!.sources).toContain('The Kyiv Independent');
    const edge = g.edge.find((e) => e.id === 'e6')!;
    expect(edge).toMatchObject({ relation: 'participant', label: HOSTILE.rtl, status: 'planned', weight: 1 });
  });

  it('is well-formed XML with no script element and keeps any Unicode', () => {
    const { paths } = exportTo('gexf');
    const scan = python<{ tags: string[]; texts: string[] }>(XML_SCAN, paths[0]!);
    expect(scan.tags).not.toContain('script');
    for (const label of [HOSTILE.script, HOSTILE.astral, HOSTILE.rtl, HOSTILE.combining, HOSTILE.newline])
      expect(scan.texts.some((t) => t.includes(label))).toBe(true);
  });

  it('writes node positions as viz:position when the view state has them', () => {
    const { graph, meetings } = sampleMeetingsGraph();
    const result = renderExport('gexf', {
      graph,
      meetings,
      scope: 'view',
      state: { view: 'meetings', positions: { 'person-dmitriev': { x: 12.5, y: -40 } } },
    });
    expect(result.files[0]!.content).toContain('<viz:position x="12.5" y="40" z="0"/>');
  });
});

describe('CSV export', () => {
  const CSV_DUMP = `
import csv, json, sys
out = {}
for path in sys.argv[1:]:
    with open(path, newline='', encoding='utf-8') as f:
        out[path.split('/')[-1]] = list(csv.DictReader(f, strict=True))
print(json.dumps(out))
`;

  it("Python's csv module reads nodes.csv and edges.csv row for row", () => {
    const { paths, result } = exportTo('csv');
    expect(result.files.map((f) => f.name)).toEqual(['nodes.csv', 'edges.csv']);
    const tables = python<Record<string, Record<string, string>[]>>(CSV_DUMP, ...paths);
    expect(tables['nodes.csv']).toHaveLength(9);
    expect(tables['edges.csv']).toHaveLength(7);
    const dmitriev = tables['nodes.csv']!.find((r) => r.id === 'person-dmitriev')!;
    expect(dmitriev).toMatchObject({ label: 'Kirill Dmitriev', type: 'person', meeting_count: '1' });
    const edge = tables['edges.csv']!.find((r) => r.id === 'e1')!;
    expect(edge).toMatchObject({
      source: 'person-dmitriev',
      target: 'meeting-1',
      type: 'Directed',
      relation: 'participant',
    });
    expect(tables['nodes.csv']!.find((r) => r.id === 'meeting-1')!.evidence).toContain(HOSTILE.newline);
  });

  it('neutralises cells that start with =, +, - or @ and keeps the rest literal', () => {
    const { paths } = exportTo('csv');
    const tables = python<Record<string, Record<string, string>[]>>(CSV_DUMP, ...paths);
    const nodes = tables['nodes.csv']!;
    expect(nodes.find((r) => r.id === 'person-dmitriev')!.roles).toBe(`'${HOSTILE.plus}`);
    expect(nodes.find((r) => r.id === 'person-script')!.roles).toBe(`'${HOSTILE.minus}`);
    expect(nodes.find((r) => r.id === 'person-dmitriev')!.aliases).toBe(`Dmitriev; ${HOSTILE.at}`);
    expect(tables['edges.csv']!.find((r) => r.id === 'e2')!.label).toBe(`'${HOSTILE.formula}`);
    for (const label of [HOSTILE.script, HOSTILE.markup, HOSTILE.astral, HOSTILE.rtl, HOSTILE.cypher])
      expect(nodes.map((r) => r.label)).toContain(label);
    for (const row of [...nodes, ...tables['edges.csv']!])
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('quotes cells per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-1,2')).toBe(`"'-1,2"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell('lone \uD800 surrogate')).toBe('lone  surrogate');
  });
});

describe('text escaping', () => {
  it('XML escaping leaves no markup and drops characters XML 1.0 forbids', () => {
    expect(xmlEscape(`<script>"x" & 'y'</script>`)).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/script&gt;',
    );
    expect(xmlEscape('a\u0000b\u0008c\uFFFEd\uD800e')).toBe('abcde');
    expect(xmlEscape('😀 עברית e\u0301')).toBe('😀 עברית e\u0301');
  });

  it('Cypher string literals escape quotes, backslashes and control characters', () => {
    expect(cypherString(HOSTILE.cypher)).toBe(`'x\\'}) DETACH DELETE n //'`);
    expect(cypherString('a\\b')).toBe(`'a\\\\b'`);
    expect(cypherString('line\nnext\u0001')).toBe(`'line\\nnext\\u0001'`);
    expect(cypherString('😀')).toBe(`'😀'`);
  });
});

describe('Cypher export', () => {
  it('has one statement per line, labels and types from the closed lists only', () => {
    const { result } = exportTo('cypher');
    const statements = result.files[0]!.content.split('\n').filter((l) => l && !l.startsWith('//'));
    for (const s of statements) expect(s.endsWith(';')).toBe(true);
    const labels = new Set([...result.files[0]!.content.matchAll(/\((?:n|a|b):(\w+)/g)].map((m) => m[1]));
    expect([...labels].sort()).toEqual(['Group', 'Meeting', 'Person', 'Place', 'Topic']);
    const types = new Set([...result.files[0]!.content.matchAll(/\[r:(\w+)/g)].map((m) => m[1]));
    expect([...types].sort()).toEqual(['ABOUT', 'AT', 'PARTICIPATED_IN']);
  });
});

describe('a who-met-whom view', () => {
  it('keeps met pairs and affiliations apart by relation, and networkx reads both', () => {
    const graph = {
      omitted: 0,
      nodes: [
        { id: 'p1', kind: 'person' as const, label: 'Kirill Dmitriev', meetingCount: 1 },
        { id: 'p2', kind: 'person' as const, label: 'Steve Witkoff', meetingCount: 1 },
        { id: 'g1', kind: 'group' as const, label: 'Russia', meetingCount: 0 },
      ],
      edges: [
        {
          id: 'met:p1|p2',
          source: 'p1',
          target: 'p2',
          kind: 'met' as const,
          label: 'White House, 2025-04-02',
          meetingIds: ['meeting-1'],
          status: 'held' as const,
        },
        {
          id: 'affiliated:p1|g1',
          source: 'p1',
          target: 'g1',
          kind: 'affiliated' as const,
          label: null,
          meetingIds: [],
        },
      ],
    };
    const { meetings } = sampleMeetingsGraph();
    for (const format of ['graphml', 'gexf'] as const) {
      const result = renderExport(format, { graph, meetings, scope: 'view' });
      const path = join(dir, `who.${format}`);
      writeFileSync(path, result.files[0]!.content);
      const g = python<NxGraph>(NX_DUMP, path, format);
      expect(g.nodes).toBe(3);
      expect(g.edges).toBe(2);
      expect(g.edge.find((e) => e.relation === 'met')).toMatchObject({
        status: 'held',
        date: '2025-04-02',
        source_count: 2,
      });
      expect(g.edge.find((e) => e.relation === 'affiliated')).toBeTruthy();
    }
    const csv = renderExport('csv', { graph, meetings, scope: 'view' }).files[1]!.content;
    expect(csv).toContain('met:p1|p2,p1,p2,Undirected,');
    expect(csv).toContain('affiliated:p1|g1,p1,g1,Directed,');
    const cypher = renderExport('cypher', { graph, meetings, scope: 'view' }).files[0]!.content;
    expect(cypher).toContain('[r:MET {id: row.props.id}]');
    expect(cypher).toContain('[r:AFFILIATED_WITH {id: row.props.id}]');
  });
});

describe('how exports look in yEd and Gephi', () => {
  it('GraphML carries yEd graphics: label, colour and shape by kind, and the view positions', () => {
    const { graph, meetings } = sampleMeetingsGraph();
    const result = renderExport('graphml', {
      graph,
      meetings,
      scope: 'view',
      state: { view: 'meetings', positions: { 'person-dmitriev': { x: 100, y: 50 } } },
    });
    const path = join(dir, 'yed.graphml');
    writeFileSync(path, result.files[0]!.content);
    const nodes = python<
      Record<string, { fill: string; shape: string; label: string; x: string; y: string }>
    >(
      `
import json, sys, xml.etree.ElementTree as ET
ns = {'g': 'http://graphml.graphdrawing.org/xmlns', 'y': 'http://www.yworks.com/xml/graphml'}
out = {}
for node in ET.parse(sys.argv[1]).getroot().iter('{http://graphml.graphdrawing.org/xmlns}node'):
    shape = node.find('g:data/y:ShapeNode', ns)
    geo = shape.find('y:Geometry', ns)
    out[node.get('id')] = {'fill': shape.find('y:Fill', ns).get('color'), 'shape': shape.find('y:Shape', ns).get('type'),
      'label': shape.find('y:NodeLabel', ns).text, 'x': geo.get('x'), 'y': geo.get('y')}
print(json.dumps(out))`,
      path,
    );
    expect(nodes['person-dmitriev']).toMatchObject({
      fill: '#2f6fdb',
      shape: 'ellipse',
      label: 'Kirill Dmitriev',
      // One meeting: 37 px across, as the explorer draws it, centred on the view position.
      x: '81.5',
      y: '31.5',
    });
    expect(nodes['meeting-1']).toMatchObject({ fill: '#e07a1f', shape: 'octagon', label: HOSTILE.backslash });
    expect(nodes['person-script']!.label).toBe(HOSTILE.script);
    expect(new Set(Object.values(nodes).map((n) => `${n.x},${n.y}`)).size).toBe(graph.nodes.length);
  });

  it('GraphML labels and lines follow the explorer: its font sizes, and its line style and colour by edge kind', () => {
    const { graph, meetings } = sampleMeetingsGraph();
    const xml = renderExport('graphml', { graph, meetings, scope: 'view' }).files[0]!.content;
    expect(xml).toMatch(/<node id="person-dmitriev">[^]*?<y:NodeLabel [^>]*fontSize="13"/);
    expect(xml).toMatch(/<node id="meeting-1">[^]*?<y:NodeLabel [^>]*fontSize="11"/);
    expect(new Set(graph.edges.map((e) => edgeStyle(e).line)).size).toBeGreaterThan(1);
    for (const e of graph.edges) {
      const look = edgeStyle(e);
      const type = { solid: 'line', dashed: 'dashed', dotted: 'dotted' }[look.line];
      expect(xml).toMatch(
        new RegExp(`<edge id="${e.id}" [^]*?<y:LineStyle color="${look.color}" type="${type}"`),
      );
    }
  });

  it('GEXF carries Gephi colours and sizes by kind', () => {
    const { graph, meetings } = sampleMeetingsGraph();
    const gexf = renderExport('gexf', { graph, meetings, scope: 'view' }).files[0]!.content;
    expect(gexf).toMatch(
      /<node id="person-dmitriev"[^]*?<viz:color r="47" g="111" b="219"\/>[^]*?<viz:size value="37"\/>/,
    );
  });
});
