// The console's text pre-check: the query normalised the way Neo4j's lexer reads it (its whitespace, comments,
// backtick names and \uXXXX escapes), then screened for what the console never runs. This is the second
// layer; the first is the plan check (console-plan.ts), the third Neo4j's own settings.
import { RendezvousError } from '../../common/errors';

/**
 * Every character Neo4j 5's Cypher lexer skips as whitespace: TAB, LF, VT, FF, CR, the separators
 * \x1c–\x1f, SPACE, NO-BREAK SPACE and the Unicode space separators (checked against Neo4j 5.26).
 */
export const CYPHER_WHITESPACE =
  '\t\n\v\f\r\x1c\x1d\x1e\x1f \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

const WHITESPACE = new Set(CYPHER_WHITESPACE);
const LINE_END = new Set(['\n', '\r', '\u2028', '\u2029']);

/** Procedures the text check lets through; the plan check holds the authoritative list. */
const TEXT_ALLOWED_DBMS = new Set(['DBMS.COMPONENTS']);

/** The statement split off, and the canonical text the screen reads. */
export interface NormalisedCypher {
  /**
   * Upper case; comments, whitespace runs and \uXXXX escapes resolved to single spaces or their characters;
   * string literals reduced to `''`; backtick names unquoted (inner spaces and dots become `_`); no space
   * around dots. Keywords are found here by plain matching.
   */
  text: string;
  /** How many statements the text holds (semicolons outside literals, names and comments, plus one). */
  statements: number;
  /** The original text of the first statement, without a trailing semicolon. */
  first: string;
}

function decodeEscape(cypher: string, i: number): string | null {
  if (cypher[i] !== '\\' || (cypher[i + 1] !== 'u' && cypher[i + 1] !== 'U')) return null;
  const hex = cypher.slice(i + 2, i + 6);
  return /^[0-9a-fA-F]{4}$/.test(hex) ? String.fromCharCode(parseInt(hex, 16)) : null;
}

/**
 * Normalises a query for the text screen. Runs in one pass over the text (linear time), never throws, and
 * never looks at anything but the text.
 */
export function normaliseCypher(cypher: string): NormalisedCypher {
  // Pieces are collected in an array: appending to one long string and asking how it ends would be quadratic.
  const parts: string[] = [];
  let afterSpace = false;
  let statements = 1;
  let firstEnd = -1;
  let i = 0;
  const n = cypher.length;
  const emit = (piece: string) => {
    parts.push(piece);
    afterSpace = false;
  };
  const space = () => {
    if (!afterSpace) parts.push(' ');
    afterSpace = true;
  };
  while (i < n) {
    const c = cypher[i] as string;
    const next = cypher[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && !LINE_END.has(cypher[i] as string)) i++;
      space();
    } else if (c === '/' && next === '*') {
      const end = cypher.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      space();
    } else if (c === "'" || c === '"') {
      i++;
      while (i < n && cypher[i] !== c) i += cypher[i] === '\\' ? 2 : 1;
      i++;
      emit("''");
    } else if (c === '`') {
      i++;
      let name = '';
      while (i < n) {
        if (cypher[i] === '`' && cypher[i + 1] === '`') {
          name += '`';
          i += 2;
        } else if (cypher[i] === '`') {
          i++;
          break;
        } else {
          const escaped = decodeEscape(cypher, i);
          name += escaped ?? (cypher[i] as string);
          i += escaped === null ? 1 : 6;
        }
      }
      emit(name.replace(/[^\p{L}\p{N}_$]/gu, '_') || '_');
    } else if (c === ';') {
      if (firstEnd === -1) firstEnd = i;
      statements++;
      emit(';');
      i++;
    } else if (WHITESPACE.has(c)) {
      space();
      i++;
    } else {
      const escaped = decodeEscape(cypher, i);
      if (escaped !== null) {
        if (WHITESPACE.has(escaped)) space();
        else emit(escaped);
        i += 6;
      } else {
        emit(c);
        i++;
      }
    }
  }
  const out = parts.join('');
  // A trailing semicolon followed only by whitespace or comments ends the one statement.
  const lastSemicolon = out.lastIndexOf(';');
  if (lastSemicolon !== -1 && !out.slice(lastSemicolon + 1).trim()) statements--;
  const text = out
    .replace(/ ?\. ?/g, '.')
    .toUpperCase()
    .trim();
  const first = firstEnd === -1 ? cypher : cypher.slice(0, firstEnd);
  return { text, statements, first: first.trim() };
}

function refuse(reason: string): never {
  throw new RendezvousError('QUERY_REFUSED', `Refused: ${reason}`);
}

// Keywords count only as whole words: not after a dot, colon or dollar (a property, label or parameter).
const W = '(?<![\\w.:$])';

const SCREENS: [RegExp, string][] = [
  [
    new RegExp(`(?:^|\\{ ?|${W}UNION(?: ALL| DISTINCT)? )USE\\b`),
    "USE is not allowed: the console queries the app's database only.",
  ],
  [new RegExp(`${W}LOAD CSV\\b`), 'LOAD CSV reads files and URLs; the console only reads the graph.'],
  [
    new RegExp(`${W}IN (?:\\S+ )?(?:CONCURRENT )?TRANSACTIONS\\b`),
    'CALL … IN TRANSACTIONS runs batched writes; the console only reads the graph.',
  ],
  [
    new RegExp(
      `(?:${W}SHOW (?:[A-Z_]+ ){0,4}(?:TRANSACTIONS?|SETTINGS?|PROCEDURES?|FUNCTIONS?|INDEX(?:ES)?|CONSTRAINTS?|DATABASES?|USERS?|ROLES?|PRIVILEGES?|SERVERS?|ALIAS(?:ES)?|SUPPORTED)\\b|^SHOW\\b)`,
    ),
    'SHOW commands are administration; the console only reads the graph.',
  ],
  [
    new RegExp(`${W}TERMINATE TRANSACTIONS?\\b`),
    'TERMINATE TRANSACTIONS is administration; the console only reads the graph.',
  ],
  [
    new RegExp(`${W}(GRANT|DENY|REVOKE|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN) `),
    'administration commands are not allowed in the console.',
  ],
  [
    new RegExp(
      `${W}(CREATE|DROP|ALTER|RENAME|START|STOP)( OR REPLACE)?( COMPOSITE| LOCAL| REMOTE)? (DATABASE|USER|ROLE|ALIAS|SERVER|INDEX|CONSTRAINT)\\b`,
    ),
    'administration and schema commands are not allowed in the console.',
  ],
  [new RegExp(`${W}APOC\\.`), 'apoc.* procedures and functions are not allowed in the console.'],
  [new RegExp(`${W}TX\\.`), 'tx.* procedures change the transaction; the console only reads the graph.'],
  [new RegExp(`${W}DB\\.CLEARQUERYCACHES\\b`), 'db.clearQueryCaches is administration.'],
  [
    new RegExp(`^(EXPLAIN|PROFILE)\\b`),
    'EXPLAIN and PROFILE are added by the console itself; write the query alone.',
  ],
];

/**
 * Refuses, by its normalised text, what the console never runs: more than one statement, LOAD CSV,
 * CALL … IN TRANSACTIONS, SHOW and TERMINATE commands, USE, administration, dbms.* (except dbms.components),
 * apoc.*, tx.*, and EXPLAIN/PROFILE prefixes. Returns the single statement without a trailing semicolon.
 */
export function screenConsoleQuery(cypher: string): string {
  const normalised = normaliseCypher(cypher);
  if (!normalised.text.replace(/;/g, '').trim()) refuse('the query is empty.');
  if (normalised.statements > 1) refuse('more than one statement; run one query at a time.');
  const text = normalised.text.replace(/;\s*$/, '');
  for (const [pattern, reason] of SCREENS) if (pattern.test(text)) refuse(reason);
  for (const m of text.matchAll(new RegExp(`${W}DBMS\\.[\\p{L}\\p{N}_$.]*`, 'gu'))) {
    const name = m[0].replace(/\.+$/, '');
    if (!TEXT_ALLOWED_DBMS.has(name)) {
      refuse(
        `${name.toLowerCase()} is a DBMS procedure; dbms.* is not allowed in the console (only dbms.components).`,
      );
    }
  }
  return normalised.first;
}
