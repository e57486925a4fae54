// Exploring the graph beyond nodes: what an edge stands for, and several paths between two entities.
import { z } from 'zod';
import { GraphViewSchema, IsoDateSchema, MeetingStatusSchema } from './vocab';
import { method } from './contract';
import type { GraphData, GraphNode, MeetingRecord, NodeKind, PathResult } from './graph';

const idSchema = z.string().min(1).max(300);

/** The filters that narrow which meetings count: the same ones the graph method takes. */
export const MeetingFilterSchema = z
  .object({
    statuses: z.array(MeetingStatusSchema).max(4).optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    asOf: IsoDateSchema.optional(),
    outlets: z.array(z.string().max(300)).max(200).optional(),
    articleIds: z.array(idSchema).max(1000).optional(),
  })
  .strict();
/** Filters that narrow the meetings an answer may use. */
export type MeetingFilterInput = z.input<typeof MeetingFilterSchema>;

/** Everything the Details region shows about an edge: both ends and every meeting between them. */
export interface EdgeDetails {
  source: GraphNode;
  target: GraphNode;
  /** True when the edge is an affiliation (a person and their party), which no meeting stands for. */
  affiliation: boolean;
  /** The meetings that join both ends under the filters, oldest first, each with its sources and evidence. */
  meetings: MeetingRecord[];
}

/** What paths may pass through: people and meetings only, or also countries, parties and organisations. */
const PATH_THROUGH = ['people', 'all'] as const;
/** What paths may pass through. */
export type PathThrough = (typeof PATH_THROUGH)[number];

/** At most this many distinct shortest paths are offered. */
const MAX_PATHS = 5;

/** Several distinct paths between two entities, shortest first. */
export interface PathsResult {
  paths: PathResult[];
  through: PathThrough;
}

/** The filters of a cut view, as the graph method took them, so a cluster holds what the view left out. */
const ViewScopeSchema = MeetingFilterSchema.extend({ confirmedOnly: z.boolean().optional() }).strict();

/** The ids of the entities drawn: what a cluster leaves out, and what its links point at. */
const ShownSchema = z.array(idSchema).max(20_000);

/**
 * Entities of a view that a limit left undrawn, gathered around what they belong to: a country, party or
 * organization with its people (`anchorId`), or the rest of one kind ("People with no affiliation").
 */
export interface ViewCluster {
  /** `cluster:` and the first key: stable across loads of the same data. */
  id: string;
  /** The anchors' ids or `kind:<kind>`; more than one for the cluster that holds the smallest ones. */
  keys: string[];
  label: string;
  /** The country, party or organization it gathers around (drawn or not); null for a kind or the rest. */
  anchorId: string | null;
  /** Undrawn entities it holds, per kind and in all. */
  count: number;
  kinds: Partial<Record<NodeKind, number>>;
  /** Drawn entities its members met or belong to, most meetings first, with how many meetings. */
  links: { id: string; meetings: number }[];
  /** Drawn entities linked that `links` leaves out (it lists at most CLUSTER_LINKS). */
  linksOmitted: number;
}

/** Everything a cut view left out, in clusters: `members` is the sum of their counts. */
export interface ViewClusters {
  clusters: ViewCluster[];
  members: number;
}

/** At most this many clusters: past it, the smallest are one cluster (no entity is left out of all). */
export const MAX_CLUSTERS = 40;
/** A cluster lists at most this many links to drawn entities (the rest are counted). */
export const CLUSTER_LINKS = 8;

/** Edge and path methods. */
export const exploreMethods = {
  edgeDetails: method<EdgeDetails>()(
    z.object({ source: idSchema, target: idSchema, filter: MeetingFilterSchema.optional() }).strict(),
    'The meetings between two entities, with their sources and evidence.',
  ),
  paths: method<PathsResult>()(
    z
      .object({
        from: idSchema,
        to: idSchema,
        view: GraphViewSchema.default('whoMetWhom'),
        through: z.enum(PATH_THROUGH).default('people'),
        max: z.number().int().min(1).max(MAX_PATHS).default(MAX_PATHS),
      })
      .strict(),
    'Up to five distinct shortest paths between two entities, through people unless asked otherwise.',
  ),
  clusters: method<ViewClusters>()(
    z
      .object({
        view: GraphViewSchema.default('whoMetWhom'),
        filter: ViewScopeSchema.default({}),
        shown: ShownSchema,
      })
      .strict(),
    'What a view left undrawn, in clusters around countries, parties and organizations, with true counts.',
  ),
  openCluster: method<GraphData>()(
    z
      .object({
        view: GraphViewSchema.default('whoMetWhom'),
        filter: ViewScopeSchema.default({}),
        shown: ShownSchema,
        keys: z.array(z.string().min(1).max(300)).min(1).max(20_000),
        limit: z.number().int().min(1).max(500).default(25),
      })
      .strict(),
    "A cluster's most connected members with their links to what is drawn; `omitted` counts the rest.",
  ),
};

/** The validated input of `edgeDetails`. */
export type EdgeDetailsInput = z.output<typeof exploreMethods.edgeDetails.input>;
/** The validated input of `clusters`. */
export type ClustersInput = z.output<typeof exploreMethods.clusters.input>;
/** The validated input of `openCluster`. */
export type OpenClusterInput = z.output<typeof exploreMethods.openCluster.input>;
/** The validated input of `paths`. */
export type PathsInput = z.output<typeof exploreMethods.paths.input>;
