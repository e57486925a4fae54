// The read-only console against the real Neo4j: reads answer, writes are refused, the row cap is reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsoleQuery } from '../../../src-main/core/store/console';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { resetGraph, testDb } from '../../helpers/db';

describe('runConsoleQuery', () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = await testDb();
    await resetGraph(db);
    await db.driver.executeQuery(
      "CREATE (:Person {id: 'p1', name: 'Ada', seen: date('2025-04-03')})-[:MET {on: datetime('2025-04-03T10:00:00Z')}]->(:Person {id: 'p2', name: 'Bob'})",
      {},
      { database: db.database },
    );
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  it('answers the version query with 5.26 community', async () => {
    const result = await runConsoleQuery(
      db,
      'CALL dbms.components() YIELD versions, edition RETURN versions[0], edition',
    );
    expect(result.columns).toEqual(['versions[0]', 'edition']);
    expect(result.rows[0]?.['versions[0]']).toMatch(/^5\.26\./);
    expect(result.rows[0]?.edition).toBe('community');
  });

  it('returns nodes, relationships, paths and dates as plain JSON', async () => {
    const result = await runConsoleQuery(
      db,
      'MATCH p = (a:Person)-[r:MET]->(b) RETURN a, r, p, a.seen AS seen',
    );
    const row = result.rows[0] ?? {};
    expect(row.a).toMatchObject({ labels: ['Person'], properties: { name: 'Ada', seen: '2025-04-03' } });
    expect(row.r).toMatchObject({ type: 'MET', properties: { on: '2025-04-03T10:00:00Z' } });
    expect(row.p).toMatchObject({ length: 1 });
    expect(row.seen).toBe('2025-04-03');
    expect(JSON.parse(JSON.stringify(result.rows))).toEqual(result.rows);
  });

  it('refuses a write and leaves the graph unchanged', async () => {
    await expect(runConsoleQuery(db, 'CREATE (n) RETURN n')).rejects.toMatchObject({
      code: 'QUERY_REFUSED',
      message: expect.stringMatching(/query's type is "(read and )?write", not read/),
    });
    await expect(
      runConsoleQuery(db, "MATCH (n:Person {id: 'p1'}) SET n.name = 'X' RETURN n"),
    ).rejects.toMatchObject({
      code: 'QUERY_REFUSED',
    });
    const check = await runConsoleQuery(db, 'MATCH (n) RETURN count(n) AS c, collect(n.name) AS names');
    expect(check.rows[0]).toEqual({ c: 2, names: expect.arrayContaining(['Ada', 'Bob']) });
  });

  it('refuses a schema change', async () => {
    await expect(
      runConsoleQuery(db, 'CREATE INDEX x IF NOT EXISTS FOR (n:Person) ON (n.x)'),
    ).rejects.toMatchObject({
      code: 'QUERY_REFUSED',
    });
  });

  it('reports when the row cap is hit', async () => {
    const capped = await runConsoleQuery(db, 'UNWIND range(1, 50) AS i RETURN i', { rowCap: 10 });
    expect(capped.rows).toHaveLength(10);
    expect(capped.truncated).toBe(true);
    const whole = await runConsoleQuery(db, 'UNWIND range(1, 10) AS i RETURN i', { rowCap: 10 });
    expect(whole.truncated).toBe(false);
  });

  it('stops a query that outlives the timeout', async () => {
    await expect(
      runConsoleQuery(db, 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i)', {
        timeoutMs: 300,
      }),
    ).rejects.toMatchObject({ code: 'QUERY_FAILED', message: expect.stringMatching(/longer than/) });
  });

  it('names a syntax error', async () => {
    await expect(runConsoleQuery(db, 'MATCH (n RETURN n')).rejects.toMatchObject({ code: 'QUERY_FAILED' });
  });

  it('returns the columns of an empty answer', async () => {
    const result = await runConsoleQuery(db, 'MATCH (n:Nobody) RETURN n.name AS name');
    expect(result).toMatchObject({ columns: ['name'], rows: [], truncated: false });
  });
});
