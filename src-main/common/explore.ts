// Exploring the graph beyond nodes: what an edge stands for, and several paths between two entities.
import { z } from 'zod';
import { GraphViewSchema, IsoDateSchema, MeetingStatusSchema } from './vocab';
import { method } from './contract';
import type { GraphNode, MeetingRecord, PathResult } from './graph';

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
};

/** The validated input of `edgeDetails`. */
export type EdgeDetailsInput = z.output<typeof exploreMethods.edgeDetails.input>;
/** The validated input of `paths`. */
export type PathsInput = z.output<typeof exploreMethods.paths.input>;
