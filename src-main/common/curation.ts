// Curation: the analyst's corrections of the graph, kept as records with their reasons, and reversible.
import { z } from 'zod';
import { method } from './contract';
import type { DatePrecision, MeetingStatus } from './extraction';

/** How a fact was curated: confirmed, corrected or added by hand, or rejected. */
export const CURATION_MARKS = ['confirmed', 'corrected', 'added', 'rejected'] as const;
/** A curation mark. */
export type CurationMark = (typeof CURATION_MARKS)[number];

/** What a correction does. */
export const CORRECTION_KINDS = [
  'person.merge',
  'person.rename',
  'meeting.confirm',
  'meeting.reject',
  'meeting.edit',
  'meeting.add',
  'revert',
  'person.split',
  'person.remove',
  'person.set',
  'meeting.merge',
  'meeting.split',
] as const;
/** A correction's kind. */
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** The longest reason a correction keeps. */
export const MAX_REASON_LENGTH = 2000;

/** One stored correction, as the history lists it. */
export interface Correction {
  id: string;
  /** Its place in the log: later corrections have larger numbers. */
  seq: number;
  kind: CorrectionKind;
  /** The entities it changed (the kept entity first for a merge). */
  targetIds: string[];
  /** A one-line description ("Merged Yury Ushakov into Yuri Ushakov"). */
  summary: string;
  reason: string | null;
  /** Who made it: the name set in Settings, else RENDEZVOUS_USER, else the OS user name. */
  author: string;
  /** When, as an ISO timestamp; `date` is its day, which "as known on" compares against. */
  at: string;
  date: string;
  /** False once reverted. */
  active: boolean;
  /** The correction that reverted this one, if any. */
  revertedBy: string | null;
  /** For a revert: the correction it reverted. */
  reverts: string | null;
}

/** The result of a correction: the record and the entity's new version. */
export interface CorrectionResult {
  correction: Correction;
  /** The corrected entity's version after the change (for the next edit's conflict check). */
  version: number;
}

/** The curation state of one entity, for its details. */
export interface CurationState {
  id: string;
  /** Increases with every correction of the entity; an edit sent with an older one is a conflict. */
  version: number;
  marks: CurationMark[];
  /** Its corrections, newest first. */
  corrections: Correction[];
}

/** A meeting waiting to be reviewed, with the evidence to check it against. */
export interface ReviewItem {
  id: string;
  label: string;
  date: string | null;
  datePrecision: DatePrecision;
  status: MeetingStatus;
  participants: string[];
  sources: number;
  confidence: number | null;
  version: number;
  evidence: { articleId: string; title: string | null; text: string; names: string[] }[];
}

/** The review queue: the meetings not yet reviewed, and how far the review got. */
export interface ReviewQueue {
  items: ReviewItem[];
  /** Meetings confirmed or rejected, out of all meetings. */
  reviewed: number;
  total: number;
  /** Unreviewed meetings left out by the limit. */
  omitted: number;
}

const id = z.string().min(1).max(300);
const reason = z
  .string()
  .max(MAX_REASON_LENGTH, `a reason of at most ${MAX_REASON_LENGTH} characters`)
  .optional();
const expectedVersion = z.number().int().min(0).optional();
/** Who makes the correction, as set in Settings; the server's default when absent. */
const author = z.string().trim().max(200).optional();
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
const precision = z.enum(['day', 'week', 'month', 'year', 'unknown']);
const status = z.enum(['planned', 'held', 'ongoing', 'cancelled']);

/** The input of `mergePeople`: `keep` stays, `drop` becomes its alias. */
export const MergePeopleSchema = z.object({ keep: id, drop: id, reason, expectedVersion, author }).strict();
/** The input of `renamePerson`. */
export const RenamePersonSchema = z
  .object({ id, name: z.string().trim().min(1).max(200), reason, expectedVersion, author })
  .strict();
/** The input of `confirmMeeting` and `rejectMeeting`. */
export const ReviewMeetingSchema = z.object({ id, reason, expectedVersion, author }).strict();
/** The input of `editMeeting`: only the fields given change; null clears a place or topic. */
export const EditMeetingSchema = z
  .object({
    id,
    date: isoDate.optional(),
    datePrecision: precision.optional(),
    place: z.string().max(200).nullable().optional(),
    status: status.optional(),
    topic: z.string().max(300).nullable().optional(),
    addParticipants: z.array(id).max(50).optional(),
    removeParticipants: z.array(id).max(50).optional(),
    reason,
    expectedVersion,
    author,
  })
  .strict();
/** The input of `addMeeting`: a meeting stated by a sentence of an article, chosen by its offsets. */
export const AddMeetingSchema = z
  .object({
    articleId: id,
    evidenceStart: z.number().int().min(0),
    evidenceEnd: z.number().int().min(1),
    participants: z.array(id).min(1).max(50),
    date: isoDate.optional(),
    datePrecision: precision.optional(),
    place: z.string().max(200).optional(),
    status: status.default('held'),
    topic: z.string().max(300).optional(),
    reason,
    author,
  })
  .strict();

/** The input of `splitPerson`: the mentions (by article id) that move to a new person, and its name. */
export const SplitPersonSchema = z
  .object({
    id,
    mentions: z.array(id).min(1).max(1000),
    name: z.string().trim().min(1).max(200).optional(),
    reason,
    expectedVersion,
    author,
  })
  .strict();
/** The input of `removePerson` ("not a person"). */
export const RemovePersonSchema = z.object({ id, reason, expectedVersion, author }).strict();
/** The input of `setPersonAttributes`: a role or affiliation to show; null clears it. */
export const SetPersonAttributesSchema = z
  .object({
    id,
    role: z.string().trim().min(1).max(200).nullable().optional(),
    affiliation: z.string().trim().min(1).max(200).nullable().optional(),
    reason,
    expectedVersion,
    author,
  })
  .strict();
/** The input of `mergeMeetings`: `keep` stays and gains the reports of `drop`. */
export const MergeMeetingsSchema = z.object({ keep: id, drop: id, reason, expectedVersion, author }).strict();
/** The input of `splitMeeting`: the reports (by article id) that move to a new meeting. */
export const SplitMeetingSchema = z
  .object({ id, reports: z.array(id).min(1).max(1000), reason, expectedVersion, author })
  .strict();

/** The validated input of `splitPerson`. */
export type SplitPersonInput = z.output<typeof SplitPersonSchema>;
/** The validated input of `removePerson`. */
export type RemovePersonInput = z.output<typeof RemovePersonSchema>;
/** The validated input of `setPersonAttributes`. */
export type SetPersonAttributesInput = z.output<typeof SetPersonAttributesSchema>;
/** The validated input of `mergeMeetings`. */
export type MergeMeetingsInput = z.output<typeof MergeMeetingsSchema>;
/** The validated input of `splitMeeting`. */
export type SplitMeetingInput = z.output<typeof SplitMeetingSchema>;

/** The validated input of `mergePeople`. */
export type MergePeopleInput = z.output<typeof MergePeopleSchema>;
/** The validated input of `renamePerson`. */
export type RenamePersonInput = z.output<typeof RenamePersonSchema>;
/** The validated input of `confirmMeeting` and `rejectMeeting`. */
export type ReviewMeetingInput = z.output<typeof ReviewMeetingSchema>;
/** The validated input of `editMeeting`. */
export type EditMeetingInput = z.output<typeof EditMeetingSchema>;
/** The validated input of `addMeeting`. */
export type AddMeetingInput = z.output<typeof AddMeetingSchema>;

/** The methods that record a correction, and so take an `author`. */
export const CORRECTING_METHODS = [
  'mergePeople',
  'renamePerson',
  'confirmMeeting',
  'rejectMeeting',
  'editMeeting',
  'addMeeting',
  'revertCorrection',
  'undoCorrection',
  'redoCorrection',
  'splitPerson',
  'removePerson',
  'setPersonAttributes',
  'mergeMeetings',
  'splitMeeting',
] as const;

/** Curation methods: every correction, its history, undo and redo, and the review queue. */
export const curationMethods = {
  mergePeople: method<CorrectionResult>()(
    MergePeopleSchema,
    'Merges two people: `keep` stays, `drop` becomes its alias.',
  ),
  renamePerson: method<CorrectionResult>()(
    RenamePersonSchema,
    'Renames a person; the old name stays an alias.',
  ),
  confirmMeeting: method<CorrectionResult>()(ReviewMeetingSchema, 'Marks a meeting as confirmed.'),
  rejectMeeting: method<CorrectionResult>()(ReviewMeetingSchema, 'Rejects a meeting, with a reason.'),
  editMeeting: method<CorrectionResult>()(
    EditMeetingSchema,
    "Corrects a meeting's date, place, status, topic or participants.",
  ),
  addMeeting: method<CorrectionResult>()(
    AddMeetingSchema,
    'Adds a meeting by hand from an evidence sentence.',
  ),
  history: method<{ corrections: Correction[]; total: number }>()(
    z.object({ limit: z.number().int().min(1).max(10_000).default(500) }).strict(),
    'Every correction, newest first.',
  ),
  revertCorrection: method<CorrectionResult>()(
    z.object({ id, reason, author }).strict(),
    'Reverts one correction from the history.',
  ),
  undoCorrection: method<CorrectionResult | null>()(
    z.object({ author }).strict(),
    'Reverts the latest correction still in effect.',
  ),
  redoCorrection: method<CorrectionResult | null>()(
    z.object({ author }).strict(),
    'Applies again the correction the latest undo reverted.',
  ),
  curationState: method<CurationState>()(
    z.object({ id }).strict(),
    "An entity's version, marks and corrections.",
  ),
  splitPerson: method<CorrectionResult>()(
    SplitPersonSchema,
    "Moves a person's chosen mentions, by article, to a new person.",
  ),
  removePerson: method<CorrectionResult>()(
    RemovePersonSchema,
    'Not a person: takes the entity out of the graph; its mentions stay as text.',
  ),
  setPersonAttributes: method<CorrectionResult>()(
    SetPersonAttributesSchema,
    "Sets a person's role or affiliation.",
  ),
  mergeMeetings: method<CorrectionResult>()(
    MergeMeetingsSchema,
    'Merges two meetings: `keep` gains the reports of `drop`.',
  ),
  splitMeeting: method<CorrectionResult>()(
    SplitMeetingSchema,
    'Splits a meeting: the chosen reports go to a new meeting.',
  ),
  reviewQueue: method<ReviewQueue>()(
    z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict(),
    'Meetings not yet reviewed, least supported first.',
  ),
};
