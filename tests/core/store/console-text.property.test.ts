// Property tests of the console's text screen: whatever the input, the normaliser neither crashes nor hangs,
// and no arrangement of Neo4j's whitespace, comments or escapes gets a forbidden command past the screen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RendezvousError } from '../../../src-main/common/errors';
import {
  CYPHER_WHITESPACE,
  normaliseCypher,
  screenConsoleQuery,
} from '../../../src-main/core/store/console-text';

/** What the screen did: accepted the text, or refused it; anything else is a crash. */
function screen(text: string): 'accepted' | 'refused' {
  try {
    screenConsoleQuery(text);
    return 'accepted';
  } catch (err) {
    if (err instanceof RendezvousError && err.code === 'QUERY_REFUSED') return 'refused';
    throw err;
  }
}

/** One piece of "nothing" between two keywords, as Neo4j's lexer skips it. */
const gap = fc.oneof(
  fc.constantFrom(...CYPHER_WHITESPACE.split('')),
  fc.constant('/* comment */'),
  fc.constant('/**/'),
  fc.constant('// line\n'),
  fc.constant('\\u0020'),
  fc.constant('\\u001c'),
);
const gaps = fc.array(gap, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const anyCase = (word: string) =>
  fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((flags) => [...word].map((c, i) => (flags[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

/** Text made of the pieces a query is made of, including broken ones. */
const cypherish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'MATCH',
        'RETURN',
        'CALL',
        'LOAD',
        'CSV',
        'SHOW',
        'USE',
        'dbms',
        '.',
        '(',
        ')',
        '{',
        '}',
        ';',
      ),
      fc.constantFrom("'", '"', '`', '``', '\\', '\\u', '\\u00', '/*', '*/', '//', '\n', '\x1c', '\u3000'),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('the console text screen, property by property', () => {
  it('never crashes on any text, and refuses or accepts it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), cypherish), (text) => {
        expect(['accepted', 'refused']).toContain(screen(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives text with single plain spaces only, and upper case', () => {
    fc.assert(
      fc.property(cypherish, (text) => {
        const { text: normal } = normaliseCypher(text);
        expect(normal).not.toMatch(/ {2}/);
        for (const c of CYPHER_WHITESPACE) if (c !== ' ') expect(normal).not.toContain(c);
        expect(normal).toBe(normal.toUpperCase());
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses LOAD CSV, SHOW, TERMINATE and dbms.* however they are spaced, commented or cased', () => {
    const forbidden = fc.oneof(
      fc
        .tuple(anyCase('LOAD'), gaps, anyCase('CSV'))
        .map(([a, g, b]) => `${a}${g}${b} FROM 'x' AS r RETURN r`),
      fc.tuple(anyCase('SHOW'), gaps, anyCase('TRANSACTIONS')).map(([a, g, b]) => `${a}${g}${b}`),
      fc.tuple(anyCase('SHOW'), gaps, anyCase('SETTINGS')).map(([a, g, b]) => `${a}${g}${b}`),
      fc.tuple(anyCase('TERMINATE'), gaps, anyCase('TRANSACTIONS')).map(([a, g, b]) => `${a}${g}${b} 'x'`),
      fc.tuple(anyCase('USE'), gaps).map(([a, g]) => `${a}${g}system MATCH (n) RETURN n`),
      fc
        .tuple(
          anyCase('dbms'),
          gaps,
          fc.constantFrom('listConfig', 'listConnections', 'killConnections', '`listConfig`'),
        )
        .map(([a, g, p]) => `CALL dbms.components() YIELD name CALL ${a}${g}.${g}${p}() YIELD x RETURN x`),
    );
    fc.assert(
      fc.property(forbidden, (text) => {
        expect(screen(text)).toBe('refused');
      }),
      { numRuns: 2000 },
    );
  });

  it('stays linear: a quarter megabyte of hostile text is screened in well under two seconds', () => {
    const hostile = [
      'SHOW '.repeat(50_000),
      '`'.repeat(250_000),
      '/*'.repeat(125_000),
      "'\\".repeat(125_000),
      '\\u'.repeat(125_000),
      'IN '.repeat(80_000),
      'dbms.'.repeat(50_000),
      '\x1c'.repeat(250_000),
    ];
    for (const text of hostile) {
      const started = performance.now();
      screen(text);
      expect(performance.now() - started, JSON.stringify(text.slice(0, 10))).toBeLessThan(2000);
    }
  });
});
