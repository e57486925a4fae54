// `rendezvous ingest --extracted`: bring your own extractor. Files in the documented extraction format
// (the corpus gold, `rendezvous extract --out`, any other pipeline) are validated and stored like
// extracted articles; a bad file is refused with its path and the reason, and the others go on.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { RendezvousError, toErrorPayload } from '../../common/errors';
import type { EvidenceSpan, Extraction, PlaceKind } from '../../common/extraction';
import type { IngestFileResult, IngestReport } from '../../common/ingest';
import type { GraphDb } from '../store/connection';
import { writeArticles } from '../store/write-article';
import { reapplyCorrections } from '../store/curation';
import { personName } from '../merge/names';
import { personIndexLookup } from '../merge/plan';
import { ExtractionFileSchema, type ExtractionFile } from './extraction-format';
import { DEFAULT_GROUP, emptyResult, summarize } from './index';
import { withIngestLock } from './lock';
import { homePaths } from '../config/home';

/** The largest extraction file accepted (an article's text is at most 5 MB; its JSON stays well below). */
export const MAX_EXTRACTED_BYTES = 20 * 1024 * 1024;

const PLACE_KINDS: Record<string, PlaceKind> = {
  venue: 'venue',
  city: 'city',
  town: 'city',
  village: 'city',
  country: 'country',
  region: 'region',
  state: 'region',
  province: 'region',
  territory: 'region',
  continent: 'region',
  sea: 'region',
};

/** A place kind of the model for a kind word of any pipeline (an island, a residence, a street are venues). */
export function placeKindOf(kind: string): PlaceKind {
  return PLACE_KINDS[kind.trim().toLowerCase()] ?? 'venue';
}

/** Where each sentence of the evidence sits in the text (the corpus joins sentences with " | "). */
function evidenceSpans(text: string, evidence: string): EvidenceSpan[] {
  if (!text) return [];
  const spans: EvidenceSpan[] = [];
  for (const part of evidence.split(/\s+\|\s+/)) {
    const t = part.trim();
    if (!t) continue;
    const at = text.indexOf(t);
    if (at >= 0) spans.push({ start: at, end: at + t.length, text: t });
  }
  return spans;
}

const issuePath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)),
    '',
  ) || '(the top level)';

/**
 * Parses and checks one extraction file's text: JSON, the schema (the message names the JSON path), and
 * every meeting participant among the article's people. Throws BAD_INPUT with the file and the reason.
 */
export function parseExtractionFile(file: string, text: string): ExtractionFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new RendezvousError(
      'BAD_INPUT',
      `${file}: not JSON (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  const parsed = ExtractionFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RendezvousError(
      'BAD_INPUT',
      `${file}: not in the extraction format at ${issuePath(issue.path)}: ${issue.message}` +
        (parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problem(s))` : '') +
        '. See docs/extraction-format.schema.json.',
    );
  }
  const ex = parsed.data;
  const people = ex.people.map((p) => ({
    name: p.name,
    aliases: p.aliases,
    roles: p.roles,
    affiliation: p.affiliation ?? null,
  }));
  const lookup = personIndexLookup(people);
  const tokens = new Set(people.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => personName(n).tokens));
  const known = (name: string) => {
    const n = personName(name);
    return lookup(name) !== null || (n.tokens.length === 1 && tokens.has(n.surname));
  };
  ex.meetings.forEach((m, i) =>
    m.participants.forEach((name, j) => {
      if (!known(name))
        throw new RendezvousError(
          'BAD_INPUT',
          `${file}: meetings[${i}].participants[${j}] "${name}" is not among the people of the article ` +
            '(name it in "people", by its name or an alias).',
        );
    }),
  );
  return ex;
}

/** An extraction file as the writer's Extraction: defaults filled, kinds mapped, evidence located. */
export function toExtraction(file: string, bytes: Uint8Array, ex: ExtractionFile): Extraction {
  const text = ex.text ?? '';
  return {
    source: {
      file,
      sha256: ex.source?.sha256 ?? createHash('sha256').update(bytes).digest('hex'),
      format: ex.source?.format ?? 'txt',
    },
    article: {
      title: ex.article?.title ?? null,
      published: ex.article?.published ?? null,
      outlet: ex.article?.outlet ?? null,
      authors: ex.article?.authors ?? [],
      url: ex.article?.url ?? null,
      dateline: ex.article?.dateline ?? null,
    },
    people: ex.people.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      roles: p.roles,
      affiliation: p.affiliation ?? null,
    })),
    organizations: ex.organizations.map((o) => ({
      name: o.name,
      aliases: o.aliases,
      affiliation: o.affiliation ?? null,
    })),
    places: ex.places.map((p) => ({ name: p.name, kind: placeKindOf(p.kind), country: p.country ?? null })),
    credits: ex.credits.map((c) => (typeof c === 'string' ? c : c.name)),
    meetings: ex.meetings.map((m) => ({
      participants: m.participants,
      participant_groups: m.participant_groups,
      place: m.place ?? null,
      city: m.city ?? null,
      country: m.country ?? null,
      date: m.date ?? null,
      date_precision: m.date ? (m.date_precision ?? 'day') : 'unknown',
      topic: m.topic ?? null,
      status: m.status,
      announced_by: m.announced_by ?? null,
      reported_by: m.reported_by ?? null,
      evidence: m.evidence,
      evidence_spans: m.evidence_spans ?? evidenceSpans(text, m.evidence),
      ...(m.count ? { count: m.count } : {}),
    })),
    text,
  };
}

/** The .json files under the given paths: files as given, folders searched (sorted, hidden ones skipped). */
async function collectJsonFiles(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && extname(e.name).toLowerCase() === '.json') files.push(p);
    }
  };
  for (const raw of paths) {
    const p = resolve(raw);
    const s = await stat(p).catch(() => null);
    if (!s) missing.push(p);
    else if (s.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

/** Reads and checks one file, refusing one over the size limit before reading it. */
async function loadExtraction(file: string): Promise<Extraction> {
  const s = await stat(file).catch((err: Error) => {
    throw new RendezvousError('FILE_UNREADABLE', `${file}: cannot read the file (${err.message}).`);
  });
  if (s.size > MAX_EXTRACTED_BYTES)
    throw new RendezvousError(
      'FILE_TOO_LARGE',
      `${file}: the file is ${s.size} bytes; an extraction file may be at most ${MAX_EXTRACTED_BYTES} bytes (20 MB).`,
    );
  const bytes = await readFile(file).catch((err: Error) => {
    throw new RendezvousError('FILE_UNREADABLE', `${file}: cannot read the file (${err.message}).`);
  });
  return toExtraction(file, bytes, parseExtractionFile(file, bytes.toString('utf8')));
}

/**
 * Ingests extraction files and folders of them (`.json`), in path order, a few articles per transaction
 * as the article ingest does. Each file is refused alone when it is not JSON, breaks the schema (the
 * message names the JSON path), names a participant who is not among its people, or is too large.
 */
export function ingestExtractedPaths(
  db: GraphDb,
  paths: string[],
  options: ExtractedIngestOptions = {},
): Promise<IngestReport> {
  return withIngestLock(
    homePaths(db.home).ingestLock,
    () => ingestExtractedLocked(db, paths, options),
    options.onWaiting,
  );
}

/** How an ingest of extraction files reports progress, and waits for another ingest into the same graph. */
export interface ExtractedIngestOptions {
  onProgress?(done: number, total: number, file: string): void;
  /** Called when another ingest holds this home's ingest lock, with its process id. */
  onWaiting?(holderPid: number): void;
  group?: number;
}

async function ingestExtractedLocked(
  db: GraphDb,
  paths: string[],
  options: ExtractedIngestOptions,
): Promise<IngestReport> {
  const started = Date.now();
  const { files, missing } = await collectJsonFiles(paths);
  const all = [...files, ...missing];
  const results: IngestFileResult[] = all.map(emptyResult);
  let done = 0;
  const progress = (i: number) => options.onProgress?.(++done, all.length, all[i]!);
  const fail = (i: number, err: unknown) => {
    results[i]!.ok = false;
    results[i]!.error = toErrorPayload(err);
    progress(i);
  };
  missing.forEach((m, k) =>
    fail(files.length + k, new RendezvousError('FILE_UNREADABLE', `${m}: no such file or folder.`)),
  );
  const group = Math.max(1, options.group ?? DEFAULT_GROUP);
  for (let k = 0; k < files.length;) {
    const batch: { i: number; ex: Extraction }[] = [];
    while (k < files.length && batch.length < group) {
      const i = k++;
      try {
        const ex = await loadExtraction(files[i]!);
        results[i]!.sha256 = ex.source.sha256;
        batch.push({ i, ex });
      } catch (err) {
        fail(i, err);
      }
    }
    if (!batch.length) continue;
    const written = await writeArticles(
      db,
      batch.map((b) => b.ex),
    );
    batch.forEach(({ i }, n) => {
      const w = written[n]!;
      if ('error' in w) return fail(i, w.error);
      Object.assign(results[i]!, {
        unchanged: w.unchanged,
        people: w.people,
        meetings: w.meetings,
        newPeople: w.newPeople,
        mergedPeople: w.mergedPeople,
        newMeetings: w.newMeetings,
        mergedMeetings: w.mergedMeetings,
      });
      progress(i);
    });
    // The analyst's corrections hold over what these files say, as after an article ingest.
    await reapplyCorrections(
      db,
      written.flatMap((w) => ('error' in w || w.unchanged ? [] : [w.articleId])),
    );
  }
  return summarize(results, Date.now() - started);
}
