// What the writer knows while it plans a group of articles written in one transaction. The group's reads
// go to Neo4j once, for every article of the group together; each article is then planned against
// those reads with the writes of the articles before it in the group laid over them, as they would be
// read back from the graph. So each article is planned exactly as if it had been read on its own after
// the ones before it were written, at one round trip for the group instead of one an article.
import { candidateKeys } from '../merge/keys';
import type { ArticlePlan } from '../merge/plan';
import type { PersonRecord } from '../merge/people';
import type { StoredOrganization } from '../merge/organizations';
import type { MeetingReport, MeetingState } from '../merge/summary';
import type { CandidateQuery, FoundMeeting } from './meeting-candidates';
import { reportFromProps } from './records';
import { str, strs, toPlain } from './values';

type Props = Record<string, unknown>;

/** The name lookups that find an article's possible people (PLAN_READS in write-article.ts). */
export interface PeopleQuery {
  keys: string[];
  surnames: string[];
  firsts: string[];
  surnameKeys: string[];
}

/** An article of an outlet, as the masthead lookup sees it. */
export interface OutletEntry {
  published: string | null;
  outlet: string | null;
  masthead: boolean;
}

/** What Neo4j answered for one outlet key: its earliest masthead article, and its earliest other article. */
export interface OutletRead {
  key: string;
  masthead: { outlet: unknown; published: unknown }[];
  plain: { published: unknown }[];
}

/** A meeting as the group knows it: every report behind it and the candidate keys it is linked to. */
interface KnownMeeting {
  reports: MeetingReport[];
  keys: Set<string>;
}

/** The key a seek id or an undated key stands for (a seek id is `key|span|…`). */
const keyOfVia = (via: string): string => via.split('|')[0]!;

const has = (set: Set<string>, value: unknown): boolean => typeof value === 'string' && set.has(value);

/** ORDER BY published, as Cypher sorts: ascending, nulls last. */
const byPublished = (a: OutletEntry, b: OutletEntry): number =>
  a.published === b.published
    ? 0
    : a.published === null
      ? 1
      : b.published === null
        ? -1
        : a.published < b.published
          ? -1
          : 1;

/** Applies a node row as the writer's MERGE does: `create` on a new node, then `update` (null removes). */
function applyRow(pool: Map<string, Props>, row: { id: string; create: Props; update: Props }): void {
  const prev = pool.get(row.id);
  const next: Props = prev ? { ...prev } : { id: row.id, ...row.create };
  for (const [k, v] of Object.entries(prev ? row.update : { ...row.create, ...row.update })) {
    if (v === null || v === undefined) delete next[k];
    else next[k] = v;
  }
  pool.set(row.id, next);
}

function personRecord(raw: unknown): PersonRecord {
  const p = (toPlain(raw) ?? {}) as Props;
  return {
    id: str(p.id) ?? '',
    name: str(p.name) ?? '',
    key: str(p.key) ?? '',
    first: str(p.first),
    surname: str(p.surname) ?? '',
    aliases: strs(p.aliases),
    roles: strs(p.roles),
    affiliations: strs(p.affiliations),
    mergeReasons: strs(p.mergeReasons),
  };
}

/** The group's reads, with the plans of the articles planned so far laid over them. */
export class GroupView {
  private readonly stored: Set<string>;
  private readonly people = new Map<string, Props>();
  private readonly organizations = new Map<string, Props>();
  private readonly outlets = new Map<string, OutletEntry[]>();
  /** Meetings the group's articles wrote, with what they hold now. */
  private readonly written = new Map<string, KnownMeeting>();

  constructor(
    read: { stored: string[]; people: unknown[]; organizations: unknown[]; outlets: OutletRead[] },
    /** The meetings the group's merge-candidate lookup found, before any of its writes. */
    private readonly found: FoundMeeting[],
  ) {
    this.stored = new Set(read.stored);
    for (const raw of read.people) {
      const p = (toPlain(raw) ?? {}) as Props;
      this.people.set(String(p.id), p);
    }
    for (const raw of read.organizations) {
      const o = (toPlain(raw) ?? {}) as Props;
      this.organizations.set(String(o.id), o);
    }
    for (const o of read.outlets) {
      const entries: OutletEntry[] = [];
      const m = toPlain(o.masthead[0]) as Props | undefined;
      if (m) entries.push({ published: str(m.published), outlet: str(m.outlet), masthead: true });
      const p = toPlain(o.plain[0]) as Props | undefined;
      if (p) entries.push({ published: str(p.published), outlet: null, masthead: false });
      this.outlets.set(o.key, entries);
    }
  }

  /**
   * What the view knows of each outlet it has seen: its earliest masthead article and its earliest other
   * article, as GROUP_READS would read them once the group's writes are committed. A group planned after
   * this one (write-pipeline.ts) takes these instead of reading them again.
   */
  outletsKnown(): Map<string, OutletEntry[]> {
    const out = new Map<string, OutletEntry[]>();
    for (const [key, entries] of this.outlets) {
      const earliest = (masthead: boolean) =>
        entries.filter((e) => e.masthead === masthead).sort(byPublished)[0];
      out.set(
        key,
        [earliest(true), earliest(false)].filter((e): e is OutletEntry => !!e).map((e) => ({ ...e })),
      );
    }
    return out;
  }

  /** Takes what an earlier group's view knew of these outlets (outletsKnown), in place of reading them. */
  knowOutlets(known: Map<string, OutletEntry[]>): void {
    for (const [key, entries] of known)
      this.outlets.set(
        key,
        entries.map((e) => ({ ...e })),
      );
  }

  /** True when the article is stored, before the group or by an article of it. */
  isStored(articleId: string): boolean {
    return this.stored.has(articleId);
  }

  /** The stored people the lookup by these names finds (PLAN_READS). */
  peopleFor(q: PeopleQuery): PersonRecord[] {
    const keys = new Set(q.keys);
    const surnames = new Set(q.surnames);
    const firsts = new Set(q.firsts);
    const surnameKeys = new Set(q.surnameKeys);
    const hit = (p: Props) =>
      has(keys, p.key) || has(surnames, p.surname) || has(firsts, p.first) || has(surnameKeys, p.surnameKey);
    return [...this.people.values()].filter(hit).map(personRecord);
  }

  /** The stored organizations with one of these acronyms. */
  organizationsFor(acronyms: string[]): StoredOrganization[] {
    const wanted = new Set(acronyms);
    return [...this.organizations.values()]
      .filter((o) => has(wanted, o.acronym))
      .map((o) => ({ id: String(o.id), name: String(o.name ?? ''), acronym: str(o.acronym) }));
  }

  /** The masthead the outlet's earliest masthead article carries, as the graph would answer now. */
  mastheadFor(key: string | null): string | null {
    if (!key) return null;
    const first = (this.outlets.get(key) ?? []).filter((e) => e.masthead).sort(byPublished)[0];
    return first?.outlet ?? null;
  }

  /**
   * The merge candidates for `wanted`: the meetings the group's lookup found through one of its seeks
   * and those `extra` (a lookup of the seeks the group's did not make) found, each as the group's
   * writes left it, and every meeting the group wrote that shares one of its keys. Meetings the group
   * wrote may have new dates, so they are offered by key alone; matching rules out those whose dates
   * cannot be shared, as the lookup's date seek would have.
   */
  candidatesFor(wanted: CandidateQuery, extra: FoundMeeting[]): MeetingState[] {
    const keys = new Set([...[...wanted.seeks.values()].map((s) => s.key), ...wanted.undated]);
    const wants = (via: string) => wanted.seeks.has(via) || wanted.undated.has(via);
    const out = new Map<string, MeetingState>();
    const add = (id: string, reports: MeetingReport[]) =>
      out.set(id, { id, reports: this.written.get(id)?.reports ?? reports });
    for (const m of this.found) if (m.via.some(wants)) add(m.id, m.reports);
    for (const m of extra) add(m.id, m.reports);
    for (const [id, m] of this.written) if ([...m.keys].some((k) => keys.has(k))) add(id, m.reports);
    return [...out.values()];
  }

  /** Lays an article's plan over the view: what reading the graph after its write would give. */
  apply(plan: ArticlePlan, candidates: MeetingState[]): void {
    this.stored.add(plan.articleId);
    for (const batch of plan.nodes) {
      if (batch.label === 'Person') for (const row of batch.rows) applyRow(this.people, row);
      if (batch.label === 'Organization') for (const row of batch.rows) applyRow(this.organizations, row);
      if (batch.label === 'Article') for (const row of batch.rows) this.addArticle(row);
    }
    if (plan.outletMasthead) {
      for (const e of this.outlets.get(plan.outletMasthead.key) ?? [])
        if (!e.masthead) Object.assign(e, { masthead: true, outlet: plan.outletMasthead.name });
    }
    this.addMeetings(plan, candidates);
  }

  private addArticle(row: { id: string; create: Props; update: Props }): void {
    const a = { ...row.create, ...row.update };
    const key = str(a.outletKey);
    if (!key) return;
    const entries = this.outlets.get(key) ?? [];
    entries.push({
      published: str(a.published),
      outlet: str(a.outlet),
      masthead: a.outletIsMasthead === true,
    });
    this.outlets.set(key, entries);
  }

  private addMeetings(plan: ArticlePlan, candidates: MeetingState[]): void {
    const prior = new Map(candidates.map((c) => [c.id, c.reports]));
    const viaKeys = new Map<string, string[]>();
    for (const m of this.found) viaKeys.set(m.id, m.via.map(keyOfVia));
    const keyRows = new Map((plan.candidateKeys ?? []).map((k) => [k.id, k.keys]));
    for (const batch of plan.links) {
      if (batch.type !== 'REPORTED_IN') continue;
      for (const row of batch.rows) {
        const before = this.written.get(row.from);
        const reports = [...(before?.reports ?? prior.get(row.from) ?? []), reportFromProps(row.props)];
        const keys = new Set([
          ...(before?.keys ?? viaKeys.get(row.from) ?? []),
          ...(keyRows.get(row.from) ?? []),
          ...reports.flatMap(candidateKeys),
        ]);
        this.written.set(row.from, { reports, keys });
      }
    }
  }
}
