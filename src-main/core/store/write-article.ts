// Writes one article's extraction as one transaction: all of its facts or none, and never twice.
import type { Extraction } from '../../common/extraction';
import { RendezvousError } from '../../common/errors';
import type { GraphDb } from './connection';
import { candidateKeys } from '../merge/keys';
import { outletKey } from '../lexicon/outlets';
import { organizationAcronyms, resolveOrganizations } from '../merge/organizations';
import { assignMeetings } from '../merge/match';
import { summarizeMeeting, type MeetingSummary } from '../merge/summary';
import { personName } from '../merge/names';
import { resolveByMeetings, resolvePeople, type PersonResolution } from '../merge/people';
import type { MeetingAssignment } from '../merge/match';
import type { MeetingReport, MeetingState } from '../merge/summary';
import { GroupView, type OutletEntry, type OutletRead, type PeopleQuery } from './write-group';
import {
  articleNodeId,
  buildArticlePlan,
  meetingReports,
  personMentions,
  PLAN_NODE_LABELS,
  type ArticlePlan,
} from '../merge/plan';
import { num, toParams } from './values';
import { isUnavailable, runUntraced, storeError } from './session';
import {
  candidateQuery,
  missedBy,
  runCandidateQuery,
  type CandidateQuery,
  type TxLike,
} from './meeting-candidates';
import { withExtractionReasons } from './report-reasons';
import { FORGET_AFFILIATION_PARTNERS, FORGET_MEETING_PARTNERS } from './partners';
import { KEYED_SEQS, SET_KEYED_DATES, keyedDates, openCuratedKeys } from './keyed-dates';

/** What writing one article did. */
export interface ArticleWriteResult {
  articleId: string;
  /** True when the article (same content hash) was already in the graph: nothing was written. */
  unchanged: boolean;
  people: number;
  newPeople: number;
  mergedPeople: number;
  meetings: number;
  newMeetings: number;
  mergedMeetings: number;
}

/**
 * Everything planning a group of articles reads besides the meeting candidates, in one statement: which
 * of them are stored, the people their names may be, the organizations their acronyms may be, and for
 * each outlet its earliest masthead article and its earliest other article (write-group.ts). Planned once
 * (`replan=skip`), each MATCH held to an index seek by a hint (a plain index hint also allows a scan of
 * the whole index), so a plan made on a small graph stays an index seek on a large one; without it, Neo4j
 * planned it again as the graph grew (as for MEETING_CANDIDATES).
 */
const GROUP_READS = `
CYPHER replan=skip
CALL () {
  UNWIND $articleIds AS id
  MATCH (a:Article {id: id}) USING INDEX SEEK a:Article(id)
  RETURN collect(a.id) AS stored
}
CALL () {
  CALL () {
  UNWIND $keys AS k MATCH (p:Person {key: k}) USING INDEX SEEK p:Person(key) RETURN p
  UNION
  UNWIND $surnames AS s MATCH (p:Person {surname: s}) USING INDEX SEEK p:Person(surname) RETURN p
  UNION
  UNWIND $firsts AS f MATCH (p:Person {first: f}) USING INDEX SEEK p:Person(first) RETURN p
  UNION
  UNWIND $surnameKeys AS s MATCH (p:Person {surnameKey: s}) USING INDEX SEEK p:Person(surnameKey) RETURN p
  }
  RETURN collect(p {.id, .name, .key, .first, .surname, .surnameKey, .aliases, .roles, .affiliations, .mergeReasons}) AS people
}
CALL () {
  UNWIND $acronyms AS ac
  MATCH (o:Organization {acronym: ac}) USING INDEX SEEK o:Organization(acronym)
  RETURN collect(o {.id, .name, .acronym}) AS organizations
}
CALL () {
  UNWIND $outletKeys AS key
  CALL (key) {
    MATCH (a:Article {outletKey: key}) USING INDEX SEEK a:Article(outletKey) WHERE a.outletIsMasthead
    WITH a ORDER BY a.published LIMIT 1
    RETURN collect({outlet: a.outlet, published: a.published}) AS masthead
  }
  CALL (key) {
    MATCH (a:Article {outletKey: key}) USING INDEX SEEK a:Article(outletKey)
    WHERE NOT coalesce(a.outletIsMasthead, false)
    WITH a ORDER BY a.published LIMIT 1
    RETURN collect({published: a.published}) AS plain
  }
  RETURN collect({key: key, masthead: masthead, plain: plain}) AS outlets
}
${KEYED_SEQS}
RETURN stored, people, organizations, outlets, curationSeq, keyedSeq`;

const RENAME_OUTLET = `
UNWIND $masthead AS mh
MATCH (a:Article {outletKey: mh.key}) WHERE NOT coalesce(a.outletIsMasthead, false)
SET a.outlet = mh.name, a.outletIsMasthead = true`;

/** Links a meeting to its candidate keys and sets on all its key links their dates (keyed-dates.ts). */
const KEY_LINKS = `
WITH n, keyed WHERE keyed IS NOT NULL
CALL (n, keyed) {
  UNWIND keyed.keys AS k
  MERGE (key:MergeKey {id: k})
  MERGE (n)-[:KEYED]->(key)
}
${SET_KEYED_DATES('n', 'keyed')}`;

/** The keys of meetings the plan writes no Meeting row for (none today; kept so no key is lost). */
const WRITE_KEYS = `
UNWIND $keyRows AS keyed
MATCH (n:Meeting {id: keyed.id})
${KEY_LINKS}`;

/** The Meeting rows, each with its keys (`keyed`), so a meeting and its key links are one statement. */
const MEETING_STATEMENT = `
UNWIND $rows AS row
MERGE (n:Meeting {id: row.id})
ON CREATE SET n += row.create
SET n += row.update
WITH n, row.keyed AS keyed
${KEY_LINKS}`;

const APPEND_ARTICLE =
  'r.articles = CASE WHEN $articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + $articleId END';

/** The Cypher that MERGEs one batch of nodes of a label (a label from the closed list). */
function nodeStatement(label: string, rows = '$rows'): string {
  return `UNWIND ${rows} AS row
MERGE (n:${label} {id: row.id})
ON CREATE SET n += row.create
SET n += row.update`;
}

/**
 * The Cypher that MERGEs one batch of relationships (labels and type from the closed lists). Links that
 * may give a party a new partner also remove the stored partner counts they make out of date (partners.ts).
 */
function linkStatement(from: string, type: string, to: string, rows = '$rows'): string {
  const forget =
    type === 'PARTICIPANT'
      ? FORGET_MEETING_PARTNERS
      : type === 'AFFILIATED_WITH'
        ? FORGET_AFFILIATION_PARTNERS
        : '';
  return `UNWIND ${rows} AS row
MATCH (s:${from} {id: row.from})
MATCH (t:${to} {id: row.to})
MERGE (s)-[r:${type}]->(t)
SET r += row.props, ${APPEND_ARTICLE}${forget}`;
}

/** Each extraction's person mentions, worked out once however often a group asks. */
const MENTIONS = new WeakMap<Extraction, ReturnType<typeof personMentions>>();
function mentionsOf(ex: Extraction): ReturnType<typeof personMentions> {
  let found = MENTIONS.get(ex);
  if (!found) MENTIONS.set(ex, (found = personMentions(ex)));
  return found;
}

/** The name lookups for an article's people (GROUP_READS). */
function peopleQuery(ex: Extraction): PeopleQuery {
  const names = mentionsOf(ex).map((p) => personName(p.name));
  return {
    keys: [...new Set(names.map((n) => n.key))],
    surnames: [...new Set(names.map((n) => n.surname))],
    // A one-word name ("Kim") may be the first word of a name written surname first.
    firsts: [...new Set(names.flatMap((n) => (n.first ? [n.first] : [n.surname])))],
    surnameKeys: [...new Set(names.map((n) => n.surnameKey))],
  };
}

/**
 * The merge-candidate lookup for an article's reports as they would be if every person were new (most
 * are, or are stored under that id). It is sent with the group's reads; after the people are resolved,
 * only the seeks it missed are sought.
 */
function guessQuery(ex: Extraction): CandidateQuery {
  const articleId = articleNodeId(ex.source.sha256);
  const people = mentionsOf(ex);
  const source = { articleId, title: ex.article.title };
  return candidateQuery(meetingReports(ex, articleId, people, resolvePeople(people, [], source, ex.credits)));
}

/** The union of several lookups. */
function unionQuery(queries: CandidateQuery[]): CandidateQuery {
  return {
    seeks: new Map(queries.flatMap((q) => [...q.seeks])),
    undated: new Set(queries.flatMap((q) => [...q.undated])),
  };
}

const union = (lists: string[][]): string[] => [...new Set(lists.flat())];

/** What planning the articles of a group reads, in one round trip: GROUP_READS and the candidates' guess. */
export interface GroupRead {
  view: GroupView;
  /** The group's guessed lookup; null when a correction came since the last write (see keyed-dates.ts). */
  guess: CandidateQuery | null;
}

/**
 * The group's reads. A correction since the last write makes key links open first (a write); with
 * `mayWrite` false (a group read while the one before it is still being written) the answer is then null,
 * and the group is written on its own once the one before it is done.
 */
export async function readGroup(
  tx: TxLike,
  extractions: Extraction[],
  mayWrite = true,
  knownOutlets: Map<string, OutletEntry[]> = new Map(),
): Promise<GroupRead | null> {
  const queries = extractions.map(peopleQuery);
  const guess = unionQuery(extractions.map(guessQuery));
  const [read, guessed] = await Promise.all([
    runUntraced(tx, GROUP_READS, {
      articleIds: extractions.map((ex) => articleNodeId(ex.source.sha256)),
      keys: union(queries.map((q) => q.keys)),
      surnames: union(queries.map((q) => q.surnames)),
      firsts: union(queries.map((q) => q.firsts)),
      surnameKeys: union(queries.map((q) => q.surnameKeys)),
      acronyms: union(extractions.map((ex) => organizationAcronyms(ex.organizations))),
      outletKeys: union(
        extractions.map((ex) =>
          [outletKey(ex.article.outlet, ex.article.url ?? null)].filter(
            (k): k is string => k !== null && !knownOutlets.has(k),
          ),
        ),
      ),
    }),
    runCandidateQuery(tx, guess),
  ]);
  const row = read.records[0]!;
  const curationSeq = num(row.get('curationSeq'));
  // A correction since the last write may have left key links with dates no longer sure: they are made
  // open first, and the guessed lookup, which ran before, is not used.
  const stale = curationSeq !== num(row.get('keyedSeq'));
  if (stale && !mayWrite) return null;
  if (stale) await openCuratedKeys(tx, curationSeq);
  const view = new GroupView(
    {
      stored: row.get('stored') as string[],
      people: row.get('people') as unknown[],
      organizations: row.get('organizations') as unknown[],
      outlets: row.get('outlets') as OutletRead[],
    },
    stale ? [] : guessed,
  );
  view.knowOutlets(knownOutlets);
  return { view, guess: stale ? null : guess };
}

/** The merge candidates of an article's reports: from the group's lookup, plus a lookup of what it missed. */
async function candidatesOf(tx: TxLike, group: GroupRead, wanted: CandidateQuery): Promise<MeetingState[]> {
  const missing = group.guess ? missedBy(wanted, group.guess) : wanted;
  return group.view.candidatesFor(wanted, await runCandidateQuery(tx, missing));
}

/** An article's plan, with the merge candidates it was planned against (what laying it over a view needs). */
export interface PlannedArticle {
  plan: ArticlePlan;
  candidates: MeetingState[];
  result: ArticleWriteResult;
}

/** Plans an article of a group: decides its merges against the group's view, returns the rows. */
async function planArticle(tx: TxLike, ex: Extraction, group: GroupRead): Promise<PlannedArticle | null> {
  const articleId = articleNodeId(ex.source.sha256);
  const { view } = group;
  if (view.isStored(articleId)) return null;
  const people = mentionsOf(ex);
  const source = { articleId, title: ex.article.title };
  const existing = view.peopleFor(peopleQuery(ex));
  let resolutions = resolvePeople(people, existing, source, ex.credits);
  let reports = withExtractionReasons(meetingReports(ex, articleId, people, resolutions), ex);
  const candidates = await candidatesOf(tx, group, candidateQuery(reports));
  const assignments = assignMeetings(reports, candidates);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  // A one-name person ("Kim") of a meeting that joined a stored one may be one of its participants.
  const joined = assignments
    .map((a, i) => ({
      personIds: reports[i]!.personIds,
      meetingPersonIds: (byId.get(a.meetingId)?.reports ?? []).flatMap((r) => r.personIds),
    }))
    .filter((j) => j.meetingPersonIds.length);
  if (joined.length) {
    const again = resolveByMeetings(people, resolutions, joined, existing, source);
    if (again.changed) {
      resolutions = again.resolutions;
      reports = withExtractionReasons(meetingReports(ex, articleId, people, resolutions), ex);
    }
  }
  const summaries = new Map<string, MeetingSummary>();
  assignments.forEach((a, i) => {
    const prior = byId.get(a.meetingId)?.reports ?? [];
    summaries.set(a.meetingId, summarizeMeeting([...prior, reports[i]!])!);
  });
  const organizations = resolveOrganizations(
    ex.organizations,
    view.organizationsFor(organizationAcronyms(ex.organizations)),
  );
  const storedOutlet = view.mastheadFor(outletKey(ex.article.outlet, ex.article.url ?? null));
  const plan = buildArticlePlan(
    ex,
    people,
    resolutions,
    reports,
    assignments,
    summaries,
    organizations,
    storedOutlet,
  );
  plan.candidateKeys = keyRowsOf(reports, assignments, summaries);
  view.apply(plan, candidates);
  return { plan, candidates, result: writeResult(articleId, resolutions, reports, assignments) };
}

/** Each meeting's candidate keys, from every report of the article assigned to it, with its new dates. */
function keyRowsOf(
  reports: MeetingReport[],
  assignments: MeetingAssignment[],
  summaries: Map<string, MeetingSummary>,
): NonNullable<ArticlePlan['candidateKeys']> {
  const keyRows = new Map<string, Set<string>>();
  assignments.forEach((a, i) => {
    const set = keyRows.get(a.meetingId) ?? new Set<string>();
    for (const k of candidateKeys(reports[i]!)) set.add(k);
    keyRows.set(a.meetingId, set);
  });
  return [...keyRows].map(([id, keys]) => {
    const summary = summaries.get(id)!;
    return { id, keys: [...keys], ...keyedDates(summary.dateStart, summary.dateEnd) };
  });
}

function writeResult(
  articleId: string,
  resolutions: PersonResolution[],
  reports: MeetingReport[],
  assignments: MeetingAssignment[],
): ArticleWriteResult {
  const newIds = new Set(resolutions.filter((r) => r.isNew).map((r) => r.id));
  const mergedIds = new Set(resolutions.filter((r) => !r.isNew).map((r) => r.id));
  return {
    articleId,
    unchanged: false,
    people: new Set(resolutions.map((r) => r.id)).size,
    newPeople: newIds.size,
    mergedPeople: mergedIds.size,
    meetings: reports.length,
    newMeetings: assignments.filter((a) => a.isNew).length,
    mergedMeetings: assignments.filter((a) => !a.isNew).length,
  };
}

type LinkBatch = ArticlePlan['links'][number];

/** The relationship shapes a plan writes (merge/plan.ts), each a subquery of the plan's statement. */
const PLAN_LINKS: [LinkBatch['from'], LinkBatch['type'], LinkBatch['to']][] = [
  ['Article', 'MENTIONS', 'Organization'],
  ['Article', 'MENTIONS', 'Person'],
  ['Article', 'MENTIONS', 'Place'],
  ['Article', 'MENTIONS', 'Group'],
  ['Person', 'HAS_ROLE', 'Role'],
  ['Person', 'AFFILIATED_WITH', 'Organization'],
  ['Person', 'AFFILIATED_WITH', 'Group'],
  ['Place', 'IN', 'Place'],
  ['Meeting', 'REPORTED_IN', 'Article'],
  ['Meeting', 'PARTICIPANT', 'Person'],
  ['Meeting', 'PARTICIPANT', 'Group'],
  ['Meeting', 'AT', 'Place'],
  ['Meeting', 'ABOUT', 'Topic'],
  ['Meeting', 'ANNOUNCED_BY', 'Person'],
  ['Meeting', 'ANNOUNCED_BY', 'Organization'],
  ['Meeting', 'REPORTED_BY', 'Person'],
  ['Meeting', 'REPORTED_BY', 'Organization'],
];

const linkKey = (from: string, type: string, to: string) => `${from}|${type}|${to}`;

/** The plan statement's text for these link shapes beyond PLAN_LINKS (none today), built once. */
const planStatements = new Map<string, string>();

/**
 * The one statement that writes a plan: a unit subquery per label and per relationship shape, each an
 * UNWIND MERGE of its own list in the one map parameter `plan` (`n0`.., `l0`..; empty when the plan has
 * none), then the outlet's rename and the keys of meetings without a Meeting row. Its text and its
 * parameters' types are the same for every plan (shapes PLAN_LINKS does not list are appended), and
 * `replan=skip` keeps Neo4j from planning it again as the graph grows: planning this statement takes a
 * second or more, and with a list parameter per batch, without the option, Neo4j planned it again for
 * most of the first 30 articles of a fresh graph. Every node it reads is sought by a unique id (or by
 * the outlet key's index), so a plan made on a small graph stays right for a large one.
 */
function planStatement(extra: [string, string, string][]): string {
  const cacheKey = extra.map((e) => linkKey(...e)).join(',');
  const cached = planStatements.get(cacheKey);
  if (cached) return cached;
  const unit = (body: string) => `CALL () {\n${body}\n}`;
  const text = [
    'CYPHER replan=skip',
    ...PLAN_NODE_LABELS.map((label, i) =>
      unit(
        label === 'Meeting'
          ? MEETING_STATEMENT.replace('$rows', `$plan.n${i}`)
          : nodeStatement(label, `$plan.n${i}`),
      ),
    ),
    ...[...PLAN_LINKS, ...extra].map(([from, type, to], i) =>
      unit(linkStatement(from, type, to, `$plan.l${i}`)),
    ),
    unit(RENAME_OUTLET.replace('$masthead', '$plan.masthead')),
    unit(WRITE_KEYS.replace('$keyRows', '$plan.keyRows')),
  ].join('\n');
  planStatements.set(cacheKey, text);
  return text;
}

/**
 * Runs a plan in the transaction as one statement (planStatement): Neo4j runs its subqueries in order,
 * each seeing what the ones before wrote, as it ran the pipelined statements (one per label and per
 * shape) this replaced, without the cost each statement had of its own (20 articles' writes, rolled back
 * each time: a median of 4.5 ms against 14.9 ms).
 */
async function applyPlan(tx: TxLike, plan: ArticlePlan): Promise<void> {
  const keyed = new Map((plan.candidateKeys ?? []).map((k) => [k.id, k]));
  const params: Record<string, unknown> = {
    masthead: plan.outletMasthead ? [plan.outletMasthead] : [],
  };
  PLAN_NODE_LABELS.forEach((label, i) => {
    const rows = plan.nodes.filter((b) => b.label === label).flatMap((b) => b.rows);
    if (label !== 'Meeting') {
      params[`n${i}`] = rows;
      return;
    }
    params[`n${i}`] = rows.map((r) => ({ ...r, keyed: keyed.get(r.id) ?? null }));
    for (const r of rows) keyed.delete(r.id);
  });
  params.keyRows = [...keyed.values()];
  const shapes = PLAN_LINKS.map((l) => linkKey(...l));
  const extra: [string, string, string][] = [];
  for (const b of plan.links) {
    const key = linkKey(b.from, b.type, b.to);
    if (!shapes.includes(key)) {
      shapes.push(key);
      extra.push([b.from, b.type, b.to]);
    }
  }
  shapes.forEach((key, i) => {
    params[`l${i}`] = plan.links.filter((b) => linkKey(b.from, b.type, b.to) === key).flatMap((b) => b.rows);
  });
  await runUntraced(tx, planStatement(extra), toParams({ articleId: plan.articleId, plan: params }));
}

/**
 * Plans and writes a group of articles in the transaction, in input order: the group's reads in one round
 * trip, then each article planned against them and the writes of the ones before it (write-group.ts),
 * its writes sent as soon as it is planned and not awaited before the next is planned (the server runs a
 * transaction's statements in the order they were sent).
 */
async function writeGroupInTx(
  tx: TxLike,
  extractions: Extraction[],
): Promise<{ results: ArticleWriteResult[]; plans: ArticlePlan[] }> {
  const group = (await readGroup(tx, extractions))!;
  return planAndWrite(tx, extractions, group, Promise.resolve());
}

/**
 * Plans each article of a group against its view, in input order, and sends its writes once `gate`
 * resolves (at once when it already has), in the order planned. `onPlanned` sees every article's plan
 * and candidates once all are planned, before the writes are awaited.
 */
export async function planAndWrite(
  tx: TxLike,
  extractions: Extraction[],
  group: GroupRead,
  gate: Promise<unknown>,
  onPlanned?: (planned: PlannedArticle[]) => void,
): Promise<{ results: ArticleWriteResult[]; plans: ArticlePlan[] }> {
  const results: ArticleWriteResult[] = [];
  const planned: PlannedArticle[] = [];
  const writes: Promise<void>[] = [];
  for (const ex of extractions) {
    const one = await planArticle(tx, ex, group);
    if (!one) {
      results.push(unchangedResult(ex));
      continue;
    }
    const written = gate.then(() => applyPlan(tx, one.plan));
    written.catch(() => undefined);
    writes.push(written);
    planned.push(one);
    results.push(one.result);
  }
  onPlanned?.(planned);
  await Promise.all(writes);
  return { results, plans: planned.map((p) => p.plan) };
}

/**
 * Writes one article in one transaction (`onPlan` sees the rows it wrote): people and meetings merged with what is already stored, every
 * fact linked to the article. Idempotent: an article already stored (same sha256) changes nothing.
 */
export async function writeArticle(
  db: GraphDb,
  ex: Extraction,
  options: { onPlan?(plan: ArticlePlan): void } = {},
): Promise<ArticleWriteResult> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    const { results, plans } = await session.executeWrite((tx) => writeGroupInTx(tx, [ex]));
    for (const plan of plans) options.onPlan?.(plan);
    return results[0]!;
  } catch (err) {
    throw storeError(err, `writing ${ex.source.file}`);
  } finally {
    await session.close();
  }
}

const unchangedResult = (ex: Extraction): ArticleWriteResult => ({
  articleId: articleNodeId(ex.source.sha256),
  unchanged: true,
  people: 0,
  newPeople: 0,
  mergedPeople: 0,
  meetings: 0,
  newMeetings: 0,
  mergedMeetings: 0,
});

/**
 * Writes several articles in input order in one transaction, to share its reads and its commit: all of
 * them or none, so each article is still whole or absent. If the group fails for any reason but Neo4j
 * being unreachable, each article is written again in a transaction of its own, so a bad article fails
 * alone; its result is then the error. `onPlan` sees the rows of each article written.
 */
export async function writeArticles(
  db: GraphDb,
  extractions: Extraction[],
  options: { onPlan?(plan: ArticlePlan): void } = {},
): Promise<(ArticleWriteResult | { error: RendezvousError })[]> {
  if (extractions.length === 1) {
    try {
      return [await writeArticle(db, extractions[0]!, options)];
    } catch (err) {
      if (isUnavailable(err) || (err instanceof RendezvousError && err.code === 'NEO4J_UNAVAILABLE'))
        throw err;
      return [{ error: storeError(err, `writing ${extractions[0]!.source.file}`) }];
    }
  }
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    const { results, plans } = await session.executeWrite((tx) => writeGroupInTx(tx, extractions));
    for (const plan of plans) options.onPlan?.(plan);
    return results;
  } catch (err) {
    if (isUnavailable(err)) throw storeError(err, `writing ${extractions[0]!.source.file}`);
  } finally {
    await session.close();
  }
  const one: (ArticleWriteResult | { error: RendezvousError })[] = [];
  for (const ex of extractions) one.push(...(await writeArticles(db, [ex], options)));
  return one;
}

/** The sha256 of every stored article among `hashes`: what an ingest can skip. */
export async function storedArticles(db: GraphDb, hashes: string[]): Promise<Set<string>> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const res = await session.executeRead((tx) =>
      tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.sha256 AS sha', {
        ids: hashes.map(articleNodeId),
      }),
    );
    return new Set(res.records.map((r) => String(r.get('sha'))));
  } catch (err) {
    throw storeError(err, 'looking up stored articles');
  } finally {
    await session.close();
  }
}
