// Conversions at the driver boundary: Neo4j values never leave core/store, JS integers go in as integers.
import neo4j from 'neo4j-driver';

/** Turns driver values (Integer, temporal, Node, Relationship, lists, maps) into plain JSON-able values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never))
      return toPlain((value as unknown as { properties: unknown }).properties);
    if (
      typeof (v as { toString?: unknown }).toString === 'function' &&
      (neo4j.isDate(v as never) || neo4j.isDateTime(v as never))
    )
      return String(v);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toPlain(x);
    return out;
  }
  return value;
}

/** Sends whole numbers as Cypher integers (so LIMIT and stored offsets are integers, not floats). */
export function toParams<T>(value: T): T {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value) as unknown as T;
  if (Array.isArray(value)) return value.map(toParams) as unknown as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(value)) out[k] = toParams(x);
    return out as T;
  }
  return value;
}

/** A string property, or null. */
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
/** A number property (Integer or float), or 0. */
export const num = (v: unknown): number => {
  const p = toPlain(v);
  return typeof p === 'number' ? p : 0;
};
/** A list of strings property, or []. */
export const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
