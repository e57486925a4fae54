// The attributes every tabular or keyed format writes, in one place so GraphML, GEXF and CSV agree.
import type { ExportEdge, ExportNode, ExportSource } from '../../common/export';
import { joinList } from './text';

/** An attribute of nodes or edges: its name, its type in the file, and how to read it. */
export interface Column<T> {
  name: string;
  type: 'string' | 'int' | 'double';
  get(item: T): string | number | null;
}

/** One source as a citation: outlet, "title", date, URL. */
export function citeSource(s: ExportSource): string {
  const parts = [s.outlet ?? 'unknown outlet'];
  if (s.title) parts.push(`"${s.title}"`);
  if (s.published) parts.push(s.published);
  if (s.url) parts.push(s.url);
  return parts.join(', ');
}

const lines = (values: string[]): string | null => (values.length ? values.join('\n') : null);
const list = (values: string[]): string | null => (values.length ? joinList(values) : null);
const urls = (sources: ExportSource[]): string | null =>
  list([...new Set(sources.map((s) => s.url).filter((u): u is string => !!u))]);
const evidence = (sources: ExportSource[]): string | null =>
  lines(sources.map((s) => s.evidence).filter((e): e is string => !!e));

/** Node attributes: type, names, roles, date, status, topic, sources, a meeting's confidence and trigger. */
export const NODE_COLUMNS: Column<ExportNode>[] = [
  { name: 'label', type: 'string', get: (n) => n.label },
  { name: 'type', type: 'string', get: (n) => n.kind },
  { name: 'aliases', type: 'string', get: (n) => list(n.aliases) },
  { name: 'roles', type: 'string', get: (n) => list(n.roles) },
  { name: 'affiliations', type: 'string', get: (n) => list(n.affiliations) },
  { name: 'date', type: 'string', get: (n) => n.date },
  { name: 'date_precision', type: 'string', get: (n) => n.datePrecision },
  { name: 'status', type: 'string', get: (n) => n.status },
  { name: 'topic', type: 'string', get: (n) => n.topic },
  { name: 'place_kind', type: 'string', get: (n) => n.placeKind },
  { name: 'country', type: 'string', get: (n) => n.country },
  { name: 'meeting_count', type: 'int', get: (n) => n.meetingCount },
  { name: 'source_count', type: 'int', get: (n) => n.sources.length },
  { name: 'sources', type: 'string', get: (n) => lines(n.sources.map(citeSource)) },
  { name: 'source_urls', type: 'string', get: (n) => urls(n.sources) },
  { name: 'evidence', type: 'string', get: (n) => evidence(n.sources) },
  { name: 'curation', type: 'string', get: (n) => list(n.curation ?? []) },
  { name: 'confidence', type: 'double', get: (n) => n.confidence ?? null },
  { name: 'trigger', type: 'string', get: (n) => n.trigger ?? null },
];

/** Edge attributes: the relation (met, participant, at, about), role, date, status, topic, sources, confidence, trigger. */
export const EDGE_COLUMNS: Column<ExportEdge>[] = [
  { name: 'label', type: 'string', get: (e) => e.label },
  { name: 'relation', type: 'string', get: (e) => e.kind },
  { name: 'role', type: 'string', get: (e) => e.role },
  { name: 'date', type: 'string', get: (e) => e.date },
  { name: 'status', type: 'string', get: (e) => e.status },
  { name: 'topic', type: 'string', get: (e) => e.topic },
  { name: 'meeting_ids', type: 'string', get: (e) => list(e.meetingIds) },
  { name: 'weight', type: 'double', get: (e) => Math.max(1, e.meetingIds.length) },
  { name: 'source_count', type: 'int', get: (e) => e.sources.length },
  { name: 'sources', type: 'string', get: (e) => lines(e.sources.map(citeSource)) },
  { name: 'source_urls', type: 'string', get: (e) => urls(e.sources) },
  { name: 'evidence', type: 'string', get: (e) => evidence(e.sources) },
  { name: 'curation', type: 'string', get: (e) => list(e.curation ?? []) },
  { name: 'confidence', type: 'double', get: (e) => e.confidence ?? null },
  { name: 'trigger', type: 'string', get: (e) => e.trigger ?? null },
];

/** True when every edge is a who-met-whom pair, which has no direction. */
export function isUndirected(edges: readonly ExportEdge[]): boolean {
  return edges.length > 0 && edges.every((e) => e.kind === 'met');
}
