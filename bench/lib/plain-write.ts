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
 * What a straightforward writer does with the same rows, as well as it can be done: one UNWIND MERGE per
 * batch, no merging logic, every statement of the article sent pipelined (as our writer sends its plan)
 * and awaited together at the end.
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
           MERGE (s)-[r:${b.type}]->(t) SET r += row.props`,
            toParams({ rows: b.rows }),
          ),
        );
      await Promise.all(pending);
    });
  } finally {
    await session.close();
  }
}
