// The graph queries against the real Neo4j, on the two seeds (from their gold extraction).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { writeArticle } from '../../../src-main/core/store/write-article';
import { entityDetails } from '../../../src-main/core/store/queries/details';
import { expandNode } from '../../../src-main/core/store/queries/expand';
import { queryFacets, queryGraph } from '../../../src-main/core/store/queries/graph';
import { listMeetings } from '../../../src-main/core/store/queries/meetings';
import { shortestPath } from '../../../src-main/core/store/queries/path';
import { searchEntities } from '../../../src-main/core/store/queries/search';
import { GraphFilterSchema } from '../../../src-main/common/graph';
import { resetGraph, testDb } from '../../helpers/db';
import { SEED_FILES, goldExtraction } from './builders';

let db: GraphDb;
beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  for (const f of SEED_FILES) await writeArticle(db, goldExtraction(f));
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

const graph = (input: Record<string, unknown>) => queryGraph(db, GraphFilterSchema.parse(input));
const idOf = async (text: string) => (await searchEntities(db, { text, limit: 1 }))[0]!.id;

describe('graph queries', () => {
  it('draws who met whom: the people of the story, and a met edge labelled with place and date', async () => {
    const g = await graph({ view: 'whoMetWhom' });
    const labels = g.nodes.map((n) => n.label);
    for (const name of [
      'Dmitry Peskov',
      'Kirill Dmitriev',
      'Steve Witkoff',
      'Tammy Bruce',
      'Volodymyr Zelensky',
    ])
      expect(labels).toContain(name);
    const dw = g.edges.find(
      (e) =>
        e.kind === 'met' &&
        [e.source, e.target].sort().join() === 'person:kirill-dmitriev,person:steve-witkoff',
    );
    expect(dw?.label).toBe('White House, 2025-03-31');
    const sides = g.edges.find(
      (e) => e.kind === 'met' && e.source.startsWith('group:') && e.target.startsWith('group:'),
    );
    expect(sides?.label).toBe('5 meetings');
    expect(g.nodes.every((n) => n.kind !== 'meeting')).toBe(true);
  });

  it('draws meetings as nodes linked to participants, place and topic, with the status known on a date', async () => {
    const g = await graph({ view: 'meetings', asOf: '2025-04-09' });
    const istanbul = g.nodes.find((n) => n.kind === 'meeting' && n.date === '2025-04-10');
    expect(istanbul?.status).toBe('planned');
    const later = await graph({ view: 'meetings' });
    expect(later.nodes.find((n) => n.id === istanbul!.id)?.status).toBe('held');
    const kinds = new Set(later.edges.filter((e) => e.source === istanbul!.id).map((e) => e.kind));
    expect(kinds).toEqual(new Set(['participant', 'at', 'about', 'announced']));
  });

  it('filters by status and date range', async () => {
    const planned = await graph({ view: 'meetings', statuses: ['ongoing'] });
    expect(planned.nodes.filter((n) => n.kind === 'meeting').map((n) => n.status)).toEqual(['ongoing']);
    const april = await listMeetings(db, { from: '2025-04-01', to: '2025-04-30' });
    expect(april.map((m) => m.date).sort()).toEqual(['2025-03-31', '2025-04-10']);
  });

  it('finds people by name and alias through the full-text index, and survives hostile search text', async () => {
    const hits = await searchEntities(db, { text: 'Witk', limit: 5 });
    expect(hits[0]).toMatchObject({ id: 'person:steve-witkoff', kind: 'person', label: 'Steve Witkoff' });
    expect((await searchEntities(db, { text: 'dmitriev', limit: 5 }))[0]!.label).toBe('Kirill Dmitriev');
    expect(await searchEntities(db, { text: "x'}) DETACH DELETE n // ~*? AND NOT OR", limit: 5 })).toEqual(
      [],
    );
  });

  it('expands a node up to a limit and counts the rest', async () => {
    const us = await expandNode(db, { id: 'group:united-states', view: 'meetings', limit: 2 });
    expect(us.nodes).toHaveLength(3);
    expect(us.omitted).toBeGreaterThan(0);
    const witkoff = await expandNode(db, { id: 'person:steve-witkoff', view: 'whoMetWhom', limit: 25 });
    expect(witkoff.nodes.map((n) => n.id)).toContain('person:kirill-dmitriev');
    expect(witkoff.edges.find((e) => e.target === 'person:kirill-dmitriev')?.kind).toBe('met');
  });

  it('finds the shortest path from Bruce to Dmitriev, with the meeting along it', async () => {
    const p = await shortestPath(db, {
      from: await idOf('Bruce'),
      to: await idOf('Dmitriev'),
      view: 'whoMetWhom',
    });
    expect(p.found).toBe(true);
    expect(p.nodeIds[0]).toBe('person:tammy-bruce');
    expect(p.nodeIds[p.nodeIds.length - 1]).toBe('person:kirill-dmitriev');
    expect(p.meetings.length).toBeGreaterThan(0);
    expect(p.graph.edges).toHaveLength(p.nodeIds.length - 1);
  });

  it('finds the path from an entity to itself: the entity alone, in either view', async () => {
    const bruce = await idOf('Bruce');
    for (const view of ['whoMetWhom', 'meetings'] as const) {
      const p = await shortestPath(db, { from: bruce, to: bruce, view });
      expect(p.found).toBe(true);
      expect(p.nodeIds).toEqual([bruce]);
      expect(p.graph.nodes.map((n) => n.id)).toEqual([bruce]);
      expect(p.graph.nodes[0]!.label).toBe('Tammy Bruce');
      expect(p.edgeIds).toEqual([]);
      expect(p.graph.edges).toEqual([]);
      expect(p.meetings).toEqual([]);
    }
  });

  it('finds no path from an id of a known kind that names no entity to itself', async () => {
    const p = await shortestPath(db, {
      from: 'person:nobody-here',
      to: 'person:nobody-here',
      view: 'whoMetWhom',
    });
    expect(p.found).toBe(false);
    expect(p.nodeIds).toEqual([]);
  });

  it("gives an entity's details with each meeting's sources and evidence, and why the person was merged", async () => {
    const d = await entityDetails(db, { id: 'person:steve-witkoff' });
    expect(d.node.roles).toEqual(['special envoy to the Middle East']);
    const wh = d.meetings.find((m) => m.place === 'White House')!;
    expect(wh.participants).toEqual(['Kirill Dmitriev', 'Steve Witkoff']);
    expect(wh.sources).toHaveLength(2);
    for (const s of wh.sources) expect(s.evidence).toMatch(/Witkoff/);
    expect(d.articles).toHaveLength(2);
    expect(d.mergeReasons[0]).toMatch(/same full name/);
    await expect(entityDetails(db, { id: 'person:nobody' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(entityDetails(db, { id: 'nonsense' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('offers outlets, articles, a timeline and counts for the filters', async () => {
    const f = await queryFacets(db, {});
    expect(f.outlets).toEqual([{ name: 'The Kyiv Independent', count: 2 }]);
    expect(f.articles).toHaveLength(2);
    expect(f.counts.meeting).toBe(5);
    expect(f.counts.person).toBe(7);
    expect(f.timeline.find((t) => t.date === '2025-04-10')).toMatchObject({ status: 'held', count: 1 });
  });
});
