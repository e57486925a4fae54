// A person merge moves the dropped person's relationships inside Neo4j, one statement per type and
// direction, and keeps for a revert only the keys of what it moved whole; what it folded into a
// relationship the kept person already had keeps the dropped one's properties.
import { NODE_LABELS } from '../../common/vocab';
import { strs } from './values';
import { run, type MovedGroup, type MovedLink, type Row, type Tx } from './curation';

/** Labels a moved relationship may end at: the graph's own, and the keys ingest matches meetings by. */
const LABELS = [...NODE_LABELS, 'MergeKey'];
const TYPE = /^[A-Z_]+$/;
const LABEL = /^[A-Za-z]+$/;

const patterns = (type: string, out: boolean) =>
  out
    ? { onDrop: `(d)-[r:${type}]->(x)`, onKeep: `(k)-[s:${type}]->(x)`, made: `(k)-[n:${type}]->(x)` }
    : { onDrop: `(x)-[r:${type}]->(d)`, onKeep: `(x)-[s:${type}]->(k)`, made: `(x)-[n:${type}]->(k)` };

/** The statement that moves the dropped person's relationships of one type and direction onto the kept one. */
function moveStatement(type: string, out: boolean): string {
  const p = patterns(type, out);
  return `MATCH (k:Person {id: $keep})
MATCH (d:Person {id: $drop})
MATCH ${p.onDrop} WHERE x.id IS NOT NULL AND x.id <> $keep AND labels(x)[0] IN $labels
OPTIONAL MATCH ${p.onKeep}
WITH k, r, x, head(collect(s)) AS s
WITH k, r, x, s, properties(r) AS props, s.articles AS kept
FOREACH (_ IN CASE WHEN s IS NULL THEN [1] ELSE [] END |
  CREATE ${p.made} SET n = props, n.curatedFrom = $drop)
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END |
  SET s.articles = coalesce(s.articles, []) + [a IN coalesce(props.articles, []) WHERE NOT a IN coalesce(s.articles, [])])
DELETE r
RETURN labels(x)[0] AS label, x.id AS otherId, s IS NULL AS created,
       CASE WHEN s IS NULL THEN null ELSE props END AS props, props.articles AS articles, kept`;
}

/** What a person merge moved: the relationships moved whole, by key, and those folded into the kept person's. */
export interface PersonMove {
  moved: MovedGroup[];
  links: MovedLink[];
}

/**
 * Moves every relationship of the given types from the person `dropId` onto `keepId` inside Neo4j: a
 * relationship the kept person has too gains the other's articles, any other is made anew on the kept
 * person with the same properties (marked `curatedFrom`); the dropped person's ones are deleted.
 */
export async function movePersonLinks(
  tx: Tx,
  keepId: string,
  dropId: string,
  types: string[],
): Promise<PersonMove> {
  const kinds = types
    .filter((t) => TYPE.test(t))
    .flatMap((type) => [true, false].map((out) => ({ type, out })));
  // Sent pipelined: the server runs them in order, and none reads what another writes.
  const results = await Promise.all(
    kinds.map(({ type, out }) =>
      run(tx, moveStatement(type, out), { keep: keepId, drop: dropId, labels: LABELS }),
    ),
  );
  const moved: MovedGroup[] = [];
  const links: MovedLink[] = [];
  kinds.forEach(({ type, out }, i) => {
    const groups = new Map<string, MovedGroup>();
    for (const r of results[i]!) {
      const otherId = String(r.otherId);
      const label = String(r.label);
      if (r.created !== true) {
        links.push({
          type,
          out,
          otherId,
          otherLabel: label,
          props: r.props as Row,
          created: false,
          keptArticles: strs(r.kept),
        });
        continue;
      }
      let g = groups.get(label);
      if (!g) groups.set(label, (g = { type, out, label, links: [] }));
      const articles = r.articles == null ? null : strs(r.articles);
      g.links.push(
        articles && articles.length === 1 && articles[0] === otherId ? [otherId] : [otherId, articles],
      );
    }
    moved.push(...groups.values());
  });
  return { moved, links };
}

/**
 * Puts back what `movePersonLinks` moved whole: each relationship goes back onto the dropped person with
 * the properties it has on the kept one (less what later came to it), and leaves the kept person unless
 * articles it did not bring hold it there.
 */
export async function restoreMovedLinks(
  tx: Tx,
  keepId: string,
  dropId: string,
  moved: MovedGroup[],
): Promise<void> {
  const sent: Promise<Row[]>[] = [];
  for (const g of moved) {
    if (!TYPE.test(g.type) || !LABEL.test(g.label) || !LABELS.includes(g.label)) continue;
    const p = patterns(g.type, g.out);
    const made = p.made.replace('(k)', '(d)');
    sent.push(
      run(
        tx,
        `MATCH (k:Person {id: $keep})
         MATCH (d:Person {id: $drop})
         UNWIND $links AS l
         MATCH (x:${g.label} {id: l.id})
         MATCH ${p.onKeep}
         WITH k, d, x, s, l, [a IN coalesce(s.articles, []) WHERE NOT a IN coalesce(l.articles, [])] AS left
         MERGE ${made}
         ON CREATE SET n = properties(s), n.articles = l.articles
         ON MATCH SET n.articles = CASE WHEN l.articles IS NULL THEN n.articles
           ELSE coalesce(n.articles, []) + [a IN l.articles WHERE NOT a IN coalesce(n.articles, [])] END
         REMOVE n.curatedFrom
         WITH s, l, left
         FOREACH (_ IN CASE WHEN l.articles IS NULL OR size(left) = 0 THEN [1] ELSE [] END | DELETE s)
         FOREACH (_ IN CASE WHEN l.articles IS NULL OR size(left) = 0 THEN [] ELSE [1] END | SET s.articles = left)`,
        {
          keep: keepId,
          drop: dropId,
          links: g.links.map(([id, ...rest]) => ({ id, articles: rest.length ? rest[0] : [id] })),
        },
      ),
    );
  }
  await Promise.all(sent);
}
