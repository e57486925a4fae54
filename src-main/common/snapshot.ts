// The `.rendezvous.json` snapshot: a graph view that reopens exactly, with or without a database.
// The file is untrusted input when opened, so everything in it is validated by SnapshotSchema.
import { z } from 'zod';
import {
  DatePrecisionSchema,
  GraphViewSchema,
  MeetingStatusSchema,
  PlaceKindSchema,
  SnapshotLayoutSchema,
} from './vocab';
import type { GraphData, MeetingRecord } from './graph';
import { GraphEdgeSchema, GraphFilterSchema, GraphNodeSchema, MeetingRecordSchema } from './graph';
import { APP_VERSION, SCHEMA_VERSION } from './version';

/** The `format` tag every snapshot file carries. */
export const SNAPSHOT_FORMAT = 'rendezvous-snapshot';

const MAX_ELEMENTS = 200_000;
const text = (max = 10_000) => z.string().max(max);
const id = z.string().min(1).max(300);
const finite = z.number().finite();

/** A drawn graph, as sent by the UI or stored in a snapshot. */
export const GraphDataSchema = z.object({
  nodes: z.array(GraphNodeSchema).max(MAX_ELEMENTS),
  edges: z.array(GraphEdgeSchema).max(MAX_ELEMENTS),
  omitted: z.number().int().min(0).default(0),
});

/** An article the snapshot cites. */
const SnapshotArticleSchema = z.object({
  id,
  title: text(2000).nullable(),
  outlet: text(2000).nullable(),
  published: text(40).nullable(),
  url: text(4000).nullable(),
});

/** One article's report of one meeting, as stored: what lets a snapshot load back into Neo4j exactly. */
const SnapshotReportSchema = z.object({
  meetingId: id,
  articleId: id,
  /** The meeting's position among the article's meetings. */
  index: z.number().int().min(0),
  /** The report's date (the article's publication date). */
  reported: text(40).nullable(),
  status: MeetingStatusSchema,
  date: text(40).nullable(),
  datePrecision: DatePrecisionSchema,
  place: text(2000).nullable(),
  placeKind: PlaceKindSchema.nullable(),
  city: text(2000).nullable(),
  country: text(2000).nullable(),
  topic: text(2000).nullable(),
  evidence: text(100_000),
  evidenceStart: z.number().int().nullable(),
  evidenceEnd: z.number().int().nullable(),
  announcedBy: text(2000).nullable(),
  reportedBy: text(2000).nullable(),
  count: z.number().int().nullable(),
  /** The people and parties the report names, as node ids. */
  personIds: z.array(id).max(10_000),
  groupIds: z.array(id).max(10_000),
  /** How sure the report is, 0..1, and how sure the extraction was (absent in older snapshots). */
  confidence: z.number().min(0).max(1).optional(),
  extractionConfidence: z.number().min(0).max(1).nullable().optional(),
  /** The words of the evidence that made it a meeting, when known. */
  trigger: text(2000).nullable().optional(),
});
/** One stored report of a meeting. */
export type SnapshotReport = z.output<typeof SnapshotReportSchema>;

/** Per-element view state: what the user hid, pinned or styled. */
const ElementStyleSchema = z
  .object({
    hidden: z.boolean().optional(),
    pinned: z.boolean().optional(),
    classes: z
      .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a CSS-like class name'))
      .max(32)
      .optional(),
  })
  .strict();

/** The camera: zoom and pan as Cytoscape reports them. */
const ViewportSchema = z
  .object({ zoom: finite.positive(), pan: z.object({ x: finite, y: finite }).strict() })
  .strict();

/** Everything the view adds to the elements: positions, styles, filters, viewport, selection. */
export const SnapshotViewStateSchema = z
  .object({
    view: GraphViewSchema,
    layout: SnapshotLayoutSchema.default('preset'),
    /** Node positions by node id (model coordinates). Nodes without one are laid out on open. */
    positions: z.record(id, z.object({ x: finite, y: finite }).strict()).default({}),
    /** Per-element overrides by node or edge id. */
    styles: z.record(id, ElementStyleSchema).default({}),
    filter: GraphFilterSchema.optional(),
    viewport: ViewportSchema.nullable().default(null),
    /** Selected node and edge ids. */
    selection: z.array(id).max(MAX_ELEMENTS).default([]),
  })
  .strict();

/** A `.rendezvous.json` file. */
export const SnapshotSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    appVersion: z.string().max(50),
    schemaVersion: z.number().int().min(1),
    /** ISO date-time the snapshot was made. */
    createdAt: z.string().max(50),
    title: text(500).nullable().default(null),
    /** 'view': what the filters left visible; 'all': the whole graph. */
    scope: z.enum(['view', 'all']).default('view'),
    elements: GraphDataSchema,
    /** Every meeting the elements stand for, with its sources and evidence sentences. */
    meetings: z.array(MeetingRecordSchema).max(MAX_ELEMENTS).default([]),
    /** The articles behind the meetings and the mentions. */
    articles: z.array(SnapshotArticleSchema).max(MAX_ELEMENTS).default([]),
    /** Each article's report of each meeting, as stored. */
    reports: z.array(SnapshotReportSchema).max(MAX_ELEMENTS).default([]),
    /** Which articles mention each node, by node id. */
    mentions: z.record(id, z.array(id).max(MAX_ELEMENTS)).default({}),
    state: SnapshotViewStateSchema,
  })
  .strict();

/** A parsed, validated snapshot. */
export type Snapshot = z.output<typeof SnapshotSchema>;
/** The view part of a snapshot, as the UI's graph layer reports it. */
export type SnapshotViewState = z.input<typeof SnapshotViewStateSchema>;
/** A node position in model coordinates. */
export type Position = { x: number; y: number };
/** One element's view overrides. */
export type ElementStyle = z.output<typeof ElementStyleSchema>;

/** The stored provenance a snapshot carries so it loads back into Neo4j as it was. */
export interface SnapshotProvenance {
  articles: z.input<typeof SnapshotArticleSchema>[];
  reports: SnapshotReport[];
  mentions: Record<string, string[]>;
}

/** What a snapshot is built from: the elements, their evidence, and the view state. */
export interface SnapshotInput {
  elements: GraphData;
  meetings: MeetingRecord[];
  /** Provenance for loading back into Neo4j: articles, stored reports, and who each article mentions. */
  provenance?: SnapshotProvenance;
  state: SnapshotViewState;
  title?: string | null;
  scope?: 'view' | 'all';
  /** Defaults to now; given in tests for a stable file. */
  createdAt?: Date;
}

/** Builds a snapshot object (pure); serialise it with `serializeSnapshot`. */
export function buildSnapshot(input: SnapshotInput): Snapshot {
  return SnapshotSchema.parse({
    format: SNAPSHOT_FORMAT,
    appVersion: APP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    title: input.title ?? null,
    scope: input.scope ?? 'view',
    elements: input.elements satisfies z.input<typeof GraphDataSchema>,
    meetings: input.meetings,
    articles: input.provenance?.articles ?? [],
    reports: input.provenance?.reports ?? [],
    mentions: input.provenance?.mentions ?? {},
    state: input.state,
  });
}

/** The snapshot as file text: stable key order, two-space indent, trailing newline. */
export function serializeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/**
 * Parses snapshot file text. Throws an Error whose message names the reason (bad JSON, wrong format,
 * a newer schema, or the first invalid field); edges must join nodes present in the file.
 */
export function parseSnapshot(fileText: string, fileName = 'snapshot'): Snapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(fileText);
  } catch (err) {
    throw new Error(`${fileName} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== SNAPSHOT_FORMAT)
    throw new Error(`${fileName} is not a Rendezvous snapshot (no "format": "${SNAPSHOT_FORMAT}")`);
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION)
    throw new Error(
      `${fileName} was made with a newer schema (${version}); this Rendezvous reads up to ${SCHEMA_VERSION}`,
    );
  const parsed = SnapshotSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    throw new Error(`${fileName} is not a valid snapshot: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  const ids = new Set(parsed.data.elements.nodes.map((n) => n.id));
  const dangling = parsed.data.elements.edges.find((e) => !ids.has(e.source) || !ids.has(e.target));
  if (dangling)
    throw new Error(
      `${fileName} is not a valid snapshot: edge ${dangling.id} joins a node that is not in it`,
    );
  return parsed.data;
}
