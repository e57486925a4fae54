// The UI's query console: `rendezvous query`'s read-only console, with the rows' nodes, relationships and
// paths also drawn as a graph the canvas can take.
import type { GraphData, GraphEdge, GraphNode } from '../../common/graph';
import type { QueryAnswer, QueryValue, RunQueryInput } from '../../common/query';
import type { GraphDb } from './connection';
import { runConsoleQuery } from './console';
import { KIND_OF_LABEL, edgeId } from '../merge/views';
import { toGraphNode } from './records';
import { withCoordinates } from './coordinates';

const EDGE_OF_TYPE: Record<string, GraphEdge['kind']> = {
  PARTICIPANT: 'participant',
  AT: 'at',
  ABOUT: 'about',
  ANNOUNCED_BY: 'announced',
  REPORTED_BY: 'announced',
  AFFILIATED_WITH: 'affiliated',
};

type JsonMap = { [key: string]: QueryValue };
const isMap = (v: QueryValue): v is JsonMap => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The graph the rows hold: every node of a kind the explorer draws (by its `id` property) and every
 * relationship between two of them of a kind it draws, found in columns, lists, maps and paths.
 */
function graphOfRows(rows: Record<string, QueryValue>[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const idOf = new Map<string, string>();
  const rels: JsonMap[] = [];
  const visit = (v: QueryValue): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!isMap(v)) return;
    const labels = v.labels;
    const props = v.properties;
    if (typeof v.elementId === 'string' && Array.isArray(labels) && isMap(props ?? null)) {
      const label = labels.find((l): l is string => typeof l === 'string' && l in KIND_OF_LABEL);
      const id = (props as JsonMap).id;
      if (label && typeof id === 'string') {
        idOf.set(v.elementId, id);
        if (!nodes.has(id)) nodes.set(id, toGraphNode({ ...(props as JsonMap), label, meetingCount: 0 }));
      }
      return;
    }
    if (typeof v.type === 'string' && typeof v.startNodeElementId === 'string') {
      rels.push(v);
      return;
    }
    for (const x of Object.values(v)) visit(x);
  };
  for (const row of rows) for (const v of Object.values(row)) visit(v);
  const edges = new Map<string, GraphEdge>();
  for (const r of rels) {
    const kind = EDGE_OF_TYPE[String(r.type)];
    const source = idOf.get(String(r.startNodeElementId));
    const target = idOf.get(String(r.endNodeElementId));
    if (!kind || !source || !target) continue;
    const id = edgeId(kind, source, target);
    const props = isMap(r.properties ?? null) ? (r.properties as JsonMap) : {};
    if (!edges.has(id))
      edges.set(id, {
        id,
        source,
        target,
        kind,
        label: null,
        meetingIds: [],
        role: typeof props.role === 'string' ? props.role : null,
      });
  }
  return withCoordinates({ nodes: [...nodes.values()], edges: [...edges.values()], omitted: 0 }, []);
}

/** Runs a query through the read-only console (same screening, refusals and limits as the CLI). */
export async function runQuery(db: GraphDb, input: RunQueryInput): Promise<QueryAnswer> {
  const timeoutMs = input.timeoutS * 1000;
  const result = await runConsoleQuery(db, input.cypher, { rowCap: input.limit, timeoutMs });
  const rows = result.rows as Record<string, QueryValue>[];
  return {
    columns: result.columns,
    rows,
    truncated: result.truncated,
    rowCap: result.rowCap,
    timeoutMs,
    elapsedMs: result.elapsedMs,
    graph: graphOfRows(rows),
  };
}
