// `rendezvous ingest --extracted` against the real Neo4j: the events gold merged into one meeting per
// real event (scored by the corpus's score-merge.mjs), and bad files refused one by one.
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../src-main/core/store/connection';
import { resetGraph, testDb, testEnv } from '../helpers/db';
import { runCli } from '../helpers/cli';
import {
  EVENTS,
  mergedLookalikes,
  partitionOf,
  scoreMerge,
  type ScoredMeeting,
} from '../helpers/merge-score';

let db: GraphDb;
beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

describe('ingesting the gold extractions of the events corpus', () => {
  let meetings: ScoredMeeting[] = [];
  beforeAll(async () => {
    const ingest = await runCli(['ingest', '--extracted', join(EVENTS, 'gold'), '--json'], testEnv());
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(JSON.parse(ingest.stdout).articles).toBe(29);
    const listed = await runCli(['meetings', '--json'], testEnv());
    expect(listed.code, listed.stderr).toBe(0);
    meetings = JSON.parse(listed.stdout) as ScoredMeeting[];
  });

  it('keeps with every source its article file and the index of the meeting within it', () => {
    const sources = meetings.flatMap((m) => m.sources);
    expect(sources).toHaveLength(56);
    for (const s of sources) {
      expect(s.file).toMatch(/e\d\d-[a-e]\.json$/);
      expect(typeof s.index).toBe('number');
    }
  });

  it('merges reports of one real event into one meeting: pairwise precision ≥ 0.95 and recall ≥ 0.90', () => {
    const { scores, output } = scoreMerge(partitionOf(meetings));
    console.log(output.trim().split('\n').pop());
    expect(scores.pairwise_p, output).toBeGreaterThanOrEqual(0.95);
    expect(scores.pairwise_r, output).toBeGreaterThanOrEqual(0.9);
  });

  it('never merges a lookalike pair', () => {
    expect(mergedLookalikes(partitionOf(meetings))).toEqual([]);
  });

  it('resolves the people across spellings, titles and one-name mentions, and keeps apart two Sharifs', async () => {
    const res = await db.driver.executeQuery(
      'MATCH (p:Person) RETURN p.name AS name',
      {},
      { database: db.database },
    );
    const names = res.records.map((r) => String(r.get('name')));
    const having = (word: string) => names.filter((n) => n.split(/[\s-]+/).includes(word)).sort();
    expect(having('Kim')).toEqual(['Kim Jong Un', 'Kim Yong Chol']);
    expect(names.filter((n) => /^(Volodymyr |Vladimir )?Zelensk/.test(n))).toHaveLength(1);
    expect(having('Sharif')).toEqual(['Nawaz Sharif', 'Shahbaz Sharif']);
    expect(having('Trump')).toEqual(['Donald Trump']);
    expect(having('Putin')).toEqual(['Vladimir Putin']);
  });

  it('ingesting the same files again changes nothing', async () => {
    const again = await runCli(['ingest', '--extracted', join(EVENTS, 'gold'), '--json'], testEnv());
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ articles: 0, unchanged: 29, errors: 0 });
  });
});

describe('refusing bad extraction files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rendezvous-extracted-'));
  const gold = JSON.parse(readFileSync(join(EVENTS, 'gold', 'e03-a.json'), 'utf8')) as {
    meetings: { status: string; participants: string[] }[];
  };
  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const good = write('good.json', JSON.stringify({ ...gold, article: { ...gold, title: 'A fresh copy' } }));
  const notJson = write('not-json.json', '{"people": [');
  const schema = write('schema.json', JSON.stringify({ ...gold, people: [{ name: 42 }] }));
  const status = write(
    'status.json',
    JSON.stringify({ ...gold, meetings: [{ ...gold.meetings[0], status: 'rumoured' }] }),
  );
  const stranger = write(
    'stranger.json',
    JSON.stringify({ ...gold, meetings: [{ ...gold.meetings[0], participants: ['Somebody Unknown'] }] }),
  );
  const huge = write('huge.json', '');
  truncateSync(huge, 50 * 1024 * 1024);

  it('refuses each bad file with its path and the reason, and stores the others', async () => {
    await resetGraph(db);
    const res = await runCli(
      ['ingest', '--extracted', notJson, schema, status, stranger, huge, good, '--json'],
      testEnv(),
    );
    expect(res.code).toBe(1);
    const report = JSON.parse(res.stdout) as {
      articles: number;
      errors: number;
      files: { file: string; ok: boolean; error: { code: string; message: string } | null }[];
    };
    expect(report.articles).toBe(1);
    expect(report.errors).toBe(5);
    const why = (f: string) => report.files.find((x) => x.file === f)?.error?.message ?? '';
    expect(why(notJson)).toMatch(/not-json\.json: not JSON/);
    expect(why(schema)).toMatch(/schema\.json: not in the extraction format at people\[0\]\.name/);
    expect(why(status)).toMatch(/status\.json: .* at meetings\[0\]\.status/);
    expect(why(status)).toMatch(/planned|held/);
    expect(why(stranger)).toMatch(
      /meetings\[0\]\.participants\[0\] "Somebody Unknown" is not among the people/,
    );
    expect(why(huge)).toMatch(/huge\.json: the file is 52428800 bytes/);
    expect(report.files.find((x) => x.file === good)?.ok).toBe(true);
  });
});
