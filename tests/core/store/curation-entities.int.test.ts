// Corrections that change which entities there are, against the real Neo4j: split a person by its mentions,
// "not a person", a role or affiliation set by hand, two meetings merged, a meeting split by its reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { ingestDocuments } from '../../../src-main/core/ingest';
import {
  correctionHistory,
  findPeople,
  redoCorrection,
  rejectMeeting,
  revertCorrection,
  undoCorrection,
} from '../../../src-main/core/store/curation';
import {
  mergeMeetings,
  removePerson,
  setPersonAttributes,
  splitMeeting,
  splitPerson,
} from '../../../src-main/core/store/curation-entities';
import { curationServices } from '../../../src-main/core/app/curation';
import { edgeDetails } from '../../../src-main/core/store/edges';
import { entityDetails } from '../../../src-main/core/store/queries/details';
import { listMeetings } from '../../../src-main/core/store/queries/meetings';
import { searchEntities } from '../../../src-main/core/store/queries/search';
import { curationArticle } from '../../helpers/curation-articles';
import { resetGraph, testDb } from '../../helpers/db';

const RIYADH = curationArticle('riyadh.txt');
const MOSCOW = curationArticle('moscow.txt');
const MOSCOW_AGAIN = curationArticle('moscow-again.txt');
const GENEVA = curationArticle('geneva.txt');

let db: GraphDb;
const ingest = (...docs: { name: string; data: Buffer }[]) => ingestDocuments(db, docs, { workers: 0 });
const person = async (name: string) => {
  const found = await findPeople(db, name);
  expect(found, name).toHaveLength(1);
  return found[0]!.id;
};
const moscowMeetings = async () =>
  (await listMeetings(db, {})).filter((m) => (m.city ?? m.place) === 'Moscow');
const historyCount = async () => (await correctionHistory(db, { limit: 1000 })).total;

beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  await ingest(RIYADH, MOSCOW, MOSCOW_AGAIN);
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

describe('corrections of which entities there are', () => {
  it('splits a meeting by its reports, merges the two back, and reverts each exactly', async () => {
    const [moscow] = await moscowMeetings();
    expect(moscow!.sources).toHaveLength(2);
    const again = moscow!.sources.find((s) => s.title?.includes('held talks'))!.articleId;
    const split = await splitMeeting(db, { id: moscow!.id, reports: [again], reason: 'two different days' });
    expect(split.correction.kind).toBe('meeting.split');
    const parts = await moscowMeetings();
    expect(parts).toHaveLength(2);
    expect(parts.map((m) => m.sources.length)).toEqual([1, 1]);
    const added = parts.find((m) => m.id !== moscow!.id)!;
    expect(added.sources[0]!.articleId).toBe(again);
    expect(added.participants.sort()).toEqual(moscow!.participants.sort());
    expect(added.curation).toContain('corrected');

    const merged = await mergeMeetings(db, { keep: moscow!.id, drop: added.id, reason: 'the same talks' });
    expect(merged.correction.kind).toBe('meeting.merge');
    const one = await moscowMeetings();
    expect(one.map((m) => m.id)).toEqual([moscow!.id]);
    expect(one[0]!.sources).toHaveLength(2);

    await revertCorrection(db, { id: merged.correction.id });
    expect((await moscowMeetings()).map((m) => m.id).sort()).toEqual([moscow!.id, added.id].sort());
    await revertCorrection(db, { id: split.correction.id });
    const back = await moscowMeetings();
    expect(back.map((m) => m.id)).toEqual([moscow!.id]);
    expect(back[0]!.sources).toHaveLength(2);
    expect(back[0]!.participants.sort()).toEqual(moscow!.participants.sort());
  });

  it('splits chosen mentions of a person off to a new person, and undo puts them back', async () => {
    const witkoff = await person('Steve Witkoff');
    const before = await entityDetails(db, { id: witkoff });
    expect(before.articles).toHaveLength(2);
    const again = before.articles.find((a) => a.title?.includes('held talks'))!.id;
    const { correction } = await splitPerson(db, {
      id: witkoff,
      mentions: [again],
      name: 'Steve Witkoff (envoy)',
      reason: 'a namesake',
    });
    const newId = correction.targetIds[1]!;
    const old = await entityDetails(db, { id: witkoff });
    const made = await entityDetails(db, { id: newId });
    expect(old.articles.map((a) => a.id)).not.toContain(again);
    expect(made.articles.map((a) => a.id)).toEqual([again]);
    expect(made.node.label).toBe('Steve Witkoff (envoy)');
    expect(made.meetings).toHaveLength(1);
    // The meeting stays one; each Witkoff takes part as the article that names him says.
    expect(made.meetings[0]!.participants).toEqual(
      expect.arrayContaining(['Steve Witkoff', 'Steve Witkoff (envoy)']),
    );

    const undone = await undoCorrection(db);
    expect(undone?.correction.reverts).toBe(correction.id);
    await expect(entityDetails(db, { id: newId })).rejects.toThrow();
    expect((await entityDetails(db, { id: witkoff })).articles).toHaveLength(2);
    const redone = await redoCorrection(db);
    expect(redone?.correction.kind).toBe('person.split');
    expect((await entityDetails(db, { id: newId })).articles.map((a) => a.id)).toEqual([again]);
    await undoCorrection(db);
  });

  it('"not a person" takes the entity out of the graph, keeps it out after re-ingest, and a revert brings it back', async () => {
    const lavrov = await person('Sergei Lavrov');
    const { correction } = await removePerson(db, { id: lavrov, reason: 'not a person' });
    expect(correction.kind).toBe('person.remove');
    expect(await findPeople(db, 'Sergei Lavrov')).toEqual([]);
    expect((await searchEntities(db, { text: 'Lavrov', limit: 10 })).map((h) => h.id)).not.toContain(lavrov);
    const riyadh = (await listMeetings(db, {})).find((m) => (m.city ?? m.place) === 'Riyadh')!;
    expect(riyadh.participants.join(' ')).not.toMatch(/Lavrov/);
    expect(riyadh.sources[0]!.evidence).toMatch(/Lavrov/);

    await ingest(RIYADH, MOSCOW, MOSCOW_AGAIN, GENEVA);
    expect(await findPeople(db, 'Sergei Lavrov')).toEqual([]);
    const geneva = (await listMeetings(db, {})).find((m) => (m.city ?? m.place) === 'Geneva')!;
    expect(geneva.participants.join(' ')).not.toMatch(/Lavrov/);

    await revertCorrection(db, { id: correction.id, reason: 'it is the minister' });
    expect(await findPeople(db, 'Sergei Lavrov')).toHaveLength(1);
    const cities = (await entityDetails(db, { id: lavrov })).meetings.map((m) => m.city ?? m.place).sort();
    expect(cities).toEqual(['Geneva', 'Riyadh']);
  });

  it('sets a role and an affiliation over the extracted ones, which come back on revert', async () => {
    const rubio = await person('Marco Rubio');
    const extracted = (await entityDetails(db, { id: rubio })).node.roles ?? [];
    const { correction } = await setPersonAttributes(db, {
      id: rubio,
      role: 'Secretary of State',
      affiliation: 'United States',
      reason: 'his office',
    });
    let node = (await entityDetails(db, { id: rubio })).node;
    expect(node.roles).toEqual(['Secretary of State']);
    expect(node.affiliations).toEqual(['United States']);
    expect(node.curation).toEqual(['corrected']);
    await ingest(GENEVA, RIYADH);
    node = (await entityDetails(db, { id: rubio })).node;
    expect(node.roles).toEqual(['Secretary of State']);
    await revertCorrection(db, { id: correction.id });
    expect((await entityDetails(db, { id: rubio })).node.roles ?? []).toEqual(extracted);
  });

  it('an edge leaves out a rejected meeting, except as known before the rejection', async () => {
    const [rubio, lavrov] = [await person('Marco Rubio'), await person('Sergei Lavrov')];
    const cities = async (asOf?: string) =>
      (await edgeDetails(db, { source: rubio, target: lavrov, filter: asOf ? { asOf } : {} })).meetings
        .map((m) => m.city ?? m.place)
        .sort();
    expect(await cities()).toEqual(['Geneva', 'Riyadh']);
    const geneva = (await listMeetings(db, {})).find((m) => (m.city ?? m.place) === 'Geneva')!;
    const { correction } = await rejectMeeting(db, { id: geneva.id, reason: 'a video call' });
    expect(await cities()).toEqual(['Riyadh']);
    const dayBefore = new Date(Date.parse(correction.date) - 86_400_000).toISOString().slice(0, 10);
    expect(await cities(dayBefore)).toEqual(['Geneva', 'Riyadh']);
    await revertCorrection(db, { id: correction.id });
  });

  it('records a correction under the author the client names, else under the default', async () => {
    const rubio = await person('Marco Rubio');
    const set = await curationServices.setPersonAttributes(db, {
      id: rubio,
      role: 'diplomat',
      author: 'Desk Editor',
    });
    expect(set.correction.author).toBe('Desk Editor');
    const undone = await curationServices.undoCorrection(db, {});
    expect(undone?.correction.reverts).toBe(set.correction.id);
    expect(undone?.correction.author).not.toBe('Desk Editor');
  });

  it('refuses impossible splits and merges with a clear error, and changes nothing', async () => {
    const witkoff = await person('Steve Witkoff');
    const articles = (await entityDetails(db, { id: witkoff })).articles.map((a) => a.id);
    const n = await historyCount();
    await expect(splitPerson(db, { id: witkoff, mentions: articles })).rejects.toThrow(/at least one/);
    await expect(splitPerson(db, { id: witkoff, mentions: ['article:nope'] })).rejects.toThrow(/No mention/);
    const [moscow] = await moscowMeetings();
    await expect(mergeMeetings(db, { keep: moscow!.id, drop: moscow!.id })).rejects.toThrow(/itself/);
    await expect(mergeMeetings(db, { keep: moscow!.id, drop: 'meeting:nope' })).rejects.toThrow(
      /meeting:nope/,
    );
    await expect(setPersonAttributes(db, { id: witkoff })).rejects.toThrow(/Nothing to set/);
    await expect(removePerson(db, { id: 'person:nobody-here' })).rejects.toThrow(/person:nobody-here/);
    expect(await historyCount()).toBe(n);
    expect((await entityDetails(db, { id: witkoff })).articles).toHaveLength(articles.length);
  });
});
