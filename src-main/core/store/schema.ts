// The graph schema: uniqueness constraints and indexes, created on connect, idempotently.
import type { Driver } from 'neo4j-driver';
import { NODE_LABELS } from '../../common/vocab';
import { backfillKeyedDates } from './keyed-dates';

/** Every statement is idempotent (IF NOT EXISTS), so running them on each connect is safe. */
const SCHEMA_STATEMENTS: string[] = [
  ...NODE_LABELS.map(
    (l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.dateStart)',
  'CREATE INDEX meeting_date_end IF NOT EXISTS FOR (m:Meeting) ON (m.dateEnd)',
  'CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE',
  'CREATE INDEX meeting_status IF NOT EXISTS FOR (m:Meeting) ON (m.status)',
  'CREATE INDEX meeting_rejected IF NOT EXISTS FOR (m:Meeting) ON (m.rejectedOn)',
  'CREATE INDEX person_key IF NOT EXISTS FOR (p:Person) ON (p.key)',
  'CREATE INDEX person_surname IF NOT EXISTS FOR (p:Person) ON (p.surname)',
  'CREATE INDEX person_first IF NOT EXISTS FOR (p:Person) ON (p.first)',
  'CREATE INDEX person_surname_key IF NOT EXISTS FOR (p:Person) ON (p.surnameKey)',
  'CREATE CONSTRAINT mergekey_id IF NOT EXISTS FOR (k:MergeKey) REQUIRE k.id IS UNIQUE',
  'CREATE INDEX organization_acronym IF NOT EXISTS FOR (o:Organization) ON (o.acronym)',
  'CREATE INDEX article_outlet_key IF NOT EXISTS FOR (a:Article) ON (a.outletKey)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)',
  'CREATE INDEX article_outlet IF NOT EXISTS FOR (a:Article) ON (a.outlet)',
  'CREATE INDEX meeting_curation_version IF NOT EXISTS FOR (m:Meeting) ON (m.curationVersion)',
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Group|Place|Topic) ON EACH [n.name, n.aliasText]',
];

/** Creates the constraints and indexes if missing and waits until they are online. */
export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
    // Also creates the merge-candidate lookup's index on the key links (after giving them their dates).
    await backfillKeyedDates(session);
  } finally {
    await session.close();
  }
}
