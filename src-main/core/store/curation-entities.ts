// Corrections that change which entities there are: split a person by its mentions, "not a person", set a
// person's role or affiliation, merge two meetings, split a meeting by its reports. Each keeps what it
// changed in its record, so a revert puts the graph back exactly, and re-ingest applies it again.
import { randomUUID } from 'node:crypto';
import type {
  CorrectionResult,
  MergeMeetingsInput,
  RemovePersonInput,
  SetPersonAttributesInput,
  SplitMeetingInput,
  SplitPersonInput,
} from '../../common/curation';
import { RendezvousError } from '../../common/errors';
import { checkReason, checkVersion, withNames } from '../curation/rules';
import { shortHash } from '../merge/names';
import type { GraphDb } from './connection';
import {
  PERSON_LINK_TYPES,
  bumpVersion,
  entity,
  meetingName,
  moveLinks,
  nextSeq,
  personCurationMark,
  record,
  recomputeMeeting,
  restoreLinks,
  run,
  versionOf,
  write,
  type MovedLink,
  type Row,
  type Tx,
} from './curation';
import { str, strs } from './values';

/** The relationships a meeting has, which a merge moves and a split divides. */
const MEETING_LINK_TYPES = [
  'REPORTED_IN',
  'PARTICIPANT',
  'SET_ASIDE_PARTICIPANT',
  'AT',
  'ABOUT',
  'ANNOUNCED_BY',
  'REPORTED_BY',
  'KEYED',
];

/** One relationship a split divided: its properties before, so a revert restores it. */
interface SplitLink {
  type: string;
  out: boolean;
  otherId: string;
  otherLabel: string;
  props: Row;
}

/** What a split changed: the relationships it divided, and the reports whose person ids it rewrote. */
interface SplitBackup {
  links: SplitLink[];
  reports: { meetingId: string; articleId: string; personIds: string[] }[];
}

/** What "not a person" removed: the person, its relationships, and the reports that named it. */
interface RemovalBackup {
  drop: Row;
  links: MovedLink[];
  reports: { meetingId: string; articleId: string; personIds: string[] }[];
}

/** What a meeting merge moved: the merged-away meeting and its relationships. */
export interface MeetingMergeBackup {
  drop: Row;
  links: MovedLink[];
}

const CACHE_KEYS = [
  'id',
  'curation',
  'curationVersion',
  'confirmedOn',
  'rejectedOn',
  'correctedOn',
  'addedOn',
  'curationOverride',
  'aliases',
  'aliasText',
  'mergeReasons',
  'curatedName',
  'extractedName',
];

/** A copy of an entity's properties for the part split off, without ids, caches and curated names. */
function splitProps(p: Row, name: string | null, from: string): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(p)) if (!CACHE_KEYS.includes(k)) out[k] = v;
  if (name) {
    out.name = name;
    out.aliasText = name;
  }
  out.splitFrom = from;
  return out;
}

/**
 * Moves, from `oldId` to `newId`, the share of each relationship that the chosen articles support: a
 * relationship only they support moves whole, one also supported by others is divided by its articles.
 */
async function splitLinks(
  tx: Tx,
  label: 'Person' | 'Meeting',
  oldId: string,
  newId: string,
  articles: string[],
  types: string[],
): Promise<SplitLink[]> {
  const rows = await run(
    tx,
    `MATCH (o:${label} {id: $old})-[r]-(x)
     WHERE type(r) IN $types AND x.id IS NOT NULL
     WITH o, r, x, coalesce(r.articles, CASE WHEN x:Article THEN [x.id] ELSE [] END) AS arts
     WITH o, r, x, arts, [a IN arts WHERE a IN $articles] AS moving
     WHERE size(moving) > 0
     RETURN type(r) AS type, startNode(r) = o AS out, x.id AS otherId, labels(x)[0] AS otherLabel,
            properties(r) AS props, moving, [a IN arts WHERE NOT a IN $articles] AS left`,
    { old: oldId, types, articles },
  );
  const links: SplitLink[] = [];
  for (const r of rows) {
    const type = String(r.type);
    const other = String(r.otherLabel);
    if (!/^[A-Z_]+$/.test(type) || !/^[A-Za-z]+$/.test(other)) continue;
    const props = r.props as Row;
    links.push({ type, out: r.out === true, otherId: String(r.otherId), otherLabel: other, props });
    const onNew = r.out === true ? `(n)-[s:${type}]->(x)` : `(x)-[s:${type}]->(n)`;
    const onOld = r.out === true ? `(o)-[q:${type}]->(x)` : `(x)-[q:${type}]->(o)`;
    const left = strs(r.left);
    await run(
      tx,
      `MATCH (n:${label} {id: $new}) MATCH (o:${label} {id: $old}) MATCH (x:${other} {id: $other})
       MERGE ${onNew} SET s = $props, s.splitFrom = $old
       SET s.articles = CASE WHEN $props.articles IS NULL THEN null ELSE $moving END
       WITH o, x MATCH ${onOld}
       FOREACH (_ IN CASE WHEN size($left) = 0 THEN [1] ELSE [] END | DELETE q)
       FOREACH (_ IN CASE WHEN size($left) > 0 THEN [1] ELSE [] END | SET q.articles = $left)`,
      { new: newId, old: oldId, other: String(r.otherId), props, moving: strs(r.moving), left },
    );
  }
  return links;
}

/** Undoes a split: the divided relationships get their properties back, and the part split off goes. */
async function unsplit(tx: Tx, label: 'Person' | 'Meeting', oldId: string, newId: string, b: SplitBackup) {
  for (const l of b.links) {
    if (!/^[A-Z_]+$/.test(l.type) || !/^[A-Za-z]+$/.test(l.otherLabel)) continue;
    const onOld = l.out ? `(o)-[q:${l.type}]->(x)` : `(x)-[q:${l.type}]->(o)`;
    await run(
      tx,
      `MATCH (o:${label} {id: $old}) MATCH (x:${l.otherLabel} {id: $other}) MERGE ${onOld} SET q = $props`,
      { old: oldId, other: l.otherId, props: l.props },
    );
  }
  await restoreReports(tx, b.reports);
  await run(tx, `MATCH (n:${label} {id: $id}) DETACH DELETE n`, { id: newId });
}

async function restoreReports(tx: Tx, reports: SplitBackup['reports']): Promise<void> {
  await run(
    tx,
    `UNWIND $reports AS rep
     MATCH (m:Meeting {id: rep.meetingId})-[r:REPORTED_IN]->(:Article {id: rep.articleId})
     SET r.personIds = rep.personIds`,
    { reports },
  );
}

/** The articles among `chosen` that support an entity, and all the articles that do. */
async function supportingArticles(
  tx: Tx,
  label: 'Person' | 'Meeting',
  id: string,
  chosen: string[],
): Promise<string[]> {
  const rel = label === 'Person' ? '(a:Article)-[:MENTIONS]->(n)' : '(n)-[:REPORTED_IN]->(a:Article)';
  const rows = await run(
    tx,
    `MATCH (n:${label} {id: $id}) MATCH ${rel} RETURN collect(DISTINCT a.id) AS all`,
    {
      id,
    },
  );
  const all = strs(rows[0]?.all);
  const unknown = chosen.filter((a) => !all.includes(a));
  const what = label === 'Person' ? 'mention' : 'report of';
  if (unknown.length)
    throw new RendezvousError(
      'BAD_INPUT',
      `No ${what} ${id} in ${unknown.join(', ')}; choose among ${all.join(', ') || 'none'}.`,
      { articles: all },
    );
  if (chosen.length >= all.length)
    throw new RendezvousError(
      'BAD_INPUT',
      `A split leaves at least one ${label === 'Person' ? 'mention' : 'report'} where it was; ${id} has ${all.length}.`,
    );
  return all;
}

// ---------------------------------------------------------------- people

/** Moves the chosen mentions of a person (by article), and what those articles say of it, to a new person. */
export async function splitPerson(
  db: GraphDb,
  input: SplitPersonInput & { newId?: string },
  options: { redoOf?: string } = {},
): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  const chosen = [...new Set(input.mentions)];
  return write(db, 'splitting the person', async (tx) => {
    const seq = await nextSeq(tx);
    const p = await entity(tx, input.id, 'Person');
    checkVersion(input.id, versionOf(p), input.expectedVersion);
    await supportingArticles(tx, 'Person', input.id, chosen);
    const newId = input.newId ?? `${input.id}-split-${shortHash(randomUUID())}`;
    const name = input.name?.trim() || str(p.name) || newId;
    await run(tx, 'CREATE (n:Person {id: $id}) SET n += $props', {
      id: newId,
      props: splitProps(p, name, input.id),
    });
    const links = await splitLinks(tx, 'Person', input.id, newId, chosen, PERSON_LINK_TYPES);
    const reports = await run(
      tx,
      `MATCH (m:Meeting)-[r:REPORTED_IN]->(a:Article) WHERE a.id IN $articles AND $old IN r.personIds
       WITH m, r, a, r.personIds AS before
       SET r.personIds = [x IN r.personIds | CASE WHEN x = $old THEN $new ELSE x END]
       RETURN m.id AS meetingId, a.id AS articleId, before`,
      { articles: chosen, old: input.id, new: newId },
    );
    const backup: SplitBackup = {
      links,
      reports: reports.map((r) => ({
        meetingId: String(r.meetingId),
        articleId: String(r.articleId),
        personIds: strs(r.before),
      })),
    };
    const c = await record(tx, seq, {
      kind: 'person.split',
      target: input.id,
      targetIds: [input.id, newId],
      summary: `Split ${chosen.length} mention${chosen.length > 1 ? 's' : ''} of ${str(p.name)} off to a new person, ${name}`,
      reason,
      payload: { id: input.id, mentions: chosen, name, newId, reason: input.reason },
      dropId: newId,
      backups: [backup],
      redoOf: options.redoOf ?? null,
    });
    await run(tx, "MATCH (n:Person {id: $id}) SET n.curation = ['corrected']", { id: newId });
    await personCurationMark(tx, input.id);
    return { correction: c, version: await bumpVersion(tx, input.id) };
  });
}

/** Takes a person out of the graph, keeping what it had in the backup; its mentions stay in the article texts. */
async function detachPerson(tx: Tx, id: string): Promise<RemovalBackup> {
  const rows = await run(tx, 'MATCH (p:Person {id: $id}) RETURN properties(p) AS p', { id });
  const drop = rows[0]!.p as Row;
  // Nothing is kept under this id, so the links are only read, not moved.
  const links = await moveLinks(tx, 'Person', '', id, PERSON_LINK_TYPES);
  const reports = await run(
    tx,
    `MATCH (m:Meeting)-[r:REPORTED_IN]->(a:Article) WHERE $id IN r.personIds
     WITH m, r, a, r.personIds AS before
     SET r.personIds = [x IN r.personIds WHERE x <> $id]
     RETURN m.id AS meetingId, a.id AS articleId, before`,
    { id },
  );
  await run(tx, 'MATCH (p:Person {id: $id}) DETACH DELETE p', { id });
  return {
    drop,
    links,
    reports: reports.map((r) => ({
      meetingId: String(r.meetingId),
      articleId: String(r.articleId),
      personIds: strs(r.before),
    })),
  };
}

/** "Not a person": the entity leaves the graph (its meetings lose it, its mentions stay as text); revertible. */
export async function removePerson(
  db: GraphDb,
  input: RemovePersonInput,
  options: { redoOf?: string } = {},
): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  return write(db, 'removing the person', async (tx) => {
    const seq = await nextSeq(tx);
    const p = await entity(tx, input.id, 'Person');
    checkVersion(input.id, versionOf(p), input.expectedVersion);
    const backup = await detachPerson(tx, input.id);
    const c = await record(tx, seq, {
      kind: 'person.remove',
      target: input.id,
      targetIds: [input.id],
      summary: `${str(p.name)} is not a person: taken out of the graph`,
      reason,
      payload: { id: input.id, reason: input.reason },
      dropId: input.id,
      backups: [backup],
      redoOf: options.redoOf ?? null,
    });
    return { correction: c, version: versionOf(p) + 1 };
  });
}

/** Removes again a person "not a person" that an ingest brought back; appends the backup to the record. */
export async function reapplyRemoval(tx: Tx, correctionId: string, id: string): Promise<void> {
  const exists = await run(tx, 'MATCH (p:Person {id: $id}) RETURN count(p) AS n', { id });
  if (!Number(exists[0]?.n)) return;
  const backup = await detachPerson(tx, id);
  await run(tx, 'MATCH (c:Correction {id: $cid}) SET c.backups = c.backups + $backup', {
    cid: correctionId,
    backup: JSON.stringify(backup),
  });
}

/** Sets a person's role or affiliation over what extraction found (kept as `extractedRoles`, `extractedAffiliations`). */
export async function setPersonAttributes(
  db: GraphDb,
  input: SetPersonAttributesInput,
  options: { redoOf?: string } = {},
): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  if (input.role === undefined && input.affiliation === undefined)
    throw new RendezvousError('BAD_INPUT', 'Nothing to set: give a role or an affiliation.');
  return write(db, 'setting the role or affiliation', async (tx) => {
    const seq = await nextSeq(tx);
    const p = await entity(tx, input.id, 'Person');
    checkVersion(input.id, versionOf(p), input.expectedVersion);
    const parts = [
      input.role !== undefined ? `role ${input.role ?? '(none)'}` : null,
      input.affiliation !== undefined ? `affiliation ${input.affiliation ?? '(none)'}` : null,
    ].filter(Boolean);
    const c = await record(tx, seq, {
      kind: 'person.set',
      target: input.id,
      targetIds: [input.id],
      summary: `Set the ${parts.join(' and the ')} of ${str(p.name)}`,
      reason,
      payload: { id: input.id, role: input.role, affiliation: input.affiliation, reason: input.reason },
      redoOf: options.redoOf ?? null,
    });
    await recomputeAttributes(tx, input.id);
    await personCurationMark(tx, input.id);
    return { correction: c, version: await bumpVersion(tx, input.id) };
  });
}

/**
 * Lays a person's active role and affiliation corrections (the latest of each) over what extraction
 * found; what an ingest added since joins the extracted lists.
 */
export async function recomputeAttributes(tx: Tx, id: string): Promise<void> {
  const rows = await run(
    tx,
    `MATCH (p:Person {id: $id})
     OPTIONAL MATCH (c:Correction {target: $id, kind: 'person.set'}) WHERE c.active
     WITH p, c ORDER BY c.seq
     RETURN properties(p) AS p, collect(c.payload) AS payloads`,
    { id },
  );
  if (!rows.length) return;
  const p = rows[0]!.p as Row;
  let role: string | null | undefined;
  let affiliation: string | null | undefined;
  for (const raw of strs(rows[0]!.payloads)) {
    const payload = JSON.parse(raw) as { role?: string | null; affiliation?: string | null };
    if (payload.role !== undefined) role = payload.role;
    if (payload.affiliation !== undefined) affiliation = payload.affiliation;
  }
  const extracted = (field: 'roles' | 'affiliations', curated: unknown, kept: unknown): string[] | null => {
    if (kept === null || kept === undefined) return curated === null || curated === undefined ? null : [];
    const chosen = strs(curated);
    // What an ingest added after the correction is extracted too.
    return withNames(
      strs(kept),
      strs(p[field]).filter((x) => !chosen.includes(x)),
    );
  };
  const roles = extracted('roles', p.curatedRoles, p.extractedRoles) ?? strs(p.roles);
  const affiliations =
    extracted('affiliations', p.curatedAffiliations, p.extractedAffiliations) ?? strs(p.affiliations);
  const curatedRoles = role === undefined ? null : role ? [role] : [];
  const curatedAffiliations = affiliation === undefined ? null : affiliation ? [affiliation] : [];
  await run(
    tx,
    `MATCH (p:Person {id: $id})
     SET p.roles = $shownRoles, p.affiliations = $shownAffiliations,
         p.curatedRoles = $curatedRoles, p.curatedAffiliations = $curatedAffiliations,
         p.extractedRoles = CASE WHEN $curatedRoles IS NULL THEN null ELSE $roles END,
         p.extractedAffiliations = CASE WHEN $curatedAffiliations IS NULL THEN null ELSE $affiliations END`,
    {
      id,
      roles,
      affiliations,
      curatedRoles,
      curatedAffiliations,
      shownRoles: curatedRoles ?? roles,
      shownAffiliations: curatedAffiliations ?? affiliations,
    },
  );
}

// ---------------------------------------------------------------- meetings

/** Merges two meetings: `keep` gains the other's reports and links, and is summarised from them all. */
export async function mergeMeetings(
  db: GraphDb,
  input: MergeMeetingsInput,
  options: { redoOf?: string } = {},
): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  if (input.keep === input.drop)
    throw new RendezvousError('BAD_INPUT', `A meeting cannot be merged into itself (${input.keep}).`);
  return write(db, 'merging meetings', async (tx) => {
    const seq = await nextSeq(tx);
    const keep = await entity(tx, input.keep, 'Meeting');
    const drop = await entity(tx, input.drop, 'Meeting');
    checkVersion(input.keep, versionOf(keep), input.expectedVersion);
    const backup = await absorbMeeting(tx, input.keep, input.drop, drop);
    const c = await record(tx, seq, {
      kind: 'meeting.merge',
      target: input.keep,
      targetIds: [input.keep, input.drop],
      summary: `Merged the meeting ${meetingName(drop)} into ${meetingName(keep)}`,
      reason,
      payload: { keep: input.keep, drop: input.drop, reason: input.reason },
      dropId: input.drop,
      backups: [backup],
      redoOf: options.redoOf ?? null,
    });
    await recomputeMeeting(tx, input.keep);
    return { correction: c, version: await bumpVersion(tx, input.keep) };
  });
}

/** Moves a meeting's reports and links onto another and deletes it; returns what it moved. */
async function absorbMeeting(
  tx: Tx,
  keepId: string,
  dropId: string,
  drop?: Row,
): Promise<MeetingMergeBackup> {
  const props =
    drop ??
    ((await run(tx, 'MATCH (m:Meeting {id: $id}) RETURN properties(m) AS p', { id: dropId }))[0]!.p as Row);
  const links = await moveLinks(tx, 'Meeting', keepId, dropId, MEETING_LINK_TYPES);
  await run(tx, 'MATCH (m:Meeting {id: $id}) DETACH DELETE m', { id: dropId });
  return { drop: props, links };
}

/** Merges again a meeting an ingest brought back after it was merged away; appends the backup to the record. */
export async function reapplyMeetingMerge(tx: Tx, correctionId: string, keepId: string, dropId: string) {
  const exists = await run(
    tx,
    'MATCH (k:Meeting {id: $keep}) MATCH (d:Meeting {id: $drop}) RETURN count(*) AS n',
    {
      keep: keepId,
      drop: dropId,
    },
  );
  if (!Number(exists[0]?.n)) return;
  const backup = await absorbMeeting(tx, keepId, dropId);
  await run(tx, 'MATCH (c:Correction {id: $cid}) SET c.backups = c.backups + $backup', {
    cid: correctionId,
    backup: JSON.stringify(backup),
  });
  await recomputeMeeting(tx, keepId);
}

/** Splits a meeting in two: the reports of the chosen articles, and what they support, go to a new meeting. */
export async function splitMeeting(
  db: GraphDb,
  input: SplitMeetingInput & { newId?: string },
  options: { redoOf?: string } = {},
): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  const chosen = [...new Set(input.reports)];
  return write(db, 'splitting the meeting', async (tx) => {
    const seq = await nextSeq(tx);
    const m = await entity(tx, input.id, 'Meeting');
    checkVersion(input.id, versionOf(m), input.expectedVersion);
    await supportingArticles(tx, 'Meeting', input.id, chosen);
    const newId = input.newId ?? `${input.id}-split-${shortHash(randomUUID())}`;
    await run(tx, 'CREATE (n:Meeting {id: $id}) SET n += $props', {
      id: newId,
      props: splitProps(m, null, input.id),
    });
    const links = await splitLinks(tx, 'Meeting', input.id, newId, chosen, MEETING_LINK_TYPES);
    const c = await record(tx, seq, {
      kind: 'meeting.split',
      target: input.id,
      targetIds: [input.id, newId],
      summary: `Split ${chosen.length} report${chosen.length > 1 ? 's' : ''} of the meeting ${meetingName(m)} off to a new meeting`,
      reason,
      payload: { id: input.id, reports: chosen, newId, reason: input.reason },
      dropId: newId,
      backups: [{ links, reports: [] } satisfies SplitBackup],
      redoOf: options.redoOf ?? null,
    });
    await recomputeMeeting(tx, input.id);
    await recomputeMeeting(tx, newId);
    await run(
      tx,
      `MATCH (n:Meeting {id: $id})
       SET n.curation = coalesce(n.curation, []) + 'corrected', n.correctedOn = $day, n.curationVersion = 0`,
      {
        id: newId,
        day: c.date,
      },
    );
    return { correction: c, version: await bumpVersion(tx, input.id) };
  });
}

// ---------------------------------------------------------------- revert and redo

/** The kinds this file applies. */
export const ENTITY_KINDS = ['person.split', 'person.remove', 'person.set', 'meeting.merge', 'meeting.split'];

/** Reverts one of this file's corrections (already marked inactive) from its backups. */
export async function revertEntityCorrection(tx: Tx, c: Row): Promise<void> {
  const kind = String(c.kind);
  const target = String(c.target);
  const dropId = str(c.dropId) ?? '';
  const backups = strs(c.backups)
    .map((b) => JSON.parse(b) as Row)
    .reverse();
  if (kind === 'person.split') {
    for (const b of backups) await unsplit(tx, 'Person', target, dropId, b as unknown as SplitBackup);
    await personCurationMark(tx, target);
  } else if (kind === 'meeting.split') {
    for (const b of backups) await unsplit(tx, 'Meeting', target, dropId, b as unknown as SplitBackup);
    await recomputeMeeting(tx, target);
  } else if (kind === 'person.remove') {
    for (const raw of backups) {
      const b = raw as unknown as RemovalBackup;
      await run(tx, 'MERGE (d:Person {id: $id}) SET d += $props', { id: target, props: b.drop });
      await restoreLinks(tx, 'Person', '', target, b.links);
      await restoreReports(tx, b.reports);
    }
  } else if (kind === 'person.set') {
    await recomputeAttributes(tx, target);
    await personCurationMark(tx, target);
  } else if (kind === 'meeting.merge') {
    for (const raw of backups) {
      const b = raw as unknown as MeetingMergeBackup;
      await run(tx, 'MERGE (d:Meeting {id: $id}) SET d += $props', { id: dropId, props: b.drop });
      await restoreLinks(tx, 'Meeting', target, dropId, b.links);
    }
    await recomputeMeeting(tx, target);
    await recomputeMeeting(tx, dropId);
  }
}

/** Applies again one of this file's corrections, as a new record that names the original. */
export function redoEntityCorrection(db: GraphDb, c: Row): Promise<CorrectionResult> {
  const kind = String(c.kind);
  const payload = JSON.parse(String(c.payload)) as Row;
  const redoOf = String(c.id);
  const reason = str(c.reason) ?? undefined;
  const id = String(payload.id ?? '');
  if (kind === 'person.split')
    return splitPerson(
      db,
      {
        id,
        mentions: strs(payload.mentions),
        name: str(payload.name) ?? undefined,
        reason,
        newId: String(payload.newId),
      },
      { redoOf },
    );
  if (kind === 'meeting.split')
    return splitMeeting(
      db,
      { id, reports: strs(payload.reports), reason, newId: String(payload.newId) },
      { redoOf },
    );
  if (kind === 'person.remove') return removePerson(db, { id, reason }, { redoOf });
  if (kind === 'meeting.merge')
    return mergeMeetings(db, { keep: String(payload.keep), drop: String(payload.drop), reason }, { redoOf });
  return setPersonAttributes(
    db,
    {
      id,
      role: payload.role as string | null | undefined,
      affiliation: payload.affiliation as string | null | undefined,
      reason,
    },
    { redoOf },
  );
}
