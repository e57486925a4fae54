// `rendezvous query` against the test run's Neo4j: tables, JSON, the row cap and refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../src-main/core/store/connection';
import { resetGraph, testDb, testEnv } from '../helpers/db';
import { runCli } from '../helpers/cli';

describe('rendezvous query', () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = await testDb();
    await resetGraph(db);
    await db.driver.executeQuery(
      "UNWIND range(1, 5) AS i CREATE (:Person {id: 'p' + i, name: 'Person ' + i})",
      {},
      { database: db.database },
    );
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  it('prints a table with a row count', async () => {
    const run = await runCli(
      ['query', 'MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT 2'],
      testEnv(),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^name\s*\n-+\nPerson 1\nPerson 2\n\(2 rows, \d+ ms\)\n$/);
  });

  it('--json prints the rows alone, with nodes as plain objects', async () => {
    const run = await runCli(['query', "MATCH (p:Person {id: 'p1'}) RETURN p", '--json'], testEnv());
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        p: { elementId: expect.any(String), labels: ['Person'], properties: { id: 'p1', name: 'Person 1' } },
      },
    ]);
  });

  it('reports when the row cap is hit', async () => {
    const run = await runCli(['query', 'MATCH (p:Person) RETURN p.id', '--limit', '3', '--json'], testEnv());
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(3);
    expect(run.stderr).toMatch(/only the first 3 rows are shown \(row cap hit\)/);
  });

  // Each refusal rule is covered without a process in tests/core/store/console*.ts; here, that the CLI reports them.
  it.each([
    ["MATCH (p:Person) SET p.name = 'x'", /not read/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
  ])('refuses %s with the reason and a non-zero exit', async (cypher, reason) => {
    const run = await runCli(['query', cypher], testEnv());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(reason);
  });

  it('leaves the graph untouched after refusals', async () => {
    const check = await db.driver.executeQuery(
      "MATCH (p:Person) WHERE p.name = 'x' RETURN count(p) AS c",
      {},
      {
        database: db.database,
      },
    );
    expect(Number(check.records[0]?.get('c'))).toBe(0);
  });
});
