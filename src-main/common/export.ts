// Exports: the file formats, the graph model they serialise, and the export methods of the API.
import { z } from 'zod';
import { method } from './contract';
import type { EdgeKind, MeetingRecord, NodeKind } from './graph';
import type { DatePrecision, MeetingStatus, PlaceKind } from './extraction';
import { GraphFilterSchema } from './graph';
import { GraphDataSchema, SnapshotSchema, SnapshotViewStateSchema } from './snapshot';

/** The data formats the core writes (images are made in the renderer). */
export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cypher'] as const;
/** A data export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** 'view': the elements the UI shows (what the filters leave visible); 'all': the whole graph. */
export type ExportScope = 'view' | 'all';

/** An exported edge's kind: the drawn edge kinds. */
export type ExportEdgeKind = EdgeKind;

/** One article behind a fact, as exports and captions cite it. */
export interface ExportSource {
  articleId: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  /** The status this report gives the meeting. */
  status: MeetingStatus | null;
  evidence: string | null;
  /** How sure the extraction is of this report, 0..1; null when not a meeting's report. */
  confidence?: number | null;
  /** The words of the evidence that made it a meeting ("met", "talks"), when known. */
  trigger?: string | null;
}

/** A node with every attribute the file formats carry. */
export interface ExportNode {
  id: string;
  kind: NodeKind;
  /** The display name. */
  label: string;
  aliases: string[];
  roles: string[];
  affiliations: string[];
  date: string | null;
  datePrecision: DatePrecision | null;
  status: MeetingStatus | null;
  topic: string | null;
  placeKind: PlaceKind | null;
  country: string | null;
  meetingCount: number;
  sources: ExportSource[];
  /** The analyst's marks (confirmed, corrected, added); empty or absent when never curated. */
  curation?: string[];
  /** A meeting's confidence, 0..1 (that of its least sure report); null for other nodes. */
  confidence?: number | null;
  /** A meeting's trigger words, from every report; null for other nodes or when unknown. */
  trigger?: string | null;
}

/** An edge with every attribute the file formats carry; date/status/topic come from its meetings. */
export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  kind: ExportEdgeKind;
  label: string | null;
  role: string | null;
  date: string | null;
  status: MeetingStatus | null;
  topic: string | null;
  meetingIds: string[];
  sources: ExportSource[];
  /** The analyst's marks on the meetings the edge stands for. */
  curation?: string[];
  /** The confidence of the surest meeting the edge stands for, 0..1; null when it stands for none. */
  confidence?: number | null;
  /** The trigger words of the meetings the edge stands for; null when unknown. */
  trigger?: string | null;
}

/** The graph every data format is written from. */
export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** One file of an export, ready to save. */
export interface ExportFile {
  /** A plain file name (no folders), e.g. `rendezvous.graphml` or `nodes.csv`. */
  name: string;
  mime: string;
  content: string;
}

/** What an export produced: one file, or for CSV two (`nodes.csv`, `edges.csv`) meant for one folder. */
export interface ExportResult {
  format: ExportFormat;
  files: ExportFile[];
  nodes: number;
  edges: number;
}

/** What a snapshot load wrote into Neo4j. */
export interface SnapshotLoadResult {
  nodes: number;
  relationships: number;
  meetings: number;
  articles: number;
}

/** Input of `exportGraph`. */
export const ExportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    scope: z.enum(['view', 'all']).default('view'),
    /** The current view's elements, sent by the UI; required when scope is 'view'. */
    graph: GraphDataSchema.optional(),
    /** With scope 'all': which part of the stored graph (dates, statuses, ...). */
    filter: GraphFilterSchema.optional(),
    /** For 'json': the view state (positions, styles, viewport, selection) stored in the snapshot. */
    state: SnapshotViewStateSchema.optional(),
    title: z.string().max(500).optional(),
  })
  .strict()
  .refine((r) => r.scope === 'all' || r.graph !== undefined, {
    message: 'a view export needs the graph of the view',
    path: ['graph'],
  });
/** What the UI sends to `exportGraph`. */
export type ExportRequest = z.input<typeof ExportRequestSchema>;

/** Export methods. */
export const exportMethods = {
  exportGraph: method<ExportResult>()(
    ExportRequestSchema,
    'The view or the whole graph as JSON snapshot, GraphML, GEXF, CSV or a Cypher script.',
  ),
  exportEvidence: method<MeetingRecord[]>()(
    z.object({ meetingIds: z.array(z.string().min(1).max(300)).max(200_000) }).strict(),
    'The meetings with these ids, with every source and evidence sentence (for snapshots and captions).',
  ),
  loadSnapshot: method<SnapshotLoadResult>()(
    z.object({ snapshot: SnapshotSchema }).strict(),
    "Loads a snapshot's elements and evidence into Neo4j, merging with what is there.",
  ),
};

const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes what XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF); keeps all other Unicode. */
function stripXmlIllegal(value: string): string {
  return value.replace(XML_ILLEGAL, '');
}

/** Escapes text for XML content or a quoted attribute (GraphML, GEXF, SVG); whitespace survives attribute normalisation. */
export function xmlEscape(value: string): string {
  return stripXmlIllegal(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
