// An ingest cut off after a group's commit but before the corrections were re-applied to it: the journal
// keeps that group pending, and the next run of the same ingest re-applies the corrections to it.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { ingestDocuments } from '../../../src-main/core/ingest';
import { IngestJournal } from '../../../src-main/core/ingest/journal';
import { extractText } from '../../../src-main/core/extract';
import { findPeople } from '../../../src-main/core/store/curation';
import { removePerson } from '../../../src-main/core/store/curation-entities';
import { writeArticles } from '../../../src-main/core/store/write-article';
import { listMeetings } from '../../../src-main/core/store/queries/meetings';
import { CURATION_TEXTS, curationArticle } from '../../helpers/curation-articles';
import { resetGraph, testDb } from '../../helpers/db';

let db: GraphDb;
let dir: string;

beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  dir = mkdtempSync(join(tmpdir(), 'rendezvous-reapply-'));
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What a run cut off between the commit of an article and the re-application leaves: the article stored, the journal pending. */
async function commitWithoutReapplying(journal: IngestJournal, name: string): Promise<void> {
  const text = CURATION_TEXTS[name]!;
  const sha256 = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
  const extraction = extractText(name, text);
  extraction.source = { ...extraction.source, sha256 };
  journal.pendingAll([{ sha256, file: name, onDisk: false }]);
  const [written] = await writeArticles(db, [extraction]);
  expect(written && 'articleId' in written && !written.unchanged).toBe(true);
}

describe('re-applying the corrections after a cut-off ingest', () => {
  it('the next run re-applies them to the articles the cut-off run committed but left pending', async () => {
    const path = join(dir, 'journal.jsonl');
    await ingestDocuments(db, [curationArticle('riyadh.txt'), curationArticle('moscow.txt')], {
      workers: 0,
      journal: path,
    });
    const [witkoff] = await findPeople(db, 'Steve Witkoff');
    await removePerson(db, { id: witkoff!.id, reason: 'kept out for this test' });
    expect(await findPeople(db, 'Steve Witkoff')).toEqual([]);

    // The cut-off run: new articles naming the person that is not one, stored, the re-application not run.
    const journal = new IngestJournal(path);
    await commitWithoutReapplying(journal, 'moscow-again.txt');
    await commitWithoutReapplying(journal, 'petersburg.txt');
    expect(await findPeople(db, 'Steve Witkoff')).toHaveLength(1);
    expect(journal.unfinished()).toHaveLength(2);

    // The same ingest run again: nothing new to write, the corrections re-applied, the journal done.
    const again = await ingestDocuments(
      db,
      ['riyadh.txt', 'moscow.txt', 'moscow-again.txt', 'petersburg.txt'].map(curationArticle),
      { workers: 0, journal: path },
    );
    expect(again.unchanged).toBe(4);
    expect(await findPeople(db, 'Steve Witkoff')).toEqual([]);
    const meetings = await listMeetings(db, {});
    expect(meetings.flatMap((m) => m.participants)).not.toContain('Steve Witkoff');
    expect(journal.unfinished()).toEqual([]);
  }, 600_000);
});
