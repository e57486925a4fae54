// The console's text screen and value mapping, without a database.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../../src-main/core/store/console-json';
import { normaliseCypher, screenConsoleQuery } from '../../../src-main/core/store/console-text';

const refusal = (cypher: string): string => {
  try {
    screenConsoleQuery(cypher);
  } catch (err) {
    return (err as Error & { code: string }).code + ' ' + (err as Error).message;
  }
  return 'accepted';
};

describe('screenConsoleQuery', () => {
  it('accepts a plain read and drops one trailing semicolon', () => {
    expect(screenConsoleQuery('MATCH (n) RETURN n LIMIT 5;  ')).toBe('MATCH (n) RETURN n LIMIT 5');
  });

  it('refuses two statements', () => {
    expect(refusal('MATCH (n) RETURN n; MATCH (m) DETACH DELETE m')).toMatch(
      /^QUERY_REFUSED .*more than one statement/,
    );
  });

  it('does not count semicolons inside strings, comments or backtick names', () => {
    expect(refusal("MATCH (n) WHERE n.name = 'a;b' RETURN n // trailing; comment")).toBe('accepted');
    expect(refusal('MATCH (n) /* x; y */ RETURN n.`odd;name`')).toBe('accepted');
    expect(refusal('RETURN "it\\"s; fine" AS s')).toBe('accepted');
  });

  it('refuses LOAD CSV', () => {
    expect(refusal("LOAD CSV FROM 'file:///x.csv' AS row RETURN row")).toMatch(/QUERY_REFUSED .*LOAD CSV/);
  });

  it('refuses CALL … IN TRANSACTIONS, also with concurrency', () => {
    expect(refusal('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS')).toMatch(
      /IN TRANSACTIONS/,
    );
    expect(refusal('UNWIND [1] AS x CALL { RETURN 1 AS y } IN 2 CONCURRENT TRANSACTIONS RETURN y')).toMatch(
      /IN TRANSACTIONS/,
    );
  });

  it('refuses dbms.* except dbms.components, and apoc.*', () => {
    expect(refusal('CALL dbms.security.listUsers()')).toMatch(/dbms\.security\.listusers .*not allowed/);
    expect(refusal('CALL `dbms`.`listConfig`()')).toMatch(/QUERY_REFUSED .*dbms\.listconfig/);
    expect(refusal('CALL dbms.components() YIELD versions RETURN versions')).toBe('accepted');
    expect(refusal('RETURN apoc.text.join(["a"], ",") AS s')).toMatch(/apoc/);
  });

  it('ignores forbidden words inside string literals', () => {
    expect(refusal("MATCH (n) WHERE n.text CONTAINS 'LOAD CSV; CALL apoc.x' RETURN n")).toBe('accepted');
  });

  it('refuses USE, EXPLAIN and PROFILE prefixes and empty text', () => {
    expect(refusal('USE system SHOW USERS')).toMatch(/USE is not allowed/);
    expect(refusal('PROFILE MATCH (n) RETURN n')).toMatch(/PROFILE/);
    expect(refusal('  // nothing here\n')).toMatch(/empty/);
    expect(refusal('MATCH (n) RETURN n.use AS use')).toBe('accepted');
  });

  it('normalises literals, comments, backtick names and whitespace the way Neo4j reads them', () => {
    expect(normaliseCypher("RETURN 'a;b' // c\n").text).toBe("RETURN ''");
    expect(normaliseCypher('CALL `dbms`\x1c.\u3000`listConfig`()').text).toBe('CALL DBMS.LISTCONFIG()');
    expect(normaliseCypher('LOAD/* x */\x1fCSV').text).toBe('LOAD CSV');
    expect(normaliseCypher('CALL db.\\u006cabels()').text).toBe('CALL DB.LABELS()');
    expect(normaliseCypher('RETURN 1; ').statements).toBe(1);
    expect(normaliseCypher('RETURN 1; RETURN 2').statements).toBe(2);
  });
});

describe('screenConsoleQuery against the separators and spaces Neo4j skips', () => {
  const separators = ['\x1c', '\x1d', '\x1e', '\x1f', '\u00a0', '\u2028', '\u3000', '/**/', '\\u0020'];
  for (const sep of separators) {
    const shown = JSON.stringify(sep);
    it(`refuses LOAD CSV, TERMINATE, SHOW, USE and dbms.* joined by ${shown}`, () => {
      expect(refusal(`LOAD${sep}CSV FROM 'file:///etc/passwd' AS r RETURN r`)).toMatch(
        /^QUERY_REFUSED .*LOAD CSV/,
      );
      expect(refusal(`TERMINATE${sep}TRANSACTIONS 'neo4j-transaction-1'`)).toMatch(
        /^QUERY_REFUSED .*TERMINATE/,
      );
      expect(refusal(`SHOW${sep}TRANSACTIONS`)).toMatch(/^QUERY_REFUSED .*SHOW/);
      expect(refusal(`SHOW${sep}SETTINGS`)).toMatch(/^QUERY_REFUSED .*SHOW/);
      expect(refusal(`USE${sep}system${sep}SHOW USERS`)).toMatch(/^QUERY_REFUSED/);
      expect(
        refusal(
          `CALL dbms.components() YIELD name CALL dbms${sep}.listConnections() YIELD connectionId RETURN *`,
        ),
      ).toMatch(/^QUERY_REFUSED .*dbms\.listconnections/);
    });
  }

  it('refuses dbms.* and tx.* hidden in backticks and \\u escapes, also beside dbms.components()', () => {
    expect(
      refusal('CALL dbms.components() YIELD name CALL `dbms`.`killConnections`(["x"]) YIELD c RETURN c'),
    ).toMatch(/dbms\.killconnections/);
    expect(refusal('CALL dbms.\\u006cistConfig()')).toMatch(/dbms\.listconfig/);
    expect(refusal('CALL dbms.components() YIELD name CALL tx.setMetaData({a: 1}) RETURN name')).toMatch(
      /tx\./,
    );
    expect(refusal('CALL db.clearQueryCaches()')).toMatch(/clearQueryCaches/);
  });

  it('still accepts reads whose names only look like keywords', () => {
    expect(refusal('MATCH (n:Person) WITH n.show AS show RETURN show, n.use AS use')).toBe('accepted');
    expect(refusal("MATCH (n) WHERE n.text = 'SHOW TRANSACTIONS' RETURN n.`load csv` AS x")).toBe('accepted');
  });
});

describe('toJson', () => {
  it('maps integers to numbers, and unsafe ones to strings', () => {
    expect(toJson(neo4j.int(42))).toBe(42);
    expect(toJson(neo4j.int('9223372036854775807'))).toBe('9223372036854775807');
  });

  it('maps nodes and relationships to plain objects with element ids', () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ['Person'],
      { name: 'Ada', born: neo4j.int(1815) },
      '4:x:1',
    );
    const rel = new neo4j.types.Relationship(
      neo4j.int(7),
      neo4j.int(1),
      neo4j.int(2),
      'MET',
      {},
      '5:x:7',
      '4:x:1',
      '4:x:2',
    );
    expect(toJson(node)).toEqual({
      elementId: '4:x:1',
      labels: ['Person'],
      properties: { name: 'Ada', born: 1815 },
    });
    expect(toJson(rel)).toEqual({
      elementId: '5:x:7',
      type: 'MET',
      startNodeElementId: '4:x:1',
      endNodeElementId: '4:x:2',
      properties: {},
    });
  });

  it('maps temporal values to ISO strings and nested lists and maps recursively', () => {
    const date = new neo4j.types.Date(2025, 4, 3);
    expect(toJson({ when: date, list: [neo4j.int(1), null, 'x'] })).toEqual({
      when: '2025-04-03',
      list: [1, null, 'x'],
    });
  });
});
