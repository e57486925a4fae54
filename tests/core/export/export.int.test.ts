import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../../src-main/common/export';
import { ExportRequestSchema } from '../../../src-main/common/export';
import type { GraphData } from '../../../src-main/common/graph';
import type { Snapshot } from '../../../src-main/common/snapshot';
import { parseSnapshot } from '../../../src-main/common/snapshot';
import { renderExport } from '../../../src-main/core/export/render';
import { exportEvidence, exportGraph, loadSnapshot } from '../../../src-main/core/export/service';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { countGraph } from '../../../src-main/core/store/export-read';
import { runExportedCypher } from '../../../src-main/core/store/snapshot-load';
import { writeArticle } from '../../../src-main/core/store/write-article';
import { resetGraph, testDb, testEnv } from '../../helpers/db';
import { SEED_FILES, goldExtraction } from '../store/builders';
import { HOSTILE, python, sampleMeetingsGraph } from './sample-graph';

let db: GraphDb;
const out = mkdtempSync(join(tmpdir(), 'rendezvous-export-int-'));

const request = (r: ExportRequest) => ExportRequestSchema.parse(r);

async function ingestSeeds(): Promise<void> {
  await resetGraph(db);
  for (const file of SEED_FILES) await writeArticle(db, goldExtraction(file));
}

/** A graph reduced to what survives any reload: node kinds and labels, edges by their ends' labels. */
function shape(graph: GraphData) {
  const label = new Map(graph.nodes.map((n) => [n.id, `${n.kind}:${n.label}`]));
  return {
    nodes: graph.nodes.map((n) => `${n.kind}:${n.label}`).sort(),
    edges: graph.edges
      .map((e) => {
        const ends = [label.get(e.source), label.get(e.target)];
        if (e.kind === 'met') ends.sort();
        return `${ends[0]} -${e.kind}-> ${ends[1]}`;
      })
      .sort(),
  };
}

/** Meetings reduced the same way: parties, place, date, status, topic and each source's article and evidence. */
function meetingShape(snapshot: Snapshot) {
  return snapshot.meetings
    .map((m) =>
      JSON.stringify({
        parties: [...m.participants, ...m.participant_groups].sort(),
        place: m.place,
        city: m.city,
        date: m.date,
        precision: m.date_precision,
        status: m.status,
        topic: m.topic,
        history: m.status_history.map((h) => [h.status, h.reported, h.articleId]),
        sources: m.sources.map((s) => [s.articleId, s.outlet, s.title, s.published, s.status, s.evidence]),
      }),
    )
    .sort();
}

beforeAll(async () => {
  db = await testDb();
});

afterAll(async () => {
  await db?.close();
});

describe('exports of the stored graph', () => {
  it('the Cypher script of the seeds, run in an empty Neo4j, gives the same node and relationship counts', async () => {
    await ingestSeeds();
    const result = await exportGraph(db, request({ format: 'cypher', scope: 'all' }));
    expect(result.nodes).toBeGreaterThan(10);
    await resetGraph(db);
    expect(await countGraph(db)).toEqual({ nodes: 0, relationships: 0 });
    await runExportedCypher(db, result.files[0]!.content, 'rendezvous.cypher');
    expect(await countGraph(db)).toEqual({ nodes: result.nodes, relationships: result.edges });
    await runExportedCypher(db, result.files[0]!.content, 'rendezvous.cypher');
    expect(await countGraph(db)).toEqual({ nodes: result.nodes, relationships: result.edges });
  });

  it('the Cypher script stores hostile labels literally', async () => {
    await resetGraph(db);
    const { graph, meetings } = sampleMeetingsGraph();
    const script = renderExport('cypher', { graph, meetings, scope: 'view' }).files[0]!.content;
    await runExportedCypher(db, script);
    expect(await countGraph(db)).toEqual({ nodes: graph.nodes.length, relationships: graph.edges.length });
    const rows = await db.driver.executeQuery(
      'MATCH (n) RETURN n.id AS id, n.name AS name',
      {},
      { database: db.database },
    );
    const names = new Map(rows.records.map((r) => [r.get('id') as string, r.get('name') as string]));
    expect(names.get('person-script')).toBe(HOSTILE.script);
    expect(names.get('topic-1')).toBe(HOSTILE.cypher);
    expect(names.get('person-astral')).toBe(HOSTILE.astral);
    expect(names.get('person-rtl')).toBe(HOSTILE.rtl);
    expect(names.get('meeting-1')).toBe(HOSTILE.backslash);
    expect(names.get('meeting-2')).toBe(HOSTILE.control);
    expect(names.get('group-<&">')).toBe(HOSTILE.markup);
  });

  it('a script that is not the exporter’s is refused before anything runs', async () => {
    await resetGraph(db);
    await expect(runExportedCypher(db, 'MATCH (n) DETACH DELETE n;', 'evil.cypher')).rejects.toThrow(
      /evil\.cypher, statement 1: not a statement the Rendezvous exporter writes/,
    );
  });

  it('GraphML and GEXF of the seeds are read by networkx with the stored counts and attributes', async () => {
    await ingestSeeds();
    for (const format of ['graphml', 'gexf'] as const) {
      const result = await exportGraph(db, request({ format, scope: 'all' }));
      const path = join(out, result.files[0]!.name);
      writeFileSync(path, result.files[0]!.content);
      const g = python<{ nodes: number; edges: number; people: string[]; statuses: string[] }>(
        `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1]) if sys.argv[2] == 'graphml' else nx.read_gexf(sys.argv[1], version='1.3')
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
  'people': sorted(d.get('label', '') for _, d in g.nodes(data=True) if d.get('type') == 'person'),
  'statuses': sorted({d.get('status') for _, d in g.nodes(data=True) if d.get('type') == 'meeting'})}))`,
        path,
        format,
      );
      expect(g.nodes).toBe(result.nodes);
      expect(g.edges).toBe(result.edges);
      for (const surname of ['Peskov', 'Dmitriev', 'Witkoff', 'Bruce', 'Zelensky'])
        expect(g.people.some((p) => p.includes(surname))).toBe(true);
      expect(g.statuses).toContain('held');
    }
  });

  it('a view export carries the evidence of the view’s meetings', async () => {
    await ingestSeeds();
    const all = await exportGraph(db, request({ format: 'json', scope: 'all' }));
    const snapshot = parseSnapshot(all.files[0]!.content);
    const meetingNode = snapshot.elements.nodes.find((n) => n.kind === 'meeting')!;
    const view: GraphData = { nodes: [meetingNode], edges: [], omitted: 0 };
    const viewExport = await exportGraph(db, request({ format: 'graphml', scope: 'view', graph: view }));
    expect(viewExport.nodes).toBe(1);
    const evidence = await exportEvidence(db, { meetingIds: [meetingNode.id] });
    expect(evidence).toHaveLength(1);
    expect(evidence[0]!.sources.length).toBeGreaterThan(0);
    expect(viewExport.files[0]!.content).toContain('attr.name="evidence"');
  });
});

describe('snapshot round trip', () => {
  it('snapshot → load into an empty Neo4j → export again gives the same graph and evidence', async () => {
    await ingestSeeds();
    const first = parseSnapshot(
      (await exportGraph(db, request({ format: 'json', scope: 'all' }))).files[0]!.content,
    );
    expect(first.meetings.length).toBeGreaterThan(2);
    await resetGraph(db);
    const loaded = await loadSnapshot(db, { snapshot: first });
    expect(loaded.articles).toBe(2);
    expect(loaded.nodes).toBeGreaterThan(0);
    const second = parseSnapshot(
      (await exportGraph(db, request({ format: 'json', scope: 'all' }))).files[0]!.content,
    );
    expect(shape(second.elements)).toEqual(shape(first.elements));
    expect(meetingShape(second)).toEqual(meetingShape(first));
    const again = await loadSnapshot(db, { snapshot: first });
    expect(again).toMatchObject({ nodes: 0, relationships: 0, articles: 0 });
  });

  it('a who-met-whom snapshot loads into Neo4j and gives the same pairs back', async () => {
    await ingestSeeds();
    const req = request({ format: 'json', scope: 'all', filter: { view: 'whoMetWhom' } });
    const first = parseSnapshot((await exportGraph(db, req)).files[0]!.content);
    await resetGraph(db);
    await loadSnapshot(db, { snapshot: first });
    const second = parseSnapshot((await exportGraph(db, req)).files[0]!.content);
    expect(shape(second.elements).edges.filter((e) => e.includes('-met->'))).toEqual(
      shape(first.elements).edges.filter((e) => e.includes('-met->')),
    );
  });
});

describe('rendezvous export', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/rendezvous.mjs', 'export', ...args], {
      encoding: 'utf8',
      env: testEnv(),
    });

  it('writes every format from the command line, CSV into a folder', async () => {
    await ingestSeeds();
    for (const format of ['json', 'graphml', 'gexf', 'cypher'] as const) {
      const path = join(out, `cli.${format}`);
      const run = cli('--format', format, '--out', path);
      expect(run.stderr).not.toMatch(/Error|failed/);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Exported \d+ nodes and \d+ edges as /);
      expect(readFileSync(path, 'utf8').length).toBeGreaterThan(100);
    }
    const folder = join(out, 'cli-csv');
    expect(cli('--format', 'csv', '--out', folder).status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const rows = python<number[]>(
      `import csv, json, sys
print(json.dumps([len(list(csv.DictReader(open(p, newline='', encoding='utf-8')))) for p in sys.argv[1:]]))`,
      join(folder, 'nodes.csv'),
      join(folder, 'edges.csv'),
    );
    expect(rows[0]).toBeGreaterThan(10);
    expect(rows[1]).toBeGreaterThan(10);
  });

  it('--status, --from and --to narrow the export', async () => {
    await ingestSeeds();
    const meetingsIn = (path: string) =>
      parseSnapshot(readFileSync(path, 'utf8')).meetings.map((m) => ({
        status: m.status,
        date: m.date,
        precision: m.date_precision,
      }));
    expect(cli('--format', 'json', '--out', join(out, 'all.json')).status).toBe(0);
    expect(cli('--format', 'json', '--out', join(out, 'planned.json'), '--status', 'planned').status).toBe(0);
    expect(
      cli('--format', 'json', '--out', join(out, 'april.json'), '--from', '2025-04-01', '--to', '2025-04-30')
        .status,
    ).toBe(0);
    const all = meetingsIn(join(out, 'all.json'));
    const planned = meetingsIn(join(out, 'planned.json'));
    const april = meetingsIn(join(out, 'april.json'));
    expect(planned.length).toBeLessThan(all.length);
    expect(planned.every((m) => m.status === 'planned')).toBe(true);
    expect(april.length).toBeLessThan(all.length);
    // A meeting dated to a week that overlaps April is in April at its precision.
    const outside = april.filter(
      (m) => m.date && !m.date.startsWith('2025-04') && !(m.precision === 'week' && m.date >= '2025-03-26'),
    );
    expect(outside).toEqual([]);
  });

  it('a bad format or an unwritable path fails with a reason and leaves no file', async () => {
    const bad = cli('--format', 'xlsx', '--out', join(out, 'x.xlsx'));
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('one of json, graphml, gexf, csv, cypher');
    const missing = join(out, 'no-such-folder', 'graph.graphml');
    const run = cli('--format', 'graphml', '--out', missing);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Could not write ${missing}: the folder does not exist`);
  });
});
