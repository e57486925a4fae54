// "As known on" a day before a merge, split or removal, against the real Neo4j: the graph and one person's
// Details as they were then, every later correction left out, and as they are now with all of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../../src-main/common/graph';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { ingestDocuments } from '../../../src-main/core/ingest';
import { findPeople, mergePeople } from '../../../src-main/core/store/curation';
import {
  mergeMeetings,
  removePerson,
  splitMeeting,
  splitPerson,
} from '../../../src-main/core/store/curation-entities';
import { entityDetails } from '../../../src-main/core/store/queries/details';
import { queryGraph } from '../../../src-main/core/store/queries/graph';
import { listMeetings } from '../../../src-main/core/store/queries/meetings';
import { curationArticle } from '../../helpers/curation-articles';
import { resetGraph, testDb } from '../../helpers/db';

// Every article is of 2025 and every correction is made today, so on this day none had been made.
const BEFORE = '2026-01-01';
let db: GraphDb;

const byCity = (all: MeetingRecord[], city: string) => all.filter((m) => (m.city ?? m.place) === city);
const person = async (name: string) => (await findPeople(db, name))[0]!.id;

beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  await ingestDocuments(
    db,
    ['riyadh.txt', 'moscow.txt', 'moscow-again.txt', 'geneva.txt'].map(curationArticle),
    { workers: 0 },
  );
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

describe('as known on a day before a merge, split or removal', () => {
  it('shows the graph as it was before every later one, and as it is now with all of them', async () => {
    const before = await listMeetings(db, { asOf: BEFORE });
    const moscow = byCity(before, 'Moscow');
    expect(moscow).toHaveLength(1);
    expect(moscow[0]!.sources).toHaveLength(2);
    const riyadh = byCity(before, 'Riyadh')[0]!;
    const geneva = byCity(before, 'Geneva')[0]!;
    const yuri = await person('Yuri Ushakov');
    const yura = await person('Yura Ushakov');
    const lavrov = await person('Sergei Lavrov');
    const witkoff = await person('Steve Witkoff');
    const articleOf = (m: MeetingRecord, outletWord: string) =>
      m.sources.find((s) => (s.title ?? '').includes(outletWord))!.articleId;

    await mergePeople(db, { keep: yuri, drop: yura, reason: 'the same aide' });
    await splitMeeting(db, {
      id: moscow[0]!.id,
      reports: [articleOf(moscow[0]!, 'held talks')],
      reason: 'two rounds of talks',
    });
    await mergeMeetings(db, { keep: riyadh.id, drop: geneva.id, reason: 'one round of talks' });
    await splitPerson(db, {
      id: lavrov,
      mentions: [articleOf(geneva, 'Geneva')],
      name: 'Sergei Lavrov (Geneva)',
      reason: 'a namesake',
    });
    await removePerson(db, { id: witkoff, reason: 'kept out' });

    // Now: every correction holds.
    const now = await listMeetings(db, {});
    expect(byCity(now, 'Moscow')).toHaveLength(2);
    expect(now.map((m) => m.id)).not.toContain(geneva.id);
    const merged = now.find((m) => m.id === riyadh.id)!;
    expect(merged.sources).toHaveLength(2);
    expect(merged.participants).toEqual(
      expect.arrayContaining(['Yuri Ushakov', 'Sergei Lavrov', 'Sergei Lavrov (Geneva)']),
    );
    expect(now.flatMap((m) => m.participants)).not.toContain('Yura Ushakov');
    expect(now.flatMap((m) => m.participants)).not.toContain('Steve Witkoff');

    // As known before: the meetings and people as extraction found them.
    const then = await listMeetings(db, { asOf: BEFORE });
    const strip = (ms: MeetingRecord[]) =>
      ms
        .map((m) => ({ id: m.id, participants: m.participants, sources: m.sources.map((s) => s.articleId) }))
        .sort((a, b) => a.id.localeCompare(b.id));
    expect(strip(then)).toEqual(strip(before));
    expect(then.find((m) => m.id === riyadh.id)!.participants).toContain('Yura Ushakov');
    expect(then.find((m) => m.id === geneva.id)!.participants).toEqual(['Marco Rubio', 'Sergei Lavrov']);
    expect(byCity(then, 'Moscow')[0]!.participants).toContain('Steve Witkoff');

    // The drawn graph follows: the merged-away and the removed person are nodes again.
    const graph = await queryGraph(db, { view: 'meetings', asOf: BEFORE });
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([yura, yuri, witkoff, geneva.id]));
    const today = await queryGraph(db, { view: 'meetings' });
    expect(today.nodes.map((n) => n.id)).not.toContain(yura);

    // So does one person's Details: the merged-away and the removed one as they were, the kept one
    // without the meetings, mentions and names the merge brought it, the split one with all its mentions.
    const riyadhArticle = riyadh.sources[0]!.articleId;
    const yuraThen = await entityDetails(db, { id: yura, asOf: BEFORE });
    expect(yuraThen.node.label).toBe('Yura Ushakov');
    expect(yuraThen.meetings.map((m) => m.id)).toContain(riyadh.id);
    expect(yuraThen.articles.map((a) => a.id)).toContain(riyadhArticle);
    await expect(entityDetails(db, { id: yura })).rejects.toThrow(/No entity/);
    const yuriThen = await entityDetails(db, { id: yuri, asOf: BEFORE });
    expect(yuriThen.meetings.map((m) => m.id)).not.toContain(riyadh.id);
    expect(yuriThen.meetings.length).toBeGreaterThan(0);
    expect(yuriThen.articles.map((a) => a.id)).not.toContain(riyadhArticle);
    expect(yuriThen.node.aliases ?? []).not.toContain('Yura Ushakov');
    expect(yuriThen.mergeReasons.join(' ')).not.toContain('the same aide');
    const yuriNow = await entityDetails(db, { id: yuri });
    expect(yuriNow.meetings.map((m) => m.id)).toContain(riyadh.id);
    expect(yuriNow.node.aliases).toContain('Yura Ushakov');
    expect((await entityDetails(db, { id: witkoff, asOf: BEFORE })).meetings.length).toBeGreaterThan(0);
    const genevaArticle = articleOf(geneva, 'Geneva');
    expect((await entityDetails(db, { id: lavrov })).articles.map((a) => a.id)).not.toContain(genevaArticle);
    const lavrovThen = await entityDetails(db, { id: lavrov, asOf: BEFORE });
    expect(lavrovThen.articles.map((a) => a.id)).toContain(genevaArticle);
  }, 600_000);
});
