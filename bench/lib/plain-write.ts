// The writer's baselines and the bench's graph reset, shared by the write and ingest suites: the same
// rows our writer plans, written by plain UNWIND MERGEs with no merging logic, either as one pipelined
// statement per batch (plainWrite) or as one statement per article, as our writer sends them
// (plainOneStatementWriter). Both store the same graph as the writer, which the write suite checks.
import type { ArticlePlan } from '../../src-main/core/merge/plan';
import type { GraphDb } from '../../src-main/core/store/connection';
import { toParams } from '../../src-main/core/store/values';

/** A clean environment: no NEO4J_* or RENDEZVOUS_HOME of the person running the bench. */
export function benchEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'RENDEZVOUS_HOME'])
    delete env[name];
  return env;
}

/** Deletes every node, in batches. */
export async function emptyGraph(db: GraphDb): Promise<void> {
  for (;;) {
    const res = await db.driver.executeQuery(
      'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c',
      {},
      { database: db.database },
    );
    if (Number(res.records[0]?.get('c') ?? 0) < 10000) return;
  }
}

/** The plain Cypher of one batch of nodes of a label: an UNWIND MERGE of the list `rows`. */
const plainNodes = (label: string, rows: string) =>
  `UNWIND ${rows} AS row MERGE (n:${label} {id: row.id}) SET n += row.create, n += row.update`;

/** The plain Cypher of one batch of links, each also noting the article ($articleId). */
const plainLinks = (from: string, type: string, to: string, rows: string) =>
  `UNWIND ${rows} AS row MATCH (s:${from} {id: row.from}) MATCH (t:${to} {id: row.to})
   MERGE (s)-[r:${type}]->(t) SET r += row.props,
   r.articles = CASE WHEN $articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + $articleId END`;

/** The plain Cypher of the meetings' candidate keys, with the meeting's dates on every key link. */
const plainKeys = (rows: string) =>
  `UNWIND ${rows} AS row MATCH (m:Meeting {id: row.id})
   CALL (m, row) { UNWIND row.keys AS k MERGE (key:MergeKey {id: k}) MERGE (m)-[:KEYED]->(key) }
   CALL (m, row) { MATCH (m)-[r:KEYED]->(key)
     SET r.key = key.id, r.span = row.span, r.start = row.start, r.end = row.end }`;

/** The plain Cypher of the outlet's rename to its masthead, given the expressions of its key and name. */
const plainMasthead = (key: string, name: string) =>
  `MATCH (a:Article {outletKey: ${key}}) WHERE NOT coalesce(a.outletIsMasthead, false)
   SET a.outlet = ${name}, a.outletIsMasthead = true`;

/**
 * What a straightforward writer does with the same rows to store the same graph, as well as it can be
 * done: one UNWIND MERGE per batch (each link also noting the article, and each meeting its candidate
 * keys with the meeting's dates on every key link, as the graph keeps them), no merging logic, every
 * statement of the article sent pipelined (as our writer sent its plan before it sent it as one
 * statement) and awaited together at the end.
 */
export async function plainWrite(db: GraphDb, plan: ArticlePlan): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite(async (tx) => {
      const pending: Promise<unknown>[] = [];
      for (const b of plan.nodes)
        pending.push(tx.run(plainNodes(b.label, '$rows'), toParams({ rows: b.rows })));
      for (const b of plan.links)
        pending.push(
          tx.run(
            plainLinks(b.from, b.type, b.to, '$rows'),
            toParams({ rows: b.rows, articleId: plan.articleId }),
          ),
        );
      if (plan.candidateKeys?.length)
        pending.push(tx.run(plainKeys('$rows'), toParams({ rows: plan.candidateKeys })));
      if (plan.outletMasthead) pending.push(tx.run(plainMasthead('$key', '$name'), plan.outletMasthead));
      await Promise.all(pending);
    });
  } finally {
    await session.close();
  }
}

const shapeOf = (b: ArticlePlan['links'][number]) => `${b.from}|${b.type}|${b.to}`;

/**
 * The same plain writes sent as one statement per article, as our writer sends its plan: one fixed
 * text for every article (`CYPHER replan=skip`, so Neo4j plans it once), a unit subquery per label and
 * per link shape doing the same UNWIND MERGE as plainWrite on its own list in the one map parameter
 * `plan` (`n0`.., `l0`..; empty when the article has none), then the candidate keys and the outlet's
 * rename. The labels and link shapes are those of `plans` (the writer's plans of the whole run), so
 * the text holds every article's rows and no subquery the run never uses; no merging logic.
 */
export function plainOneStatementWriter(
  plans: ArticlePlan[],
): (db: GraphDb, plan: ArticlePlan) => Promise<void> {
  const write = plainGroupWriter(plans);
  return (db, plan) => write(db, [plan]);
}

/**
 * The same one statement per article, for a group of articles in one transaction, as the ingest writes
 * them (`writeArticles`): every article's statement sent pipelined, all awaited together before the
 * commit.
 */
export function plainGroupWriter(plans: ArticlePlan[]): (db: GraphDb, group: ArticlePlan[]) => Promise<void> {
  const labels = [...new Set(plans.flatMap((p) => p.nodes.map((b) => b.label)))];
  const links = new Map(plans.flatMap((p) => p.links.map((b) => [shapeOf(b), b] as const)));
  const shapes = [...links.keys()];
  const unit = (body: string) => `CALL () {\n${body}\n}`;
  const text = [
    'CYPHER replan=skip',
    ...labels.map((label, i) => unit(plainNodes(label, `$plan.n${i}`))),
    ...[...links.values()].map((b, i) => unit(plainLinks(b.from, b.type, b.to, `$plan.l${i}`))),
    unit(plainKeys('$plan.keys')),
    unit(`UNWIND $plan.masthead AS mh ${plainMasthead('mh.key', 'mh.name')}`),
  ].join('\n');
  const paramsOf = (plan: ArticlePlan) => {
    if (plan.links.some((b) => !links.has(shapeOf(b))) || plan.nodes.some((b) => !labels.includes(b.label)))
      throw new Error(`plan ${plan.articleId} has a label or link shape the run's plans did not have`);
    const params: Record<string, unknown> = {
      keys: plan.candidateKeys ?? [],
      masthead: plan.outletMasthead ? [plan.outletMasthead] : [],
    };
    labels.forEach((label, i) => {
      params[`n${i}`] = plan.nodes.filter((b) => b.label === label).flatMap((b) => b.rows);
    });
    shapes.forEach((shape, i) => {
      params[`l${i}`] = plan.links.filter((b) => shapeOf(b) === shape).flatMap((b) => b.rows);
    });
    return toParams({ articleId: plan.articleId, plan: params });
  };
  return async (db, group) => {
    const session = db.driver.session({ database: db.database });
    try {
      await session.executeWrite((tx) => Promise.all(group.map((plan) => tx.run(text, paramsOf(plan)))));
    } finally {
      await session.close();
    }
  };
}

/** The graph's shape: how many nodes of each label and relationships of each type; equal for equal writes. */
export async function graphShape(db: GraphDb): Promise<string> {
  const res = await db.driver.executeQuery(
    `CALL () { MATCH (n) UNWIND labels(n) AS l RETURN l AS k, count(*) AS c
       UNION ALL MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c
       UNION ALL MATCH ()-[r:KEYED]->() WHERE r.span IS NOT NULL RETURN 'KEYED with dates' AS k, count(*) AS c }
     RETURN k, c ORDER BY k`,
    {},
    { database: db.database },
  );
  return res.records.map((r) => `${String(r.get('k'))} ${String(r.get('c'))}`).join(', ');
}
