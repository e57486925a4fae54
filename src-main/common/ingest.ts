// Importing articles: from files (bytes) or pasted text, into the graph.
import { z } from 'zod';
import { method } from './contract';

/** What happened to one file of an import. */
export interface IngestFileResult {
  file: string;
  ok: boolean;
  /** True when the same content was already in the graph: nothing changed. */
  unchanged: boolean;
  people: number;
  meetings: number;
  error: { code: string; message: string } | null;
  /** The content hash that identifies the article, when the file could be read. */
  sha256?: string | null;
  /** People this file added, and people it merged into existing ones. */
  newPeople?: number;
  mergedPeople?: number;
  /** Meetings this file started, and reports it added to existing meetings. */
  newMeetings?: number;
  mergedMeetings?: number;
}

/** The summary of an import. */
export interface IngestReport {
  files: IngestFileResult[];
  /** Entries found but not ingested (a pipe, a broken link, a link loop), each with the reason. */
  skipped?: { file: string; reason: string }[];
  articles: number;
  newPeople: number;
  mergedPeople: number;
  meetings: number;
  errors: number;
  /** Articles already in the graph (same content): nothing changed for them. */
  unchanged?: number;
  /** Meetings started by this import, and reports merged into meetings already known. */
  newMeetings?: number;
  mergedMeetings?: number;
  /** Articles an earlier, interrupted import had left pending and this one finished. */
  resumed?: number;
  durationMs?: number;
}

/** Import limits shared by every host. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Ingest methods. */
export const ingestMethods = {
  importDocuments: method<IngestReport>()(
    z
      .object({
        documents: z
          .array(
            z
              .object({
                name: z.string().min(1).max(500),
                /** The file's bytes, base64. */
                dataBase64: z.string().max(Math.ceil((MAX_ARTICLE_BYTES * 4) / 3) + 8),
              })
              .strict(),
          )
          .min(1)
          .max(200),
      })
      .strict(),
    'Extracts and ingests files given as bytes.',
  ),
  importText: method<IngestReport>()(
    z
      .object({
        name: z.string().min(1).max(500),
        text: z.string().min(1).max(MAX_ARTICLE_BYTES),
        /** What a saved file's header would say; without a date, relative dates and statuses stay unknown. */
        title: z.string().max(500).optional(),
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date: YYYY-MM-DD')
          .optional(),
        outlet: z.string().max(300).optional(),
        url: z.string().max(4000).optional(),
      })
      .strict(),
    'Extracts and ingests pasted text.',
  ),
};
