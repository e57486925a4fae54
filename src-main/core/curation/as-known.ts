// "As known on" a day before a merge, split or removal: the loaded meetings are given back the shape they had
// before it, from what the correction's record kept (its backups). Pure, so it is tested without Neo4j.
import type { GraphNode } from '../../common/graph';
import type { LinkedNode, LoadedMeeting } from '../merge/views';

type Row = Record<string, unknown>;

/** A link as a merge, split or removal kept it in the record's backup. */
interface KeptLink {
  type: string;
  otherId: string;
  otherLabel: string;
  props: Row;
  created?: boolean;
  keptArticles?: string[];
}

/** Links a person merge moved whole, by key: `[otherId]` for articles `[otherId]`, else `[otherId, articles]`. */
interface KeptMoved {
  type: string;
  label: string;
  links: [string, (string[] | null)?][];
}

/** One application of a correction, as its record kept it. */
interface KeptBackup {
  drop?: Row;
  links?: KeptLink[];
  moved?: KeptMoved[];
  reports?: { meetingId: string; articleId: string; personIds: string[] }[];
}

/** A merge, split or removal made after the day asked about, with what is needed to see past it. */
export interface LaterCorrection {
  kind: string;
  /** The kept person or meeting (merge), the one split (split), the one removed (removal). */
  target: string;
  /** The merged-away entity (merge), the entity split off (split). */
  dropId: string | null;
  backups: KeptBackup[];
  /** The graph node of a person as it is now, by id: the split person and a merged-away one when it is back. */
  nodes: Map<string, GraphNode>;
}

/** The kinds of correction that change the graph itself, and so are undone for an earlier day. */
export const GRAPH_CHANGING_KINDS = [
  'person.merge',
  'person.remove',
  'person.split',
  'meeting.merge',
  'meeting.split',
];

const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** The list of a meeting a link of this type belongs to, or null for a link the views do not draw. */
function listOf(m: LoadedMeeting, type: string): LinkedNode[] | null {
  if (type === 'PARTICIPANT') return m.participants;
  if (type === 'AT') return m.places;
  if (type === 'ABOUT') return m.topics;
  if (type === 'ANNOUNCED_BY' || type === 'REPORTED_BY') return m.announcers;
  return null;
}

const sameLink = (l: LinkedNode, id: string, type: string) =>
  l.node.id === id && (l.type === undefined || l.type === type);

/** Takes from the link to `keepId` (a kept person, or a meeting's other end) what a move brought to it: the moved articles it did not have before; the link goes when the move made it. */
function unmove(list: LinkedNode[], keepId: string, l: KeptLink): void {
  const at = list.findIndex((x) => sameLink(x, keepId, l.type));
  if (at < 0) return;
  const moved = strs(l.props.articles);
  const kept = l.keptArticles ?? [];
  const left = list[at]!.articles.filter((a) => !moved.includes(a) || kept.includes(a));
  if (l.created && !left.length) list.splice(at, 1);
  else list[at] = { ...list[at]!, articles: left };
}

const linkOf = (node: GraphNode, l: KeptLink, role?: string | null): LinkedNode => ({
  node,
  role: typeof l.props.role === 'string' ? l.props.role : (role ?? null),
  articles: strs(l.props.articles),
  ...(l.type === 'ANNOUNCED_BY' || l.type === 'REPORTED_BY' ? { type: l.type } : {}),
});

/** The graph node of a person from the properties a backup kept (or the node as it is now, when given). */
export function personNode(p: Row, fallback: GraphNode | undefined): GraphNode {
  if (fallback) return fallback;
  const node: GraphNode = {
    id: String(p.id),
    kind: 'person',
    label: typeof p.name === 'string' ? p.name : String(p.id),
    meetingCount: 0,
    aliases: strs(p.aliases),
    roles: strs(p.roles),
    affiliations: strs(p.affiliations),
  };
  return node;
}

function restoreReports(byId: Map<string, LoadedMeeting>, b: KeptBackup): void {
  for (const rep of b.reports ?? []) {
    const m = byId.get(rep.meetingId);
    const r = m?.reports.find((x) => x.articleId === rep.articleId);
    if (r) r.personIds = [...rep.personIds];
  }
}

/** Every link a backup kept: those kept with their properties, and those moved whole, kept by key (their role is the kept person's link's). */
function keptLinks(b: KeptBackup): KeptLink[] {
  const moved = (b.moved ?? []).flatMap((g) =>
    g.links.map(([otherId, ...rest]) => ({
      type: g.type,
      otherId,
      otherLabel: g.label,
      props: { articles: rest.length ? rest[0] : [otherId] },
      created: true,
    })),
  );
  return [...(b.links ?? []), ...moved];
}

/** Before a person merge or removal: the person is back in the meetings it was in, and the kept one loses what it gained. */
function unmergePerson(byId: Map<string, LoadedMeeting>, c: LaterCorrection, b: KeptBackup): void {
  const drop = b.drop ?? {};
  const node = personNode(drop, c.nodes.get(String(drop.id)));
  for (const l of keptLinks(b)) {
    const m = l.otherLabel === 'Meeting' ? byId.get(l.otherId) : undefined;
    const list = m && listOf(m, l.type);
    if (!list) continue;
    const role = list.find((x) => sameLink(x, c.target, l.type))?.role;
    if (c.kind === 'person.merge') unmove(list, c.target, l);
    if (!list.some((x) => sameLink(x, node.id, l.type))) list.push(linkOf(node, l, role));
  }
  restoreReports(byId, b);
}

/** Before a person split: the person split off is the one it came from again. */
function unsplitPerson(byId: Map<string, LoadedMeeting>, c: LaterCorrection, b: KeptBackup): void {
  const original = c.nodes.get(c.target);
  for (const l of b.links ?? []) {
    const m = l.otherLabel === 'Meeting' ? byId.get(l.otherId) : undefined;
    const list = m && listOf(m, l.type);
    if (!list) continue;
    const split = list.findIndex((x) => sameLink(x, c.dropId ?? '', l.type));
    const had = list.findIndex((x) => sameLink(x, c.target, l.type));
    const whole = strs(l.props.articles);
    if (had >= 0) list[had] = { ...list[had]!, articles: whole };
    else if (split >= 0 && original) list.push({ ...list[split]!, node: original, articles: whole });
    const gone = list.findIndex((x) => sameLink(x, c.dropId ?? '', l.type));
    if (gone >= 0) list.splice(gone, 1);
  }
  restoreReports(byId, b);
}

/** Before a meeting merge: the merged-away meeting stands alone again with its own reports and links. */
function unmergeMeeting(byId: Map<string, LoadedMeeting>, c: LaterCorrection, b: KeptBackup): void {
  const keep = byId.get(c.target);
  const dropId = String(b.drop?.id ?? c.dropId);
  if (!keep || byId.has(dropId)) return;
  const reportArticles = new Set(
    (b.links ?? []).filter((l) => l.type === 'REPORTED_IN' && l.created !== false).map((l) => l.otherId),
  );
  const drop: LoadedMeeting = {
    id: dropId,
    reports: keep.reports.filter((r) => reportArticles.has(r.articleId)),
    articles: new Map([...keep.articles].filter(([id]) => reportArticles.has(id))),
    participants: [],
    places: [],
    topics: [],
    announcers: [],
    curation: null,
  };
  keep.reports = keep.reports.filter((r) => !reportArticles.has(r.articleId));
  for (const l of b.links ?? []) {
    const keepList = listOf(keep, l.type);
    const dropList = listOf(drop, l.type);
    if (!keepList || !dropList) continue;
    const node = keepList.find((x) => sameLink(x, l.otherId, l.type))?.node;
    unmove(keepList, l.otherId, l);
    if (node) dropList.push(linkOf(node, l));
  }
  byId.set(dropId, drop);
}

/** Before a meeting split: the meeting split off is part of the one it came from again. */
function unsplitMeeting(byId: Map<string, LoadedMeeting>, c: LaterCorrection): void {
  const split = c.dropId ? byId.get(c.dropId) : undefined;
  if (!split) return;
  byId.delete(split.id);
  const original = byId.get(c.target);
  if (!original) {
    byId.set(c.target, { ...split, id: c.target });
    return;
  }
  original.reports = [...original.reports, ...split.reports];
  for (const [id, a] of split.articles) original.articles.set(id, a);
  for (const kind of ['participants', 'places', 'topics', 'announcers'] as const)
    for (const l of split[kind]) {
      const at = original[kind].findIndex((x) => x.node.id === l.node.id && x.type === l.type);
      if (at < 0) original[kind].push(l);
      else
        original[kind][at] = {
          ...original[kind][at]!,
          articles: [...new Set([...original[kind][at]!.articles, ...l.articles])],
        };
    }
}

/**
 * The loaded meetings as they were before the given corrections (newest first), which were made after
 * the day asked about: merged people and meetings apart again, split ones whole, removed people back.
 */
export function beforeCorrections(meetings: LoadedMeeting[], later: LaterCorrection[]): LoadedMeeting[] {
  if (!later.length) return meetings;
  const byId = new Map(
    meetings.map((m) => [
      m.id,
      {
        ...m,
        reports: m.reports.map((r) => ({ ...r, personIds: [...r.personIds] })),
        articles: new Map(m.articles),
        participants: [...m.participants],
        places: [...m.places],
        topics: [...m.topics],
        announcers: [...m.announcers],
      },
    ]),
  );
  for (const c of later) {
    const backups = [...c.backups].reverse();
    if (c.kind === 'person.merge' || c.kind === 'person.remove')
      for (const b of backups) unmergePerson(byId, c, b);
    else if (c.kind === 'person.split') for (const b of backups) unsplitPerson(byId, c, b);
    else if (c.kind === 'meeting.merge') for (const b of backups) unmergeMeeting(byId, c, b);
    else if (c.kind === 'meeting.split') unsplitMeeting(byId, c);
  }
  return [...byId.values()];
}

/** What the corrections made after a day changed about one person, so its Details show it as it was then. */
export interface PersonBefore {
  /** Its properties then, when it has since been merged away or removed. */
  gone: Row | null;
  /** Meetings it was in then that it may no longer be linked to. */
  meetingIds: string[];
  /** The names, roles, affiliations and merge reasons it gained since. */
  gained: string[];
  /** Articles whose mentions came to it since, and those that mentioned it then but mention another now. */
  lostArticles: string[];
  extraArticles: string[];
}

const ofLabel = (links: KeptLink[], label: string, types?: string[]) =>
  links.filter((l) => l.otherLabel === label && (!types || types.includes(l.type))).map((l) => l.otherId);

/** How the later corrections (newest first) changed the person `id`; null when none of them touched it. */
export function personBefore(id: string, later: LaterCorrection[]): PersonBefore | null {
  const out: PersonBefore = { gone: null, meetingIds: [], gained: [], lostArticles: [], extraArticles: [] };
  let touched = false;
  for (const c of later) {
    const person = c.kind.startsWith('person.');
    for (const b of c.backups) {
      const links = keptLinks(b);
      const dropped = String(b.drop?.id ?? '') === id;
      if (person && dropped && (c.kind === 'person.merge' || c.kind === 'person.remove')) {
        touched = true;
        out.gone = b.drop ?? null;
        out.meetingIds.push(...ofLabel(links, 'Meeting'));
        out.extraArticles.push(...ofLabel(links, 'Article', ['MENTIONS']));
      } else if (c.kind === 'person.merge' && c.target === id) {
        touched = true;
        const added = (b as { added?: Record<string, unknown> }).added ?? {};
        out.gained.push(...Object.values(added).flatMap(strs));
        out.lostArticles.push(
          ...ofLabel(
            links.filter((l) => l.created !== false),
            'Article',
            ['MENTIONS'],
          ),
        );
      } else if (c.kind === 'person.split' && c.target === id) {
        touched = true;
        out.meetingIds.push(...ofLabel(links, 'Meeting'));
        out.extraArticles.push(...ofLabel(links, 'Article', ['MENTIONS']));
      }
    }
  }
  return touched ? out : null;
}
