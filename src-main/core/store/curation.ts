// Corrections in Neo4j: append-only Correction records, applied on top of what extraction found, reverted from the records.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type {
  AddMeetingInput,
  Correction,
  CorrectionKind,
  CorrectionResult,
  CurationMark,
  CurationState,
  EditMeetingInput,
  MergePeopleInput,
  RenamePersonInput,
  ReviewItem,
  ReviewMeetingInput,
  ReviewQueue,
} from '../../common/curation';
import { RendezvousError } from '../../common/errors';
import type { DatePrecision, MeetingStatus } from '../../common/extraction';
import {
  checkMeetingDate,
  checkReason,
  checkVersion,
  foldOverrides,
  overrideSummary,
  precisionOf,
  withNames,
  type MeetingOverride,
} from '../curation/rules';
import { curationAuthor } from '../curation/author';
import type { GraphDb } from './connection';
import { today } from '../merge/dates';
import { summarizeMeeting } from '../merge/summary';
import { labelOfId, shortHash } from '../merge/names';
import { NODE_LABELS as LABELS } from '../../common/vocab';
import { num, str, strs, toParams, toPlain } from './values';
import { storeError } from './session';
import { reportFromProps } from './records';
import {
  ENTITY_KINDS,
  reapplyMeetingMerge,
  reapplyRemoval,
  recomputeAttributes,
  redoEntityCorrection,
  revertEntityCorrection,
} from './curation-entities';
import { movePersonLinks, restoreMovedLinks } from './curation-move';

/** A row of a Cypher result, as plain values. */
export type Row = Record<string, unknown>;
/** A transaction corrections run in. */
export type Tx = ManagedTransaction;

const LOG_ID = 'curation-log';

/** The constraints and indexes of Correction records; idempotent. */
export const CURATION_SCHEMA = [
  'CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE',
  'CREATE INDEX correction_target IF NOT EXISTS FOR (c:Correction) ON (c.target)',
  'CREATE INDEX correction_drop IF NOT EXISTS FOR (c:Correction) ON (c.dropId)',
  'CREATE INDEX correction_seq IF NOT EXISTS FOR (c:Correction) ON (c.seq)',
  'CREATE INDEX correction_date IF NOT EXISTS FOR (c:Correction) ON (c.date)',
  'CREATE CONSTRAINT curation_log_id IF NOT EXISTS FOR (l:CurationLog) REQUIRE l.id IS UNIQUE',
];

const ensured = new WeakSet<object>();

/** Creates the Correction constraints and indexes once per connection. */
export async function ensureCurationSchema(db: GraphDb): Promise<void> {
  if (ensured.has(db.driver)) return;
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    for (const s of CURATION_SCHEMA) await session.run(s);
    // The log node exists before any correction, so every correction locks the same node.
    await session.run('MERGE (l:CurationLog {id: $id}) ON CREATE SET l.seq = 0', { id: LOG_ID });
    ensured.add(db.driver);
  } catch (err) {
    throw storeError(err, 'preparing the corrections');
  } finally {
    await session.close();
  }
}

/** RENDEZVOUS_CURATION_TIMING=1 prints each statement's time (server and as the client saw it) and each write's begin, body and commit times to stderr. */
const TIMING = process.env.RENDEZVOUS_CURATION_TIMING === '1';

/** Runs one statement in the transaction and returns its rows as plain values. */
export async function run(tx: Tx, query: string, params: Row = {}): Promise<Row[]> {
  const start = TIMING ? performance.now() : 0;
  const res = await tx.run(query, toParams(params));
  if (TIMING) {
    const s = res.summary;
    const server = num(s.resultAvailableAfter) + num(s.resultConsumedAfter);
    const line = query.trim().split('\n')[0]!.slice(0, 70);
    const sent = JSON.stringify(params).length;
    process.stderr.write(
      `curation: ${(performance.now() - start).toFixed(1)} ms at the client, ${server} ms in the server, ${res.records.length} rows, ${sent} B sent: ${line}\n`,
    );
  }
  return res.records.map((r) => toPlain(r.toObject()) as Row);
}

/** Runs `fn` in one write transaction, after the curation schema exists. */
export async function write<T>(db: GraphDb, what: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  await ensureCurationSchema(db);
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  const start = TIMING ? performance.now() : 0;
  let done = 0;
  try {
    return await session.executeWrite(async (tx) => {
      const begun = TIMING ? performance.now() : 0;
      const out = await fn(tx);
      if (TIMING) {
        done = performance.now();
        process.stderr.write(
          `curation: ${what}: ${(begun - start).toFixed(1)} ms to begin, ${(done - begun).toFixed(1)} ms in the transaction\n`,
        );
      }
      return out;
    });
  } catch (err) {
    throw storeError(err, what);
  } finally {
    await session.close();
    if (TIMING && done)
      process.stderr.write(
        `curation: ${what}: ${(performance.now() - done).toFixed(1)} ms to commit and close\n`,
      );
  }
}

async function read<T>(db: GraphDb, what: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  await ensureCurationSchema(db);
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(fn);
  } catch (err) {
    throw storeError(err, what);
  } finally {
    await session.close();
  }
}

/** Maps a stored Correction node to the DTO. */
function toCorrection(raw: unknown): Correction {
  const c = (toPlain(raw) ?? {}) as Row;
  return {
    id: String(c.id),
    seq: num(c.seq),
    kind: String(c.kind) as CorrectionKind,
    targetIds: strs(c.targetIds),
    summary: str(c.summary) ?? '',
    reason: str(c.reason),
    author: str(c.author) ?? '',
    at: str(c.at) ?? '',
    date: str(c.date) ?? '',
    active: c.active === true,
    revertedBy: str(c.revertedBy),
    reverts: str(c.reverts),
  };
}

const CORRECTION_FIELDS =
  'c {.id, .seq, .kind, .targetIds, .summary, .reason, .author, .at, .date, .active, .revertedBy, .reverts}';

/** Takes the log's lock (serialising corrections) and returns the next sequence number. */
export async function nextSeq(tx: Tx): Promise<number> {
  const rows = await run(
    tx,
    'MERGE (l:CurationLog {id: $id}) ON CREATE SET l.seq = 0 SET l.seq = l.seq + 1 RETURN l.seq AS seq',
    { id: LOG_ID },
  );
  return num(rows[0]?.seq);
}

/** The label of an id among the curated kinds, or a NOT_FOUND naming the id. */
function curatedLabel(id: string, want: 'Person' | 'Meeting'): string {
  const label = labelOfId(id);
  if (label !== want)
    throw new RendezvousError(
      'NOT_FOUND',
      `No ${want === 'Person' ? 'person' : 'meeting'} has the id "${id}".`,
    );
  return label;
}

/** Reads an entity's properties after the log lock; NOT_FOUND when it does not exist. */
export async function entity(tx: Tx, id: string, want: 'Person' | 'Meeting'): Promise<Row> {
  const label = curatedLabel(id, want);
  const rows = await run(tx, `MATCH (n:${label} {id: $id}) RETURN properties(n) AS p`, { id });
  if (!rows.length)
    throw new RendezvousError(
      'NOT_FOUND',
      `No ${want === 'Person' ? 'person' : 'meeting'} has the id "${id}".`,
    );
  return rows[0]!.p as Row;
}

/** An entity's curation version, from its properties. */
export const versionOf = (p: Row): number => num(p.curationVersion);

/** Increases a person's or meeting's curation version and returns it. */
export async function bumpVersion(tx: Tx, id: string): Promise<number> {
  const label = labelOfId(id);
  if (label !== 'Person' && label !== 'Meeting') return 0;
  const rows = await run(
    tx,
    `MATCH (n:${label} {id: $id}) SET n.curationVersion = coalesce(n.curationVersion, 0) + 1 RETURN n.curationVersion AS v`,
    { id },
  );
  return num(rows[0]?.v);
}

/** What a new correction record says. */
export interface NewCorrection {
  kind: CorrectionKind;
  target: string;
  targetIds: string[];
  summary: string;
  reason: string | null;
  payload: unknown;
  dropId?: string | null;
  backups?: unknown[];
  reverts?: string | null;
  viaUndo?: boolean;
  redoOf?: string | null;
  /** When it was made (default: now). */
  at?: Date;
}

/** Writes a correction record (its author, time and day set here). */
export async function record(tx: Tx, seq: number, c: NewCorrection): Promise<Correction> {
  const now = c.at ?? new Date();
  const rows = await run(
    tx,
    `CREATE (c:Correction {id: $id, seq: $seq, kind: $kind, target: $target, targetIds: $targetIds,
       summary: $summary, reason: $reason, author: $author, at: $at, date: $date, payload: $payload,
       dropId: $dropId, backups: $backups, active: $active, reverts: $reverts, viaUndo: $viaUndo,
       redoOf: $redoOf, redone: false})
     RETURN ${CORRECTION_FIELDS} AS c`,
    {
      id: `correction:${randomUUID()}`,
      seq,
      kind: c.kind,
      target: c.target,
      targetIds: c.targetIds,
      summary: c.summary,
      reason: c.reason,
      author: curationAuthor(),
      at: now.toISOString(),
      date: now.toISOString().slice(0, 10),
      payload: JSON.stringify(c.payload ?? null),
      dropId: c.dropId ?? null,
      backups: (c.backups ?? []).map((b) => JSON.stringify(b)),
      active: c.kind !== 'revert',
      reverts: c.reverts ?? null,
      viaUndo: c.viaUndo ?? false,
      redoOf: c.redoOf ?? null,
    },
  );
  return toCorrection(rows[0]!.c);
}

// ---------------------------------------------------------------- meetings

const MEETING_REVIEW_KINDS = ['meeting.confirm', 'meeting.reject', 'meeting.edit', 'meeting.add'];

/** What a meeting's curated state is computed from: its reports, its active corrections, its curated links. */
interface MeetingState {
  reports: unknown[];
  corrections: { kind: string; date: string; payload: Row }[];
  setAside: number;
  curatedAdds: number;
}

async function readMeetingState(tx: Tx, id: string): Promise<MeetingState | null> {
  const rows = await run(
    tx,
    `MATCH (m:Meeting {id: $id})
     OPTIONAL MATCH (m)-[r:REPORTED_IN]->(:Article)
     WITH m, collect(properties(r)) AS reports
     OPTIONAL MATCH (c:Correction {target: $id}) WHERE c.active AND c.kind IN $kinds
     WITH m, reports, c ORDER BY c.seq
     RETURN reports, collect(c {.kind, .date, .payload}) AS corrections,
            COUNT { (m)-[:SET_ASIDE_PARTICIPANT]->() } AS setAside,
            COUNT { (m)-[p:PARTICIPANT]->() WHERE p.curatedAdd } AS curatedAdds`,
    { id, kinds: MEETING_REVIEW_KINDS },
  );
  if (!rows.length) return null;
  return {
    reports: rows[0]!.reports as unknown[],
    corrections: (rows[0]!.corrections as Row[]).map((c) => ({
      kind: String(c.kind),
      date: String(c.date),
      payload: JSON.parse(String(c.payload)) as Row,
    })),
    setAside: num(rows[0]!.setAside),
    curatedAdds: num(rows[0]!.curatedAdds),
  };
}

/** Writes a meeting's curated state folded from `state`; the link statements only when there are links to change. */
async function writeMeetingState(tx: Tx, id: string, state: MeetingState): Promise<void> {
  const reports = state.reports.map(reportFromProps);
  let confirmedOn: string | null = null;
  let rejectedOn: string | null = null;
  let correctedOn: string | null = null;
  let addedOn: string | null = null;
  const edits: MeetingOverride[] = [];
  for (const c of state.corrections) {
    if (c.kind === 'meeting.confirm') [confirmedOn, rejectedOn] = [c.date, null];
    if (c.kind === 'meeting.reject') [rejectedOn, confirmedOn] = [c.date, null];
    if (c.kind === 'meeting.add') addedOn = c.date;
    if (c.kind === 'meeting.edit') {
      correctedOn = c.date;
      edits.push(c.payload.override as MeetingOverride);
    }
  }
  const override = foldOverrides(edits);
  const marks: CurationMark[] = [];
  if (addedOn) marks.push('added');
  if (correctedOn) marks.push('corrected');
  if (confirmedOn) marks.push('confirmed');
  if (rejectedOn) marks.push('rejected');
  const summary = summarizeMeeting(reports);
  const fields = summary
    ? overrideSummary(
        {
          status: summary.status,
          date: summary.date,
          datePrecision: summary.datePrecision,
          dateStart: summary.dateStart,
          dateEnd: summary.dateEnd,
          place: summary.place,
          topic: summary.topic,
        },
        override,
      )
    : null;
  const removed = override.removeParticipants ?? [];
  const added = override.addParticipants ?? [];
  // Sent pipelined: the server runs them in order, each on a set of links the others leave alone.
  const statements: Promise<Row[]>[] = [
    run(
      tx,
      `MATCH (m:Meeting {id: $id})
     SET m += $fields, m.curation = $marks, m.confirmedOn = $confirmedOn, m.rejectedOn = $rejectedOn,
         m.correctedOn = $correctedOn, m.addedOn = $addedOn, m.curationOverride = $override`,
      {
        id,
        fields: fields ?? {},
        marks: marks.length ? marks : null,
        confirmedOn,
        rejectedOn,
        correctedOn,
        addedOn,
        override: Object.keys(override).length ? JSON.stringify(override) : null,
      },
    ),
  ];
  // Participants set aside keep their relationship, under another type, so a revert brings them back.
  if (removed.length)
    statements.push(
      run(
        tx,
        `MATCH (m:Meeting {id: $id})-[p:PARTICIPANT]->(x) WHERE x.id IN $removed
     MERGE (m)-[q:SET_ASIDE_PARTICIPANT]->(x)
     SET q += properties(p), q.articles = coalesce(q.articles, []) + [a IN coalesce(p.articles, []) WHERE NOT a IN coalesce(q.articles, [])]
     DELETE p`,
        { id, removed },
      ),
    );
  if (state.setAside)
    statements.push(
      run(
        tx,
        `MATCH (m:Meeting {id: $id})-[q:SET_ASIDE_PARTICIPANT]->(x) WHERE NOT x.id IN $removed
     MERGE (m)-[p:PARTICIPANT]->(x)
     SET p += properties(q), p.articles = coalesce(p.articles, []) + [a IN coalesce(q.articles, []) WHERE NOT a IN coalesce(p.articles, [])]
     DELETE q`,
        { id, removed },
      ),
    );
  if (added.length)
    statements.push(
      run(
        tx,
        `MATCH (m:Meeting {id: $id})
     UNWIND $added AS pid
     MATCH (x {id: pid}) WHERE x:Person OR x:Group OR x:Organization
     MERGE (m)-[p:PARTICIPANT]->(x)
     ON CREATE SET p.articles = [], p.role = null, p.curatedAdd = true`,
        { id, added },
      ),
    );
  if (state.curatedAdds)
    statements.push(
      run(
        tx,
        `MATCH (m:Meeting {id: $id})-[p:PARTICIPANT]->(x)
     WHERE p.curatedAdd AND size(coalesce(p.articles, [])) = 0 AND NOT x.id IN $added
     DELETE p`,
        { id, added },
      ),
    );
  await Promise.all(statements);
}

/**
 * Rebuilds a meeting's curated state from its active corrections: marks and their days, the folded
 * edits laid over the summary of its reports, participants added or set aside. Idempotent, so it also
 * re-applies the corrections after an ingest wrote new reports.
 */
export async function recomputeMeeting(tx: Tx, id: string): Promise<void> {
  const state = await readMeetingState(tx, id);
  if (state) await writeMeetingState(tx, id, state);
}

async function reviewMeeting(
  db: GraphDb,
  input: ReviewMeetingInput,
  kind: 'meeting.confirm' | 'meeting.reject',
): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  return write(db, 'recording the review', async (tx) => {
    // Two round trips: the lock, the meeting and its state read together (the server runs a
    // transaction's statements in the order sent, the lock first), then the record and the state with
    // this correction folded in, written together.
    const at = new Date();
    const [seq, m, state] = await Promise.all([
      nextSeq(tx),
      entity(tx, input.id, 'Meeting'),
      readMeetingState(tx, input.id),
    ]);
    checkVersion(input.id, versionOf(m), input.expectedVersion);
    const day = at.toISOString().slice(0, 10);
    const [c, , version] = await Promise.all([
      record(tx, seq, {
        kind,
        target: input.id,
        targetIds: [input.id],
        summary: `${kind === 'meeting.confirm' ? 'Confirmed' : 'Rejected'} the meeting ${meetingName(m)}`,
        reason,
        payload: { id: input.id },
        at,
      }),
      state &&
        writeMeetingState(tx, input.id, {
          ...state,
          corrections: [...state.corrections, { kind, date: day, payload: { id: input.id } }],
        }),
      bumpVersion(tx, input.id),
    ]);
    return { correction: c, version };
  });
}

/** A meeting's short name for summaries: its place and date. */
export const meetingName = (m: Row): string =>
  [str(m.place) ?? str(m.city) ?? str(m.country) ?? str(m.topic) ?? 'meeting', str(m.date) ?? 'date unknown']
    .filter(Boolean)
    .join(', ');

/** Marks a meeting as confirmed. */
export function confirmMeeting(db: GraphDb, input: ReviewMeetingInput): Promise<CorrectionResult> {
  return reviewMeeting(db, input, 'meeting.confirm');
}

/** Rejects a meeting: it is kept with its reports, and no view shows it from that day on. */
export function rejectMeeting(db: GraphDb, input: ReviewMeetingInput): Promise<CorrectionResult> {
  return reviewMeeting(db, input, 'meeting.reject');
}

/** The override an edit sets, from the input's fields. */
function overrideOf(input: EditMeetingInput): MeetingOverride {
  const o: MeetingOverride = {};
  if (input.date !== undefined) o.date = input.date;
  if (input.datePrecision !== undefined) o.datePrecision = input.datePrecision;
  if (input.place !== undefined) o.place = input.place;
  if (input.status !== undefined) o.status = input.status;
  if (input.topic !== undefined) o.topic = input.topic;
  if (input.addParticipants?.length) o.addParticipants = [...new Set(input.addParticipants)];
  if (input.removeParticipants?.length) o.removeParticipants = [...new Set(input.removeParticipants)];
  return o;
}

/** Corrects a meeting's date, precision, place, status, topic or participants, on top of its reports. */
export async function editMeeting(db: GraphDb, input: EditMeetingInput): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  const override = overrideOf(input);
  if (!Object.keys(override).length)
    throw new RendezvousError(
      'BAD_INPUT',
      'Nothing to change: give a date, precision, place, status, topic or participants.',
    );
  if (override.date && !override.datePrecision) override.datePrecision = precisionOf(override.date);
  return write(db, 'editing the meeting', async (tx) => {
    const seq = await nextSeq(tx);
    const m = await entity(tx, input.id, 'Meeting');
    checkVersion(input.id, versionOf(m), input.expectedVersion);
    const status = (override.status ?? str(m.status) ?? 'held') as MeetingStatus;
    const date = override.date !== undefined ? override.date : str(m.date);
    const precision = (override.datePrecision ??
      (override.date === undefined ? str(m.datePrecision) : null) ??
      (date ? precisionOf(date) : 'unknown')) as DatePrecision;
    checkMeetingDate(date, precision, status, today());
    await checkParticipants(tx, input.id, override);
    const changes = Object.entries(override)
      .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(', ') : String(v)}`)
      .join('; ');
    const c = await record(tx, seq, {
      kind: 'meeting.edit',
      target: input.id,
      targetIds: [input.id, ...(override.addParticipants ?? []), ...(override.removeParticipants ?? [])],
      summary: `Edited the meeting ${meetingName(m)}: ${changes}`,
      reason,
      payload: { id: input.id, override },
    });
    await recomputeMeeting(tx, input.id);
    return { correction: c, version: await bumpVersion(tx, input.id) };
  });
}

/** Participants to add must exist; participants to remove must take part. */
async function checkParticipants(tx: Tx, id: string, o: MeetingOverride): Promise<void> {
  const add = o.addParticipants ?? [];
  const remove = o.removeParticipants ?? [];
  if (!add.length && !remove.length) return;
  const rows = await run(
    tx,
    `CALL () { UNWIND $add AS pid OPTIONAL MATCH (x {id: pid}) WHERE x:Person OR x:Group OR x:Organization
       RETURN collect(CASE WHEN x IS NULL THEN pid END) AS missing }
     CALL () { MATCH (:Meeting {id: $id})-[:PARTICIPANT]->(x) RETURN collect(x.id) AS current }
     RETURN missing, current`,
    { id, add },
  );
  const missing = strs(rows[0]?.missing);
  if (missing.length)
    throw new RendezvousError(
      'NOT_FOUND',
      `No person or party has the id ${missing.map((m) => `"${m}"`).join(', ')}.`,
    );
  const current = new Set(strs(rows[0]?.current));
  const absent = remove.filter((r) => !current.has(r));
  if (absent.length)
    throw new RendezvousError(
      'BAD_INPUT',
      `${absent.join(', ')} ${absent.length > 1 ? 'do' : 'does'} not take part in ${id}; nothing to remove.`,
    );
}

/** Adds a meeting by hand, stated by a sentence of a stored article, which stays its evidence. */
export async function addMeeting(
  db: GraphDb,
  input: AddMeetingInput & { meetingId?: string },
  options: { redoOf?: string } = {},
): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  if (input.evidenceEnd <= input.evidenceStart)
    throw new RendezvousError('BAD_INPUT', 'The evidence must be a sentence: its end comes after its start.');
  const precision = input.datePrecision ?? (input.date ? precisionOf(input.date) : 'unknown');
  checkMeetingDate(input.date ?? null, precision, input.status, today());
  return write(db, 'adding the meeting', async (tx) => {
    const seq = await nextSeq(tx);
    const art = await run(
      tx,
      'MATCH (a:Article {id: $id}) RETURN a.text AS text, a.published AS published, a.title AS title',
      { id: input.articleId },
    );
    if (!art.length) throw new RendezvousError('NOT_FOUND', `No article has the id "${input.articleId}".`);
    const text = str(art[0]!.text) ?? '';
    if (input.evidenceEnd > text.length)
      throw new RendezvousError(
        'BAD_INPUT',
        `The evidence ends at ${input.evidenceEnd}, past the article's ${text.length} characters.`,
      );
    const evidence = text.slice(input.evidenceStart, input.evidenceEnd).trim();
    if (!evidence) throw new RendezvousError('BAD_INPUT', 'The chosen evidence is blank.');
    const found = await run(
      tx,
      `UNWIND $ids AS pid OPTIONAL MATCH (x {id: pid}) WHERE x:Person OR x:Group OR x:Organization
       RETURN pid, x IS NOT NULL AS ok, labels(x)[0] AS label, x.name AS name`,
      { ids: [...new Set(input.participants)] },
    );
    const missing = found.filter((f) => !f.ok).map((f) => String(f.pid));
    if (missing.length)
      throw new RendezvousError(
        'NOT_FOUND',
        `No person or party has the id ${missing.map((m) => `"${m}"`).join(', ')}.`,
      );
    const id = input.meetingId ?? `meeting:added-${shortHash(randomUUID())}`;
    const personIds = found.filter((f) => f.label === 'Person').map((f) => String(f.pid));
    const groupIds = found.filter((f) => f.label !== 'Person').map((f) => String(f.pid));
    const report = {
      articleId: input.articleId,
      index: -1,
      reported: str(art[0]!.published),
      status: input.status,
      date: input.date ?? null,
      datePrecision: precision,
      place: input.place ?? null,
      placeKind: input.place ? 'city' : null,
      city: null,
      country: null,
      topic: input.topic ?? null,
      evidence,
      evidenceStart: input.evidenceStart,
      evidenceEnd: input.evidenceEnd,
      announcedBy: null,
      reportedBy: null,
      count: null,
      personIds,
      groupIds,
      affiliationGroupIds: [],
      mergedBecause: 'added by hand',
      articles: [input.articleId],
      curatedAdd: true,
    };
    await run(
      tx,
      `MATCH (a:Article {id: $articleId})
       MERGE (m:Meeting {id: $id})
       CREATE (m)-[r:REPORTED_IN]->(a) SET r = $report
       WITH m
       UNWIND $participants AS pid
       MATCH (x {id: pid}) WHERE x:Person OR x:Group OR x:Organization
       MERGE (m)-[p:PARTICIPANT]->(x)
       ON CREATE SET p.articles = [$articleId], p.role = null, p.curatedAdd = true`,
      { articleId: input.articleId, id, report, participants: [...personIds, ...groupIds] },
    );
    const names = found.map((f) => str(f.name) ?? String(f.pid));
    const payload = { ...input, meetingId: id };
    delete (payload as { expectedVersion?: unknown }).expectedVersion;
    const c = await record(tx, seq, {
      kind: 'meeting.add',
      target: id,
      targetIds: [id, ...personIds, ...groupIds],
      summary: `Added a meeting of ${names.join(', ')}${input.date ? ` on ${input.date}` : ''} from "${str(art[0]!.title) ?? input.articleId}"`,
      reason,
      payload,
      redoOf: options.redoOf ?? null,
    });
    await recomputeMeeting(tx, id);
    return { correction: c, version: await bumpVersion(tx, id) };
  });
}

/** Takes a hand-added meeting's report and links out; the meeting goes when nothing else reports it. */
async function removeAddedMeeting(tx: Tx, id: string, articleId: string): Promise<void> {
  await run(
    tx,
    `MATCH (m:Meeting {id: $id})-[r:REPORTED_IN]->(:Article {id: $articleId}) WHERE r.curatedAdd DELETE r`,
    { id, articleId },
  );
  const left = await run(tx, 'MATCH (m:Meeting {id: $id}) RETURN COUNT { (m)-[:REPORTED_IN]->() } AS n', {
    id,
  });
  if (num(left[0]?.n) === 0) {
    await run(tx, 'MATCH (m:Meeting {id: $id}) DETACH DELETE m', { id });
    return;
  }
  await run(
    tx,
    `MATCH (m:Meeting {id: $id})-[p:PARTICIPANT]->()
     WHERE p.curatedAdd AND p.articles = [$articleId] DELETE p`,
    { id, articleId },
  );
}

// ---------------------------------------------------------------- people

/** A relationship of a person or meeting, as a merge moved it (and as a revert puts it back). */
export interface MovedLink {
  type: string;
  /** True when the person is the relationship's start. */
  out: boolean;
  otherId: string;
  otherLabel: string;
  props: Row;
  /** True when the kept person had no such relationship before the merge. */
  created: boolean;
  /** The kept person's articles on it before the merge. */
  keptArticles: string[];
}

/**
 * Relationships a merge moved whole onto the kept person (it had none of that type to that node), kept
 * by key only, since the relationship on the kept person still holds their properties. A link is
 * `[otherId]` when its articles were `[otherId]` (a mention), `[otherId, null]` when it had none, else
 * `[otherId, articles]`: what it brought, which a revert takes off again.
 */
export interface MovedGroup {
  type: string;
  out: boolean;
  label: string;
  links: ([string] | [string, string[] | null])[];
}

/** Everything one application of a merge changed, enough to undo it exactly. */
export interface MergeBackup {
  drop: Row;
  /** Relationships folded into one the kept person had, with the dropped one's properties (in records written before `moved`: every moved one). */
  links: MovedLink[];
  /** Relationships moved whole, by key. */
  moved?: MovedGroup[];
  reports: { meetingId: string; articleId: string; personIds: string[] }[];
  added: { aliases: string[]; roles: string[]; affiliations: string[]; mergeReasons: string[] };
}

/** The relationships a person has, which a merge moves. */
export const PERSON_LINK_TYPES = [
  'MENTIONS',
  'PARTICIPANT',
  'SET_ASIDE_PARTICIPANT',
  'ANNOUNCED_BY',
  'REPORTED_BY',
  'HAS_ROLE',
  'AFFILIATED_WITH',
];

/** Labels a moved relationship may end at: the graph's own, and the keys ingest matches meetings by. */
const labelOk = (l: string) => (LABELS as readonly string[]).includes(l) || l === 'MergeKey';

/**
 * Moves every relationship of the given types from `dropId` onto `keepId` (both `label`): an existing one
 * gains the other's articles, a new one is marked `curatedFrom`. Returns what it moved, for a revert.
 */
export async function moveLinks(
  tx: Tx,
  label: 'Person' | 'Meeting',
  keepId: string,
  dropId: string,
  types: string[],
): Promise<MovedLink[]> {
  const rels = await run(
    tx,
    `MATCH (d:${label} {id: $drop})-[r]-(x)
     WHERE type(r) IN $types AND x.id IS NOT NULL AND x.id <> $keep
     OPTIONAL MATCH (k:${label} {id: $keep})
     RETURN type(r) AS type, startNode(r) = d AS out, x.id AS otherId, labels(x)[0] AS otherLabel,
            properties(r) AS props,
            CASE WHEN startNode(r) = d
              THEN [(k)-[s]->(x) WHERE type(s) = type(r) | s.articles]
              ELSE [(x)-[s]->(k) WHERE type(s) = type(r) | s.articles] END AS existing`,
    { drop: dropId, keep: keepId, types },
  );
  const links: MovedLink[] = rels
    .filter((r) => labelOk(String(r.otherLabel)))
    .map((r) => {
      const existing = r.existing as unknown[];
      return {
        type: String(r.type),
        out: r.out === true,
        otherId: String(r.otherId),
        otherLabel: String(r.otherLabel),
        props: r.props as Row,
        created: existing.length === 0,
        keptArticles: existing.length ? strs(existing[0]) : [],
      };
    });
  // Sent pipelined: the server runs them in order, and none reads what another writes.
  const moves: Promise<Row[]>[] = [];
  for (const type of types)
    for (const out of [true, false]) {
      const rows = links.filter((l) => l.type === type && l.out === out);
      for (const other of new Set(rows.map((l) => l.otherLabel))) {
        const batch = rows.filter((l) => l.otherLabel === other);
        const pattern = out ? `(k)-[r:${type}]->(x)` : `(x)-[r:${type}]->(k)`;
        moves.push(
          run(
            tx,
            `MATCH (k:${label} {id: $keep})
           UNWIND $rows AS row
           MATCH (x:${other} {id: row.otherId})
           MERGE ${pattern}
           ON CREATE SET r = row.props, r.curatedFrom = $drop
           ON MATCH SET r.articles = coalesce(r.articles, []) + [a IN coalesce(row.props.articles, []) WHERE NOT a IN coalesce(r.articles, [])]`,
            { keep: keepId, drop: dropId, rows: batch.map((l) => ({ otherId: l.otherId, props: l.props })) },
          ),
        );
      }
    }
  await Promise.all(moves);
  return links;
}

/** Puts back relationships `moveLinks` moved: onto `dropId` again, and off `keepId` where the move made or grew them. */
export async function restoreLinks(
  tx: Tx,
  label: 'Person' | 'Meeting',
  keepId: string,
  dropId: string,
  links: MovedLink[],
): Promise<void> {
  for (const l of links) {
    if (!labelOk(l.otherLabel) || !/^[A-Z_]+$/.test(l.type)) continue;
    const onDrop = l.out ? `(d)-[r:${l.type}]->(x)` : `(x)-[r:${l.type}]->(d)`;
    const onKeep = l.out ? `(k)-[s:${l.type}]->(x)` : `(x)-[s:${l.type}]->(k)`;
    await run(
      tx,
      `MATCH (d:${label} {id: $drop}) MATCH (x:${l.otherLabel} {id: $other})
       MERGE ${onDrop} SET r = $props
       WITH d, x
       OPTIONAL MATCH (k:${label} {id: $keep})
       OPTIONAL MATCH ${onKeep}
       WITH s, [a IN coalesce(s.articles, []) WHERE NOT (a IN $dropArticles AND NOT a IN $keptArticles)] AS left
       FOREACH (_ IN CASE WHEN s IS NOT NULL AND $created AND size(left) = 0 THEN [1] ELSE [] END | DELETE s)
       FOREACH (_ IN CASE WHEN s IS NOT NULL AND NOT ($created AND size(left) = 0) THEN [1] ELSE [] END | SET s.articles = left)`,
      {
        drop: dropId,
        keep: keepId,
        other: l.otherId,
        props: l.props,
        dropArticles: strs(l.props.articles),
        keptArticles: l.keptArticles,
        created: l.created,
      },
    );
  }
}

/** A Cypher list expression: `list` with the names in `add` appended, as `withNames` does (case and spacing ignored). */
const WITH_NAMES = (list: string, add: string) =>
  `reduce(acc = coalesce(${list}, []), n IN ${add} | CASE WHEN n IS NULL OR trim(n) = '' OR toLower(trim(n)) IN [a IN acc | toLower(trim(a))] THEN acc ELSE acc + trim(n) END)`;

/** The kept person's names gain the dropped one's (its name and aliases, roles, affiliations, the merge's line), and the dropped one goes; returns what each list gained. */
const FOLD_NAMES = `MATCH (k:Person {id: $keep}) MATCH (d:Person {id: $drop})
WITH k, d, coalesce($line, d.name + ' merged into ' + k.name + ' by ' + $by) AS line,
     [n IN [d.name] + coalesce(d.aliases, []) WHERE toLower(trim(n)) <> toLower(trim(coalesce(k.name, '')))] AS names
WITH k, d, line, ${WITH_NAMES('k.aliases', 'names')} AS aliases, ${WITH_NAMES('k.roles', 'd.roles')} AS roles,
     ${WITH_NAMES('k.affiliations', 'd.affiliations')} AS affiliations, ${WITH_NAMES('k.mergeReasons', '[line]')} AS reasons
WITH k, d, line, aliases, roles, affiliations, reasons,
     {aliases: [x IN aliases WHERE NOT x IN coalesce(k.aliases, [])], roles: [x IN roles WHERE NOT x IN coalesce(k.roles, [])],
      affiliations: [x IN affiliations WHERE NOT x IN coalesce(k.affiliations, [])],
      mergeReasons: [x IN reasons WHERE NOT x IN coalesce(k.mergeReasons, [])]} AS added
SET k.aliases = aliases, k.roles = roles, k.affiliations = affiliations, k.mergeReasons = reasons,
    k.aliasText = reduce(t = coalesce(k.name, ''), a IN aliases | t + ' | ' + a), k.curation = ['corrected'],
    k.curationVersion = CASE WHEN $bump THEN coalesce(k.curationVersion, 0) + 1 ELSE k.curationVersion END
DETACH DELETE d
RETURN line, added, k.curationVersion AS version`;

/** What one application of a person merge did, with the kept person's name and version, and the dropped one, as they were before it. */
export interface PersonMerged {
  backup: MergeBackup;
  keep: Row;
  drop: Row;
  /** The line the kept person's merge reasons gained. */
  line: string;
  /** The kept person's curation version after it (increased for a merge made now, not for one re-applied). */
  version: number;
}

/**
 * Moves every relationship of `dropId` onto `keepId`, folds its names into the kept person's aliases, and
 * deletes it; NOT_FOUND (the transaction then changes nothing) when either person does not exist. `line`
 * is the merge reason line, or who made it (`by`), for a line naming the two.
 */
export async function moveInto(
  tx: Tx,
  keepId: string,
  dropId: string,
  line: string | { by: string },
): Promise<PersonMerged> {
  // Sent pipelined, the server runs them in order: the two people as they are; the reports that name the
  // dropped person, which are those of its meetings (reports and participants are written together, so
  // not every report of the kept one, which may be a hub, is read); the moves; the names, and the
  // dropped person deleted. Nothing waits for an answer before the last is sent.
  const [k, d, reports, move, folded] = await Promise.all([
    run(tx, 'MATCH (k:Person {id: $id}) RETURN k {.id, .name, .curationVersion} AS p', { id: keepId }),
    run(tx, 'MATCH (d:Person {id: $id}) RETURN properties(d) AS p', { id: dropId }),
    run(
      tx,
      `MATCH (d:Person {id: $drop})-[:PARTICIPANT|SET_ASIDE_PARTICIPANT]-(m:Meeting)
       WITH DISTINCT m
       MATCH (m)-[r:REPORTED_IN]->(a:Article) WHERE $drop IN r.personIds
       WITH m, r, a, r.personIds AS before
       SET r.personIds = reduce(acc = [], x IN [p IN r.personIds | CASE WHEN p = $drop THEN $keep ELSE p END] |
         CASE WHEN x IN acc THEN acc ELSE acc + x END)
       RETURN m.id AS meetingId, a.id AS articleId, before`,
      { keep: keepId, drop: dropId },
    ),
    movePersonLinks(tx, keepId, dropId, PERSON_LINK_TYPES),
    run(tx, FOLD_NAMES, {
      keep: keepId,
      drop: dropId,
      line: typeof line === 'string' ? line : null,
      by: typeof line === 'string' ? '' : line.by,
      bump: typeof line !== 'string',
    }),
  ]);
  for (const [rows, id] of [
    [k, keepId],
    [d, dropId],
  ] as const)
    if (!rows.length) throw new RendezvousError('NOT_FOUND', `No person has the id "${id}".`);
  const keep = k[0]!.p as Row;
  const drop = d[0]!.p as Row;
  const after = folded[0]!;
  const added = after.added as Row;
  return {
    keep,
    drop,
    line: String(after.line),
    version: num(after.version),
    backup: {
      drop,
      links: move.links,
      moved: move.moved,
      reports: reports.map((r) => ({
        meetingId: String(r.meetingId),
        articleId: String(r.articleId),
        personIds: strs(r.before),
      })),
      added: {
        aliases: strs(added.aliases),
        roles: strs(added.roles),
        affiliations: strs(added.affiliations),
        mergeReasons: strs(added.mergeReasons),
      },
    },
  };
}

/** Undoes one application of a merge: the dropped person comes back with its relationships and names. */
export async function restoreFrom(tx: Tx, keepId: string, b: MergeBackup): Promise<void> {
  const dropId = String(b.drop.id);
  await run(tx, 'MERGE (d:Person {id: $id}) SET d += $props', { id: dropId, props: b.drop });
  await restoreMovedLinks(tx, keepId, dropId, b.moved ?? []);
  await restoreLinks(tx, 'Person', keepId, dropId, b.links);
  await run(
    tx,
    `UNWIND $reports AS rep
     MATCH (m:Meeting {id: rep.meetingId})-[r:REPORTED_IN]->(:Article {id: rep.articleId})
     SET r.personIds = rep.personIds`,
    { reports: b.reports },
  );
  await run(
    tx,
    `MATCH (k:Person {id: $keep})
     SET k.aliases = [a IN k.aliases WHERE NOT a IN $aliases],
         k.roles = [a IN k.roles WHERE NOT a IN $roles],
         k.affiliations = [a IN k.affiliations WHERE NOT a IN $affiliations],
         k.mergeReasons = [a IN k.mergeReasons WHERE NOT a IN $mergeReasons]
     SET k.aliasText = reduce(t = k.name, a IN k.aliases | t + ' | ' + a)`,
    { keep: keepId, ...b.added },
  );
}

/** Marks a person corrected while any person correction of it is in effect. */
export async function personCurationMark(tx: Tx, id: string): Promise<void> {
  await run(
    tx,
    `MATCH (p:Person {id: $id})
     SET p.curation = CASE WHEN EXISTS { MATCH (c:Correction {target: $id}) WHERE c.active AND c.kind STARTS WITH 'person.' }
       THEN ['corrected'] ELSE null END`,
    { id },
  );
}

/** Merges two people: `keep` stays, `drop` becomes its alias; drop's relationships move to keep, and the record keeps how to undo it. */
export async function mergePeople(
  db: GraphDb,
  input: MergePeopleInput,
  options: { redoOf?: string } = {},
): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  if (input.keep === input.drop)
    throw new RendezvousError('BAD_INPUT', `A person cannot be merged into itself (${input.keep}).`);
  curatedLabel(input.keep, 'Person');
  curatedLabel(input.drop, 'Person');
  return write(db, 'merging people', async (tx) => {
    // Sent pipelined: the server runs them in order, the log's lock first. A stale version or a missing
    // person throws once the answers are in, and the transaction then changes nothing.
    const [seq, merged] = await Promise.all([
      nextSeq(tx),
      moveInto(tx, input.keep, input.drop, { by: `${curationAuthor()}${reason ? `: ${reason}` : ''}` }),
    ]);
    const { keep, drop, line, backup, version } = merged;
    checkVersion(input.keep, versionOf(keep), input.expectedVersion);
    // The kept person's mark and version were set with its names.
    const c = await record(tx, seq, {
      kind: 'person.merge',
      target: input.keep,
      targetIds: [input.keep, input.drop],
      summary: `Merged ${str(drop.name)} into ${str(keep.name)}`,
      reason,
      payload: { keep: input.keep, drop: input.drop, reason: input.reason, line },
      dropId: input.drop,
      backups: [backup],
      redoOf: options.redoOf ?? null,
    });
    return { correction: c, version };
  });
}

/** Renames a person; the extracted name stays an alias and comes back when the rename is reverted. */
export async function renamePerson(
  db: GraphDb,
  input: RenamePersonInput,
  options: { redoOf?: string } = {},
): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  return write(db, 'renaming the person', async (tx) => {
    const seq = await nextSeq(tx);
    const p = await entity(tx, input.id, 'Person');
    checkVersion(input.id, versionOf(p), input.expectedVersion);
    const old = str(p.name) ?? '';
    if (old === input.name)
      throw new RendezvousError('BAD_INPUT', `${input.id} is already called "${input.name}".`);
    const aliases = withNames(
      strs(p.aliases).filter((a) => a.trim().toLowerCase() !== input.name.toLowerCase()),
      [old],
    );
    await run(
      tx,
      `MATCH (p:Person {id: $id})
       SET p.extractedName = coalesce(p.extractedName, p.name), p.name = $name, p.curatedName = $name,
           p.aliases = $aliases, p.aliasText = $aliasText`,
      { id: input.id, name: input.name, aliases, aliasText: [input.name, ...aliases].join(' | ') },
    );
    const c = await record(tx, seq, {
      kind: 'person.rename',
      target: input.id,
      targetIds: [input.id],
      summary: `Renamed ${old} to ${input.name}`,
      reason,
      payload: { id: input.id, name: input.name, reason: input.reason, old },
      redoOf: options.redoOf ?? null,
    });
    await personCurationMark(tx, input.id);
    return { correction: c, version: await bumpVersion(tx, input.id) };
  });
}

/** Puts back the name a person had before its active renames (or the latest one left). */
async function recomputeName(tx: Tx, id: string): Promise<void> {
  const rows = await run(
    tx,
    `MATCH (p:Person {id: $id})
     OPTIONAL MATCH (c:Correction {target: $id, kind: 'person.rename'}) WHERE c.active
     WITH p, c ORDER BY c.seq DESC
     RETURN properties(p) AS p, collect(c.payload)[0] AS latest`,
    { id },
  );
  if (!rows.length) return;
  const p = rows[0]!.p as Row;
  const latest = rows[0]!.latest ? (JSON.parse(String(rows[0]!.latest)) as Row) : null;
  const name = latest ? String(latest.name) : (str(p.extractedName) ?? str(p.name) ?? '');
  const aliases = strs(p.aliases).filter((a) => a.trim().toLowerCase() !== name.trim().toLowerCase());
  await run(
    tx,
    `MATCH (p:Person {id: $id})
     SET p.name = $name, p.curatedName = $curated, p.aliases = $aliases, p.aliasText = $aliasText
     SET p.extractedName = CASE WHEN $curated IS NULL THEN null ELSE p.extractedName END`,
    {
      id,
      name,
      curated: latest ? name : null,
      aliases,
      aliasText: [name, ...aliases].join(' | '),
    },
  );
}

// ---------------------------------------------------------------- revert, undo, redo

/** A correction's stored properties; NOT_FOUND when no correction has the id. */
export async function correctionById(tx: Tx, id: string): Promise<Row> {
  const rows = await run(tx, 'MATCH (c:Correction {id: $id}) RETURN properties(c) AS c', { id });
  if (!rows.length) throw new RendezvousError('NOT_FOUND', `No correction has the id "${id}".`);
  return rows[0]!.c as Row;
}

/** Reverts one correction inside a transaction: the graph is put back, and a revert record says so. */
async function revertInTx(
  tx: Tx,
  seq: number,
  c: Row,
  reason: string | null,
  viaUndo: boolean,
): Promise<CorrectionResult> {
  const kind = String(c.kind) as CorrectionKind;
  if (kind === 'revert')
    throw new RendezvousError(
      'BAD_INPUT',
      'A revert cannot itself be reverted; apply the correction again with redo, or make it anew.',
    );
  if (c.active !== true)
    throw new RendezvousError('BAD_INPUT', `The correction ${String(c.id)} is already reverted.`);
  const target = String(c.target);
  const payload = JSON.parse(String(c.payload)) as Row;
  await run(tx, 'MATCH (c:Correction {id: $id}) SET c.active = false', { id: c.id });
  if (kind === 'person.merge') {
    const backups = strs(c.backups).map((b) => JSON.parse(b) as MergeBackup);
    for (const b of backups.reverse()) await restoreFrom(tx, target, b);
    await personCurationMark(tx, target);
    await personCurationMark(tx, String(payload.drop));
  } else if (kind === 'person.rename') {
    await recomputeName(tx, target);
    await personCurationMark(tx, target);
  } else if (ENTITY_KINDS.includes(kind)) {
    await revertEntityCorrection(tx, c);
  } else {
    if (kind === 'meeting.add') await removeAddedMeeting(tx, target, String(payload.articleId));
    await recomputeMeeting(tx, target);
  }
  const r = await record(tx, seq, {
    kind: 'revert',
    target,
    targetIds: strs(c.targetIds),
    summary: `Reverted: ${String(c.summary)}`,
    reason,
    payload: { reverts: c.id },
    reverts: String(c.id),
    viaUndo,
  });
  await run(tx, 'MATCH (c:Correction {id: $id}) SET c.revertedBy = $by', { id: c.id, by: r.id });
  return { correction: r, version: await bumpVersion(tx, target) };
}

/** Reverts any single correction from the history. */
export async function revertCorrection(
  db: GraphDb,
  input: { id: string; reason?: string },
): Promise<CorrectionResult> {
  const reason = checkReason(input.reason);
  return write(db, 'reverting the correction', async (tx) => {
    const seq = await nextSeq(tx);
    return revertInTx(tx, seq, await correctionById(tx, input.id), reason, false);
  });
}

/** Reverts the latest correction still in effect; null when there is none. */
export async function undoCorrection(db: GraphDb): Promise<CorrectionResult | null> {
  return write(db, 'undoing the last correction', async (tx) => {
    const seq = await nextSeq(tx);
    const rows = await run(
      tx,
      `MATCH (c:Correction) WHERE c.active AND c.kind <> 'revert'
       RETURN properties(c) AS c ORDER BY c.seq DESC LIMIT 1`,
    );
    if (!rows.length) return null;
    return revertInTx(tx, seq, rows[0]!.c as Row, null, true);
  });
}

/** Applies again the correction the latest undo reverted, if nothing was corrected since; null otherwise. */
export async function redoCorrection(db: GraphDb): Promise<CorrectionResult | null> {
  const target = await write(db, 'finding what to redo', async (tx) => {
    const rows = await run(
      tx,
      `CALL () { MATCH (c:Correction) WHERE c.kind <> 'revert' AND c.redoOf IS NULL RETURN max(c.seq) AS fence }
       MATCH (r:Correction {kind: 'revert'}) WHERE r.viaUndo AND NOT r.redone AND r.seq > coalesce(fence, 0)
       WITH r ORDER BY r.seq DESC LIMIT 1
       MATCH (c:Correction {id: r.reverts})
       SET r.redone = true
       RETURN properties(c) AS c`,
    );
    return rows.length ? (rows[0]!.c as Row) : null;
  });
  if (!target) return null;
  const kind = String(target.kind) as CorrectionKind;
  const payload = JSON.parse(String(target.payload)) as Row;
  const redoOf = String(target.id);
  const reason = str(target.reason) ?? undefined;
  if (kind === 'person.merge')
    return mergePeople(db, { keep: String(payload.keep), drop: String(payload.drop), reason }, { redoOf });
  if (kind === 'person.rename')
    return renamePerson(db, { id: String(payload.id), name: String(payload.name), reason }, { redoOf });
  if (kind === 'meeting.add') return addMeeting(db, payload as unknown as AddMeetingInput, { redoOf });
  if (ENTITY_KINDS.includes(kind)) return redoEntityCorrection(db, target);
  return write(db, 'redoing the correction', async (tx) => {
    const seq = await nextSeq(tx);
    const id = String(target.target);
    await entity(tx, id, 'Meeting');
    const c = await record(tx, seq, {
      kind,
      target: id,
      targetIds: strs(target.targetIds),
      summary: String(target.summary),
      reason: str(target.reason),
      payload,
      redoOf,
    });
    await recomputeMeeting(tx, id);
    return { correction: c, version: await bumpVersion(tx, id) };
  });
}

// ---------------------------------------------------------------- reading

/** Every correction, newest first, up to `limit`, and how many there are. */
export async function correctionHistory(
  db: GraphDb,
  input: { limit: number },
): Promise<{ corrections: Correction[]; total: number }> {
  return read(db, 'reading the history', async (tx) => {
    const rows = await run(
      tx,
      `CALL () { MATCH (c:Correction) RETURN count(c) AS total }
       OPTIONAL MATCH (c:Correction) WITH total, c ORDER BY c.seq DESC LIMIT $limit
       RETURN total, collect(${CORRECTION_FIELDS}) AS corrections`,
      { limit: input.limit },
    );
    return {
      corrections: ((rows[0]?.corrections as unknown[]) ?? []).map(toCorrection),
      total: num(rows[0]?.total),
    };
  });
}

/** An entity's version, marks and corrections (newest first). */
export async function curationState(db: GraphDb, input: { id: string }): Promise<CurationState> {
  const label = labelOfId(input.id);
  if (!label || label === 'Role')
    throw new RendezvousError('NOT_FOUND', `No entity has the id "${input.id}".`);
  return read(db, 'reading the curation', async (tx) => {
    const rows = await run(
      tx,
      `MATCH (n:${label} {id: $id})
       OPTIONAL MATCH (c:Correction) WHERE c.target = $id OR $id IN c.targetIds
       WITH n, c ORDER BY c.seq DESC
       RETURN n.curationVersion AS version, n.curation AS marks, collect(${CORRECTION_FIELDS}) AS corrections`,
      { id: input.id },
    );
    if (!rows.length) throw new RendezvousError('NOT_FOUND', `No entity has the id "${input.id}".`);
    return {
      id: input.id,
      version: num(rows[0]!.version),
      marks: strs(rows[0]!.marks) as CurationMark[],
      corrections: ((rows[0]!.corrections as unknown[]) ?? []).map(toCorrection),
    };
  });
}

/** Meetings not yet confirmed or rejected: lowest confidence first, else fewest sources first. */
export async function reviewQueue(db: GraphDb, input: { limit: number }): Promise<ReviewQueue> {
  return read(db, 'reading the review queue', async (tx) => {
    const counts = await run(
      tx,
      `MATCH (m:Meeting)
       RETURN count(m) AS total, count(CASE WHEN m.confirmedOn IS NOT NULL OR m.rejectedOn IS NOT NULL THEN 1 END) AS reviewed`,
    );
    const rows = await run(
      tx,
      `MATCH (m:Meeting) WHERE m.confirmedOn IS NULL AND m.rejectedOn IS NULL
       WITH m, COUNT { (m)-[:REPORTED_IN]->() } AS sources
       ORDER BY coalesce(m.confidence, 2.0), sources, m.dateStart, m.id
       LIMIT $limit
       CALL (m) {
         OPTIONAL MATCH (m)-[:PARTICIPANT]->(x)
         RETURN collect(x.name) AS names
       }
       CALL (m) {
         MATCH (m)-[r:REPORTED_IN]->(a:Article)
         RETURN collect({articleId: a.id, title: a.title, text: r.evidence}) AS evidence
       }
       RETURN properties(m) AS m, sources, names, evidence`,
      { limit: input.limit },
    );
    const total = num(counts[0]?.total);
    const reviewed = num(counts[0]?.reviewed);
    const items: ReviewItem[] = rows.map((r) => {
      const m = r.m as Row;
      const names = strs(r.names);
      return {
        id: String(m.id),
        label: meetingName(m),
        date: str(m.date),
        datePrecision: (str(m.datePrecision) ?? 'unknown') as DatePrecision,
        status: (str(m.status) ?? 'held') as MeetingStatus,
        participants: names,
        sources: num(r.sources),
        confidence: typeof m.confidence === 'number' ? m.confidence : null,
        version: num(m.curationVersion),
        evidence: (r.evidence as Row[]).map((e) => ({
          articleId: String(e.articleId),
          title: str(e.title),
          text: str(e.text) ?? '',
          names,
        })),
      };
    });
    return { items, reviewed, total, omitted: Math.max(0, total - reviewed - items.length) };
  });
}

/** People whose name or alias is `text` (case ignored), or the one with that id; for names on the command line. */
export async function findPeople(
  db: GraphDb,
  text: string,
): Promise<{ id: string; name: string; aliases: string[] }[]> {
  return read(db, 'looking the name up', async (tx) => {
    const rows = await run(
      tx,
      `MATCH (p:Person)
       WHERE p.id = $text OR toLower(p.name) = $lower OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) = $lower)
       RETURN p.id AS id, p.name AS name, p.aliases AS aliases ORDER BY p.name, p.id LIMIT 50`,
      { text, lower: text.trim().toLowerCase() },
    );
    return rows.map((r) => ({ id: String(r.id), name: str(r.name) ?? '', aliases: strs(r.aliases) }));
  });
}

// ---------------------------------------------------------------- after an ingest

/**
 * Re-applies the corrections that touch what the given articles wrote: a merged-away person named again
 * is merged again, a renamed person keeps its name, a curated meeting with a new report keeps its
 * edits, marks and set-aside participants (a rejected meeting stays rejected). Cheap when nothing matches.
 * True when it changed the graph.
 */
export async function reapplyCorrections(db: GraphDb, articleIds: string[]): Promise<boolean> {
  if (!articleIds.length) return false;
  await ensureCurationSchema(db);
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    const touched = await session.executeRead(async (tx) => {
      const rows = await run(
        tx,
        `CALL () {
           UNWIND $articles AS aid
           MATCH (:Article {id: aid})-[:MENTIONS]->(p:Person)
           MATCH (c:Correction {dropId: p.id}) WHERE c.active AND c.kind IN ['person.merge', 'person.remove']
           RETURN collect(DISTINCT c.id) AS merges
         }
         CALL () {
           UNWIND $articles AS aid
           MATCH (m:Meeting)-[:REPORTED_IN]->(:Article {id: aid})
           MATCH (c:Correction {dropId: m.id}) WHERE c.active AND c.kind = 'meeting.merge'
           RETURN collect(DISTINCT c.id) AS meetingMerges
         }
         CALL () {
           UNWIND $articles AS aid
           MATCH (:Article {id: aid})-[:MENTIONS]->(p:Person)
           WHERE (p.curatedName IS NOT NULL AND p.name <> p.curatedName)
              OR p.curatedRoles IS NOT NULL OR p.curatedAffiliations IS NOT NULL
           RETURN collect(DISTINCT p.id) AS renamed
         }
         CALL () {
           UNWIND $articles AS aid
           MATCH (m:Meeting)-[:REPORTED_IN]->(:Article {id: aid}) WHERE m.curationVersion IS NOT NULL
           RETURN collect(DISTINCT m.id) AS meetings
         }
         RETURN merges, meetingMerges, renamed, meetings`,
        { articles: articleIds },
      );
      return {
        merges: strs(rows[0]?.merges),
        meetingMerges: strs(rows[0]?.meetingMerges),
        renamed: strs(rows[0]?.renamed),
        meetings: strs(rows[0]?.meetings),
      };
    });
    if (
      !touched.merges.length &&
      !touched.meetingMerges.length &&
      !touched.renamed.length &&
      !touched.meetings.length
    )
      return false;
    await session.executeWrite(async (tx) => {
      await nextSeq(tx);
      for (const cid of touched.merges) {
        const c = await correctionById(tx, cid);
        const payload = JSON.parse(String(c.payload)) as Row;
        if (c.kind === 'person.remove') {
          await reapplyRemoval(tx, cid, String(payload.id));
          continue;
        }
        const keep = String(payload.keep);
        const drop = String(payload.drop);
        const exists = await run(
          tx,
          'MATCH (k:Person {id: $keep}) MATCH (d:Person {id: $drop}) RETURN count(*) AS n',
          { keep, drop },
        );
        if (!num(exists[0]?.n)) continue;
        const { backup } = await moveInto(tx, keep, drop, String(payload.line ?? ''));
        await run(tx, 'MATCH (c:Correction {id: $id}) SET c.backups = c.backups + $backup', {
          id: cid,
          backup: JSON.stringify(backup),
        });
      }
      for (const cid of touched.meetingMerges) {
        const payload = JSON.parse(String((await correctionById(tx, cid)).payload)) as Row;
        await reapplyMeetingMerge(tx, cid, String(payload.keep), String(payload.drop));
      }
      for (const id of touched.renamed) {
        await recomputeName(tx, id);
        await recomputeAttributes(tx, id);
      }
      for (const id of touched.meetings) await recomputeMeeting(tx, id);
    });
    return true;
  } catch (err) {
    throw storeError(err, 're-applying the corrections');
  } finally {
    await session.close();
  }
}
