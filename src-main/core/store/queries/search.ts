// The `search` method: names and aliases from the full-text index.
import type { SearchHit, SearchInput } from '../../../common/graph';
import { KIND_OF_LABEL } from '../../merge/views';
import type { GraphDb } from '../connection';
import { read } from '../session';
import { str, strs } from '../values';

const SEARCH = `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
     RETURN node.id AS id, labels(node)[0] AS label, node.name AS name, node.aliases AS aliases, score`;

/** Escapes a term for the Lucene query syntax of the full-text index. */
function luceneTerm(term: string): string {
  return term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}

/** Names and aliases matching the text (every word as a prefix), best first, from the full-text index. */
export async function searchEntities(db: GraphDb, input: SearchInput): Promise<SearchHit[]> {
  // Lower case: Lucene reads AND, OR and NOT in capitals as operators; the index is lower-cased anyway.
  const words = input.text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s|]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .slice(0, 8);
  if (!words.length) return [];
  const query = words.map((w) => `(${luceneTerm(w)} OR ${luceneTerm(w)}*)`).join(' AND ');
  const rows = await read(db, SEARCH, { query, limit: input.limit }, 'searching names');
  const needle = words.join(' ').toLowerCase();
  return rows.map((r) => {
    const name = str(r.name) ?? '';
    const aliases = strs(r.aliases);
    const matched =
      [name, ...aliases].find((n) => n.toLowerCase().includes(needle)) ??
      [name, ...aliases].find((n) => words.some((w) => n.toLowerCase().includes(w.toLowerCase()))) ??
      name;
    return {
      id: String(r.id),
      kind: KIND_OF_LABEL[String(r.label)] ?? 'person',
      label: name,
      matched,
      score: Number(r.score),
    };
  });
}
