// Every closed list of the app, declared once; schemas, Cypher and the UI take their values from here.
import { z } from 'zod';

/** Node labels of the data model (docs/data-model.md); labels in Cypher come only from this list. */
export const NODE_LABELS = [
  'Article',
  'Person',
  'Organization',
  'Group',
  'Place',
  'Meeting',
  'Topic',
  'Role',
] as const;

/** Where a meeting stands, as one report tells it. */
export const MEETING_STATUSES = ['planned', 'held', 'ongoing', 'cancelled'] as const;
/** A meeting status. */
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
/** A meeting status, checked. */
export const MeetingStatusSchema = z.enum(MEETING_STATUSES);

/** How precisely a meeting's date is known. */
const DATE_PRECISIONS = ['day', 'week', 'month', 'year', 'unknown'] as const;
/** A date precision. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
/** A date precision, checked. */
export const DatePrecisionSchema = z.enum(DATE_PRECISIONS);

/** The kinds of place we recognise. */
const PLACE_KINDS = ['venue', 'city', 'country', 'region'] as const;
/** A place kind. */
export type PlaceKind = (typeof PLACE_KINDS)[number];
/** A place kind, checked. */
export const PlaceKindSchema = z.enum(PLACE_KINDS);

/** The two views of the graph. */
const GRAPH_VIEWS = ['whoMetWhom', 'meetings'] as const;
/** A view of the graph. */
export type GraphView = (typeof GRAPH_VIEWS)[number];
/** A view of the graph, checked; the default is who met whom. */
export const GraphViewSchema = z.enum(GRAPH_VIEWS);

/** The layouts the canvas offers; fcose is the default. */
export const LAYOUTS = ['fcose', 'concentric', 'circle', 'grid', 'breadthfirst', 'map'] as const;
/** A layout's name. */
export type LayoutName = (typeof LAYOUTS)[number];
/** The layouts a snapshot may name: the canvas's, or `preset` for "use the stored positions". */
export const SnapshotLayoutSchema = z.enum(['preset', ...LAYOUTS]);

/** An ISO date at year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** An ISO date at year, month or day precision that names a real month and day, checked. */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'an ISO date with a real month and day');
