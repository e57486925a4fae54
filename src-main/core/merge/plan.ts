// From one article's extraction to the rows the writer sends: pure, so the data model is testable.
import type { Extraction, MeetingMention, PersonMention, PlaceKind } from '../../common/extraction';
import { sentenceSpans, sentenceWith } from './evidence';
import { transliterationKey } from '../lexicon/person-names';
import { looksLikeHost, outletKey, outletName } from '../lexicon/outlets';
import { checkReport } from './facts';
import { resolveOrganizations, type OrganizationResolution } from './organizations';
import { meetingKind } from './kinds';
import type { MeetingAssignment } from './match';
import type { MeetingReport, MeetingSummary } from './summary';
import { canonicalGroupName, countryOf, nodeId, normalizeText, personName } from './names';
import type { PersonResolution } from './people';

/** The Article node id for content with this sha256. */
export function articleNodeId(sha256: string): string {
  return `article:${sha256}`;
}

/**
 * The people an article names: its people list, plus meeting participants and announcers it names only
 * there. Credits (authors, photographers) are never people of the story.
 */
export function personMentions(ex: Extraction): PersonMention[] {
  const credits = new Set(ex.credits.map((c) => personName(c).key));
  const out = ex.people.filter((p) => p.name.trim() && !credits.has(personName(p.name).key));
  const known = (name: string) => {
    const k = personName(name).key;
    return out.some((p) => personName(p.name).key === k || p.aliases.some((a) => personName(a).key === k));
  };
  const orgish = new Set(
    [...ex.organizations.flatMap((o) => [o.name, ...o.aliases]), ...ex.places.map((p) => p.name)].map(
      normalizeText,
    ),
  );
  for (const m of ex.meetings)
    for (const name of m.participants) {
      if (!name.trim() || credits.has(personName(name).key) || orgish.has(normalizeText(name)) || known(name))
        continue;
      out.push({ name, aliases: [], roles: [], affiliation: null });
    }
  return out;
}

/** Finds which person mention a name (full name, alias or surname) in the article refers to. */
export function personIndexLookup(mentions: PersonMention[]): (name: string) => number | null {
  const exact = new Map<string, number>();
  const bySurname = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    for (const n of [m.name, ...m.aliases]) {
      const k = personName(n).key;
      if (!exact.has(k)) exact.set(k, i);
    }
    const s = personName(m.name).surname;
    bySurname.set(s, [...(bySurname.get(s) ?? []), i]);
  });
  return (name: string) => {
    const n = personName(name);
    const hit = exact.get(n.key);
    if (hit !== undefined) return hit;
    const same = bySurname.get(n.surname);
    return n.tokens.length === 1 && same && same.length === 1 ? same[0]! : null;
  };
}

/** A place's kind as the article gives it, else guessed from the meeting's fields. */
function placeKindOf(ex: Extraction, m: MeetingMention): PlaceKind | null {
  if (!m.place) return null;
  const k = normalizeText(m.place);
  const listed = ex.places.find((p) => normalizeText(p.name) === k);
  if (listed) return listed.kind;
  if (m.city && normalizeText(m.city) === k) return 'city';
  if (countryOf(m.place) && normalizeText(countryOf(m.place)!) === k) return 'country';
  return 'venue';
}

function countryOfMeeting(ex: Extraction, m: MeetingMention, kind: PlaceKind | null): string | null {
  if (m.country) return canonicalGroupName(m.country);
  const lookup = (name: string | null) =>
    name ? (ex.places.find((p) => normalizeText(p.name) === normalizeText(name))?.country ?? null) : null;
  const found = lookup(m.place) ?? lookup(m.city) ?? (kind === 'country' && m.place ? m.place : null);
  return found ? canonicalGroupName(found) : null;
}

/** The group id of a party name ("U.S." and "American" are both the United States). */
function groupIdOf(name: string): string {
  return nodeId('Group', canonicalGroupName(name));
}

/** The article's meeting mentions as reports, with participants resolved to node ids. */
export function meetingReports(
  ex: Extraction,
  articleId: string,
  people: PersonMention[],
  resolutions: PersonResolution[],
): MeetingReport[] {
  const lookup = personIndexLookup(people);
  const idOfMention = new Map(resolutions.map((r) => [r.mentionIndex, r.id]));
  const affiliationOf = new Map(resolutions.map((r) => [r.id, people[r.mentionIndex]?.affiliation ?? null]));
  const names = people.flatMap((p) => [p.name, ...p.aliases]);
  return ex.meetings.map((m, index) => {
    const personIds = [
      ...new Set(
        m.participants
          .map((n) => lookup(n))
          .map((i) => (i === null ? undefined : idOfMention.get(i)))
          .filter((id): id is string => !!id),
      ),
    ].sort();
    const groupIds = [...new Set(m.participant_groups.filter((g) => g.trim()).map(groupIdOf))].sort();
    const affiliationGroupIds = [
      ...new Set(
        personIds
          .map((id) => affiliationOf.get(id))
          .filter((a): a is string => !!a)
          .map(groupIdOf),
      ),
    ].sort();
    const placeKind = placeKindOf(ex, m);
    const spans = m.evidence_spans ?? [];
    return checkReport(
      {
        articleId,
        index,
        reported: ex.article.published,
        status: m.status,
        date: m.date,
        datePrecision: m.date ? m.date_precision : 'unknown',
        place: m.place?.trim() || null,
        placeKind,
        city: m.city?.trim() || null,
        country: countryOfMeeting(ex, m, placeKind),
        topic: m.topic?.trim() || null,
        evidence: m.evidence,
        evidenceStart: spans.length ? spans[0]!.start : null,
        evidenceEnd: spans.length ? spans[spans.length - 1]!.end : null,
        announcedBy: m.announced_by ?? null,
        reportedBy: m.reported_by ?? null,
        count: m.count ?? null,
        personIds,
        groupIds,
        affiliationGroupIds,
        kind: meetingKind(m.evidence),
      },
      names,
    );
  });
}

/** A node to MERGE: `create` is set only when the node is new, `update` every time. */
interface NodeRow {
  id: string;
  create: Record<string, unknown>;
  update: Record<string, unknown>;
}

/** A relationship to MERGE between two nodes found by id; `props` are set; the article joins `articles`. */
interface LinkRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** Labels the writer MERGEs, in order. */
export const PLAN_NODE_LABELS = [
  'Article',
  'Person',
  'Organization',
  'Group',
  'Place',
  'Topic',
  'Role',
  'Meeting',
] as const;
/** A label the writer writes. */
type WriteLabel = (typeof PLAN_NODE_LABELS)[number];

/** The relationship types of the data model (docs/data-model.md): the closed list Cypher may use. */
type RelType =
  | 'MENTIONS'
  | 'HAS_ROLE'
  | 'AFFILIATED_WITH'
  | 'IN'
  | 'PARTICIPANT'
  | 'AT'
  | 'ABOUT'
  | 'REPORTED_IN'
  | 'ANNOUNCED_BY'
  | 'REPORTED_BY';

/** A batch of links of one type between two labels. */
interface LinkBatch {
  from: WriteLabel;
  type: RelType;
  to: WriteLabel;
  rows: LinkRow[];
}

/** Everything one article writes. */
export interface ArticlePlan {
  articleId: string;
  nodes: { label: WriteLabel; rows: NodeRow[] }[];
  links: LinkBatch[];
  /** The outlet's key and masthead, when this article names the masthead others knew only by web address. */
  outletMasthead?: { key: string; name: string };
  /**
   * Each meeting's candidate keys (merge/keys.ts), linked as (:Meeting)-[:KEYED]->(:MergeKey), and the
   * dates all of its key links carry (store/keyed-dates.ts).
   */
  candidateKeys?: { id: string; keys: string[]; span: number; start: string; end: string | null }[];
}

const HEAD_OF_DELEGATION =
  /\b(head(ed|s)? (of )?(the )?([\p{L}.]+ )*delegation|delegation head|led the ([\p{L}.]+ )*delegation|chief negotiator)\b/iu;

/** A participant's role in a meeting: head of delegation (by title), else host or visitor by country. */
export function participantRole(
  meetingCountry: string | null,
  partyCountries: (string | null)[],
  ownCountry: string | null,
  titles: string[] = [],
): 'head of delegation' | 'host' | 'visitor' | null {
  if (titles.some((t) => HEAD_OF_DELEGATION.test(t))) return 'head of delegation';
  const host = meetingCountry ? (countryOf(meetingCountry) ?? meetingCountry) : null;
  if (!host || !ownCountry) return null;
  if (ownCountry === host) return 'host';
  return partyCountries.includes(host) ? 'visitor' : null;
}

/**
 * The outlet an article is stored under: its masthead, else the masthead another article of the same
 * outlet gave (`stored`), else its web host; with the key that makes them one outlet.
 */
export function canonicalOutlet(
  outlet: string | null,
  url: string | null,
  stored: string | null,
): { name: string | null; key: string | null; masthead: boolean } {
  const key = outletKey(outlet, url);
  const masthead = !!outlet?.trim() && !looksLikeHost(outlet);
  if (masthead) return { name: outlet!.trim(), key, masthead };
  return { name: stored ?? outletName(outlet, url), key, masthead: !!stored };
}

/** Builds every row the article writes, from its extraction and the merge decisions. */
export function buildArticlePlan(
  ex: Extraction,
  people: PersonMention[],
  resolutions: PersonResolution[],
  reports: MeetingReport[],
  assignments: MeetingAssignment[],
  summaries: Map<string, MeetingSummary>,
  organizations: OrganizationResolution[] = resolveOrganizations(ex.organizations, []),
  storedOutlet: string | null = null,
): ArticlePlan {
  const outlet = canonicalOutlet(ex.article.outlet, ex.article.url ?? null, storedOutlet);
  const articleId = articleNodeId(ex.source.sha256);
  const spans = sentenceSpans(ex.text);
  const evidenceFor = (names: string[]) => {
    const s = sentenceWith(ex.text, names, spans);
    return s
      ? { evidence: s.text, evidenceStart: s.start, evidenceEnd: s.end }
      : { evidence: null, evidenceStart: null, evidenceEnd: null };
  };
  const nodes = new Map<WriteLabel, Map<string, NodeRow>>(PLAN_NODE_LABELS.map((l) => [l, new Map()]));
  const links = new Map<string, LinkBatch>();
  const addNode = (label: WriteLabel, row: NodeRow) => {
    const rows = nodes.get(label)!;
    const prev = rows.get(row.id);
    rows.set(
      row.id,
      prev
        ? { id: row.id, create: { ...prev.create, ...row.create }, update: { ...prev.update, ...row.update } }
        : row,
    );
  };
  const link = (from: WriteLabel, type: RelType, to: WriteLabel, row: LinkRow) => {
    const key = `${from}|${type}|${to}`;
    const batch = links.get(key) ?? { from, type, to, rows: [] };
    const i = batch.rows.findIndex((r) => r.from === row.from && r.to === row.to);
    if (i >= 0) batch.rows[i] = { ...row, props: { ...batch.rows[i]!.props, ...row.props } };
    else batch.rows.push(row);
    links.set(key, batch);
  };

  addNode('Article', {
    id: articleId,
    create: {},
    update: {
      sha256: ex.source.sha256,
      file: ex.source.file,
      format: ex.source.format,
      title: ex.article.title,
      published: ex.article.published,
      outlet: outlet.name,
      outletKey: outlet.key,
      outletIsMasthead: outlet.masthead,
      url: ex.article.url,
      authors: ex.article.authors,
      credits: ex.credits,
      text: ex.text,
    },
  });

  // Organizations first: an affiliation naming one of them links to it rather than to a party.
  const orgIdByName = new Map<string, string>();
  ex.organizations.forEach((o, i) => {
    if (!o.name.trim()) return;
    const resolved = organizations[i] ?? resolveOrganizations([o], [])[0]!;
    const id = resolved.id;
    for (const n of [o.name, ...o.aliases]) orgIdByName.set(normalizeText(n), id);
    addNode('Organization', {
      id,
      create: { name: o.name.trim() },
      update: {
        ...(o.affiliation ? { affiliation: canonicalGroupName(o.affiliation) } : {}),
        ...(resolved.acronym ? { acronym: resolved.acronym } : {}),
      },
    });
    link('Article', 'MENTIONS', 'Organization', {
      from: articleId,
      to: id,
      props: {
        name: o.name,
        aliases: o.aliases,
        mergeReason: resolved.reason,
        ...evidenceFor([o.name, ...o.aliases]),
      },
    });
  });

  const groupNode = (name: string) => {
    const canonical = canonicalGroupName(name);
    const id = nodeId('Group', canonical);
    addNode('Group', { id, create: { name: canonical, aliasText: canonical }, update: {} });
    return id;
  };

  // People: the merged record is written whole; the mention keeps what this article said.
  const resolutionByIndex = new Map(resolutions.map((r) => [r.mentionIndex, r]));
  people.forEach((m, i) => {
    const r = resolutionByIndex.get(i);
    if (!r) return;
    const rec = r.record;
    addNode('Person', {
      id: rec.id,
      create: {},
      update: {
        name: rec.name,
        key: rec.key,
        first: rec.first,
        surname: rec.surname,
        aliases: rec.aliases,
        roles: rec.roles,
        affiliations: rec.affiliations,
        mergeReasons: rec.mergeReasons,
        surnameKey: transliterationKey(rec.surname),
        aliasText: [rec.name, ...rec.aliases].join(' | '),
      },
    });
    link('Article', 'MENTIONS', 'Person', {
      from: articleId,
      to: rec.id,
      props: {
        name: m.name,
        aliases: m.aliases,
        roles: m.roles,
        affiliation: m.affiliation,
        mergeReason: r.reason,
        ...evidenceFor([m.name, ...m.aliases]),
      },
    });
    for (const title of m.roles) {
      if (!title.trim()) continue;
      const roleId = nodeId('Role', title);
      addNode('Role', { id: roleId, create: { name: title.trim() }, update: {} });
      link('Person', 'HAS_ROLE', 'Role', { from: rec.id, to: roleId, props: evidenceFor([title]) });
    }
    if (m.affiliation?.trim()) {
      const orgId = orgIdByName.get(normalizeText(m.affiliation));
      if (orgId) link('Person', 'AFFILIATED_WITH', 'Organization', { from: rec.id, to: orgId, props: {} });
      else {
        const gid = groupNode(m.affiliation);
        link('Person', 'AFFILIATED_WITH', 'Group', { from: rec.id, to: gid, props: {} });
      }
    }
  });

  // Places, with their country as a place of kind 'country' they lie in.
  const placeNode = (name: string, kind: PlaceKind, country: string | null) => {
    const id = nodeId('Place', name);
    const canonicalCountry = country ? canonicalGroupName(country) : null;
    addNode('Place', {
      id,
      create: { name: name.trim(), kind },
      update: canonicalCountry ? { country: canonicalCountry } : {},
    });
    if (canonicalCountry && kind !== 'country' && normalizeText(canonicalCountry) !== normalizeText(name)) {
      const cid = nodeId('Place', canonicalCountry);
      addNode('Place', {
        id: cid,
        create: { name: canonicalCountry, kind: 'country' },
        update: { country: canonicalCountry },
      });
      if (kind === 'city' || kind === 'region')
        link('Place', 'IN', 'Place', { from: id, to: cid, props: {} });
    }
    return id;
  };
  for (const p of ex.places) {
    if (!p.name.trim()) continue;
    const id = placeNode(p.name, p.kind, p.country);
    link('Article', 'MENTIONS', 'Place', {
      from: articleId,
      to: id,
      props: { name: p.name, ...evidenceFor([p.name]) },
    });
  }

  // Meetings: the merged summary on the node, this article's report on REPORTED_IN.
  const personAffiliation = new Map(resolutions.map((r) => [r.id, r.record.affiliations[0] ?? null]));
  const personTitles = new Map(resolutions.map((r) => [r.id, r.record.roles]));
  const groupName = new Map<string, string>();
  for (const m of ex.meetings)
    for (const g of m.participant_groups) groupName.set(groupIdOf(g), canonicalGroupName(g));
  reports.forEach((rep, i) => {
    const assignment = assignments[i]!;
    const summary = summaries.get(assignment.meetingId)!;
    const mid = assignment.meetingId;
    const mention = ex.meetings[rep.index]!;
    addNode('Meeting', {
      id: mid,
      create: {},
      update: { ...summary },
    });
    const { personIds, groupIds, affiliationGroupIds, ...reportProps } = rep;
    link('Meeting', 'REPORTED_IN', 'Article', {
      from: mid,
      to: articleId,
      props: {
        ...reportProps,
        personIds,
        groupIds,
        affiliationGroupIds,
        mergedBecause: assignment.why,
      },
    });
    const countryOfParty = (id: string, label: 'Person' | 'Group') => {
      const raw = label === 'Person' ? personAffiliation.get(id) : groupName.get(id);
      return raw ? (countryOf(raw) ?? raw) : null;
    };
    const partyCountries = [
      ...personIds.map((id) => countryOfParty(id, 'Person')),
      ...groupIds.map((id) => countryOfParty(id, 'Group')),
    ];
    for (const pid of personIds)
      link('Meeting', 'PARTICIPANT', 'Person', {
        from: mid,
        to: pid,
        props: {
          role: participantRole(
            summary.country,
            partyCountries,
            countryOfParty(pid, 'Person'),
            personTitles.get(pid),
          ),
        },
      });
    for (const g of mention.participant_groups) {
      if (!g.trim()) continue;
      const gid = groupNode(g);
      link('Article', 'MENTIONS', 'Group', {
        from: articleId,
        to: gid,
        props: { name: g, ...evidenceFor([g]) },
      });
      link('Meeting', 'PARTICIPANT', 'Group', {
        from: mid,
        to: gid,
        props: { role: participantRole(summary.country, partyCountries, countryOfParty(gid, 'Group')) },
      });
    }
    if (rep.place) {
      const pid = placeNode(rep.place, rep.placeKind ?? 'venue', rep.country);
      link('Meeting', 'AT', 'Place', { from: mid, to: pid, props: {} });
      if (rep.city && normalizeText(rep.city) !== normalizeText(rep.place)) {
        const cid = placeNode(rep.city, 'city', rep.country);
        if (rep.placeKind === 'venue') link('Place', 'IN', 'Place', { from: pid, to: cid, props: {} });
      }
    } else if (rep.city) {
      const cid = placeNode(rep.city, 'city', rep.country);
      link('Meeting', 'AT', 'Place', { from: mid, to: cid, props: {} });
    }
    if (rep.topic) {
      const tid = nodeId('Topic', rep.topic);
      addNode('Topic', { id: tid, create: { name: rep.topic, aliasText: rep.topic }, update: {} });
      link('Meeting', 'ABOUT', 'Topic', { from: mid, to: tid, props: {} });
    }
    const lookup = personIndexLookup(people);
    for (const [name, type] of [
      [rep.announcedBy, 'ANNOUNCED_BY'],
      [rep.reportedBy, 'REPORTED_BY'],
    ] as const) {
      if (!name?.trim()) continue;
      const i = lookup(name);
      const personId = i === null ? undefined : resolutionByIndex.get(i)?.id;
      if (personId) link('Meeting', type, 'Person', { from: mid, to: personId, props: {} });
      else {
        const orgId = orgIdByName.get(normalizeText(name));
        if (orgId) link('Meeting', type, 'Organization', { from: mid, to: orgId, props: {} });
      }
    }
  });

  return {
    articleId,
    ...(outlet.key && outlet.masthead && outlet.name
      ? { outletMasthead: { key: outlet.key, name: outlet.name } }
      : {}),
    nodes: PLAN_NODE_LABELS.map((label) => ({ label, rows: [...nodes.get(label)!.values()] })).filter(
      (n) => n.rows.length,
    ),
    links: [...links.values()],
  };
}
