// The writer's baseline and the bench's graph reset, shared by the write and ingest suites.
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

/**
 * What a straightforward writer does with the same rows to store the same graph, as well as it can be
 * done: one UNWIND MERGE per batch (each link also noting the article, and each meeting its candidate
 * keys with the meeting's dates on every key link, as the graph keeps them), no merging logic, every statement of the article sent pipelined (as
 * our writer sends its plan) and awaited together at the end.
 */
export async function plainWrite(db: GraphDb, plan: ArticlePlan): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.executeWrite(async (tx) => {
      const pending: Promise<unknown>[] = [];
      for (const b of plan.nodes)
        pending.push(
          tx.run(
            `UNWIND $rows AS row MERGE (n:${b.label} {id: row.id}) SET n += row.create, n += row.update`,
            toParams({ rows: b.rows }),
          ),
        );
      for (const b of plan.links)
        pending.push(
          tx.run(
            `UNWIND $rows AS row MATCH (s:${b.from} {id: row.from}) MATCH (t:${b.to} {id: row.to})
           MERGE (s)-[r:${b.type}]->(t) SET r += row.props,
           r.articles = CASE WHEN $articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + $articleId END`,
            toParams({ rows: b.rows, articleId: plan.articleId }),
          ),
        );
      if (plan.candidateKeys?.length)
        pending.push(
          tx.run(
            `UNWIND $rows AS row MATCH (m:Meeting {id: row.id})
           CALL (m, row) { UNWIND row.keys AS k MERGE (key:MergeKey {id: k}) MERGE (m)-[:KEYED]->(key) }
           CALL (m, row) { MATCH (m)-[r:KEYED]->(key)
             SET r.key = key.id, r.span = row.span, r.start = row.start, r.end = row.end }`,
            toParams({ rows: plan.candidateKeys }),
          ),
        );
      if (plan.outletMasthead)
        pending.push(
          tx.run(
            `MATCH (a:Article {outletKey: $key}) WHERE NOT coalesce(a.outletIsMasthead, false)
           SET a.outlet = $name, a.outletIsMasthead = true`,
            plan.outletMasthead,
          ),
        );
      await Promise.all(pending);
    });
  } finally {
    await session.close();
  }
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
