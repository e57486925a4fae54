// From a snapshot back to what its articles said: one extraction per cited article, so loading a snapshot
// into Neo4j goes through the same writer (and the same merging) as an ingest. Pure.
import { createHash } from 'node:crypto';
import type {
  Extraction,
  MeetingMention,
  OrganizationMention,
  PersonMention,
  PlaceMention,
} from '../../common/extraction';
import type { GraphNode, MeetingRecord } from '../../common/graph';
import type { Snapshot } from '../../common/snapshot';
import { normalizeText } from '../store/model/names';

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
  reports: { meeting: MeetingRecord; source: MeetingRecord['sources'][number] }[];
}

/**
 * One extraction per article the snapshot's meetings cite: each report of a meeting becomes that article's
 * meeting mention (with the report's status, date and evidence), and the people and parties named get the
 * names, aliases, roles and affiliations their snapshot nodes carry.
 */
export function snapshotToExtractions(snapshot: Snapshot): Extraction[] {
  const byLabel = new Map<string, GraphNode>();
  for (const n of snapshot.elements.nodes) {
    const key = normalizeText(n.label);
    if (!byLabel.has(key) || n.kind === 'person') byLabel.set(key, n);
  }
  const announcers = new Map<string, { announced: string | null; reported: string | null }>();
  const nodeById = new Map(snapshot.elements.nodes.map((n) => [n.id, n]));
  for (const e of snapshot.elements.edges) {
    if (e.kind !== 'announced') continue;
    const who = nodeById.get(e.target)?.label ?? null;
    const current = announcers.get(e.source) ?? { announced: null, reported: null };
    if (e.label === 'reported') current.reported = who;
    else current.announced = who;
    announcers.set(e.source, current);
  }
  const articles = new Map<string, ArticleDraft>();
  for (const meeting of snapshot.meetings)
    for (const source of meeting.sources) {
      const draft = articles.get(source.articleId) ?? {
        id: source.articleId,
        title: source.title,
        outlet: source.outlet,
        published: source.published,
        url: source.url,
        reports: [],
      };
      draft.reports.push({ meeting, source });
      articles.set(source.articleId, draft);
    }
  return [...articles.values()].map((a) => articleExtraction(a, byLabel, announcers));
}

function articleExtraction(
  a: ArticleDraft,
  byLabel: Map<string, GraphNode>,
  announcers: Map<string, { announced: string | null; reported: string | null }>,
): Extraction {
  const evidence = [...new Set(a.reports.map((r) => r.source.evidence).filter(Boolean))];
  const text = evidence.join('\n\n');
  const people = new Map<string, PersonMention>();
  const organizations = new Map<string, OrganizationMention>();
  const places = new Map<string, PlaceMention>();
  const meetings: MeetingMention[] = [];
  const person = (name: string) => {
    const node = byLabel.get(normalizeText(name));
    if (!people.has(name))
      people.set(name, {
        name,
        aliases: node?.kind === 'person' ? (node.aliases ?? []) : [],
        roles: node?.kind === 'person' ? (node.roles ?? []) : [],
        affiliation: node?.kind === 'person' ? (node.affiliations?.[0] ?? null) : null,
      });
  };
  for (const { meeting: m, source: s } of a.reports) {
    m.participants.forEach(person);
    for (const g of m.participant_groups) {
      const node = byLabel.get(normalizeText(g));
      if (node?.kind === 'organization' && !organizations.has(g))
        organizations.set(g, {
          name: g,
          aliases: node.aliases ?? [],
          affiliation: node.affiliations?.[0] ?? null,
        });
    }
    if (m.place && !places.has(m.place)) {
      const node = byLabel.get(normalizeText(m.place));
      places.set(m.place, {
        name: m.place,
        kind: node?.placeKind ?? (m.place === m.city ? 'city' : 'venue'),
        country: m.country,
      });
    }
    if (m.city && !places.has(m.city)) places.set(m.city, { name: m.city, kind: 'city', country: m.country });
    const start = s.evidence ? text.indexOf(s.evidence) : -1;
    const who = announcers.get(m.id);
    for (const name of [who?.announced, who?.reported]) {
      if (!name) continue;
      const node = byLabel.get(normalizeText(name));
      if (node?.kind === 'person') person(name);
      else if (!organizations.has(name)) organizations.set(name, { name, aliases: [], affiliation: null });
    }
    meetings.push({
      participants: m.participants,
      participant_groups: m.participant_groups,
      place: m.place,
      city: m.city,
      country: m.country,
      date: m.date,
      date_precision: m.date_precision,
      topic: m.topic,
      status: s.status,
      announced_by: who?.announced ?? null,
      reported_by: who?.reported ?? null,
      evidence: s.evidence,
      evidence_spans: start >= 0 ? [{ start, end: start + s.evidence.length, text: s.evidence }] : [],
    });
  }
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
