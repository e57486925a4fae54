// The documented extraction format (docs/extraction-format.schema.json), as a zod schema: what
// `rendezvous ingest --extracted` accepts from the corpus gold, `rendezvous extract --out`, or any other
// pipeline. Extra fields are allowed and ignored.
import { z } from 'zod';

const name = z.string().trim().min(1).max(2000);
const optionalText = z.string().max(10_000).nullable().optional();
const names = z.array(name).max(10_000).default([]);

/** ISO dates at the precisions the model knows: YYYY-MM-DD, YYYY-MM or YYYY. */
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY-MM-DD, YYYY-MM or YYYY')
  .nullable()
  .optional();

/** The statuses a meeting can have; anything else is refused. */
export const STATUSES = ['planned', 'held', 'ongoing', 'cancelled'] as const;
/** The precisions a date can have. */
export const PRECISIONS = ['day', 'week', 'month', 'year', 'unknown'] as const;

const span = z.looseObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().max(100_000),
});

/** One meeting as one article states it. */
export const ExtractedMeetingSchema = z.looseObject({
  participants: names,
  participant_groups: names,
  place: optionalText,
  city: optionalText,
  country: optionalText,
  date: isoDate,
  date_precision: z.enum(PRECISIONS).optional(),
  topic: optionalText,
  status: z.enum(STATUSES),
  announced_by: optionalText,
  reported_by: optionalText,
  evidence: z.string().max(100_000).default(''),
  evidence_spans: z.array(span).max(1000).optional(),
  count: z.number().int().min(1).nullable().optional(),
});

/** One article's extraction. */
export const ExtractionFileSchema = z.looseObject({
  source: z
    .looseObject({
      file: z.string().max(4000).optional(),
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 hex digits')
        .optional(),
      format: z.enum(['txt', 'html', 'md']).optional(),
    })
    .optional(),
  article: z
    .looseObject({
      title: optionalText,
      published: isoDate,
      outlet: optionalText,
      authors: names,
      url: optionalText,
      dateline: optionalText,
    })
    .optional(),
  people: z
    .array(
      z.looseObject({
        name,
        aliases: names,
        roles: names,
        affiliation: optionalText,
      }),
    )
    .max(10_000)
    .default([]),
  organizations: z
    .array(z.looseObject({ name, aliases: names, affiliation: optionalText }))
    .max(10_000)
    .default([]),
  places: z
    .array(
      z.looseObject({
        name,
        /** venue, city, country or region; finer words (island, residence, district, state…) are mapped. */
        kind: z.string().trim().min(1).max(40).default('venue'),
        country: optionalText,
      }),
    )
    .max(10_000)
    .default([]),
  /** Bylines and credit lines: names, or objects with a name and a role. */
  credits: z
    .array(z.union([name, z.looseObject({ name, role: optionalText })]))
    .max(10_000)
    .default([]),
  meetings: z.array(ExtractedMeetingSchema).max(10_000).default([]),
  text: z.string().max(50_000_000).optional(),
});

/** A file in the extraction format, as parsed. */
export type ExtractionFile = z.output<typeof ExtractionFileSchema>;

/** The JSON Schema of the format, as published in docs/extraction-format.schema.json. */
export function extractionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ExtractionFileSchema, { io: 'input' }),
    $id: 'https://rendezvous.invalid/extraction-format.schema.json',
    title: 'Rendezvous extraction format: what one article yields',
  };
}
