import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../../src-main/common/export';
import { ExportRequestSchema } from '../../../src-main/common/export';
import type { Snapshot } from '../../../src-main/common/snapshot';
import { parseSnapshot } from '../../../src-main/common/snapshot';
import { exportGraph, loadSnapshot } from '../../../src-main/core/export/service';
import { extractArticle } from '../../../src-main/core/extract/index';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { runExportedCypher } from '../../../src-main/core/store/snapshot-load';
import { writeArticle } from '../../../src-main/core/store/write-article';
import { resetGraph, testDb } from '../../helpers/db';
import { SEED_FILES } from '../store/builders';

let db: GraphDb;
/** The trigger words the extraction gave the seed article's meetings. */
let triggers: Set<string>;

const request = (r: ExportRequest) => ExportRequestSchema.parse(r);

async function ingestExtracted(): Promise<void> {
  await resetGraph(db);
  const file = SEED_FILES[0]!;
  const extraction = extractArticle({ name: basename(file), bytes: readFileSync(file) });
  triggers = new Set(extraction.meetings.map((m) => m.trigger).filter((t): t is string => !!t));
  expect(triggers.size).toBeGreaterThan(0);
  await writeArticle(db, extraction);
}

async function snapshotOfAll(): Promise<Snapshot> {
  return parseSnapshot((await exportGraph(db, request({ format: 'json', scope: 'all' }))).files[0]!.content);
}

/** Each meeting of a snapshot: its confidence and its reports' triggers. */
const reasons = (s: Snapshot) =>
  s.meetings
    .map((m) => ({
      id: m.id,
      confidence: m.confidence ?? 1,
      triggers: m.sources.map((x) => x.trigger ?? null),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

beforeAll(async () => {
  db = await testDb();
});

afterAll(async () => {
  await db?.close();
});

describe('a stored meeting’s confidence and trigger in exports', () => {
  it('the snapshot carries each report’s confidence and trigger, and keeps them through a reload', async () => {
    await ingestExtracted();
    const first = await snapshotOfAll();
    expect(first.meetings.length).toBeGreaterThan(0);
    for (const m of first.meetings) {
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      for (const s of m.sources) {
        expect(triggers.has(s.trigger ?? '')).toBe(true);
        expect(m.confidence).toBeLessThanOrEqual(s.confidence!);
      }
    }
    expect(first.reports.every((r) => triggers.has(r.trigger ?? ''))).toBe(true);
    expect(
      first.reports.some((r) => typeof r.extractionConfidence === 'number' && r.extractionConfidence < 1),
    ).toBe(true);
    await resetGraph(db);
    await loadSnapshot(db, { snapshot: first });
    expect(reasons(await snapshotOfAll())).toEqual(reasons(first));
  });

  it('GraphML and CSV give each meeting node the stored confidence and trigger', async () => {
    await ingestExtracted();
    const meetings = new Map((await snapshotOfAll()).meetings.map((m) => [m.id, m]));
    const graphml = (await exportGraph(db, request({ format: 'graphml', scope: 'all' }))).files[0]!.content;
    expect(graphml).toContain('attr.name="confidence" attr.type="double"');
    expect(graphml).toContain('attr.name="trigger" attr.type="string"');
    const csv = await exportGraph(db, request({ format: 'csv', scope: 'all' }));
    const nodes = csv.files.find((f) => f.name === 'nodes.csv')!.content;
    const header = nodes.split(/\r?\n/)[0]!.split(',');
    const [ci, ti] = [header.indexOf('confidence'), header.indexOf('trigger')];
    expect(ci).toBeGreaterThan(0);
    for (const [id, m] of meetings) {
      const row = nodes.split('\n').find((l) => l.startsWith(`${id},`));
      expect(row, id).toBeDefined();
      expect(row).toContain(String(m.confidence));
      for (const s of m.sources) expect(row).toContain(s.trigger!);
    }
    expect(ti).toBeGreaterThan(ci);
  });

  it('the Cypher script, run in an empty Neo4j, stores each meeting’s confidence and trigger', async () => {
    await ingestExtracted();
    const expected = new Map((await snapshotOfAll()).meetings.map((m) => [m.id, m]));
    const script = (await exportGraph(db, request({ format: 'cypher', scope: 'all' }))).files[0]!.content;
    await resetGraph(db);
    await runExportedCypher(db, script, 'rendezvous.cypher');
    const session = db.driver.session({ database: db.database });
    try {
      const res = await session.run(
        'MATCH (m:Meeting) RETURN m.id AS id, m.confidence AS confidence, m.trigger AS trigger',
      );
      expect(res.records.length).toBe(expected.size);
      for (const r of res.records) {
        const m = expected.get(r.get('id') as string)!;
        expect(r.get('confidence')).toBe(m.confidence);
        expect(r.get('trigger')).toBe([...new Set(m.sources.map((s) => s.trigger))].join('; '));
      }
    } finally {
      await session.close();
    }
  });
});
