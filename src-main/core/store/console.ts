// The read-only query console for analysts: screens the text, asks Neo4j (EXPLAIN) whether the query only
// reads, then runs it in a read transaction with a timeout and a row cap, returning plain JSON.
import neo4j, {
  Neo4jError,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPathSegment,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
} from 'neo4j-driver';
import { RendezvousError } from '../../common/errors';
import type { GraphDb } from './connection';

/** A JSON value: what every Neo4j value is mapped to before it leaves the store. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Limits of one console query. */
export interface ConsoleOptions {
  /** At most this many rows are returned; `truncated` says when more existed (default 1000). */
  rowCap?: number;
  /** The server stops the transaction after this long (default 30 s). */
  timeoutMs?: number;
  params?: Record<string, unknown>;
}

/** The answer of a console query. */
export interface ConsoleResult {
  columns: string[];
  rows: Record<string, JsonValue>[];
  /** True when the row cap was hit and further rows were dropped. */
  truncated: boolean;
  rowCap: number;
  elapsedMs: number;
}

/** The default row cap of the console. */
export const DEFAULT_ROW_CAP = 1000;
/** The default transaction timeout of the console. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** DBMS procedures that only report facts about the server and may run from the console. */
const READ_ONLY_DBMS_PROCEDURES = new Set(['dbms.components']);

const QUERY_TYPES: Record<string, string> = {
  r: 'read',
  w: 'write',
  rw: 'read and write',
  s: 'schema or administration',
};

function refuse(reason: string): never {
  throw new RendezvousError('QUERY_REFUSED', `Refused: ${reason}`);
}

/**
 * The query as the screen sees it: string literals and comments blanked (same length), backtick names kept
 * without their backticks, so keywords inside strings or comments never count.
 */
export function maskCypher(cypher: string): string {
  let out = '';
  let i = 0;
  const n = cypher.length;
  while (i < n) {
    const c = cypher[i] as string;
    const next = cypher[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && cypher[i] !== '\n') {
        out += ' ';
        i++;
      }
    } else if (c === '/' && next === '*') {
      const end = cypher.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      out += cypher.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === "'" || c === '"') {
      out += c;
      i++;
      while (i < n && cypher[i] !== c) {
        if (cypher[i] === '\\' && i + 1 < n) {
          out += '  ';
          i += 2;
        } else {
          out += cypher[i] === '\n' ? '\n' : ' ';
          i++;
        }
      }
      if (i < n) {
        out += c;
        i++;
      }
    } else if (c === '`') {
      out += ' ';
      i++;
      while (i < n) {
        if (cypher[i] === '`' && cypher[i + 1] === '`') {
          out += '__';
          i += 2;
        } else if (cypher[i] === '`') {
          break;
        } else {
          out += cypher[i] === ';' ? ' ' : cypher[i];
          i++;
        }
      }
      if (i < n) {
        out += ' ';
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The called procedure names (lower case), read from the masked text. */
function calledProcedures(masked: string): string[] {
  const names: string[] = [];
  for (const m of masked.matchAll(
    /\bCALL\s+([A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_][\w]*)*)\s*(?=\(|\bYIELD\b|$|\s)/gi,
  )) {
    names.push((m[1] ?? '').replace(/\s+/g, '').toLowerCase());
  }
  return names;
}

/**
 * Refuses what the console never runs, by looking at the text: more than one statement, LOAD CSV,
 * CALL … IN TRANSACTIONS, dbms.* (except dbms.components) and apoc.*, USE, and EXPLAIN/PROFILE prefixes.
 * Returns the single statement without a trailing semicolon.
 */
export function screenConsoleQuery(cypher: string): string {
  const masked = maskCypher(cypher);
  if (!masked.trim()) refuse('the query is empty.');
  const semicolon = masked.indexOf(';');
  let statement = cypher;
  if (semicolon !== -1) {
    if (masked.slice(semicolon + 1).trim()) refuse('more than one statement; run one query at a time.');
    statement = cypher.slice(0, semicolon);
  }
  const checked = semicolon === -1 ? masked : masked.slice(0, semicolon);
  if (/\bLOAD\s+CSV\b/i.test(checked))
    refuse('LOAD CSV reads files and writes data; the console only reads the graph.');
  if (/\bIN\s+(?:\S+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i.test(checked)) {
    refuse('CALL … IN TRANSACTIONS runs batched writes; the console only reads the graph.');
  }
  if (/\b(SHOW|TERMINATE)\s+TRANSACTIONS?\b/i.test(checked)) {
    refuse('SHOW/TERMINATE TRANSACTIONS is an administration command; the console only reads the graph.');
  }
  for (const m of checked.matchAll(/\bdbms\s*\.\s*([A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_][\w]*)*)/gi)) {
    const name = `dbms.${(m[1] ?? '').replace(/\s+/g, '')}`.toLowerCase();
    if (!READ_ONLY_DBMS_PROCEDURES.has(name))
      refuse(`${name} is a DBMS procedure; dbms.* is not allowed in the console (only dbms.components).`);
  }
  if (/\bapoc\s*\./i.test(checked)) refuse('apoc.* procedures and functions are not allowed in the console.');
  if (/(^|\{)\s*USE\b/i.test(checked)) {
    refuse("USE is not allowed: the console queries the app's database only.");
  }
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(checked)) {
    refuse('EXPLAIN and PROFILE are added by the console itself; write the query alone.');
  }
  return statement.trim();
}

/** Maps any value Neo4j returns (Integer, Node, Relationship, Path, temporal, spatial, bytes) to plain JSON. */
export function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isNode(value)) {
    return { elementId: value.elementId, labels: [...value.labels], properties: toJsonMap(value.properties) };
  }
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startNodeElementId: value.startNodeElementId,
      endNodeElementId: value.endNodeElementId,
      properties: toJsonMap(value.properties),
    };
  }
  if (isUnboundRelationship(value)) {
    return { elementId: value.elementId, type: value.type, properties: toJsonMap(value.properties) };
  }
  if (isPath(value)) {
    return {
      start: toJson(value.start),
      end: toJson(value.end),
      length: value.length,
      segments: value.segments.map((s) => toJson(s)),
    };
  }
  if (isPathSegment(value)) {
    return { start: toJson(value.start), relationship: toJson(value.relationship), end: toJson(value.end) };
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) {
    const point: { [key: string]: JsonValue } = { srid: toJson(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (value instanceof Uint8Array || value instanceof Int8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map((v) => toJson(v));
  if (typeof value === 'object') return toJsonMap(value as Record<string, unknown>);
  return String(value);
}

function toJsonMap(map: Record<string, unknown>): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(map)) out[k] = toJson(v);
  return out;
}

const GUARD_GRACE_MS = 2000;
const TIMED_OUT = Symbol('timed out');

function queryFailed(err: unknown, timeoutMs: number): RendezvousError {
  if (err instanceof RendezvousError) return err;
  const code = err instanceof Neo4jError ? err.code : '';
  const message = err instanceof Error ? err.message : String(err);
  if (err === TIMED_OUT || /TransactionTimedOut/.test(code)) {
    return new RendezvousError(
      'QUERY_FAILED',
      `The query ran longer than ${Math.round(timeoutMs / 1000)} s and was stopped; narrow it or add a LIMIT.`,
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || /read access mode/i.test(message)) {
    return new RendezvousError(
      'QUERY_REFUSED',
      'Refused: the query tried to write; the console only reads the graph.',
    );
  }
  return new RendezvousError('QUERY_FAILED', `The query failed: ${message}${code ? ` (${code})` : ''}`);
}

/**
 * Runs one read-only query: screened, then EXPLAINed (anything whose query type is not read is refused),
 * then run in a read transaction with a timeout, keeping at most `rowCap` rows.
 */
export async function runConsoleQuery(
  db: GraphDb,
  cypher: string,
  options: ConsoleOptions = {},
): Promise<ConsoleResult> {
  const rowCap = options.rowCap ?? DEFAULT_ROW_CAP;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(rowCap) || rowCap < 1) {
    throw new RendezvousError(
      'INVALID_ARGUMENT',
      `The row cap must be a positive whole number, got ${rowCap}.`,
    );
  }
  const statement = screenConsoleQuery(cypher);
  const params = options.params ?? {};
  const started = Date.now();
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(rowCap + 1, 1000),
  });
  // The server enforces the timeout when its transaction monitor next looks; this guard makes sure the
  // caller never waits much longer, by closing the session (which terminates the running query).
  let timedOut = false;
  const guard = setTimeout(() => {
    timedOut = true;
    void session.close().catch(() => undefined);
  }, timeoutMs + GUARD_GRACE_MS);
  const failed = (err: unknown) => queryFailed(timedOut ? TIMED_OUT : err, timeoutMs);
  try {
    let queryType: string;
    try {
      const plan = await session.run(`EXPLAIN ${statement}`, params, { timeout: timeoutMs });
      queryType = plan.summary.queryType;
    } catch (err) {
      throw failed(err);
    }
    const procedures = calledProcedures(maskCypher(statement));
    const systemReadOnly =
      queryType === 's' && procedures.length > 0 && procedures.every((p) => READ_ONLY_DBMS_PROCEDURES.has(p));
    if (queryType !== 'r' && !systemReadOnly) {
      refuse(
        `this query's type is "${QUERY_TYPES[queryType] ?? queryType}", not read; the console only reads the graph.`,
      );
    }
    const tx = session.beginTransaction({ timeout: timeoutMs });
    try {
      const result = tx.run(statement, params);
      const rows: Record<string, JsonValue>[] = [];
      let columns: string[] = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length === rowCap) {
          truncated = true;
          break;
        }
        columns = record.keys.map(String);
        const row: Record<string, JsonValue> = {};
        for (const key of columns) row[key] = toJson(record.get(key));
        rows.push(row);
      }
      if (!rows.length && !truncated) columns = (await result.keys()).map(String);
      if (timedOut) throw TIMED_OUT;
      return { columns, rows, truncated, rowCap, elapsedMs: Date.now() - started };
    } catch (err) {
      throw failed(err);
    } finally {
      await tx.rollback().catch(() => undefined);
    }
  } finally {
    clearTimeout(guard);
    await session.close().catch(() => undefined);
  }
}
