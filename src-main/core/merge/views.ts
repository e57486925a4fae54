// Building the drawn graph and the meeting records from loaded meetings: pure, testable without Neo4j.
import type {
  EdgeKind,
  GraphData,
  GraphEdge,
  GraphNode,
  MeetingRecord,
  MeetingSource,
  NodeKind,
} from '../../common/graph';
import { knownOn, statusHistory, summarizeMeeting, type MeetingReport } from './summary';
import { curateRecord, type MeetingCuration } from '../curation/rules';

/** Node kinds by store label. */
export const KIND_OF_LABEL: Record<string, NodeKind> = {
  Person: 'person',
  Organization: 'organization',
  Group: 'group',
  Place: 'place',
  Meeting: 'meeting',
  Topic: 'topic',
  Article: 'article',
};

/** An article as the views cite it. */
export interface ArticleRef {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** The file the article was read from. */
  file?: string | null;
}

/** A node linked to a meeting, with the articles that state the link. */
export interface LinkedNode {
  node: GraphNode;
  role: string | null;
  /** Articles whose reports state this link. */
  articles: string[];
  /** For ANNOUNCED_BY / REPORTED_BY links. */
  type?: string;
}

/** A meeting as loaded from the store, before "as known on" is applied. */
export interface LoadedMeeting {
  id: string;
  reports: MeetingReport[];
  articles: Map<string, ArticleRef>;
  participants: LinkedNode[];
  places: LinkedNode[];
  topics: LinkedNode[];
  announcers: LinkedNode[];
  /** The analyst's corrections, when any. */
  curation?: MeetingCuration | null;
}

/** The links of a meeting known from the given reports. */
const knownLinks = (links: LinkedNode[], articleIds: Set<string>): LinkedNode[] =>
  links.filter((l) => !l.articles.length || l.articles.some((a) => articleIds.has(a)));

/** A meeting as known on a date: its record, and the links known then; null when not yet reported. */
export function meetingAsOf(
  m: LoadedMeeting,
  asOf: string | null,
): {
  record: MeetingRecord;
  participants: LinkedNode[];
  places: LinkedNode[];
  topics: LinkedNode[];
  announcers: LinkedNode[];
} | null {
  const reports = knownOn(m.reports, asOf);
  const summary = summarizeMeeting(reports);
  if (!summary) return null;
  const articleIds = new Set(reports.map((r) => r.articleId));
  const participants = knownLinks(m.participants, articleIds);
  const sources: MeetingSource[] = [...reports]
    .sort(
      (a, b) => (a.reported ?? '').localeCompare(b.reported ?? '') || a.articleId.localeCompare(b.articleId),
    )
    .map((r) => {
      const a = m.articles.get(r.articleId);
      return {
        articleId: r.articleId,
        title: a?.title ?? null,
        outlet: a?.outlet ?? null,
        published: a?.published ?? r.reported,
        url: a?.url ?? null,
        status: r.status,
        evidence: r.evidence,
        evidenceStart: r.evidenceStart,
        evidenceEnd: r.evidenceEnd,
        file: a?.file ?? null,
        index: r.index,
      };
    });
  const names = (kinds: NodeKind[]) =>
    participants
      .filter((p) => kinds.includes(p.node.kind))
      .map((p) => p.node.label)
      .sort((a, b) => a.localeCompare(b));
  return {
    record: curateRecord(
      {
        id: m.id,
        participants: names(['person']),
        participant_groups: names(['group', 'organization']),
        place: summary.place,
        city: summary.city,
        country: summary.country,
        date: summary.date,
        date_precision: summary.datePrecision,
        topic: summary.topic,
        status: summary.status,
        status_history: statusHistory(reports),
        sources,
        flags: summary.flags,
        confidence: summary.confidence,
      },
      m.curation,
      asOf,
    ),
    participants,
    places: knownLinks(m.places, articleIds),
    topics: knownLinks(m.topics, articleIds),
    announcers: knownLinks(m.announcers, articleIds),
  };
}

/** A meeting's short label: where and when. */
function meetingLabel(r: Pick<MeetingRecord, 'place' | 'city' | 'country' | 'date' | 'topic'>): string {
  const where = r.place ?? r.city ?? r.country;
  const parts = [where ?? r.topic ?? 'Meeting', r.date ?? 'date unknown'];
  return parts.join(', ');
}

/** The graph node of a meeting record. */
export function meetingNode(r: MeetingRecord): GraphNode {
  return {
    id: r.id,
    kind: 'meeting',
    label: meetingLabel(r),
    meetingCount: r.participants.length + r.participant_groups.length,
    status: r.status,
    date: r.date,
    datePrecision: r.date_precision,
    place: r.place,
    city: r.city,
    country: r.country,
    topic: r.topic,
    ...(r.curation ? { curation: r.curation } : {}),
  };
}

/** What a 'met' edge needs to know about a meeting: where, when, its status. */
export type MeetingRef = Pick<
  MeetingRecord,
  'id' | 'place' | 'city' | 'country' | 'date' | 'topic' | 'status'
>;

/** Stable edge ids, so expanding twice never duplicates an edge. */
export function edgeId(kind: EdgeKind, a: string, b: string): string {
  return kind === 'met' ? `met:${[a, b].sort().join('|')}` : `${kind}:${a}|${b}`;
}

/** The label of a 'met' edge: place and date for one meeting, else how many. */
function metLabel(meetings: MeetingRef[]): string {
  if (meetings.length === 1) return meetingLabel(meetings[0]!);
  return `${meetings.length} meetings`;
}

/**
 * The pairs of parties that met in a meeting. Named people meet each other; parties (countries,
 * delegations) meet each other; a person meets a party only when no named person represents that party.
 */
export function metPairs(
  participants: LinkedNode[],
  affiliationsOf: (id: string) => string[],
): [string, string][] {
  const people = participants.filter((p) => p.node.kind === 'person');
  const groups = participants.filter((p) => p.node.kind !== 'person');
  const pairs: [string, string][] = [];
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) pairs.push([people[i]!.node.id, people[j]!.node.id]);
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++) pairs.push([groups[i]!.node.id, groups[j]!.node.id]);
  const represented = new Set(people.flatMap((p) => affiliationsOf(p.node.id)));
  for (const p of people) {
    const own = new Set(affiliationsOf(p.node.id));
    for (const g of groups)
      if (!own.has(g.node.id) && !represented.has(g.node.id)) pairs.push([p.node.id, g.node.id]);
  }
  return pairs;
}

/** Collects nodes and edges without duplicates. */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly edgeMeetings = new Map<string, MeetingRef[]>();

  /** Adds a node (the first version of a node wins). */
  node(n: GraphNode): void {
    if (!this.nodes.has(n.id)) this.nodes.set(n.id, n);
  }

  /** True when the node is in the graph. */
  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Adds an edge, or folds a meeting into an existing 'met' edge. */
  edge(
    kind: EdgeKind,
    source: string,
    target: string,
    extra: Partial<GraphEdge> = {},
    meeting?: MeetingRef,
  ): void {
    const id = edgeId(kind, source, target);
    const existing = this.edges.get(id);
    if (existing) {
      if (meeting && !existing.meetingIds.includes(meeting.id)) {
        existing.meetingIds.push(meeting.id);
        const ms = [...(this.edgeMeetings.get(id) ?? []), meeting];
        this.edgeMeetings.set(id, ms);
        if (kind === 'met') existing.label = metLabel(ms);
      }
      return;
    }
    this.edges.set(id, {
      id,
      source,
      target,
      kind,
      label: kind === 'met' && meeting ? metLabel([meeting]) : null,
      meetingIds: meeting ? [meeting.id] : [],
      ...extra,
    });
    if (meeting) this.edgeMeetings.set(id, [meeting]);
  }

  /** The graph, keeping at most `limit` nodes (most meetings first); `omitted` counts the rest. */
  build(limit = Infinity, keep: Set<string> = new Set()): GraphData {
    let nodes = [...this.nodes.values()];
    let omitted = 0;
    if (nodes.length > limit) {
      nodes.sort(
        (a, b) =>
          Number(keep.has(b.id)) - Number(keep.has(a.id)) ||
          b.meetingCount - a.meetingCount ||
          a.id.localeCompare(b.id),
      );
      omitted = nodes.length - limit;
      nodes = nodes.slice(0, limit);
    }
    const ids = new Set(nodes.map((n) => n.id));
    const edges = [...this.edges.values()].filter((e) => ids.has(e.source) && ids.has(e.target));
    return { nodes, edges, omitted };
  }
}

/** Adds a meeting, as known, to a graph in either view. */
export function addMeeting(
  g: GraphBuilder,
  view: 'whoMetWhom' | 'meetings',
  known: NonNullable<ReturnType<typeof meetingAsOf>>,
  affiliationsOf: (id: string) => string[],
): void {
  const r = known.record;
  if (view === 'meetings') {
    g.node(meetingNode(r));
    for (const p of known.participants) {
      g.node(p.node);
      g.edge('participant', r.id, p.node.id, { role: p.role, status: r.status }, r);
    }
    for (const p of known.places) {
      g.node(p.node);
      g.edge('at', r.id, p.node.id, {}, r);
    }
    for (const t of known.topics) {
      g.node(t.node);
      g.edge('about', r.id, t.node.id, {}, r);
    }
    for (const a of known.announcers) {
      g.node(a.node);
      g.edge('announced', r.id, a.node.id, { label: a.type === 'REPORTED_BY' ? 'reported' : 'announced' }, r);
    }
    return;
  }
  for (const p of known.participants) g.node(p.node);
  for (const [a, b] of metPairs(known.participants, affiliationsOf))
    g.edge('met', a, b, { status: r.status }, r);
}
