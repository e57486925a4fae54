// From the drawn graph and its meetings to the one model every data format is written from.
import type { ExportEdge, ExportGraph, ExportNode, ExportSource } from '../../common/export';
import type { GraphData, GraphEdge, GraphNode, MeetingRecord } from '../../common/graph';

const sourceOf = (s: MeetingRecord['sources'][number]): ExportSource => ({
  articleId: s.articleId,
  outlet: s.outlet,
  title: s.title,
  published: s.published,
  url: s.url,
  status: s.status,
  evidence: s.evidence,
  confidence: s.confidence ?? 1,
  trigger: s.trigger ?? null,
});

/** Sources of several meetings; an article cited twice keeps every evidence sentence, in order. */
function sourcesOf(meetings: MeetingRecord[], withEvidence: boolean): ExportSource[] {
  const out: ExportSource[] = [];
  const seen = new Set<string>();
  for (const m of meetings)
    for (const s of m.sources) {
      const key = withEvidence ? `${s.articleId}\u0000${s.evidence}` : s.articleId;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        withEvidence
          ? sourceOf(s)
          : { ...sourceOf(s), evidence: null, status: null, confidence: null, trigger: null },
      );
    }
  return out;
}

const byDate = (a: MeetingRecord, b: MeetingRecord): number => (a.date ?? '').localeCompare(b.date ?? '');

/** The latest meeting of a set (by date), whose date and status an edge or node reports. */
function latest(meetings: MeetingRecord[]): MeetingRecord | undefined {
  return [...meetings].sort(byDate).at(-1);
}

function topicsOf(meetings: MeetingRecord[]): string | null {
  const topics = [...new Set(meetings.map((m) => m.topic).filter((t): t is string => !!t))];
  return topics.length ? topics.join('; ') : null;
}

/** The distinct trigger words of the meetings' reports, in order; null when none is known. */
function triggersOf(meetings: MeetingRecord[]): string | null {
  const words = new Set<string>();
  for (const m of meetings) for (const s of m.sources) if (s.trigger) words.add(s.trigger);
  return words.size ? [...words].join('; ') : null;
}

/** A meeting's confidence: that of its least sure report (1 when every report is taken as stated). */
const confidenceOf = (m: MeetingRecord): number =>
  m.confidence ?? Math.min(1, ...m.sources.map((s) => s.confidence ?? 1));

function exportNode(node: GraphNode, meetings: MeetingRecord[]): ExportNode {
  const own = node.kind === 'meeting' ? meetings.find((m) => m.id === node.id) : undefined;
  return {
    id: node.id,
    kind: node.kind,
    label: node.label,
    aliases: node.aliases ?? [],
    roles: node.roles ?? [],
    affiliations: node.affiliations ?? [],
    date: node.date ?? own?.date ?? null,
    datePrecision: node.datePrecision ?? own?.date_precision ?? null,
    status: node.status ?? own?.status ?? null,
    topic: node.topic ?? own?.topic ?? (node.kind === 'topic' ? node.label : null),
    placeKind: node.placeKind ?? null,
    country: node.country ?? own?.country ?? null,
    meetingCount: node.meetingCount,
    sources: own ? sourcesOf([own], true) : sourcesOf(meetings, false),
    curation: node.curation ?? own?.curation ?? [],
    confidence: own ? confidenceOf(own) : null,
    trigger: own ? triggersOf([own]) : null,
  };
}

function exportEdge(edge: GraphEdge, meetings: MeetingRecord[]): ExportEdge {
  const last = latest(meetings);
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    kind: edge.kind,
    label: edge.label,
    role: edge.role ?? null,
    date: last?.date ?? null,
    status: edge.status ?? last?.status ?? null,
    topic: topicsOf(meetings),
    meetingIds: edge.meetingIds,
    sources: sourcesOf(meetings, true),
    curation: [...new Set(meetings.flatMap((m) => m.curation ?? []))],
    confidence: meetings.length ? Math.max(...meetings.map(confidenceOf)) : null,
    trigger: triggersOf(meetings),
  };
}

/**
 * Builds the export model: every node and edge of `graph`, with date, status, topic and sources taken
 * from `meetings` (a node's sources are the articles of its meetings; an edge's carry the evidence).
 */
export function toExportGraph(graph: GraphData, meetings: MeetingRecord[]): ExportGraph {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const pick = (ids: Iterable<string>): MeetingRecord[] => {
    const out: MeetingRecord[] = [];
    for (const id of new Set(ids)) {
      const m = byId.get(id);
      if (m) out.push(m);
    }
    return out;
  };
  const nodeMeetingIds = new Map<string, string[]>();
  for (const e of graph.edges)
    for (const end of [e.source, e.target]) {
      const list = nodeMeetingIds.get(end) ?? [];
      list.push(...e.meetingIds);
      nodeMeetingIds.set(end, list);
    }
  return {
    nodes: graph.nodes.map((n) =>
      exportNode(n, pick(n.kind === 'meeting' ? [n.id] : (nodeMeetingIds.get(n.id) ?? []))),
    ),
    edges: graph.edges.map((e) => exportEdge(e, pick(e.meetingIds))),
  };
}
