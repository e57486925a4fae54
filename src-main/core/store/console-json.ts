// Neo4j values as plain JSON: what every console answer is made of before it leaves the store.
import {
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

/** A JSON value: what every Neo4j value is mapped to before it leaves the store. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

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
