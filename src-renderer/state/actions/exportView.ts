// Export menu: pictures (PNG, SVG) with an optional caption of provenance, and the data formats and
// snapshot, of the current view or the whole graph.
import type { ExportFormat, ExportScope } from '../../../src-main/common/export';
import { meetingIdsOf, type GraphData } from '../../../src-main/common/graph';
import type { SnapshotViewState } from '../../../src-main/common/snapshot';
import { captionSources, describeFilter, type CaptionInput } from '../../export/caption';
import { composePng } from '../../export/png';
import { buildSvg } from '../../export/svg';
import { downloadFile } from '../../export/download';
import type { AppState } from '../model';
import { visibleGraph } from '../visible';
import { graphQuery } from './loadGraph';
import { errorMessage, type ActionContext } from '../store';

/** What a picture export carries. */
export interface PictureOptions {
  format: 'png' | 'svg';
  scale: number;
  background: 'white' | 'transparent';
  caption: boolean;
  title: string;
}

/** The graph as drawn now: what the filters and hidden nodes leave visible. */
export function currentView(state: AppState): GraphData {
  const v = visibleGraph(state.graph, state.view, state.filters);
  return { nodes: v.nodes, edges: v.edges, omitted: 0 };
}

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A picture's file name: the title made safe for file systems (else "rendezvous"), the date, the scale. */
export function pictureFileName(title: string, date: string, format: 'png' | 'svg', scale = 1): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .toLowerCase() || 'rendezvous';
  return format === 'png' ? `${base}-${date}@${scale}x.png` : `${base}-${date}.svg`;
}

async function caption(ctx: ActionContext, title: string): Promise<CaptionInput> {
  const state = ctx.store.get();
  const meetings = await ctx.api.exportEvidence({ meetingIds: meetingIdsOf(currentView(state)) });
  return {
    title: title.trim() || null,
    date: `Exported ${stamp()}`,
    filters: describeFilter(graphQuery(state)),
    sources: captionSources(meetings),
  };
}

function fail(ctx: ActionContext, what: string, err: unknown): void {
  ctx.store.apply((s) => ({ ...s, notice: `${what} failed: ${errorMessage(err)}` }));
}

/** Saves the drawing as PNG or SVG. */
export async function exportPicture(ctx: ActionContext, options: PictureOptions): Promise<void> {
  try {
    const withCaption = options.caption ? await caption(ctx, options.title) : undefined;
    if (options.format === 'png') {
      const image = ctx.graph.png({ scale: options.scale, background: options.background });
      if (!image) throw new Error('nothing is drawn');
      const png = await composePng({
        graph: image,
        scale: options.scale,
        background: options.background,
        caption: withCaption,
      });
      downloadFile(pictureFileName(options.title, stamp(), 'png', options.scale), png.blob, 'image/png');
    } else {
      const scene = ctx.graph.scene();
      if (!scene) throw new Error('nothing is drawn');
      const svg = buildSvg(scene, {
        background: options.background,
        scale: options.scale,
        caption: withCaption,
        title: options.title.trim() || 'Rendezvous graph',
      });
      downloadFile(pictureFileName(options.title, stamp(), 'svg'), svg.svg, 'image/svg+xml');
    }
  } catch (err) {
    fail(ctx, `The ${options.format.toUpperCase()} export`, err);
  }
}

/** The view state a snapshot keeps. */
function snapshotState(state: AppState, ctx: ActionContext): SnapshotViewState {
  const styles: SnapshotViewState['styles'] = {};
  for (const id of state.view.pinned) styles[id] = { ...styles[id], pinned: true };
  return {
    view: state.graphView,
    layout: 'preset',
    positions: ctx.graph.positions(),
    styles,
    filter: graphQuery(state),
    viewport: ctx.graph.viewport(),
    selection: state.selection,
  };
}

/** Saves the view or the whole graph as a snapshot, GraphML, GEXF, CSV (two files) or Cypher. */
export async function exportData(
  ctx: ActionContext,
  format: ExportFormat,
  scope: ExportScope,
  title: string,
): Promise<void> {
  const state = ctx.store.get();
  try {
    const result = await ctx.api.exportGraph({
      format,
      scope,
      ...(scope === 'view' ? { graph: currentView(state) } : { filter: graphQuery(state) }),
      ...(format === 'json' ? { state: snapshotState(state, ctx) } : {}),
      ...(title.trim() ? { title: title.trim() } : {}),
    });
    for (const file of result.files) downloadFile(file.name, file.content, file.mime);
    ctx.store.apply((s) => ({
      ...s,
      notice: `Exported ${result.nodes} nodes and ${result.edges} links as ${result.files.map((f) => f.name).join(' and ')}.`,
    }));
  } catch (err) {
    fail(ctx, `The ${format} export`, err);
  }
}
