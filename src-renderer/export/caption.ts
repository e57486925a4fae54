// The caption block of a picture export: title, date, the filters in effect and numbered sources, so an
// image carries its provenance into a report. Pure: text measuring is passed in.
import type { GraphFilter, MeetingRecord } from '../../src-main/common/graph';

/** One cited source: outlet, title, date, URL. */
export interface CaptionSource {
  outlet: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
}

/** What a caption says. Every part is optional; an empty caption draws nothing. */
export interface CaptionInput {
  title?: string | null;
  /** Shown as "Exported YYYY-MM-DD" or as given. */
  date?: string | null;
  /** Lines describing the filters in effect (see `describeFilter`). */
  filters?: string[];
  sources?: CaptionSource[];
}

/** A caption line's role, which decides its font. */
export type CaptionLineKind = 'title' | 'meta' | 'heading' | 'source';

/** A caption line placed in caption coordinates (top-left origin, unscaled pixels). */
interface PlacedCaptionLine {
  text: string;
  kind: CaptionLineKind;
  x: number;
  /** The text baseline. */
  y: number;
  fontSize: number;
  bold: boolean;
}

/** A laid-out caption: lines and the block's size in unscaled pixels. */
export interface CaptionLayout {
  lines: PlacedCaptionLine[];
  width: number;
  height: number;
}

/** Measures text width in pixels for a font size and weight. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

const SIZES: Record<CaptionLineKind, { size: number; bold: boolean; gap: number }> = {
  title: { size: 18, bold: true, gap: 8 },
  meta: { size: 12, bold: false, gap: 4 },
  heading: { size: 12, bold: true, gap: 10 },
  source: { size: 11, bold: false, gap: 4 },
};
const PADDING = 16;

/** The distinct articles behind some meetings, in order of first citation: the caption's numbered sources. */
export function captionSources(meetings: readonly MeetingRecord[]): CaptionSource[] {
  const seen = new Set<string>();
  const out: CaptionSource[] = [];
  for (const m of meetings)
    for (const s of m.sources) {
      if (seen.has(s.articleId)) continue;
      seen.add(s.articleId);
      out.push({ outlet: s.outlet, title: s.title, date: s.published, url: s.url });
    }
  return out;
}

const VIEW_NAMES = { whoMetWhom: 'who met whom', meetings: 'meetings' } as const;

/** The filters in effect, in words, one line each ("Status: held, planned", "As known on 2025-04-09"). */
export function describeFilter(filter: GraphFilter): string[] {
  const out: string[] = [`View: ${VIEW_NAMES[filter.view ?? 'whoMetWhom']}`];
  if (filter.statuses?.length) out.push(`Status: ${filter.statuses.join(', ')}`);
  if (filter.from && filter.to) out.push(`Dates: ${filter.from} to ${filter.to}`);
  else if (filter.from) out.push(`Dates: from ${filter.from}`);
  else if (filter.to) out.push(`Dates: up to ${filter.to}`);
  if (filter.asOf) out.push(`As known on ${filter.asOf}`);
  if (filter.outlets?.length) out.push(`Outlets: ${filter.outlets.join(', ')}`);
  if (filter.articleIds?.length) out.push(`Articles: ${filter.articleIds.length} selected`);
  return out;
}

/** One source as a numbered citation line: `[n] Outlet, "Title", date, URL`. */
export function citeCaptionSource(source: CaptionSource, index: number): string {
  const parts = [source.outlet ?? 'Unknown outlet'];
  if (source.title) parts.push(`“${source.title}”`);
  if (source.date) parts.push(source.date);
  if (source.url) parts.push(source.url);
  return `[${index + 1}] ${parts.join(', ')}`;
}

/** The caption's lines before wrapping. */
export function captionLines(input: CaptionInput): { text: string; kind: CaptionLineKind }[] {
  const lines: { text: string; kind: CaptionLineKind }[] = [];
  if (input.title) lines.push({ text: input.title, kind: 'title' });
  if (input.date) lines.push({ text: input.date, kind: 'meta' });
  if (input.filters?.length) lines.push({ text: `Filters: ${input.filters.join(' · ')}`, kind: 'meta' });
  if (input.sources?.length) {
    lines.push({ text: 'Sources', kind: 'heading' });
    input.sources.forEach((s, i) => lines.push({ text: citeCaptionSource(s, i), kind: 'source' }));
  }
  return lines;
}

/** Splits text into lines no wider than `width`; words longer than a line (URLs) are broken by characters. */
export function wrapText(text: string, width: number, measure: (t: string) => number): string[] {
  const out: string[] = [];
  let line = '';
  const pushWord = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      return;
    }
    if (line) out.push(line);
    line = '';
    if (measure(word) <= width) {
      line = word;
      return;
    }
    let part = '';
    for (const ch of word) {
      if (part && measure(part + ch) > width) {
        out.push(part);
        part = '';
      }
      part += ch;
    }
    line = part;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) pushWord(word);
  if (line) out.push(line);
  return out.length ? out : [''];
}

/** A width estimate for when no canvas is at hand (SVG in a worker or a test): ~0.56em per character, 1em for wide scripts. */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => {
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    em +=
      cp >= 0x1100 &&
      (cp <= 0x115f ||
        (cp >= 0x2e80 && cp <= 0xa4cf) ||
        (cp >= 0xac00 && cp <= 0xd7a3) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xff00 && cp <= 0xff60) ||
        cp >= 0x1f300)
        ? 1
        : 0.56;
  }
  return em * fontSize * (bold ? 1.06 : 1);
};

/** Lays the caption out in a block `width` pixels wide (unscaled); returns no lines for an empty caption. */
export function layoutCaption(
  input: CaptionInput,
  width: number,
  measure: MeasureText = estimateTextWidth,
): CaptionLayout {
  const lines = captionLines(input);
  if (!lines.length) return { lines: [], width, height: 0 };
  const inner = Math.max(40, width - 2 * PADDING);
  const placed: PlacedCaptionLine[] = [];
  let y = PADDING;
  for (const line of lines) {
    const look = SIZES[line.kind];
    if (placed.length) y += look.gap;
    for (const text of wrapText(line.text, inner, (t) => measure(t, look.size, look.bold))) {
      y += look.size * 1.3;
      placed.push({
        text,
        kind: line.kind,
        x: PADDING,
        y: y - look.size * 0.3,
        fontSize: look.size,
        bold: look.bold,
      });
    }
  }
  return { lines: placed, width, height: Math.ceil(y + PADDING) };
}
