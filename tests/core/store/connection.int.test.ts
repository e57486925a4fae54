// The connection to the run's built-in Neo4j: schema on connect, status, and resetting the graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedStatus, describeDb } from '../../../src-main/core/store/connection';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { resetGraph, testDb } from '../../helpers/db';

describe('connect to the built-in Neo4j', () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = await testDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('reports Neo4j 5.26 Community with the node count', async () => {
    await resetGraph(db);
    await db.driver.executeQuery(
      'UNWIND range(1, 3) AS i CREATE (:Probe {i: i})',
      {},
      { database: db.database },
    );
    const description = await describeDb(db);
    expect(description.version).toMatch(/^5\.26\./);
    expect(description.edition).toBe('community');
    expect(description.nodeCount).toBe(3);
    const status = await connectedStatus(db);
    expect(status).toMatchObject({ state: 'connected', mode: 'builtin', database: 'neo4j', nodeCount: 3 });
    expect(status.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
  });

  it('creates the uniqueness constraints on connect', async () => {
    const result = await db.driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
      {},
      {
        database: db.database,
      },
    );
    expect(result.records[0]?.get('names')).toContain('person_id');
  });

  it('empties a graph larger than one batch', async () => {
    await db.driver.executeQuery(
      'UNWIND range(1, 120) AS i CREATE (:Probe {i: i})-[:NEXT]->(:Probe)',
      {},
      {
        database: db.database,
      },
    );
    await resetGraph(db, 50);
    expect((await describeDb(db)).nodeCount).toBe(0);
  });
});
