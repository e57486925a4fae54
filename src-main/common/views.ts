// Saved views: a named state of the explorer (view, filters, positions, camera, selection), kept in the database.
import { z } from 'zod';
import { GraphViewSchema } from './vocab';
import { method } from './contract';

/** The state a saved view restores; the UI owns its shape, the store keeps it as it was given. */
export const SavedViewStateSchema = z
  .object({
    graphView: GraphViewSchema,
    filters: z.record(z.string(), z.unknown()),
    layout: z.string().max(40),
    hidden: z.array(z.string().max(300)).max(20_000),
    pinned: z.array(z.string().max(300)).max(20_000),
    selection: z.array(z.string().max(300)).max(20_000),
    positions: z.record(z.string().max(300), z.object({ x: z.number(), y: z.number() })),
    viewport: z.object({ zoom: z.number(), pan: z.object({ x: z.number(), y: z.number() }) }).nullable(),
    /** Every node id drawn when the view was saved, so later arrivals can be marked as new. */
    nodeIds: z.array(z.string().max(300)).max(20_000),
    /** Neighbourhoods the user expanded (ids and limits), fetched again on open. */
    expansions: z
      .array(z.object({ id: z.string().max(400), limit: z.number().int().min(1).max(500) }))
      .max(500),
  })
  .strict();
/** The state a saved view restores. */
export type SavedViewState = z.output<typeof SavedViewStateSchema>;

/** A saved view as listed. */
export interface SavedViewSummary {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

/** A saved view with its state. */
export interface SavedView extends SavedViewSummary {
  state: SavedViewState;
}

const name = z.string().trim().min(1).max(200);
const id = z.string().min(1).max(100);

/** Saved view methods. */
export const viewMethods = {
  listViews: method<SavedViewSummary[]>()(z.object({}).strict(), 'The saved views, newest first.'),
  openView: method<SavedView>()(z.object({ id }).strict(), 'A saved view with its state.'),
  saveView: method<SavedView>()(
    z.object({ name, state: SavedViewStateSchema, id: id.optional() }).strict(),
    'Saves the current view under a name (or replaces the view with this id).',
  ),
  renameView: method<SavedViewSummary>()(z.object({ id, name }).strict(), 'Renames a saved view.'),
  deleteView: method<{ deleted: boolean }>()(z.object({ id }).strict(), 'Deletes a saved view.'),
};

/** The validated input of `saveView`. */
export type SaveViewInput = z.output<typeof viewMethods.saveView.input>;
