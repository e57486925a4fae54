// Every limit of the explorer's queries says what it left out, with the true count, against the real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { writeArticle } from '../../../src-main/core/store/write-article';
import { expandNode } from '../../../src-main/core/store/queries/expand';
import { queryFacets, queryGraph } from '../../../src-main/core/store/queries/graph';
import { listMeetings, loadMeetings } from '../../../src-main/core/store/queries/meetings';
import { readGraphForExport } from '../../../src-main/core/store/export-read';
import { GraphFilterSchema } from '../../../src-main/common/graph';
import { RendezvousError } from '../../../src-main/common/errors';
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

const graph = (input: Record<string, unknown>, meetings?: number) =>
  queryGraph(db, GraphFilterSchema.parse(input), meetings ? { meetings } : {});

describe('limits that say what they left out', () => {
  it('the whole view reports every meeting and entity it holds, with nothing omitted', async () => {
    const g = await graph({ view: 'meetings' });
    const all = await listMeetings(db, { asOf: '2030-01-01' });
    expect(g.coverage?.meetings).toEqual({ shown: all.length, total: all.length });
    expect(g.coverage?.entities).toEqual({ shown: g.nodes.length, total: g.nodes.length });
    expect(g.omitted).toBe(0);
  });

  it('a view cut to fewer meetings and nodes reports the true counts of meetings and entities', async () => {
    const whole = await graph({ view: 'meetings' });
    const total = whole.coverage!.meetings.total;
    expect(total).toBeGreaterThan(2);
    const cut = await graph({ view: 'meetings', limit: 1 }, 2);
    expect(cut.coverage?.meetings).toEqual({ shown: 2, total });
    // The entity count is that of the whole view, though only one node is drawn.
    expect(cut.coverage?.entities).toEqual({ shown: 1, total: whole.nodes.length });
    expect(cut.omitted).toBe(whole.nodes.length - 1);
  });

  it('the people the articles mention are counted in full when the node limit cuts them', async () => {
    const whole = await graph({ view: 'whoMetWhom' });
    const cut = await graph({ view: 'whoMetWhom', limit: 2 }, 1);
    expect(cut.coverage?.mentioned.shown).toBe(2);
    expect(cut.coverage?.mentioned.total).toBe(whole.coverage?.mentioned.total);
    expect(cut.coverage!.mentioned.total).toBeGreaterThan(2);
    expect(cut.coverage?.entities.total).toBe(whole.nodes.length);
    expect(cut.nodes).toHaveLength(2);
  });

  it('a view given a meeting budget is built from that many newest meetings, their links drawn first', async () => {
    const whole = await graph({ view: 'meetings' });
    const cut = await graph({ view: 'meetings', meetings: 2, limit: 12 });
    expect(cut.coverage?.meetings).toEqual({ shown: 2, total: whole.coverage!.meetings.total });
    const drawn = new Set(cut.nodes.map((n) => n.id));
    const meetings = cut.nodes.filter((n) => n.kind === 'meeting');
    expect(meetings).toHaveLength(2);
    // Every node a drawn meeting links to is drawn; people only mentioned fill what is left of the limit.
    for (const e of cut.edges) expect(drawn.has(e.source) && drawn.has(e.target)).toBe(true);
    const linked = new Set(cut.edges.flatMap((e) => [e.source, e.target]));
    expect(linked.size).toBeGreaterThan(2);
    expect(cut.nodes.length).toBeLessThanOrEqual(12);
    expect(cut.coverage?.entities.total).toBe(whole.nodes.length);
  });

  it('a drawn view leaves out the merge reasons that only Details shows', async () => {
    const g = await graph({ view: 'whoMetWhom' });
    expect(g.nodes.length).toBeGreaterThan(0);
    for (const n of g.nodes) expect(n.mergeReasons ?? []).toEqual([]);
  });

  it('expand counts the neighbours it leaves out', async () => {
    const us = await expandNode(db, { id: 'group:united-states', view: 'meetings', limit: 1 });
    const all = await expandNode(db, { id: 'group:united-states', view: 'meetings', limit: 500 });
    expect(all.omitted).toBe(0);
    expect(us.omitted).toBe(all.nodes.length - 2);
  });

  it('facets list the newest articles and say how many there are in all', async () => {
    const f = await queryFacets(db);
    expect(f.articlesTotal).toBe(SEED_FILES.length);
    expect(f.articles).toHaveLength(SEED_FILES.length);
  });

  it('meetings stop at a limit only when asked, keeping the newest', async () => {
    const all = await listMeetings(db, { asOf: '2030-01-01' });
    const two = await listMeetings(db, { asOf: '2030-01-01', limit: 2 });
    expect(two).toHaveLength(2);
    expect(all.length).toBeGreaterThan(2);
  });

  it('the newest meetings under a limit are those of the full list, in its order, undated ones first', async () => {
    const session = db.driver.session({ database: db.database });
    const undated = await session.run(
      `MATCH (m:Meeting) WITH m ORDER BY m.id LIMIT 1
       WITH m, m.dateStart AS start, m.dateEnd AS end SET m.dateStart = null, m.dateEnd = null
       RETURN m.id AS id, start, end`,
    );
    try {
      for (const filter of [{}, { from: '2025-04-01' }, { outlets: ['The Kyiv Independent'] }]) {
        const all = (await loadMeetings(db, filter)).map((m) => m.id);
        expect(all.length).toBeGreaterThanOrEqual(2);
        for (let limit = 1; limit <= all.length + 1; limit++)
          expect((await loadMeetings(db, { ...filter, limit })).map((m) => m.id)).toEqual(
            all.slice(0, limit),
          );
      }
      expect((await loadMeetings(db, { limit: 1 }))[0]?.id).toBe(undated.records[0]!.get('id'));
    } finally {
      const r = undated.records[0]!;
      await session.run('MATCH (m:Meeting {id: $id}) SET m.dateStart = $start, m.dateEnd = $end', {
        id: r.get('id'),
        start: r.get('start'),
        end: r.get('end'),
      });
      await session.close();
    }
  });

  it('an export of a graph larger than it takes is refused with the true size, not cut short', async () => {
    const whole = await readGraphForExport(db, {});
    expect(whole.omitted).toBe(0);
    await expect(readGraphForExport(db, {}, 3)).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof RendezvousError &&
        e.code === 'EXPORT_FAILED' &&
        e.message.includes(`holds ${whole.nodes.length} entities`),
    );
  });
});
