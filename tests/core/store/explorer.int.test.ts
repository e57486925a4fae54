// Edge details, paths through people, counts from the drawing query, filtered expansion, the console and saved
// views, against the real Neo4j on the seeds and the dev corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { ingestDocuments } from '../../../src-main/core/ingest';
import { expandNode } from '../../../src-main/core/store/queries/expand';
import { queryGraph } from '../../../src-main/core/store/queries/graph';
import { findPaths } from '../../../src-main/core/store/queries/path';
import { searchEntities } from '../../../src-main/core/store/queries/search';
import { edgeDetails } from '../../../src-main/core/store/edges';
import { runQuery } from '../../../src-main/core/store/console-graph';
import {
  deleteView,
  listViews,
  openView,
  renameView,
  saveView,
} from '../../../src-main/core/store/saved-views';
import { GraphFilterSchema, graphMethods } from '../../../src-main/common/graph';
import { exploreMethods } from '../../../src-main/common/explore';
import { queryMethods } from '../../../src-main/common/query';
import { resetGraph, testDb } from '../../helpers/db';
import { REPO, ingestSeeds } from '../../helpers/seeds';

const DEV = resolve(REPO, '..', 'shared', 'corpus', 'dev', 'articles');

let db: GraphDb;
beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  expect((await ingestSeeds(db)).errors).toBe(0);
  const dev = readdirSync(DEV).map((name) => ({ name, data: readFileSync(join(DEV, name)) }));
  expect((await ingestDocuments(db, dev, { workers: 0 })).errors).toBe(0);
});
afterAll(async () => {
  await db.close();
});

const idOf = async (text: string) => (await searchEntities(db, { text, limit: 1 }))[0]!.id;

describe('the explorer on the seeds and the dev corpus', () => {
  it('an edge between Dmitriev and Witkoff stands for the White House meeting, with two sources and evidence', async () => {
    const d = await edgeDetails(
      db,
      exploreMethods.edgeDetails.input.parse({
        source: await idOf('Dmitriev'),
        target: await idOf('Witkoff'),
      }),
    );
    expect(d.source.label).toMatch(/Dmitriev/);
    expect(d.target.label).toMatch(/Witkoff/);
    const wh = d.meetings.find((m) => m.place === 'White House');
    expect(wh?.sources.length).toBe(2);
    for (const s of wh!.sources) expect(s.evidence).toMatch(/Dmitriev|Witkoff/);
  });

  it('paths go through people by default, and the next path differs from the first', async () => {
    const input = exploreMethods.paths.input.parse({
      from: await idOf('Lavrov'),
      to: await idOf('Dmitriev'),
    });
    const { paths } = await findPaths(db, input);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      const inner = p.graph.nodes.filter((n) => p.nodeIds.slice(1, -1).includes(n.id));
      for (const n of inner) expect(n.kind).toBe('person');
    }
    // Lavrov met Witkoff in Riyadh; Witkoff met Dmitriev more than once, so the next path is another meeting.
    expect(paths.length).toBeGreaterThan(1);
    const evidence = paths.map((p) => p.meetings.map((m) => m.id).join('>'));
    expect(new Set(evidence).size).toBe(evidence.length);
    const all = await findPaths(db, { ...input, through: 'all' });
    expect(all.paths.length).toBeGreaterThan(0);
  });

  it('status counts come from the drawing query and add up to the meetings drawn', async () => {
    const g = await queryGraph(db, GraphFilterSchema.parse({ view: 'meetings' }));
    const drawn = g.nodes.filter((n) => n.kind === 'meeting').length;
    const counts = g.counts!;
    expect(counts.meetings).toBe(drawn);
    expect(Object.values(counts.statuses).reduce((a, b) => a + b, 0)).toBe(drawn);
    for (const s of ['planned', 'held', 'ongoing', 'cancelled'] as const)
      expect(counts.statuses[s]).toBe(g.nodes.filter((n) => n.kind === 'meeting' && n.status === s).length);
  });

  it('expanding under a date filter adds no meeting outside it', async () => {
    const witkoff = await idOf('Witkoff');
    const filter = { from: '2025-03-01', to: '2025-03-31' };
    const wide = await expandNode(db, graphMethods.expand.input.parse({ id: witkoff, view: 'meetings' }));
    const narrow = await expandNode(
      db,
      graphMethods.expand.input.parse({ id: witkoff, view: 'meetings', filter }),
    );
    const view = await queryGraph(db, GraphFilterSchema.parse({ view: 'meetings', ...filter }));
    const inView = new Set(view.nodes.filter((n) => n.kind === 'meeting').map((n) => n.id));
    const meetings = (g: typeof wide) => g.nodes.filter((n) => n.kind === 'meeting').map((n) => n.id);
    expect(meetings(wide).some((id) => !inView.has(id))).toBe(true);
    expect(meetings(narrow).length).toBeGreaterThan(0);
    for (const id of meetings(narrow)) expect(inView.has(id)).toBe(true);
  });

  it('the Istanbul and Riyadh meetings carry their coordinates', async () => {
    const g = await queryGraph(db, GraphFilterSchema.parse({ view: 'meetings' }));
    const at = (city: string) => g.nodes.find((n) => n.kind === 'meeting' && n.city === city);
    expect(at('Istanbul')?.lat).toBeCloseTo(41, 0);
    expect(at('Riyadh')?.lon).toBeCloseTo(46.7, 0);
  });

  it('the console refuses a write with the reason, and draws the nodes it returns', async () => {
    await expect(runQuery(db, queryMethods.runQuery.input.parse({ cypher: 'CREATE (n)' }))).rejects.toThrow(
      /Refused/,
    );
    const names = await runQuery(
      db,
      queryMethods.runQuery.input.parse({ cypher: 'MATCH (p:Person) RETURN p.name LIMIT 5' }),
    );
    expect(names.columns).toEqual(['p.name']);
    expect(names.rows.length).toBe(5);
    const people = await runQuery(
      db,
      queryMethods.runQuery.input.parse({
        cypher: 'MATCH (p:Person)<-[r:PARTICIPANT]-(m:Meeting) RETURN p, r, m LIMIT 5',
      }),
    );
    expect(people.graph.nodes.some((n) => n.kind === 'person')).toBe(true);
    expect(people.graph.edges.some((e) => e.kind === 'participant')).toBe(true);
  });

  it('a saved view is listed, opened as saved, renamed and deleted', async () => {
    const state = {
      graphView: 'meetings' as const,
      filters: { from: '2025-03-01' },
      layout: 'fcose',
      hidden: ['a'],
      pinned: [],
      selection: [],
      positions: { x: { x: 1, y: 2 } },
      viewport: { zoom: 1, pan: { x: 0, y: 0 } },
      nodeIds: ['x'],
      expansions: [],
    };
    const saved = await saveView(db, { name: 'March', state });
    expect((await listViews(db)).map((v) => v.name)).toContain('March');
    expect((await openView(db, { id: saved.id })).state).toEqual(state);
    await renameView(db, { id: saved.id, name: 'March talks' });
    expect((await listViews(db)).find((v) => v.id === saved.id)?.name).toBe('March talks');
    expect((await deleteView(db, { id: saved.id })).deleted).toBe(true);
    expect((await listViews(db)).find((v) => v.id === saved.id)).toBeUndefined();
  });
});
