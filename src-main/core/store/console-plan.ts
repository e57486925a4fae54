// The console's first layer: Neo4j plans the query (EXPLAIN) and the console walks that plan. Only read
// operators on the app's own database pass, and procedure calls only to a short list of read procedures, by
// the name Neo4j resolved (so backticks, escapes and odd whitespace in the text change nothing).
import { RendezvousError } from '../../common/errors';

/** The plan shape the console reads: what neo4j-driver returns as `summary.plan`. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/**
 * Operators that only read (Neo4j 5.26 names, without the `(All)`-style suffix). Updating operators, LOAD
 * CSV, SHOW/TERMINATE commands, administration, CALL … IN TRANSACTIONS and remote or composite execution are
 * absent, so they are refused.
 */
const READ_OPERATORS: ReadonlySet<string> = new Set([
  'ProduceResults',
  'EmptyResult',
  'Argument',
  'ArgumentTracker',
  'AllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'MultiNodeIndexSeek',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedRelationshipByIdSeek',
  'UndirectedRelationshipByIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'Expand',
  'OptionalExpand',
  'VarLengthExpand',
  'PathPropagatingBFS',
  'ShortestPath',
  'StatefulShortestPath',
  'Repeat',
  'BidirectionalRepeat',
  'ProjectEndpoints',
  'Filter',
  'Projection',
  'CacheProperties',
  'Unwind',
  'PartitionedUnwind',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Optional',
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'RollUpApply',
  'CartesianProduct',
  'NodeHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'ValueHashJoin',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  'Union',
  'OrderedUnion',
  'Anti',
  'Eager',
  'NullifyMetadata',
  'PreserveOrder',
  'ProcedureCall',
]);

// Index seeks are named from their parts: NodeIndexSeek, NodeUniqueIndexSeekByRange, DirectedRelationshipIndexSeek…
const INDEX_SEEK =
  /^(?:Asserting)?(?:Node|(?:Directed|Undirected)Relationship|MultiNode|MultiRelationship)(?:Unique)?IndexSeek(?:ByRange)?$/;

/**
 * Procedures the console may call: facts about the server and the schema, and full-text search. Names as
 * Neo4j resolves them (case-sensitive).
 */
const READ_PROCEDURES: ReadonlySet<string> = new Set([
  'dbms.components',
  'db.info',
  'db.ping',
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

function refuse(reason: string): never {
  throw new RendezvousError('QUERY_REFUSED', `Refused: ${reason}`);
}

/** The operator's name without its database (`Expand(All)@neo4j` → `Expand(All)`) and that database. */
function splitOperator(operatorType: string): { name: string; database: string | null } {
  const at = operatorType.lastIndexOf('@');
  return at === -1
    ? { name: operatorType, database: null }
    : { name: operatorType.slice(0, at), database: operatorType.slice(at + 1) };
}

/** The procedure a ProcedureCall operator calls, from its Details (`db.labels() :: (label :: STRING)`). */
function procedureName(details: unknown): string | null {
  if (typeof details !== 'string') return null;
  const m = /^\s*([\p{L}\p{N}_$.]+)\s*\(/u.exec(details);
  return m ? (m[1] ?? null) : null;
}

/**
 * Walks a plan and refuses the query unless every operator is a read operator planned on `database`, and
 * every procedure call is to a read procedure.
 */
export function checkConsolePlan(plan: PlanNode | null | undefined, database: string): void {
  if (!plan) refuse('Neo4j gave no plan for this query, so the console cannot check it.');
  const stack: PlanNode[] = [plan];
  let seen = 0;
  while (stack.length) {
    const node = stack.pop() as PlanNode;
    if (++seen > 100_000) refuse('the plan is too large to check.');
    const { name, database: planned } = splitOperator(node.operatorType);
    const base = name.replace(/\(.*\)$/, '');
    if (planned !== null && planned !== database) {
      refuse(
        `the query runs against the database "${planned}" (USE); the console queries "${database}" only.`,
      );
    }
    if (base === 'LoadCSV') refuse('LOAD CSV reads files and URLs; the console only reads the graph.');
    if (/^(Show|Terminate)[A-Z]/.test(base) || base === 'AdministrationCommand') {
      refuse(`${base} is an administration command; the console only reads the graph.`);
    }
    if (!READ_OPERATORS.has(base) && !INDEX_SEEK.test(base)) {
      refuse(`the plan uses the operator ${name}, which is not a read operator the console allows.`);
    }
    if (base === 'ProcedureCall') {
      const procedure = procedureName(node.arguments?.Details);
      if (!procedure || !READ_PROCEDURES.has(procedure)) {
        refuse(
          `the procedure ${procedure ?? '(unknown)'} is not one the console may call (allowed: ${[...READ_PROCEDURES].join(', ')}).`,
        );
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
}
