// The console's three layers against the real Neo4j: each attack from the red-team pass is refused by the
// text screen, and again by the plan walk alone, and the built-in Neo4j itself refuses what reaches it.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsoleQuery } from '../../../src-main/core/store/console';
import { checkConsolePlan } from '../../../src-main/core/store/console-plan';
import type { PlanNode } from '../../../src-main/core/store/console-plan';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { resetGraph, testDb, testNeo4j } from '../../helpers/db';

const ATTACKS: Record<string, string> = {
  'LOAD CSV of the config file': "LOAD\x1cCSV FROM 'file:///config.json' AS row RETURN row",
  'LOAD CSV from a local port': "LOAD\x1dCSV FROM 'http://127.0.0.1:9/' AS row RETURN row",
  'TERMINATE TRANSACTIONS': "TERMINATE\x1cTRANSACTIONS 'neo4j-transaction-1'",
  'SHOW TRANSACTIONS': 'SHOW\x1eTRANSACTIONS',
  'SHOW SETTINGS': 'SHOW\x1fSETTINGS',
  'dbms.listConnections beside dbms.components()':
    'CALL dbms.components() YIELD name CALL dbms\x1c.listConnections() YIELD connectionId RETURN connectionId',
  'dbms.killConnections beside dbms.components()':
    "CALL dbms.components() YIELD name CALL `dbms`.`killConnections`(['bolt-1']) YIELD connectionId RETURN connectionId",
  'dbms.listConfig beside dbms.components()':
    'CALL dbms.components() YIELD name CALL dbms.\\u006cistConfig() YIELD value RETURN value',
  'db.clearQueryCaches beside dbms.components()':
    'CALL dbms.components() YIELD name CALL db\x1c.clearQueryCaches() YIELD value RETURN value',
  'tx.setMetaData beside dbms.components()':
    "CALL dbms.components() YIELD name CALL tx\x1f.setMetaData({a: 'b'}) RETURN name",
  'USE system': 'USE\x1csystem SHOW USERS',
  'USE of the same database': 'USE\x1cneo4j MATCH (n) RETURN count(n)',
};

/** The attack with the text screen's words made plain, as the plan walk sees it after Neo4j parsed it. */
async function explain(db: GraphDb, cypher: string): Promise<PlanNode | null> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`EXPLAIN ${cypher}`);
    return (result.summary.plan as PlanNode | false) || null;
  } finally {
    await session.close();
  }
}

describe('the console against the red-team attacks', () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = await testDb();
    await resetGraph(db);
    await db.driver.executeQuery(
      "CREATE (:Person {id: 'p1', name: 'Ada Lovelace', aliasText: ''}), (:Person {id: 'p2', name: 'Bob', aliasText: ''})",
      {},
      { database: db.database },
    );
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  for (const [name, cypher] of Object.entries(ATTACKS)) {
    it(`refuses ${name} with separator characters`, async () => {
      await expect(runConsoleQuery(db, cypher)).rejects.toMatchObject({ code: 'QUERY_REFUSED' });
    });
  }

  const planOnly: Record<string, string> = {
    'LOAD CSV': "LOAD\x1cCSV FROM 'file:///config.json' AS row RETURN row",
    'TERMINATE TRANSACTIONS': "TERMINATE\x1cTRANSACTIONS 'neo4j-transaction-1'",
    'SHOW TRANSACTIONS': 'SHOW\x1cTRANSACTIONS',
    'SHOW SETTINGS': 'SHOW\x1cSETTINGS',
    'dbms.listConnections beside dbms.components()':
      'CALL dbms.components() YIELD name CALL `dbms`.listConnections() YIELD connectionId RETURN connectionId',
    'dbms.listConfig beside dbms.components()':
      'CALL dbms.components() YIELD name CALL dbms.\\u006cistConfig() YIELD value RETURN value',
    'db.clearQueryCaches': 'CALL db.clearQueryCaches()',
    'a write': "CREATE (:Person {id: 'x'})",
    'SHOW USERS on the system database': 'SHOW USERS',
  };
  for (const [name, cypher] of Object.entries(planOnly)) {
    it(`the plan walk alone refuses ${name}`, async () => {
      const plan = await explain(db, cypher);
      expect(() => checkConsolePlan(plan, db.database)).toThrow(/Refused/);
    });
  }

  it('the plan walk accepts the reads and procedures the console is for', async () => {
    for (const cypher of [
      "MATCH (p:Person {id: 'p1'}) RETURN p",
      'MATCH (a:Person)-[r*1..3]-(b) RETURN DISTINCT b ORDER BY b.name LIMIT 3',
      'MATCH (a:Person) WHERE EXISTS { (a)--() } RETURN count { (a)--() } AS n',
      'CALL dbms.components() YIELD versions RETURN versions',
      'CALL db.labels() YIELD label RETURN label',
      "CALL db.index.fulltext.queryNodes('entity_names', 'Ada') YIELD node RETURN node.name",
    ]) {
      const plan = await explain(db, cypher);
      expect(() => checkConsolePlan(plan, db.database), cypher).not.toThrow();
    }
    const found = await runConsoleQuery(
      db,
      "CALL db.index.fulltext.queryNodes('entity_names', 'Ada') YIELD node RETURN node.name AS name",
    );
    expect(found.rows).toEqual([{ name: 'Ada Lovelace' }]);
  });

  it('Neo4j itself refuses LOAD CSV from a file URL, even outside the console', async () => {
    const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
    try {
      await expect(session.run("LOAD CSV FROM 'file:///config.json' AS row RETURN row")).rejects.toThrow(
        /file URLs|not allowed|allow_csv_import_from_file_urls/i,
      );
    } finally {
      await session.close();
    }
  });

  it('Neo4j itself runs with an import folder, no file URLs and transaction memory limits', async () => {
    const result = await db.driver.executeQuery(
      "CALL dbms.listConfig() YIELD name, value WHERE name IN ['server.directories.import', 'dbms.security.allow_csv_import_from_file_urls', 'db.memory.transaction.max', 'dbms.memory.transaction.total.max', 'dbms.security.procedures.allowlist'] RETURN name, value",
      {},
      { database: db.database },
    );
    const settings = Object.fromEntries(result.records.map((r) => [r.get('name'), String(r.get('value'))]));
    expect(settings['dbms.security.allow_csv_import_from_file_urls']).toBe('false');
    expect(settings['server.directories.import']).toMatch(/import$/);
    expect(settings['db.memory.transaction.max']).not.toMatch(/^0/);
    expect(settings['dbms.memory.transaction.total.max']).not.toMatch(/^0/);
    expect(settings['dbms.security.procedures.allowlist']).toContain('db.index.fulltext.queryNodes');
  });

  it('refuses the reduce bomb and Neo4j keeps running', async () => {
    const bomb = "RETURN size(reduce(s = '', x IN range(1, 40) | s + s + 'xxxxxxxxxx')) AS n";
    await expect(runConsoleQuery(db, bomb, { timeoutMs: 110_000 })).rejects.toMatchObject({
      code: 'QUERY_REFUSED',
      message: expect.stringMatching(/memory/i),
    });
    expect(() => process.kill(testNeo4j().pid, 0)).not.toThrow();
    const after = await runConsoleQuery(db, 'MATCH (n:Person) RETURN count(n) AS people');
    expect(after.rows).toEqual([{ people: 2 }]);
  });

  it('stops RETURN range(1, 30000000) within its 25 s timeout', async () => {
    const started = Date.now();
    await expect(
      runConsoleQuery(db, 'RETURN range(1, 30000000) AS r', { timeoutMs: 25_000 }),
    ).rejects.toMatchObject({
      code: 'QUERY_FAILED',
    });
    const elapsed = Date.now() - started;
    console.log(`range(1, 30000000) stopped after ${elapsed} ms`);
    expect(elapsed).toBeLessThan(25_000 + 1_000);
    const after = await runConsoleQuery(db, 'RETURN 1 AS one');
    expect(after.rows).toEqual([{ one: 1 }]);
  });

  it('cuts the answer at the byte budget and says so', async () => {
    const result = await runConsoleQuery(db, 'UNWIND range(1, 1000) AS i RETURN i', { byteBudget: 100 });
    expect(result).toMatchObject({ truncated: true, truncatedBy: 'bytes' });
    expect(result.bytes).toBeLessThanOrEqual(100);
    expect(result.rows.length).toBeGreaterThan(5);
    expect(result.rows.length).toBeLessThan(20);
  });
});
