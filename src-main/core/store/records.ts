// Neo4j records to DTOs: every row is parsed with zod, so a value outside the data model fails loudly
// instead of turning into a guessed default.
import { z } from 'zod';
import { RendezvousError } from '../../common/errors';
import type { GraphNode } from '../../common/graph';
import { CURATION_MARKS } from '../../common/curation';
import { DatePrecisionSchema, MeetingStatusSchema, PlaceKindSchema } from '../../common/vocab';
import { labelOfId } from '../merge/names';
import { KIND_OF_LABEL, type ArticleRef, type LinkedNode, type LoadedMeeting } from '../merge/views';
import type { MeetingReport } from '../merge/summary';
import { meetingCurationFrom } from '../curation/rules';
import { toPlain } from './values';
import type { ReportReasons } from './report-reasons';

/** The projection every query returns a node in; `meetingCount` is a degree count, so it stays cheap. */
export const NODE = (v: string) =>
  `${v} {.id, .name, .aliases, .roles, .affiliations, .kind, .country, .status, .date, .datePrecision, .place, .city, .topic, .mergeReasons, .title, .curation, label: labels(${v})[0], meetingCount: CASE WHEN ${v}:Meeting THEN COUNT { (${v})-[:PARTICIPANT]->() } ELSE COUNT { (${v})<-[:PARTICIPANT|AT|ABOUT]-() } END}`;

/**
 * NODE without the merge reasons, for drawn views: the reasons grow with every article that names a person
 * (kilobytes a person on a large corpus), and only Details, which reads them with NODE, shows them.
 */
export const NODE_DRAWN = (v: string) => NODE(v).replace(' .mergeReasons,', '');

/** The projection of an article as the views cite it. */
export const ARTICLE = (v: string) => `${v} {.id, .title, .outlet, .published, .url, .file}`;

/** A property that Neo4j leaves out when it is null. */
const text = z
  .string()
  .nullish()
  .transform((v) => v ?? null);
const texts = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);
const count = z.number().int().min(0);
const optionalCount = z
  .number()
  .nullish()
  .transform((v) => v ?? null);

/** Parses a value against a schema; a mismatch is a store that does not hold what the data model says. */
function parse<T extends z.ZodType>(schema: T, raw: unknown, what: string): z.output<T> {
  const result = schema.safeParse(toPlain(raw));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new RendezvousError(
    'INTERNAL',
    `The store holds ${what} that does not fit the data model: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}.`,
  );
}

const drawnLabel = z.enum(Object.keys(KIND_OF_LABEL) as [string, ...string[]]);

const NodeRowSchema = z.object({
  id: z.string().min(1),
  label: drawnLabel,
  name: text,
  title: text,
  meetingCount: count,
  curation: z.array(z.enum(CURATION_MARKS)).nullish(),
  aliases: texts,
  roles: texts,
  affiliations: texts,
  kind: text,
  country: text,
  status: text,
  date: text,
  datePrecision: text,
  place: text,
  city: text,
  topic: text,
});

/** Maps a node projected by NODE to the DTO the UI draws. */
export function toGraphNode(raw: unknown): GraphNode {
  const p = parse(NodeRowSchema, raw, 'a node');
  const kind = KIND_OF_LABEL[p.label]!;
  const node: GraphNode = { id: p.id, kind, label: p.name ?? p.title ?? p.id, meetingCount: p.meetingCount };
  if (p.curation?.length) node.curation = p.curation;
  if (kind === 'person') {
    node.aliases = p.aliases;
    node.roles = p.roles;
    node.affiliations = p.affiliations;
  }
  if (kind === 'place') {
    node.placeKind = parse(PlaceKindSchema, p.kind, `the place ${p.id} with a kind`);
    node.country = p.country;
  }
  if (kind === 'meeting') {
    node.status = parse(MeetingStatusSchema, p.status, `the meeting ${p.id} with a status`);
    node.date = p.date;
    node.datePrecision = parse(DatePrecisionSchema, p.datePrecision, `the meeting ${p.id} with a precision`);
    node.place = p.place;
    node.city = p.city;
    node.country = p.country;
    node.topic = p.topic;
    node.label = [p.place ?? p.city ?? p.country ?? p.topic ?? 'Meeting', p.date ?? 'date unknown'].join(
      ', ',
    );
  }
  return node;
}

/** The label of a node id, checked against the closed list; a foreign id is a clear NOT_FOUND. */
export function labelFor(id: string): string {
  const label = labelOfId(id);
  if (!label || label === 'Role') throw new RendezvousError('NOT_FOUND', `No entity has the id "${id}".`);
  return label;
}

const ReportSchema = z.object({
  articleId: z.string().min(1),
  // A meeting added by hand has no place among an article's meetings: its index is negative.
  index: z.number().int(),
  reported: text,
  status: MeetingStatusSchema,
  date: text,
  datePrecision: DatePrecisionSchema,
  place: text,
  placeKind: PlaceKindSchema.nullish().transform((v) => v ?? null),
  city: text,
  country: text,
  topic: text,
  evidence: z.string(),
  evidenceStart: optionalCount,
  evidenceEnd: optionalCount,
  announcedBy: text,
  reportedBy: text,
  count: optionalCount,
  personIds: texts,
  groupIds: texts,
  affiliationGroupIds: texts,
  kind: z
    .enum(['meal', 'reception', 'bilateral', 'summit', 'talks'])
    .nullish()
    .transform((v) => v ?? null),
  flags: texts,
  // A report stored before confidence was recorded is taken as stated.
  confidence: z
    .number()
    .nullish()
    .transform((v) => v ?? 1),
  // What the extraction said: null for a report stored before these were kept.
  extractionConfidence: z
    .number()
    .nullish()
    .transform((v) => v ?? null),
  trigger: text,
});

/** Reads a stored REPORTED_IN relationship back into a report, with the extraction's reasons. */
export function reportFromProps(raw: unknown): MeetingReport & ReportReasons {
  return parse(ReportSchema, raw, 'a meeting report');
}

const ArticleRowSchema = z.object({
  id: z.string().min(1),
  title: text,
  outlet: text,
  published: text,
  url: text,
  file: text,
});

/** Maps an article projected by ARTICLE to the reference the views cite. */
export function toArticleRef(raw: unknown): ArticleRef {
  return parse(ArticleRowSchema, raw, 'an article');
}

const LinkRowSchema = z.object({
  node: z.unknown().optional(),
  role: text,
  articles: texts,
  type: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
});

const linked = (raw: unknown): LinkedNode[] =>
  parse(z.array(LinkRowSchema).nullish(), raw, 'meeting links')?.map((l) => ({
    ...l,
    node: toGraphNode(l.node),
  })) ?? [];

const LoadedMeetingRowSchema = z.object({
  id: z.string().min(1),
  reports: z.array(z.object({ r: z.unknown().optional(), a: z.unknown() })),
  participants: z.unknown().optional(),
  places: z.unknown().optional(),
  topics: z.unknown().optional(),
  announcers: z.unknown().optional(),
  curation: z.unknown().optional(),
});

/** Maps a row of id, reports, participants, places, topics and announcers to a loaded meeting. */
export function loadedMeeting(raw: unknown): LoadedMeeting {
  const row = parse(LoadedMeetingRowSchema, raw, 'a meeting');
  const reports = row.reports.map((x) => ({ report: reportFromProps(x.r), article: toArticleRef(x.a) }));
  return {
    id: row.id,
    reports: reports.map((x) => x.report),
    articles: new Map(reports.map((x) => [x.article.id, x.article])),
    participants: linked(row.participants),
    places: linked(row.places),
    topics: linked(row.topics),
    announcers: linked(row.announcers),
    curation: meetingCurationFrom(row.curation),
  };
}

const TimelineRowSchema = z.object({
  date: z.string(),
  precision: DatePrecisionSchema,
  status: MeetingStatusSchema,
  count,
});

/** Maps a row of the facets' timeline (meetings per date, precision and status). */
export function toTimelineEntry(raw: unknown): z.output<typeof TimelineRowSchema> {
  return parse(TimelineRowSchema, raw, 'a timeline entry');
}

const MetMeetingSchema = z.object({
  id: z.string().min(1),
  place: text,
  city: text,
  country: text,
  date: text,
  topic: text,
  status: MeetingStatusSchema,
});

/** Maps a meeting behind a 'met' edge, as the who-met-whom expansion projects it. */
export function toMetMeeting(raw: unknown): z.output<typeof MetMeetingSchema> {
  return parse(MetMeetingSchema, raw, 'a meeting');
}

const REL_EDGE_KIND = {
  PARTICIPANT: 'participant',
  AT: 'at',
  ABOUT: 'about',
  ANNOUNCED_BY: 'announced',
  REPORTED_BY: 'announced',
  AFFILIATED_WITH: 'affiliated',
} as const;

/** The drawn edge kind of a relationship type the explorer follows. */
export function edgeKindOf(type: unknown): (typeof REL_EDGE_KIND)[keyof typeof REL_EDGE_KIND] {
  const t = parse(z.enum(Object.keys(REL_EDGE_KIND) as [keyof typeof REL_EDGE_KIND]), type, 'a relationship');
  return REL_EDGE_KIND[t];
}
