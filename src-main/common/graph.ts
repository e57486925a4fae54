// The graph as the UI sees it: plain DTOs built by core/store, never Neo4j objects.
import { z } from 'zod';
import {
  DatePrecisionSchema,
  GraphViewSchema,
  IsoDateSchema,
  MeetingStatusSchema,
  PlaceKindSchema,
  type DatePrecision,
  type MeetingStatus,
} from './vocab';
import { method } from './contract';
import { CURATION_MARKS } from './curation';
import { MeetingFilterSchema } from './explore';

/** The kinds of node the explorer draws. */
export const NODE_KINDS = [
  'person',
  'organization',
  'group',
  'place',
  'meeting',
  'topic',
  'article',
] as const;
/** A node's kind. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** Limits on text from the store or a snapshot file. */
const text = (max: number) => z.string().max(max);
/** A node, edge, meeting or article id. */
const idSchema = z.string().min(1).max(300);
const MAX_LIST = 10_000;

/** A node of the drawn graph, checked (a snapshot's nodes are validated with it). */
export const GraphNodeSchema = z.object({
  /** Stable id (the store's key), unique across kinds. */
  id: idSchema,
  kind: z.enum(NODE_KINDS),
  label: text(2000),
  /** How many meetings this node takes part in (for a meeting: its number of participants). */
  meetingCount: z.number().int().min(0),
  placeKind: PlaceKindSchema.optional(),
  status: MeetingStatusSchema.optional(),
  date: text(40).nullable().optional(),
  datePrecision: DatePrecisionSchema.optional(),
  aliases: z.array(text(2000)).max(1000).optional(),
  roles: z.array(text(2000)).max(1000).optional(),
  affiliations: z.array(text(2000)).max(1000).optional(),
  country: text(2000).nullable().optional(),
  /** For a meeting: its place, city and topic as merged from its reports. */
  place: text(2000).nullable().optional(),
  city: text(2000).nullable().optional(),
  topic: text(2000).nullable().optional(),
  /** Why merged nodes were merged, when a snapshot keeps it. */
  mergeReasons: z.array(text(2000)).max(1000).optional(),
  /** Where it is on a map (degrees), when known: a place's own, a meeting's place, a person's meetings' centre. */
  lat: z.number().min(-90).max(90).nullable().optional(),
  lon: z.number().min(-180).max(180).nullable().optional(),
  /** Confirmed, corrected, added by hand or rejected by the analyst; absent when never curated. */
  curation: z.array(z.enum(CURATION_MARKS)).max(4).optional(),
});
/** A node of the drawn graph. */
export type GraphNode = z.infer<typeof GraphNodeSchema>;

/** The kinds of edge the explorer draws. */
export const EDGE_KINDS = ['met', 'participant', 'at', 'about', 'affiliated', 'announced'] as const;
/** An edge's kind. */
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** An edge of the drawn graph, checked (a snapshot's edges are validated with it). */
export const GraphEdgeSchema = z.object({
  id: idSchema,
  source: idSchema,
  target: idSchema,
  /**
   * 'met' joins two parties (who met whom); 'participant', 'at' and 'about' join a meeting to what it
   * involves; 'affiliated' joins a person to their country, party or organization; 'announced' joins a
   * meeting to the person or organization that announced or reported it.
   */
  kind: z.enum(EDGE_KINDS),
  label: text(2000).nullable(),
  /** The meetings this edge stands for. */
  meetingIds: z.array(idSchema).max(200_000),
  role: text(2000).nullable().optional(),
  status: MeetingStatusSchema.optional(),
  /** Meetings this edge stands for that `meetingIds` leaves out (a hub's edge lists only its newest). */
  meetingsOmitted: z.number().int().min(0).optional(),
});
/** An edge of the drawn graph. */
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

/** A drawn graph, with how much was left out by a limit. */
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Nodes that matched but were left out by a limit. */
  omitted: number;
  /** Counted by the query that drew the graph: meetings per status under every other filter. */
  counts?: ViewCounts;
  /** How much of what matched the view is drawn, with the true counts behind every limit it applied. */
  coverage?: ViewCoverage;
}

/** Shown and true counts for each limit the initial view applies; `shown < total` means a limit cut it. */
export interface ViewCoverage {
  /** Meetings loaded (newest first) and how many pass the dates, the sources and the as-of date. */
  meetings: { shown: number; total: number };
  /** People the chosen articles mention: loaded, and how many there are. */
  mentioned: { shown: number; total: number };
  /** Entities drawn, and how many the whole view holds. */
  entities: { shown: number; total: number };
}

/** The numbers the filters show, from the query that drew the view. */
interface ViewCounts {
  /** Meetings shown (after the status filter). */
  meetings: number;
  /** Meetings per status before the status filter, so an unchecked status still shows what it would add. */
  statuses: Record<MeetingStatus, number>;
}

/** What the graph shows: the view and the filters in effect. */
export const GraphFilterSchema = MeetingFilterSchema.extend({
  view: GraphViewSchema.default('whoMetWhom'),
  limit: z.number().int().min(1).max(20000).optional(),
  /** How many meetings (newest first) the view is built from; the coverage counts the rest. */
  meetings: z.number().int().min(1).max(20000).optional(),
  confirmedOnly: z.boolean().optional(),
}).strict();
/** The filters in effect. */
export type GraphFilter = z.input<typeof GraphFilterSchema>;

/** A search suggestion. */
export interface SearchHit {
  id: string;
  kind: NodeKind;
  label: string;
  /** The alias or name that matched. */
  matched: string;
  score: number;
}

/** One report of a meeting, checked: the article and the sentence behind it. */
const MeetingSourceSchema = z.object({
  articleId: idSchema,
  title: text(2000).nullable(),
  outlet: text(2000).nullable(),
  published: text(40).nullable(),
  url: text(4000).nullable(),
  status: MeetingStatusSchema,
  evidence: text(100_000),
  evidenceStart: z.number().int().nullable(),
  evidenceEnd: z.number().int().nullable(),
  /** The file the article was read from, and the index of this meeting among the article's meetings. */
  file: text(4000).nullable().optional(),
  index: z.number().int().min(0).optional(),
  /** How sure the extraction is of this report, 0..1 (1 for reports stored without one). */
  confidence: z.number().min(0).max(1).optional(),
  /** The words of the evidence that made it a meeting ("met", "talks"), when known. */
  trigger: text(2000).nullable().optional(),
});
/** One report of a meeting: the article and the sentence behind it. */
export type MeetingSource = z.infer<typeof MeetingSourceSchema>;

/** A merged meeting with every report behind it, checked (a snapshot's evidence is validated with it). */
export const MeetingRecordSchema = z.object({
  id: idSchema,
  participants: z.array(text(2000)).max(MAX_LIST),
  participant_groups: z.array(text(2000)).max(MAX_LIST),
  place: text(2000).nullable(),
  city: text(2000).nullable(),
  country: text(2000).nullable(),
  date: text(40).nullable(),
  date_precision: DatePrecisionSchema,
  topic: text(2000).nullable(),
  /** As known on the requested date. */
  status: MeetingStatusSchema,
  status_history: z
    .array(z.object({ status: MeetingStatusSchema, reported: text(40).nullable(), articleId: idSchema }))
    .max(MAX_LIST),
  sources: z.array(MeetingSourceSchema).max(MAX_LIST),
  /** Facts that could not be true as reported, and what was done about them (none when all is well). */
  flags: z.array(text(2000)).max(MAX_LIST).optional(),
  /** 1 when every report is taken as stated; lower when a flag could not be fixed. */
  confidence: z.number().min(0).max(1).optional(),
  /** The analyst's marks as known on the requested date; absent when never curated. */
  curation: z.array(z.enum(CURATION_MARKS)).max(4).optional(),
});
/** A merged meeting with every report behind it. */
export type MeetingRecord = z.infer<typeof MeetingRecordSchema>;

/** Everything the details panel shows about one node. */
export interface EntityDetails {
  node: GraphNode;
  /** For people and groups: their meetings; for a meeting: itself; for a place or topic: meetings there/about it. */
  meetings: MeetingRecord[];
  /** Articles that mention the entity. */
  articles: {
    id: string;
    title: string | null;
    outlet: string | null;
    published: string | null;
    url: string | null;
  }[];
  /** Why merged nodes were merged. */
  mergeReasons: string[];
}

/** The path between two entities, with the meetings along it. */
export interface PathResult {
  found: boolean;
  nodeIds: string[];
  edgeIds: string[];
  graph: GraphData;
  meetings: MeetingRecord[];
}

/** Values the filter panel offers, and the timeline's data. */
export interface GraphFacets {
  outlets: { name: string; count: number }[];
  articles: { id: string; title: string | null; outlet: string | null; published: string | null }[];
  /** How many articles there are; `articles` lists only the newest when there are more. */
  articlesTotal?: number;
  /** Meetings per date (YYYY-MM-DD or coarser), for the timeline. */
  timeline: { date: string; precision: DatePrecision; status: MeetingStatus; count: number }[];
  counts: Record<NodeKind, number>;
}

/** Graph exploration methods. */
export const graphMethods = {
  graph: method<GraphData>()(GraphFilterSchema, 'The graph for a view and filters.'),
  facets: method<GraphFacets>()(z.object({}).strict(), 'Filter values and the timeline.'),
  search: method<SearchHit[]>()(
    z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(50).default(10) }).strict(),
    'Names and aliases matching the text.',
  ),
  expand: method<GraphData>()(
    z
      .object({
        id: idSchema,
        view: GraphViewSchema.default('whoMetWhom'),
        limit: z.number().int().min(1).max(500).default(25),
        /** Only meetings that pass these filters count as links, as in the drawn view. */
        filter: MeetingFilterSchema.optional(),
      })
      .strict(),
    "A node's neighbours through the meetings that pass the filters, up to a limit; `omitted` counts the rest.",
  ),
  path: method<PathResult>()(
    z
      .object({
        from: idSchema,
        to: idSchema,
        view: GraphViewSchema.default('whoMetWhom'),
      })
      .strict(),
    'The shortest path between two entities.',
  ),
  details: method<EntityDetails>()(
    z.object({ id: idSchema, asOf: IsoDateSchema.optional() }).strict(),
    "An entity's details with its evidence.",
  ),
  meetings: method<MeetingRecord[]>()(
    z
      .object({
        from: IsoDateSchema.optional(),
        to: IsoDateSchema.optional(),
        asOf: IsoDateSchema.optional(),
        statuses: z.array(MeetingStatusSchema).max(4).optional(),
        /** Only the newest this many meetings; without it, every meeting in the range. */
        limit: z.number().int().min(1).optional(),
      })
      .strict(),
    'Merged meetings in a date range, with sources.',
  ),
};

/** The validated input of `graph`. */
export type GraphQueryInput = z.output<typeof GraphFilterSchema>;
/** The validated input of `search`. */
export type SearchInput = z.output<typeof graphMethods.search.input>;
/** The validated input of `expand`. */
export type ExpandInput = z.output<typeof graphMethods.expand.input>;
/** The validated input of `path`. */
export type PathInput = z.output<typeof graphMethods.path.input>;
/** The validated input of `details`. */
export type DetailsInput = z.output<typeof graphMethods.details.input>;
/** The validated input of `meetings`. */
export type MeetingsInput = z.output<typeof graphMethods.meetings.input>;

/** Every meeting id a drawn graph refers to (meeting nodes and edges' meetings). */
export function meetingIdsOf(graph: GraphData): string[] {
  const ids = new Set<string>();
  for (const n of graph.nodes) if (n.kind === 'meeting') ids.add(n.id);
  for (const e of graph.edges) for (const id of e.meetingIds) ids.add(id);
  return [...ids];
}
