// What a cut view left undrawn, in clusters: each undrawn entity joins the country, party or organization it
// belongs to (a person its first affiliation, a party or organization itself), or the rest of its kind. A
// cluster counts its members and the meetings that join them to what is drawn, so the view can show every
// entity it holds, drawn or counted, and open a cluster into its most connected members.
import {
  CLUSTER_LINKS,
  MAX_CLUSTERS,
  type ClustersInput,
  type OpenClusterInput,
  type ViewCluster,
  type ViewClusters,
} from '../../common/explore';
import type { GraphData, NodeKind } from '../../common/graph';
import type { GraphView } from '../../common/vocab';
import { endOfIso } from '../merge/dates';
import { labelOfId } from '../merge/names';
import { GraphBuilder, addMeeting, meetingAsOf } from '../merge/views';
import type { GraphDb } from './connection';
import { withCoordinates } from './coordinates';
import { MEETING_IN_VIEW, VIEW_ENTITIES, scopeOf } from './overview';
import { addAffiliations } from './queries/graph';
import { loadMeetings } from './queries/meetings';
import { NODE_DRAWN, toGraphNode } from './records';
import { read, type Row } from './session';
import { num, str, strs } from './values';

/** The relationships from a meeting to what the meetings view draws around it. */
const LINKS = 'PARTICIPANT|AT|ABOUT|ANNOUNCED_BY|REPORTED_BY';

/** An opened cluster draws the links of at most this many meetings (the newest); the rest are counted. */
const OPEN_MEETINGS = 2000;

/** Binds `y` to each undrawn entity of the view, with its `kind` and the `key` of its cluster. */
const MEMBERS = (view: GraphView) => `
${VIEW_ENTITIES(view)} WHERE NOT y.id IN $shown
CALL (y) {
  OPTIONAL MATCH (y)-[:AFFILIATED_WITH]->(g) WHERE y:Person
  WITH g ORDER BY g:Group DESC, g.id LIMIT 1
  RETURN CASE WHEN y:Group OR y:Organization THEN y ELSE g END AS anchor
}
WITH y, anchor, CASE WHEN y:Person THEN 'person' WHEN y:Meeting THEN 'meeting' WHEN y:Place THEN 'place'
  WHEN y:Topic THEN 'topic' WHEN y:Group THEN 'group' ELSE 'organization' END AS kind
WITH y, anchor, kind, coalesce(anchor.id, 'kind:' + kind) AS key`;

/** Each member's links to drawn entities, as [drawn id, meeting id] (no meeting for an affiliation). */
const MEMBER_LINKS: Record<GraphView, string> = {
  whoMetWhom: `
OPTIONAL CALL (y) {
  MATCH (y)<-[:PARTICIPANT]-(m:Meeting)-[:PARTICIPANT]->(d)
  WHERE d.id IN $shown AND ${MEETING_IN_VIEW('m')}
  RETURN d.id AS d, m.id AS m
  UNION
  MATCH (y)-[:AFFILIATED_WITH]-(d) WHERE d.id IN $shown
  RETURN d.id AS d, null AS m
}`,
  meetings: `
OPTIONAL CALL (y) {
  MATCH (y:Meeting)-[:${LINKS}]->(d) WHERE d.id IN $shown
  RETURN d.id AS d, y.id AS m
  UNION
  MATCH (y)<-[:${LINKS}]-(d:Meeting) WHERE d.id IN $shown
  RETURN d.id AS d, d.id AS m
  UNION
  MATCH (y)-[:AFFILIATED_WITH]-(d) WHERE d.id IN $shown
  RETURN d.id AS d, null AS m
}`,
};

const CLUSTER_ROWS = (view: GraphView) => `
${MEMBERS(view)}
${MEMBER_LINKS[view]}
WITH key, anchor, kind, y, collect(CASE WHEN d IS NULL THEN NULL ELSE [d, m] END) AS links
RETURN key, anchor.name AS anchorName, kind, count(y) AS members, collect(links) AS links`;

/** The newest meetings (ids) that join the page's members to what is drawn or to each other. */
const PAGE_MEETINGS: Record<GraphView, string> = {
  whoMetWhom: `
  MATCH (y)<-[:PARTICIPANT]-(m:Meeting)-[:PARTICIPANT]->(d)
  WHERE d <> y AND d.id IN near AND ${MEETING_IN_VIEW('m')}
  RETURN m`,
  meetings: `
  MATCH (y:Meeting) RETURN y AS m
  UNION
  MATCH (y)<-[:${LINKS}]-(m:Meeting) WHERE m.id IN near
  RETURN m`,
};

const OPEN_CLUSTER = (view: GraphView) => `
${MEMBERS(view)} WHERE key IN $keys
WITH y ORDER BY CASE WHEN y:Meeting THEN COUNT { (y)-[:PARTICIPANT]->() }
  ELSE COUNT { (y)<-[:PARTICIPANT|AT|ABOUT]-() } END DESC, y.id
WITH collect(y) AS members
WITH size(members) AS total, members[..$limit] AS page
CALL (page) {
  WITH page, $shown + [p IN page | p.id] AS near
  UNWIND page AS y
  CALL (y, near) {${PAGE_MEETINGS[view]}
  }
  WITH DISTINCT m ORDER BY m.dateStart IS NULL, m.dateStart DESC, m.id
  WITH collect(m.id) AS ids
  RETURN size(ids) AS meetingsTotal, ids[..$openMeetings] AS meetingIds
}
RETURN total, meetingsTotal, meetingIds, [y IN page | ${NODE_DRAWN('y')}] AS page`;

const KIND_CLUSTER_LABEL: Record<string, string> = {
  person: 'People with no known affiliation',
  meeting: 'Meetings',
  place: 'Places',
  topic: 'Topics',
  group: 'Countries and parties',
  organization: 'Organizations',
};

/** The parameters of VIEW_ENTITIES and MEETING_IN_VIEW from a view's filters. */
function scopeParams(filter: ClustersInput['filter'], shown: string[]): Row {
  const statuses = filter.statuses?.length ? filter.statuses : null;
  const narrowed = !!(statuses || filter.from || filter.to || filter.confirmedOnly);
  return {
    ...scopeOf(filter),
    statuses,
    withMentioned: !narrowed,
    ids: null,
    shown,
  };
}

/** One cluster as it is being summed up. */
interface Tally {
  keys: string[];
  label: string;
  anchorId: string | null;
  count: number;
  kinds: Partial<Record<NodeKind, number>>;
  /** Drawn id to the meetings that join it to the members ('' for an affiliation alone). */
  links: Map<string, Set<string>>;
}

/** Adds one row (a key and kind, with its members' links) to its tally. */
function tallyRow(tallies: Map<string, Tally>, row: Row): void {
  const key = String(row.key);
  const kind = String(row.kind) as NodeKind;
  const anchorId = key.startsWith('kind:') ? null : key;
  const tally = tallies.get(key) ?? {
    keys: [key],
    label: anchorId ? (str(row.anchorName) ?? key) : (KIND_CLUSTER_LABEL[key.slice(5)] ?? key.slice(5)),
    anchorId,
    count: 0,
    kinds: {},
    links: new Map<string, Set<string>>(),
  };
  tallies.set(key, tally);
  const members = num(row.members);
  tally.count += members;
  tally.kinds[kind] = (tally.kinds[kind] ?? 0) + members;
  for (const memberLinks of (row.links as unknown[][]) ?? [])
    for (const pair of memberLinks) {
      const [drawn, meeting] = pair as [string, string | null];
      const meetings = tally.links.get(drawn) ?? new Set<string>();
      if (meeting) meetings.add(meeting);
      tally.links.set(drawn, meetings);
    }
}

/** Folds the smallest tallies into one, so there are at most MAX_CLUSTERS and every member is counted. */
function foldSmallest(tallies: Tally[]): Tally[] {
  if (tallies.length <= MAX_CLUSTERS) return tallies;
  const kept = tallies.slice(0, MAX_CLUSTERS - 1);
  const folded = tallies.slice(MAX_CLUSTERS - 1);
  const rest: Tally = {
    keys: folded.flatMap((t) => t.keys),
    label: `${folded.length.toLocaleString('en-US')} smaller clusters`,
    anchorId: null,
    count: 0,
    kinds: {},
    links: new Map(),
  };
  for (const t of folded) {
    rest.count += t.count;
    for (const [kind, n] of Object.entries(t.kinds))
      rest.kinds[kind as NodeKind] = (rest.kinds[kind as NodeKind] ?? 0) + n;
    for (const [drawn, meetings] of t.links)
      rest.links.set(drawn, new Set([...(rest.links.get(drawn) ?? []), ...meetings]));
  }
  return [...kept, rest];
}

/** A tally as the DTO: its strongest links first (its anchor's first when drawn), the rest counted. */
function toCluster(t: Tally): ViewCluster {
  const links = [...t.links]
    .map(([id, meetings]) => ({ id, meetings: meetings.size }))
    .sort(
      (a, b) =>
        Number(b.id === t.anchorId) - Number(a.id === t.anchorId) ||
        b.meetings - a.meetings ||
        a.id.localeCompare(b.id),
    );
  return {
    id: `cluster:${t.keys[0]}`,
    keys: t.keys,
    label: t.label,
    anchorId: t.anchorId,
    count: t.count,
    kinds: t.kinds,
    links: links.slice(0, CLUSTER_LINKS),
    linksOmitted: Math.max(0, links.length - CLUSTER_LINKS),
  };
}

/** Clusters from the rows of CLUSTER_ROWS: largest first, the smallest folded into one past MAX_CLUSTERS. */
export function clustersFromRows(rows: Row[]): ViewClusters {
  const tallies = new Map<string, Tally>();
  for (const row of rows) tallyRow(tallies, row);
  const sorted = [...tallies.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const clusters = foldSmallest(sorted).map(toCluster);
  return { clusters, members: clusters.reduce((sum, c) => sum + c.count, 0) };
}

/** The view's undrawn entities in clusters, largest first, with their links to the drawn ones. */
export async function viewClusters(db: GraphDb, input: ClustersInput): Promise<ViewClusters> {
  const rows = await read(
    db,
    CLUSTER_ROWS(input.view),
    scopeParams(input.filter, input.shown),
    'clustering the view',
  );
  return clustersFromRows(rows);
}

/**
 * A cluster opened: its `limit` most connected members, with the view's edges between them and what is
 * drawn (from the newest OPEN_MEETINGS meetings that join them; `coverage` counts the rest).
 */
export async function openCluster(db: GraphDb, input: OpenClusterInput): Promise<GraphData> {
  const params = scopeParams(input.filter, input.shown);
  const rows = await read(
    db,
    OPEN_CLUSTER(input.view),
    { ...params, keys: input.keys, limit: input.limit, openMeetings: OPEN_MEETINGS },
    'opening a cluster',
  );
  const row = rows[0] ?? {};
  const page = ((row.page as unknown[]) ?? []).map(toGraphNode);
  const total = num(row.total);
  const meetingIds = strs(row.meetingIds);
  const f = input.filter;
  const asOf = f.asOf ? endOfIso(f.asOf) : null;
  const loaded = meetingIds.length
    ? await loadMeetings(db, {
        ids: meetingIds,
        asOf,
        outlets: f.outlets,
        articleIds: f.articleIds,
        drawn: true,
      })
    : [];
  const statuses = f.statuses?.length ? new Set(f.statuses) : null;
  const known = loaded
    .map((m) => meetingAsOf(m, asOf))
    .filter((k): k is NonNullable<typeof k> => !!k)
    .filter((k) => !f.confirmedOnly || !!k.record.curation?.includes('confirmed'))
    .filter((k) => !statuses || statuses.has(k.record.status));
  const near = new Set([...input.shown, ...page.map((n) => n.id)]);
  const g = new GraphBuilder();
  for (const n of page) g.node(n);
  // Every person of the meetings, not only those near: whom a person stands for decides the view's pairs.
  const people = new Set([...near].filter((id) => labelOfId(id) === 'Person'));
  for (const k of known) for (const p of k.participants) if (p.node.kind === 'person') people.add(p.node.id);
  // Both views draw a person's affiliations, as the view itself does.
  const affs = await addAffiliations(db, g, [...people]);
  for (const k of known) addMeeting(g, input.view, k, (id) => affs.get(id) ?? []);
  const built = g.build();
  const pageIds = new Set(page.map((n) => n.id));
  const data = withCoordinates(
    {
      nodes: page,
      edges: built.edges.filter(
        (e) => near.has(e.source) && near.has(e.target) && (pageIds.has(e.source) || pageIds.has(e.target)),
      ),
      omitted: Math.max(0, total - page.length),
    },
    known.map((k) => k.record),
  );
  return {
    ...data,
    coverage: {
      meetings: { shown: meetingIds.length, total: Math.max(num(row.meetingsTotal), meetingIds.length) },
      mentioned: { shown: 0, total: 0 },
      entities: { shown: page.length, total: Math.max(total, page.length) },
    },
  };
}
