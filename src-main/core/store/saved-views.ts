// Saved views as (:SavedView) nodes beside the graph they show: a name and the explorer's state as JSON.
import { randomUUID } from 'node:crypto';
import { RendezvousError } from '../../common/errors';
import {
  SavedViewStateSchema,
  type SaveViewInput,
  type SavedView,
  type SavedViewSummary,
} from '../../common/views';
import type { GraphDb } from './connection';
import { read, write, type Row } from './session';
import { str } from './values';

const SUMMARY = 'v.id AS id, v.name AS name, v.createdAt AS createdAt, v.updatedAt AS updatedAt';

function summary(row: Row): SavedViewSummary {
  return {
    id: String(row.id),
    name: String(row.name),
    createdAt: str(row.createdAt) ?? '',
    updatedAt: str(row.updatedAt) ?? '',
  };
}

const notFound = (id: string) => new RendezvousError('NOT_FOUND', `No saved view has the id "${id}".`);

/** The saved views, most recently changed first. */
export async function listViews(db: GraphDb): Promise<SavedViewSummary[]> {
  const rows = await read(
    db,
    `MATCH (v:SavedView) RETURN ${SUMMARY} ORDER BY v.updatedAt DESC, v.name`,
    {},
    'listing saved views',
  );
  return rows.map(summary);
}

/** One saved view with its state; a state that no longer parses is reported, not guessed at. */
export async function openView(db: GraphDb, input: { id: string }): Promise<SavedView> {
  const rows = await read(
    db,
    `MATCH (v:SavedView {id: $id}) RETURN ${SUMMARY}, v.state AS state`,
    input,
    'opening a saved view',
  );
  if (!rows.length) throw notFound(input.id);
  const parsed = SavedViewStateSchema.safeParse(JSON.parse(String(rows[0]!.state)));
  if (!parsed.success)
    throw new RendezvousError('BAD_INPUT', `The saved view "${String(rows[0]!.name)}" cannot be read.`);
  return { ...summary(rows[0]!), state: parsed.data };
}

/** Saves a view under a name: a new one, or the one with `id` replaced. */
export async function saveView(db: GraphDb, input: SaveViewInput): Promise<SavedView> {
  const now = new Date().toISOString();
  const rows = await write(
    db,
    `MERGE (v:SavedView {id: $id})
     ON CREATE SET v.createdAt = $now
     SET v.name = $name, v.state = $state, v.updatedAt = $now
     RETURN ${SUMMARY}`,
    { id: input.id ?? randomUUID(), name: input.name, state: JSON.stringify(input.state), now },
    'saving a view',
  );
  return { ...summary(rows[0]!), state: input.state };
}

/** Renames a saved view. */
export async function renameView(
  db: GraphDb,
  input: { id: string; name: string },
): Promise<SavedViewSummary> {
  const rows = await write(
    db,
    `MATCH (v:SavedView {id: $id}) SET v.name = $name, v.updatedAt = $now RETURN ${SUMMARY}`,
    { ...input, now: new Date().toISOString() },
    'renaming a view',
  );
  if (!rows.length) throw notFound(input.id);
  return summary(rows[0]!);
}

/** Deletes a saved view; `deleted` is false when there was none. */
export async function deleteView(db: GraphDb, input: { id: string }): Promise<{ deleted: boolean }> {
  const rows = await write(
    db,
    'MATCH (v:SavedView {id: $id}) DELETE v RETURN count(*) AS n',
    input,
    'deleting a view',
  );
  return { deleted: rows.length > 0 };
}
