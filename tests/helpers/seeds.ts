// The two sample articles beside the repository (../shared/seeds), and a way to load them into a graph.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestDocuments } from '../../src-main/core/ingest';
import type { IngestReport } from '../../src-main/common/ingest';
import type { GraphDb } from '../../src-main/core/store/connection';

/** The repository's root. */
export const REPO = resolve(import.meta.dirname, '..', '..');
/** The sample articles' folder. */
export const SEEDS = resolve(REPO, '..', 'shared', 'seeds');

/** Ingests every seed article (no worker threads) and returns the report. */
export async function ingestSeeds(db: GraphDb): Promise<IngestReport> {
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((name) => ({ name, data: readFileSync(join(SEEDS, name)) }));
  return ingestDocuments(db, seeds, { workers: 0 });
}
