// The query console's actions: run a read-only query, keep a history, send its graph to the canvas, copy as CSV.
import type { QueryAnswer, QueryValue } from '../../../src-main/common/query';
import { addExpansion } from './expandNode';
import { errorMessage, type ActionContext } from '../store';

const HISTORY_KEY = 'rendezvous.queryHistory';
/** The history keeps this many queries, newest first. */
const HISTORY_SIZE = 30;

/** The queries run before, newest first (kept in the browser's storage). */
export function queryHistory(): string[] {
  try {
    const raw = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter((q): q is string => typeof q === 'string') : [];
  } catch {
    return [];
  }
}

function remember(cypher: string): string[] {
  const next = [cypher, ...queryHistory().filter((q) => q !== cypher)].slice(0, HISTORY_SIZE);
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(next));
  } catch {
    // Storage may be unavailable (private windows); the history then lasts as long as the page.
  }
  return next;
}

/** The outcome of a run: the answer, or the reason it was refused or failed. */
export type QueryOutcome = { answer: QueryAnswer; error: null } | { answer: null; error: string };

/** Runs the query through the read-only console; refusals come back with their reason. */
export async function runQuery(
  ctx: ActionContext,
  cypher: string,
  limits: { limit: number; timeoutS: number },
): Promise<{ outcome: QueryOutcome; history: string[] }> {
  const history = remember(cypher.trim());
  try {
    const answer = await ctx.api.runQuery({ cypher, limit: limits.limit, timeoutS: limits.timeoutS });
    return { outcome: { answer, error: null }, history };
  } catch (err) {
    return { outcome: { answer: null, error: errorMessage(err) }, history };
  }
}

let sent = 0;

/** Adds the answer's entities and links to the canvas as one undoable change. */
export function sendToCanvas(ctx: ActionContext, answer: QueryAnswer): void {
  const graph = answer.graph;
  if (!graph.nodes.length) return;
  ctx.store.apply((s) =>
    addExpansion(s, { id: `query:${++sent}`, limit: graph.nodes.length, data: { ...graph, omitted: 0 } }),
  );
  setTimeout(() => ctx.graph.fit(), 50);
}

/** A cell as text: strings as they are, anything else as JSON. */
export function cellText(value: QueryValue): string {
  if (value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The rows as CSV (RFC 4180: quoted when needed, doubled quotes, CRLF). */
export function rowsAsCsv(answer: Pick<QueryAnswer, 'columns' | 'rows'>): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [answer.columns.map(quote).join(',')];
  for (const row of answer.rows)
    lines.push(answer.columns.map((c) => quote(cellText(row[c] ?? null))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
