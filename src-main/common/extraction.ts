// The extraction format: what one article yields (see docs/extraction.md and the corpus README).

import type { DatePrecision, MeetingStatus, PlaceKind } from './vocab';

/** The closed lists an extraction uses, declared in vocab. */
export type { DatePrecision, MeetingStatus, PlaceKind };

/** The article's own metadata. */
export interface ArticleMeta {
  title: string | null;
  /** ISO date YYYY-MM-DD. */
  published: string | null;
  outlet: string | null;
  authors: string[];
  url: string | null;
  /** The dateline's place ("Jeddah, Saudi Arabia" from "JEDDAH, Saudi Arabia (Reuters) -"), when there is one. */
  dateline?: string | null;
}

/** A person of the story, with what the article says about them. */
export interface PersonMention {
  name: string;
  aliases: string[];
  roles: string[];
  affiliation: string | null;
}

/** An organisation named in the article. */
export interface OrganizationMention {
  name: string;
  aliases: string[];
  affiliation: string | null;
}

/** A place named in the article. */
export interface PlaceMention {
  name: string;
  kind: PlaceKind;
  country: string | null;
}

/** A span of the cleaned text: [start, end) character offsets and the text itself. */
export interface EvidenceSpan {
  start: number;
  end: number;
  text: string;
}

/** One meeting as one article states it. */
export interface MeetingMention {
  participants: string[];
  participant_groups: string[];
  place: string | null;
  city: string | null;
  country: string | null;
  /** YYYY-MM-DD (day, week), YYYY-MM (month), YYYY (year) or null. */
  date: string | null;
  date_precision: DatePrecision;
  /** Where the date comes from: stated in the text, or the publication date of a same-day report. */
  date_source?: 'text' | 'published' | null;
  topic: string | null;
  status: MeetingStatus;
  announced_by: string | null;
  reported_by: string | null;
  /** The sentence(s) that state the meeting, joined by a space. */
  evidence: string;
  /** Where each evidence sentence sits in the cleaned text. */
  evidence_spans: EvidenceSpan[];
  /** How many meetings the statement covers ("two rounds of talks"), when more than one. */
  count?: number;
  /** How likely the meeting is real, 0..1, calibrated on the corpus (docs/extraction.md). */
  confidence?: number;
  /** The words that made it a meeting ("met", "talks, hosted"), comma-separated. */
  trigger?: string;
}

/** Where the extraction came from. */
interface ExtractionSource {
  /** The file name as given, or a label for pasted text. */
  file: string;
  /** sha256 of the raw bytes: the article's identity. */
  sha256: string;
  format: 'txt' | 'html' | 'md';
}

/** Everything one article yields. */
export interface Extraction {
  source: ExtractionSource;
  article: ArticleMeta;
  people: PersonMention[];
  organizations: OrganizationMention[];
  places: PlaceMention[];
  credits: string[];
  meetings: MeetingMention[];
  /** The cleaned article body that evidence offsets point into. */
  text: string;
  /** Set when the body was longer than the analysis limit and only its beginning was read. */
  truncated?: boolean;
}
