// From a snapshot back to what its articles said: one extraction per article, so loading a snapshot into
// Neo4j goes through the same writer (and the same merging) as an ingest. Pure.
import { createHash } from 'node:crypto';
import type {
  Extraction,
  MeetingMention,
  OrganizationMention,
  PersonMention,
  PlaceMention,
} from '../../common/extraction';
import type { GraphNode } from '../../common/graph';
import type { Snapshot, SnapshotReport } from '../../common/snapshot';

const SHA256 = /^[0-9a-f]{64}$/;

/** The content hash an article id stands for (`article:<sha256>`), or a stable hash of the id when it is not one. */
export function articleSha(articleId: string): string {
  const sha = articleId.replace(/^article:/, '');
  return SHA256.test(sha) ? sha : createHash('sha256').update(articleId).digest('hex');
}

interface ArticleDraft {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  reports: SnapshotReport[];
  mentioned: string[];
}

/**
 * The stored reports a snapshot carries; for a snapshot without them (built from meeting records only),
 * one report per source, with the meeting's merged place, date and topic and its parties by name.
 */
function reportsOf(snapshot: Snapshot, idByName: Map<string, string>): SnapshotReport[] {
  if (snapshot.reports.length) return snapshot.reports;
  const perArticle = new Map<string, number>();
  return snapshot.meetings.flatMap((m) =>
    m.sources.map((s) => {
      const index = perArticle.get(s.articleId) ?? 0;
      perArticle.set(s.articleId, index + 1);
      const ids = (names: string[]) => names.map((n) => idByName.get(n)).filter((id): id is string => !!id);
      return {
        meetingId: m.id,
        articleId: s.articleId,
        index,
        reported: s.published,
        status: s.status,
        date: m.date,
        datePrecision: m.date_precision,
        place: m.place,
        placeKind: null,
        city: m.city,
        country: m.country,
        topic: m.topic,
        evidence: s.evidence,
        evidenceStart: s.evidenceStart,
        evidenceEnd: s.evidenceEnd,
        announcedBy: null,
        reportedBy: null,
        count: null,
        personIds: ids(m.participants),
        groupIds: ids(m.participant_groups),
      };
    }),
  );
}

/** Article text with each evidence sentence at its stored offset, so evidence offsets survive the reload. */
function textWithEvidence(reports: SnapshotReport[]): { text: string; starts: (number | null)[] } {
  const placed = reports.filter((r) => r.evidenceStart !== null && r.evidenceStart >= 0);
  const length = Math.max(0, ...placed.map((r) => r.evidenceStart! + r.evidence.length));
  const chars = Array.from({ length }, () => ' ');
  for (const r of placed)
    for (let i = 0; i < r.evidence.length; i++) chars[r.evidenceStart! + i] = r.evidence[i]!;
  let text = chars.join('');
  const starts = reports.map((r) => {
    if (r.evidenceStart !== null && r.evidenceStart >= 0) return r.evidenceStart;
    if (!r.evidence) return null;
    text += `${text ? '\n\n' : ''}${r.evidence}`;
    return text.length - r.evidence.length;
  });
  return { text, starts };
}

/**
 * One extraction per article of the snapshot: its reports of meetings (status, place, date, topic,
 * parties and evidence as stored) and the people, organizations and places it mentions, with the names,
 * aliases, roles and affiliations their snapshot nodes carry.
 */
export function snapshotToExtractions(snapshot: Snapshot): Extraction[] {
  const nodeById = new Map(snapshot.elements.nodes.map((n) => [n.id, n]));
  const idByName = new Map<string, string>();
  for (const n of snapshot.elements.nodes) if (!idByName.has(n.label)) idByName.set(n.label, n.id);
  const drafts = new Map<string, ArticleDraft>();
  const draft = (id: string): ArticleDraft => {
    let d = drafts.get(id);
    if (!d) {
      d = { id, title: null, outlet: null, published: null, url: null, reports: [], mentioned: [] };
      drafts.set(id, d);
    }
    return d;
  };
  for (const m of snapshot.meetings)
    for (const s of m.sources)
      Object.assign(draft(s.articleId), {
        title: s.title,
        outlet: s.outlet,
        published: s.published,
        url: s.url,
      });
  for (const a of snapshot.articles) Object.assign(draft(a.id), a);
  for (const r of reportsOf(snapshot, idByName)) draft(r.articleId).reports.push(r);
  for (const [nodeId, articleIds] of Object.entries(snapshot.mentions))
    for (const articleId of articleIds) draft(articleId).mentioned.push(nodeId);
  const affiliationTurn = new Map<string, number>();
  return [...drafts.values()]
    .filter((d) => d.reports.length || d.mentioned.length)
    .map((d) => articleExtraction(d, nodeById, affiliationTurn));
}

function articleExtraction(
  a: ArticleDraft,
  nodeById: Map<string, GraphNode>,
  affiliationTurn: Map<string, number>,
): Extraction {
  const reports = [...a.reports].sort((x, y) => x.index - y.index);
  const { text, starts } = textWithEvidence(reports);
  const people = new Map<string, PersonMention>();
  const organizations = new Map<string, OrganizationMention>();
  const places = new Map<string, PlaceMention>();
  const addNode = (node: GraphNode | undefined) => {
    if (!node) return;
    if (node.kind === 'person' && !people.has(node.id)) {
      // A person with several affiliations gets them from successive articles, as they were gathered.
      const turn = affiliationTurn.get(node.id) ?? 0;
      affiliationTurn.set(node.id, turn + 1);
      const affiliations = node.affiliations ?? [];
      people.set(node.id, {
        name: node.label,
        aliases: node.aliases ?? [],
        roles: node.roles ?? [],
        affiliation: affiliations.length ? affiliations[turn % affiliations.length]! : null,
      });
    } else if (node.kind === 'organization' && !organizations.has(node.id)) {
      organizations.set(node.id, {
        name: node.label,
        aliases: node.aliases ?? [],
        affiliation: node.affiliations?.[0] ?? null,
      });
    } else if (node.kind === 'place' && !places.has(node.id)) {
      places.set(node.id, {
        name: node.label,
        kind: node.placeKind ?? 'city',
        country: node.country ?? null,
      });
    }
  };
  for (const id of a.mentioned) addNode(nodeById.get(id));
  const meetings: MeetingMention[] = reports.map((r, i) => {
    for (const id of [...r.personIds, ...r.groupIds]) addNode(nodeById.get(id));
    const label = (id: string) => nodeById.get(id)?.label;
    const start = starts[i] ?? null;
    const end = r.evidenceEnd ?? (start === null ? null : start + r.evidence.length);
    return {
      participants: r.personIds.map(label).filter((n): n is string => !!n),
      participant_groups: r.groupIds.map(label).filter((n): n is string => !!n),
      place: r.place,
      city: r.city,
      country: r.country,
      date: r.date,
      date_precision: r.datePrecision,
      topic: r.topic,
      status: r.status,
      announced_by: r.announcedBy,
      reported_by: r.reportedBy,
      evidence: r.evidence,
      evidence_spans: start === null || end === null ? [] : [{ start, end, text: r.evidence }],
      ...(r.count !== null ? { count: r.count } : {}),
      ...(typeof r.extractionConfidence === 'number' ? { confidence: r.extractionConfidence } : {}),
      ...(r.trigger ? { trigger: r.trigger } : {}),
    };
  });
  return {
    source: { file: `snapshot article ${a.id}`, sha256: articleSha(a.id), format: 'txt' },
    article: { title: a.title, published: a.published, outlet: a.outlet, authors: [], url: a.url },
    people: [...people.values()],
    organizations: [...organizations.values()],
    places: [...places.values()],
    credits: [],
    meetings,
    text,
  };
}
