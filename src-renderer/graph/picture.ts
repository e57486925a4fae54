// One call per picture export: PNG (Cytoscape's image plus the caption) or SVG (vector, text as text),
// from the live graph the graph layer passes in. The caption carries title, date, filters and sources.
import type { GraphFilter, MeetingRecord } from '../../src-main/common/graph';
import type { Core } from 'cytoscape';
import type { CaptionInput } from '../export/caption';
import { captionLines, captionSources, describeFilter } from '../export/caption';
import { composePng } from '../export/png';
import { buildSvg } from '../export/svg';
import { sceneFromGraph } from './scene';

/** What picture to make. */
export interface PictureOptions {
  format: 'png' | 'svg';
  /** 1 to 4. */
  scale: number;
  background: 'white' | 'transparent';
  caption?: CaptionInput;
}

/** A finished picture, ready for `downloadFile`. */
export interface Picture {
  blob: Blob;
  name: string;
  width: number;
  height: number;
}

/** The caption for a picture of the view: a title, today's date, the filters in words, and numbered sources. */
export function pictureCaption(input: {
  title?: string | null;
  filter?: GraphFilter;
  meetings?: readonly MeetingRecord[];
  date?: Date;
}): CaptionInput {
  return {
    title: input.title ?? null,
    date: `Exported ${(input.date ?? new Date()).toISOString().slice(0, 10)}`,
    filters: input.filter ? describeFilter(input.filter) : [],
    sources: input.meetings ? captionSources(input.meetings) : [],
  };
}

/** Makes a PNG or SVG of the whole graph (every visible element, not just what is on screen). */
export async function exportPicture(cy: Core, options: PictureOptions): Promise<Picture> {
  const stamp = new Date().toISOString().slice(0, 10);
  if (options.format === 'svg') {
    const { svg, width, height } = buildSvg(sceneFromGraph(cy), {
      background: options.background,
      scale: options.scale,
      caption: options.caption,
    });
    return {
      blob: new Blob([svg], { type: 'image/svg+xml' }),
      name: `rendezvous-${stamp}.svg`,
      width,
      height,
    };
  }
  const graph = await cy.png({
    output: 'blob-promise',
    full: true,
    scale: options.scale,
    ...(options.background === 'white' ? { bg: '#ffffff' } : {}),
  });
  const captioned = !!options.caption && captionLines(options.caption).length > 0;
  if (!captioned) {
    // Nothing to add: Cytoscape's image already has the size and background asked for.
    const bitmap = await createImageBitmap(graph);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return { blob: graph, name: `rendezvous-${stamp}@${options.scale}x.png`, ...size };
  }
  const png = await composePng({
    graph,
    scale: options.scale,
    background: options.background,
    caption: options.caption,
  });
  return { ...png, name: `rendezvous-${stamp}@${options.scale}x.png` };
}
