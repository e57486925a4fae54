// Corrections against the real Neo4j: they apply on top of the extracted facts, survive re-ingest, and revert exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { ingestDocuments } from '../../../src-main/core/ingest';
import {
  addMeeting,
  confirmMeeting,
  correctionHistory,
  curationState,
  editMeeting,
  findPeople,
  mergePeople,
  redoCorrection,
  rejectMeeting,
  renamePerson,
  revertCorrection,
  reviewQueue,
  undoCorrection,
} from '../../../src-main/core/store/curation';
import { entityDetails } from '../../../src-main/core/store/queries/details';
import { queryGraph } from '../../../src-main/core/store/queries/graph';
import { listMeetings } from '../../../src-main/core/store/queries/meetings';
import { searchEntities } from '../../../src-main/core/store/queries/search';
import { validateInput } from '../../../src-main/core/app/dispatch';
import { curationArticle } from '../../helpers/curation-articles';
import { resetGraph, testDb } from '../../helpers/db';

const RIYADH = curationArticle('riyadh.txt');
const MOSCOW = curationArticle('moscow.txt');
const MOSCOW_AGAIN = curationArticle('moscow-again.txt');
const PETERSBURG = curationArticle('petersburg.txt');

let db: GraphDb;
const ingest = (...docs: { name: string; data: Buffer }[]) => ingestDocuments(db, docs, { workers: 0 });
const person = async (name: string) => {
  const found = await findPeople(db, name);
  expect(found, name).toHaveLength(1);
  return found[0]!.id;
};
const meetingIn = async (city: string) => {
  const all = await listMeetings(db, {});
  const m = all.find((x) => x.city === city || x.place === city);
  expect(m, city).toBeTruthy();
  return m!;
};

beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  await ingest(RIYADH, MOSCOW);
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

describe('curation', () => {
  it('merges two people: one stays with the other as an alias, and their meetings join', async () => {
    const yura = await person('Yura Ushakov');
    const yuri = await person('Yuri Ushakov');
    const { correction } = await mergePeople(db, { keep: yuri, drop: yura, reason: 'same Kremlin aide' });
    expect(correction.kind).toBe('person.merge');
    expect(correction.reason).toBe('same Kremlin aide');
    expect(await findPeople(db, 'Yura Ushakov')).toEqual([
      expect.objectContaining({ id: yuri, name: 'Yuri Ushakov' }),
    ]);
    const details = await entityDetails(db, { id: yuri });
    expect(details.meetings.map((m) => m.city).sort()).toEqual(['Moscow', 'Riyadh']);
    expect(details.node.curation).toEqual(['corrected']);
    const hits = await searchEntities(db, { text: 'Yura', limit: 10 });
    expect(hits.map((h) => h.id)).toContain(yuri);
    expect(hits.map((h) => h.id)).not.toContain(yura);
  });

  it('rejects a meeting with its reason: no view shows it, and as known before that day it was there', async () => {
    const moscow = await meetingIn('Moscow');
    await rejectMeeting(db, { id: moscow.id, reason: 'the talks were by phone' });
    expect((await listMeetings(db, {})).map((m) => m.id)).not.toContain(moscow.id);
    expect((await listMeetings(db, { asOf: '2025-03-20' })).map((m) => m.id)).toContain(moscow.id);
    const graph = await queryGraph(db, { view: 'meetings' });
    expect(graph.nodes.map((n) => n.id)).not.toContain(moscow.id);
    const own = await entityDetails(db, { id: moscow.id });
    expect(own.meetings[0]!.curation).toEqual(['rejected']);
  });

  it('edits a date on top of the reports, which stay as extracted', async () => {
    const riyadh = await meetingIn('Riyadh');
    await editMeeting(db, { id: riyadh.id, date: '2025-02-17', reason: 'the talks began the day before' });
    const after = await meetingIn('Riyadh');
    expect(after.date).toBe('2025-02-17');
    expect(after.date_precision).toBe('day');
    expect(after.curation).toEqual(['corrected']);
    const before = (await listMeetings(db, { asOf: '2025-03-01' })).find((m) => m.id === riyadh.id)!;
    expect(before.date).toBe('2025-02-18');
    const rows = await db.driver.executeQuery(
      'MATCH (:Meeting {id: $id})-[r:REPORTED_IN]->() RETURN r.date AS date',
      { id: riyadh.id },
      { database: db.database },
    );
    expect(rows.records.map((r) => r.get('date'))).toEqual(['2025-02-18']);
  });

  it('adds a meeting by hand from an evidence sentence, which it keeps', async () => {
    const riyadh = await meetingIn('Riyadh');
    const articleId = riyadh.sources[0]!.articleId;
    const text = (
      await db.driver.executeQuery(
        'MATCH (a:Article {id: $id}) RETURN a.text AS t',
        { id: articleId },
        {
          database: db.database,
        },
      )
    ).records[0]!.get('t') as string;
    const sentence = 'Kremlin aide Yura Ushakov also took part in the talks, the Kremlin said.';
    const start = text.indexOf(sentence);
    expect(start).toBeGreaterThan(0);
    const lavrov = await person('Sergei Lavrov');
    const yuri = await person('Yuri Ushakov');
    const { correction } = await addMeeting(db, {
      articleId,
      evidenceStart: start,
      evidenceEnd: start + sentence.length,
      participants: [lavrov, yuri],
      date: '2025-02-18',
      place: 'Diriyah Palace',
      status: 'held',
      reason: 'a side meeting the extraction missed',
    });
    const added = (await listMeetings(db, {})).find((m) => m.id === correction.targetIds[0])!;
    expect(added.curation).toEqual(['added']);
    expect(added.participants).toEqual(['Sergei Lavrov', 'Yuri Ushakov']);
    expect(added.sources[0]!.evidence).toBe(sentence);
  });

  it('re-ingest keeps every correction: a new report of a rejected meeting, a merged person named in the other form', async () => {
    const report = await ingest(RIYADH, MOSCOW, MOSCOW_AGAIN, PETERSBURG);
    expect(report.files.find((f) => f.file === 'moscow-again.txt')!.mergedMeetings).toBe(1);
    const ids = (await listMeetings(db, {})).map((m) => m.city ?? m.place);
    expect(ids).not.toContain('Moscow');
    expect(await findPeople(db, 'Yura Ushakov')).toHaveLength(1);
    const yuri = await person('Yuri Ushakov');
    const details = await entityDetails(db, { id: yuri });
    expect(details.meetings.map((m) => m.city ?? m.place).sort()).toEqual(
      expect.arrayContaining(['Riyadh', 'St. Petersburg']),
    );
    const riyadh = await meetingIn('Riyadh');
    expect(riyadh.date).toBe('2025-02-17');
  });

  it('lists the corrections newest first with their reasons, and undo and redo the latest', async () => {
    const { corrections, total } = await correctionHistory(db, { limit: 100 });
    expect(total).toBe(4);
    expect(corrections.map((c) => c.kind)).toEqual([
      'meeting.add',
      'meeting.edit',
      'meeting.reject',
      'person.merge',
    ]);
    expect(corrections.map((c) => c.reason)).toEqual([
      'a side meeting the extraction missed',
      'the talks began the day before',
      'the talks were by phone',
      'same Kremlin aide',
    ]);
    const undone = await undoCorrection(db);
    expect(undone!.correction.reverts).toBe(corrections[0]!.id);
    expect((await listMeetings(db, {})).map((m) => m.id)).not.toContain(corrections[0]!.targetIds[0]);
    const redone = await redoCorrection(db);
    expect(redone!.correction.kind).toBe('meeting.add');
    expect((await listMeetings(db, {})).map((m) => m.id)).toContain(corrections[0]!.targetIds[0]);
  });

  it('reverts any single correction from the history: an older edit goes, the later ones stay', async () => {
    const { corrections } = await correctionHistory(db, { limit: 100 });
    const edit = corrections.find((c) => c.kind === 'meeting.edit' && c.active)!;
    await revertCorrection(db, { id: edit.id, reason: 'the first day was a dinner' });
    expect((await meetingIn('Riyadh')).date).toBe('2025-02-18');
    expect((await meetingIn('Riyadh')).curation).toBeUndefined();
    expect((await listMeetings(db, {})).map((m) => m.city)).not.toContain('Moscow');
  });

  it('reverting a merge brings the other person back with the facts it had', async () => {
    const { corrections } = await correctionHistory(db, { limit: 100 });
    const merge = corrections.find((c) => c.kind === 'person.merge')!;
    await revertCorrection(db, { id: merge.id });
    const yura = await person('Yura Ushakov');
    const yuri = await person('Yuri Ushakov');
    expect(yura).not.toBe(yuri);
    const cities = (await entityDetails(db, { id: yura })).meetings.map((m) => m.city ?? m.place);
    expect(cities).toContain('Riyadh');
    expect((await entityDetails(db, { id: yuri })).node.aliases ?? []).not.toContain('Yura Ushakov');
    await mergePeople(db, { keep: yuri, drop: yura, reason: 'same Kremlin aide, after all' });
    expect(await findPeople(db, 'Yura Ushakov')).toHaveLength(1);
  });

  it('confirms a meeting and the review queue counts it as reviewed', async () => {
    const before = await reviewQueue(db, { limit: 100 });
    const riyadh = await meetingIn('Riyadh');
    await confirmMeeting(db, { id: riyadh.id });
    const after = await reviewQueue(db, { limit: 100 });
    expect(after.reviewed).toBe(before.reviewed + 1);
    expect(after.items.map((i) => i.id)).not.toContain(riyadh.id);
    for (let i = 1; i < after.items.length; i++)
      expect(after.items[i]!.sources).toBeGreaterThanOrEqual(after.items[i - 1]!.sources);
    const confirmed = await queryGraph(db, { view: 'meetings', confirmedOnly: true });
    expect(confirmed.nodes.filter((n) => n.kind === 'meeting').map((n) => n.id)).toEqual([riyadh.id]);
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const { total } = await correctionHistory(db, { limit: 1 });
    const yuri = await person('Yuri Ushakov');
    const riyadh = await meetingIn('Riyadh');
    await expect(rejectMeeting(db, { id: 'meeting:nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mergePeople(db, { keep: yuri, drop: 'person:nobody' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(mergePeople(db, { keep: yuri, drop: yuri })).rejects.toThrow(/into itself/);
    await expect(editMeeting(db, { id: riyadh.id, date: '2025-02-30' })).rejects.toThrow(/not a date/);
    await expect(editMeeting(db, { id: riyadh.id, date: '2999-01-01' })).rejects.toThrow(/after today/);
    await expect(rejectMeeting(db, { id: riyadh.id, reason: 'x'.repeat(2001) })).rejects.toThrow(
      /at most 2000/,
    );
    expect(() => validateInput('rejectMeeting', { id: riyadh.id, reason: 'x'.repeat(2001) })).toThrow(/2000/);
    await expect(renamePerson(db, { id: yuri, name: 'Yuri Ushakov' })).rejects.toThrow(/already called/);
    expect((await correctionHistory(db, { limit: 1 })).total).toBe(total);
    expect((await meetingIn('Riyadh')).date).toBe('2025-02-18');
  });

  it('refuses an edit made on an older version of the meeting', async () => {
    const riyadh = await meetingIn('Riyadh');
    const { version } = await curationState(db, { id: riyadh.id });
    const results = await Promise.allSettled([
      editMeeting(db, { id: riyadh.id, topic: 'Ukraine', expectedVersion: version }),
      editMeeting(db, { id: riyadh.id, topic: 'sanctions', expectedVersion: version }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: 'CONFLICT' });
    expect((await curationState(db, { id: riyadh.id })).version).toBe(version + 1);
  });

  it('renames a person and the old name stays an alias until reverted', async () => {
    const lavrov = await person('Sergei Lavrov');
    const { correction } = await renamePerson(db, { id: lavrov, name: 'Sergey Lavrov' });
    expect((await findPeople(db, 'Sergei Lavrov'))[0]!.name).toBe('Sergey Lavrov');
    await revertCorrection(db, { id: correction.id });
    expect((await findPeople(db, 'Sergei Lavrov'))[0]!.name).toBe('Sergei Lavrov');
  });
});
