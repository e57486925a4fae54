// A parameter-free Cypher script that recreates the exported graph in any Neo4j (5.x), one statement
// per line. Strings are escaped literals; labels and relationship types come from closed lists only.
import type { ExportEdge, ExportEdgeKind, ExportGraph, ExportNode } from '../../common/export';
import type { NodeKind } from '../../common/graph';
import { APP_VERSION } from '../../common/version';
import { citeSource } from './columns';
import { cypherString } from './text';

/** The label each node kind is written with. */
const CYPHER_LABELS: Record<NodeKind, string> = {
  person: 'Person',
  organization: 'Organization',
  group: 'Group',
  place: 'Place',
  meeting: 'Meeting',
  topic: 'Topic',
  article: 'Article',
};

/** The relationship type each edge kind is written with. */
const CYPHER_REL_TYPES: Record<ExportEdgeKind, string> = {
  met: 'MET',
  participant: 'PARTICIPATED_IN',
  at: 'AT',
  about: 'ABOUT',
  affiliated: 'AFFILIATED_WITH',
  announced: 'ANNOUNCED_BY',
};

const BATCH = 200;
const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

type Value = string | number | string[] | null;

function literal(value: Exclude<Value, null>): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (Array.isArray(value)) return `[${value.map(cypherString).join(', ')}]`;
  return cypherString(value);
}

/** A map literal; null values and empty lists are left out, as Neo4j stores no nulls. */
function mapLiteral(props: Record<string, Value>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(props)) {
    if (!KEY.test(key)) throw new Error(`unexpected property name ${key}`);
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    parts.push(`${key}: ${literal(value)}`);
  }
  return `{${parts.join(', ')}}`;
}

const sourceProps = (sources: ExportNode['sources']) => ({
  sources: sources.map(citeSource),
  sourceUrls: [...new Set(sources.map((s) => s.url).filter((u): u is string => !!u))],
  evidence: sources.map((s) => s.evidence).filter((e): e is string => !!e),
});

/** The properties a node is written with. */
function nodeProperties(n: ExportNode): Record<string, Value> {
  return {
    id: n.id,
    name: n.label,
    aliases: n.aliases,
    roles: n.roles,
    affiliations: n.affiliations,
    date: n.date,
    datePrecision: n.datePrecision,
    status: n.status,
    topic: n.topic,
    placeKind: n.placeKind,
    country: n.country,
    meetingCount: n.meetingCount,
    confidence: n.confidence ?? null,
    trigger: n.trigger ?? null,
    ...sourceProps(n.sources),
  };
}

/** The properties a relationship is written with (its endpoints are matched by id). */
function edgeProperties(e: ExportEdge): Record<string, Value> {
  return {
    id: e.id,
    label: e.label,
    role: e.role,
    date: e.date,
    status: e.status,
    topic: e.topic,
    meetingIds: e.meetingIds,
    confidence: e.confidence ?? null,
    trigger: e.trigger ?? null,
    ...sourceProps(e.sources),
  };
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/**
 * The Cypher script: uniqueness constraints, then nodes and relationships MERGEd by id in batches, so
 * running it twice changes nothing. Every statement is one line ending in `;` (cypher-shell reads it).
 */
export function toCypher(graph: ExportGraph): string {
  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const out: string[] = [
    `// Rendezvous ${APP_VERSION}: ${graph.nodes.length} nodes, ${graph.edges.length} relationships.`,
    '// Run with cypher-shell -f FILE, or paste into Neo4j Browser with multi-statement editing on.',
  ];
  const kinds = [...new Set(graph.nodes.map((n) => n.kind))];
  for (const kind of kinds) {
    const label = CYPHER_LABELS[kind];
    out.push(
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE;`,
    );
  }
  for (const kind of kinds) {
    const label = CYPHER_LABELS[kind];
    for (const batch of batches(graph.nodes.filter((n) => n.kind === kind)))
      out.push(
        `UNWIND [${batch.map((n) => mapLiteral(nodeProperties(n))).join(', ')}] AS row MERGE (n:${label} {id: row.id}) SET n += row;`,
      );
  }
  const groups = new Map<string, { from: string; to: string; type: string; edges: ExportEdge[] }>();
  for (const e of graph.edges) {
    const from = kindOf.get(e.source);
    const to = kindOf.get(e.target);
    if (!from || !to) throw new Error(`edge ${e.id} joins a node that is not in the export`);
    const key = `${from}|${to}|${e.kind}`;
    const group = groups.get(key) ?? {
      from: CYPHER_LABELS[from],
      to: CYPHER_LABELS[to],
      type: CYPHER_REL_TYPES[e.kind],
      edges: [],
    };
    group.edges.push(e);
    groups.set(key, group);
  }
  for (const g of groups.values())
    for (const batch of batches(g.edges))
      out.push(
        `UNWIND [${batch
          .map(
            (e) =>
              `{source: ${cypherString(e.source)}, target: ${cypherString(e.target)}, props: ${mapLiteral(edgeProperties(e))}}`,
          )
          .join(
            ', ',
          )}] AS row MATCH (a:${g.from} {id: row.source}) MATCH (b:${g.to} {id: row.target}) MERGE (a)-[r:${g.type} {id: row.props.id}]->(b) SET r += row.props;`,
      );
  out.push('');
  return out.join('\n');
}
