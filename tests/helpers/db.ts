// Test access to the run's Neo4j: a connected GraphDb and a way to empty the graph between tests.
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { connect } from '../../src-main/core/store/connection';
import type { GraphDb } from '../../src-main/core/store/connection';
import type { TestNeo4j } from './test-neo4j';

/** The connection facts of the test run's Neo4j (only in integration and e2e tests). */
export function testNeo4j(): TestNeo4j {
  const info = inject('neo4j');
  if (!info)
    throw new Error('No test Neo4j: this helper works only in *.int.test.ts and *.e2e.test.ts files.');
  return info;
}

/** An environment with the user's own NEO4J_* and RENDEZVOUS_HOME removed, so tests see only what they set. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'RENDEZVOUS_HOME']) {
    delete env[name];
  }
  return { ...env, ...extra };
}

/** An environment that makes the CLI and `connect()` use the test run's Neo4j through its home. */
export function testEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return cleanEnv({ RENDEZVOUS_HOME: testNeo4j().home, ...extra });
}

/** A GraphDb connected to the test run's built-in Neo4j (schema ensured); close it in afterAll. */
export async function testDb(): Promise<GraphDb> {
  const info = testNeo4j();
  return connect({ home: info.home, env: cleanEnv(), start: false });
}

/** Deletes every node and relationship, in batches so large graphs do not exhaust the heap. */
export async function resetGraph(db: GraphDb, batchSize = 5000): Promise<void> {
  for (;;) {
    const result = await db.driver.executeQuery(
      'MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted',
      { batch: neo4j.int(batchSize) },
      { database: db.database },
    );
    const deleted = Number(result.records[0]?.get('deleted') ?? 0);
    if (deleted < batchSize) return;
  }
}
