// Running a checked console query and keeping its rows within a row cap and a byte budget. The same code runs
// on the console's worker thread and, where no worker can start, in this thread.
import type { Session } from 'neo4j-driver';
import { toJson } from './console-json';
import type { JsonValue } from './console-json';

/** The limits of one console answer. */
export interface StreamLimits {
  rowCap: number;
  /** At most this many bytes of rows (as UTF-8 JSON) are kept. */
  byteBudget: number;
  timeoutMs: number;
}

/** The rows kept, and which limit stopped them (null when the answer was complete). */
export interface StreamedRows {
  columns: string[];
  rows: Record<string, JsonValue>[];
  truncatedBy: 'rows' | 'bytes' | null;
  bytes: number;
}

/** Runs the statement in a read transaction with the timeout and keeps rows until a limit is reached. */
export async function streamRows(
  session: Session,
  statement: string,
  params: Record<string, unknown>,
  limits: StreamLimits,
): Promise<StreamedRows> {
  const tx = session.beginTransaction({ timeout: limits.timeoutMs });
  try {
    const result = tx.run(statement, params);
    const rows: Record<string, JsonValue>[] = [];
    let columns: string[] = [];
    let truncatedBy: StreamedRows['truncatedBy'] = null;
    let bytes = 0;
    for await (const record of result) {
      if (rows.length === limits.rowCap) {
        truncatedBy = 'rows';
        break;
      }
      columns = record.keys.map(String);
      const row: Record<string, JsonValue> = {};
      for (const key of columns) row[key] = toJson(record.get(key));
      const size = Buffer.byteLength(JSON.stringify(row), 'utf8');
      if (bytes + size > limits.byteBudget) {
        truncatedBy = 'bytes';
        break;
      }
      bytes += size;
      rows.push(row);
    }
    if (!rows.length && !truncatedBy) columns = (await result.keys()).map(String);
    return { columns, rows, truncatedBy, bytes };
  } finally {
    await tx.rollback().catch(() => undefined);
  }
}
