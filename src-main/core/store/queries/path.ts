// The `path` method and the explorer's k shortest paths, with the meetings along each path.
import type { MeetingRecord, PathInput, PathResult } from '../../../common/graph';
import type { PathsInput, PathsResult } from '../../../common/explore';
import { GraphBuilder, meetingAsOf, meetingNode } from '../../merge/views';
import type { GraphDb } from '../connection';
import { withCoordinates } from '../coordinates';
import { NOT_REJECTED } from '../curation-filters';
import { NODE, edgeKindOf, labelFor, loadedMeeting, toGraphNode } from '../records';
import { read, type Row } from '../session';
import { str } from '../values';
import { MEETING_LINKS, MEETING_REPORTS } from './meetings';

/** What each path query returns: its nodes and relationships, and the meetings along it. */
const PATH_RETURN = `
CALL (p) {
  UNWIND [n IN nodes(p) WHERE n:Meeting] AS m
  ${MEETING_REPORTS}
  ${MEETING_LINKS}
  RETURN collect({id: m.id, reports: reports, participants: participants, places: places, topics: topics, announcers: announcers}) AS meetings
}
RETURN [n IN nodes(p) | ${NODE('n')}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, role: r.role}] AS rels,
       meetings`;

/** The Cypher for the shortest path, with the meetings along it loaded in the same query. */
export const PATH_QUERY = (fromLabel: string, toLabel: string, types: string) => `
MATCH (a:${fromLabel} {id: $from}), (b:${toLabel} {id: $to})
MATCH p = shortestPath((a)-[:${types}*..12]-(b))
WHERE all(x IN nodes(p) WHERE ${NOT_REJECTED('x')})
${PATH_RETURN}`;

/** Paths found per query before distinct ones are picked. */
const PATH_CANDIDATES = 20;

/**
 * The Cypher for the k shortest paths, shortest first; with `peopleOnly`, every node between the ends is a
 * person or a meeting.
 */
const PATHS_QUERY = (fromLabel: string, toLabel: string, types: string, peopleOnly: boolean) => `
MATCH (a:${fromLabel} {id: $from}), (b:${toLabel} {id: $to})
MATCH p = SHORTEST ${PATH_CANDIDATES} (a)-[:${types}]-{1,12}(b)
WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  AND all(x IN nodes(p) WHERE ${NOT_REJECTED('x')})
${peopleOnly ? 'AND all(n IN nodes(p)[1..-1] WHERE n:Person OR n:Meeting)' : ''}
WITH p ORDER BY length(p)
${PATH_RETURN}`;

const SELF = (label: string) => `MATCH (n:${label} {id: $id}) RETURN ${NODE('n')} AS node`;

/** The relationship types a path may follow in a view. */
const pathTypes = (view: PathInput['view']) =>
  view === 'meetings' ? 'PARTICIPANT|AFFILIATED_WITH|AT|ABOUT|ANNOUNCED_BY' : 'PARTICIPANT|AFFILIATED_WITH';

const NO_PATH: PathResult = {
  found: false,
  nodeIds: [],
  edgeIds: [],
  graph: { nodes: [], edges: [], omitted: 0 },
  meetings: [],
};

/** The path from an entity to itself: the entity alone, or no path when there is no such entity. */
async function selfPath(db: GraphDb, label: string, id: string): Promise<PathResult> {
  const rows = await read(db, SELF(label), { id }, 'finding a path');
  if (!rows.length) return NO_PATH;
  const n = toGraphNode(rows[0]!.node);
  return {
    found: true,
    nodeIds: [n.id],
    edgeIds: [],
    graph: { nodes: [n], edges: [], omitted: 0 },
    meetings: [],
  };
}

/** The shortest path between two entities through meetings and affiliations (and places and topics in the meetings view). */
export async function shortestPath(db: GraphDb, input: PathInput): Promise<PathResult> {
  const fromLabel = labelFor(input.from);
  const toLabel = labelFor(input.to);
  if (input.from === input.to) return selfPath(db, fromLabel, input.from);
  const rows = await read(
    db,
    PATH_QUERY(fromLabel, toLabel, pathTypes(input.view)),
    { from: input.from, to: input.to },
    'finding a path',
  );
  return rows.length ? pathFromRow(rows[0]!, input.view) : NO_PATH;
}

/** Draws a path in the meetings view: every node, every relationship as its edge. */
function drawMeetingsPath(
  g: GraphBuilder,
  nodes: ReturnType<typeof toGraphNode>[],
  rels: Row[],
  records: Map<string, MeetingRecord>,
) {
  const nodeIds: string[] = [];
  const edgeIds: string[] = [];
  for (const n of nodes) {
    const rec = n.kind === 'meeting' ? records.get(n.id) : undefined;
    g.node(rec ? meetingNode(rec) : n);
    nodeIds.push(n.id);
  }
  for (const r of rels) {
    const kind = edgeKindOf(r.type);
    const rec = kind === 'affiliated' ? undefined : records.get(String(r.from));
    g.edge(kind, String(r.from), String(r.to), { role: str(r.role) }, rec);
    edgeIds.push(`${kind}:${String(r.from)}|${String(r.to)}`);
  }
  return { nodeIds, edgeIds };
}

/** Draws a path in the who-met-whom view: meetings become 'met' edges between the parties on either side. */
function drawWhoMetWhomPath(
  g: GraphBuilder,
  nodes: ReturnType<typeof toGraphNode>[],
  rels: Row[],
  records: Map<string, MeetingRecord>,
) {
  const nodeIds: string[] = [];
  const edgeIds: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.kind === 'meeting') continue;
    g.node(n);
    nodeIds.push(n.id);
    const next = nodes[i + 1];
    if (!next) continue;
    if (next.kind === 'meeting') {
      const after = nodes[i + 2];
      if (!after) continue;
      const rec = records.get(next.id);
      g.edge('met', n.id, after.id, { status: rec?.status }, rec);
      edgeIds.push(`met:${[n.id, after.id].sort().join('|')}`);
    } else {
      const r = rels[i]!;
      g.edge('affiliated', String(r.from), String(r.to));
      edgeIds.push(`affiliated:${String(r.from)}|${String(r.to)}`);
    }
  }
  return { nodeIds, edgeIds };
}

/** A path result from one row of nodes, relationships and meetings, drawn for the view. */
function pathFromRow(row: Row, view: PathInput['view']): PathResult {
  const nodes = (row.nodes as unknown[]).map(toGraphNode);
  const rels = row.rels as Row[];
  const records = new Map<string, MeetingRecord>();
  for (const m of ((row.meetings as unknown[]) ?? []).map(loadedMeeting)) {
    const k = meetingAsOf(m, null);
    if (k) records.set(m.id, k.record);
  }
  const g = new GraphBuilder();
  const draw = view === 'meetings' ? drawMeetingsPath : drawWhoMetWhomPath;
  const { nodeIds, edgeIds } = draw(g, nodes, rels, records);
  // The meetings in the order the path passes them.
  const meetings = nodes.map((n) => records.get(n.id)).filter((r): r is MeetingRecord => !!r);
  return { found: true, nodeIds, edgeIds, graph: withCoordinates(g.build(), meetings), meetings };
}

/**
 * Up to `max` distinct shortest paths, shortest first. Through people (the default), only people and meetings
 * lie between the ends; through everything, countries, parties and organisations may too (and places and
 * topics in the meetings view). No path visits a node twice; two paths through the same people by different
 * meetings are different paths, as their evidence differs.
 */
export async function findPaths(db: GraphDb, input: PathsInput): Promise<PathsResult> {
  const fromLabel = labelFor(input.from);
  const toLabel = labelFor(input.to);
  if (input.from === input.to) {
    const one = await selfPath(db, fromLabel, input.from);
    return { paths: one.found ? [one] : [], through: input.through };
  }
  const people = input.through === 'people';
  const rows = await read(
    db,
    PATHS_QUERY(fromLabel, toLabel, people ? 'PARTICIPANT' : pathTypes(input.view), people),
    { from: input.from, to: input.to },
    'finding paths',
  );
  const seen = new Set<string>();
  const paths: PathResult[] = [];
  for (const row of rows) {
    const chain = (row.nodes as unknown[])
      .map(toGraphNode)
      .map((n) => n.id)
      .join('>');
    if (seen.has(chain)) continue;
    seen.add(chain);
    paths.push(pathFromRow(row, input.view));
    if (paths.length === input.max) break;
  }
  return { paths, through: input.through };
}
