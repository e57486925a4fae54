// The read-only query console, for the UI: the same screening, refusals and limits as `rendezvous query`.
import { z } from 'zod';
import { method } from './contract';
import type { GraphData } from './graph';

/** A JSON value as the console returns it. */
export type QueryValue = null | boolean | number | string | QueryValue[] | { [key: string]: QueryValue };

/** The console's answer: rows as a table, and the graph its nodes, relationships and paths draw. */
export interface QueryAnswer {
  columns: string[];
  rows: Record<string, QueryValue>[];
  /** True when the row cap was hit: more rows existed than `rowCap`. */
  truncated: boolean;
  rowCap: number;
  timeoutMs: number;
  elapsedMs: number;
  /** The entities and links of the rows, by their graph ids; empty when the rows hold none. */
  graph: GraphData;
}

/** The console's limits, as `rendezvous query` has them. */
export const QUERY_LIMITS = { maxRows: 1000, maxTimeoutS: 300, defaultTimeoutS: 30 } as const;

/** Console methods. */
export const queryMethods = {
  runQuery: method<QueryAnswer>()(
    z
      .object({
        cypher: z.string().min(1).max(20_000),
        limit: z.number().int().min(1).max(QUERY_LIMITS.maxRows).default(QUERY_LIMITS.maxRows),
        timeoutS: z.number().int().min(1).max(QUERY_LIMITS.maxTimeoutS).default(QUERY_LIMITS.defaultTimeoutS),
      })
      .strict(),
    'Runs one read-only Cypher query; anything that could write is refused with the reason.',
  ),
};

/** The validated input of `runQuery`. */
export type RunQueryInput = z.output<typeof queryMethods.runQuery.input>;
