// Loading into Neo4j: a snapshot (as per-article extractions, through the same writer as an ingest, so
// the loaded graph merges like any other), and the exporter's own Cypher scripts.
import type { Extraction } from '../../common/extraction';
import { RendezvousError } from '../../common/errors';
import type { GraphDb } from './connection';
import { countGraph } from './export-read';
import { writeArticle } from './write-article';
import { storeError } from './session';

/** What a load wrote. */
export interface LoadCounts {
  /** Nodes and relationships added to the database. */
  nodes: number;
  relationships: number;
  /** Articles written (an article already stored is skipped, as in an ingest). */
  articles: number;
  meetings: number;
}

/** Writes the extractions one article per transaction, as an ingest does; returns what was added. */
export async function writeExtractions(db: GraphDb, extractions: readonly Extraction[]): Promise<LoadCounts> {
  const before = await countGraph(db);
  let articles = 0;
  let meetings = 0;
  for (const ex of extractions) {
    const result = await writeArticle(db, ex);
    if (result.unchanged) continue;
    articles++;
    meetings += result.newMeetings;
  }
  const after = await countGraph(db);
  return {
    nodes: after.nodes - before.nodes,
    relationships: after.relationships - before.relationships,
    articles,
    meetings,
  };
}

// The statements the Cypher exporter writes: a constraint, or a batch of nodes or relationships MERGEd by id.
const ALLOWED = [
  /^CREATE CONSTRAINT [a-z_]+ IF NOT EXISTS FOR \(n:[A-Za-z]+\) REQUIRE n\.id IS UNIQUE;$/,
  /^UNWIND \[.*\] AS row MERGE \(n:[A-Za-z]+ \{id: row\.id\}\) SET n \+= row;$/,
  /^UNWIND \[.*\] AS row MATCH \(a:[A-Za-z]+ \{id: row\.source\}\) MATCH \(b:[A-Za-z]+ \{id: row\.target\}\) MERGE \(a\)-\[r:[A-Z_]+ \{id: row\.props\.id\}\]->\(b\) SET r \+= row\.props;$/,
];

/**
 * Runs a Cypher script written by the exporter (one statement per line, `//` comments), each statement in
 * its own transaction, in order. A line of another shape is refused before anything runs: that catches a
 * wrong file, but it is no sandbox, so run only scripts you trust.
 */
export async function runExportedCypher(db: GraphDb, script: string, name = 'the script'): Promise<number> {
  const statements = script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'));
  statements.forEach((s, i) => {
    if (!ALLOWED.some((re) => re.test(s)))
      throw new RendezvousError(
        'BAD_INPUT',
        `${name}, statement ${i + 1}: not a statement the Rendezvous exporter writes (${s.slice(0, 60)}…)`,
      );
  });
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    for (const statement of statements) await session.run(statement.slice(0, -1));
  } catch (err) {
    throw storeError(err, `running ${name}`);
  } finally {
    await session.close();
  }
  return statements.length;
}
