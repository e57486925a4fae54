// A vector SVG of the graph from plain scene data (positions, sizes, colours, shapes, labels) that the
// graph layer reads off Cytoscape; text stays text. Every string is escaped, so no label becomes markup.
import { xmlEscape } from '../../src-main/common/export';
import type { CaptionInput, MeasureText } from './caption';
import { estimateTextWidth, layoutCaption } from './caption';
import { FONT_FAMILY } from '../../src-main/common/look';

/** A point in model coordinates. */
interface ScenePoint {
  x: number;
  y: number;
}

/** The node shapes the SVG draws (Cytoscape's names). */
export type SceneShape =
  | 'ellipse'
  | 'rectangle'
  | 'round-rectangle'
  | 'diamond'
  | 'round-diamond'
  | 'hexagon'
  | 'octagon'
  | 'triangle'
  | 'tag'
  | 'star';

/** A node as drawn: centre, size, look and label. */
export interface SceneNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: SceneShape;
  fill: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  strokeStyle?: 'solid' | 'dashed' | 'dotted' | 'double';
  opacity?: number;
  label?: string;
  labelColor?: string;
  fontSize?: number;
  fontWeight?: number | string;
  /** Where the label sits; Cytoscape's text-valign. */
  labelPosition?: 'top' | 'center' | 'bottom';
  /** A box behind the label, as Cytoscape's text-background-*. */
  labelBackground?: string;
  labelBackgroundOpacity?: number;
  /** Labels wrap at this width (Cytoscape's text-max-width). */
  labelMaxWidth?: number;
}

/** An edge as drawn: its end points, optional bezier control points or segment points, look and label. */
export interface SceneEdge {
  id: string;
  source: ScenePoint;
  target: ScenePoint;
  /** One point: quadratic curve; two: cubic; more: a polyline through them. */
  controlPoints?: ScenePoint[];
  color: string;
  width: number;
  style?: 'solid' | 'dashed' | 'dotted';
  opacity?: number;
  arrow?: boolean;
  label?: string;
  labelColor?: string;
  fontSize?: number;
}

/** What the SVG shows: edges are drawn under nodes, in the order given. */
export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}

/** Options of the SVG: background, margins, caption, and an output scale. */
export interface SvgOptions {
  background?: 'white' | 'transparent';
  /** Margin around the graph, in model pixels. */
  padding?: number;
  /** Multiplies the width/height attributes (the viewBox keeps model units). */
  scale?: number;
  caption?: CaptionInput;
  /** The caption block's minimum width in pixels. */
  captionMinWidth?: number;
  fontFamily?: string;
  /** Text measuring for caption wrapping; estimated when absent. */
  measure?: MeasureText;
  /** The document's accessible title. */
  title?: string;
}

/** An SVG document and its pixel size. */
export interface SvgResult {
  svg: string;
  width: number;
  height: number;
}

const num = (v: number): string => (Number.isFinite(v) ? String(Math.round(v * 100) / 100) : '0');

function regularPolygon(sides: number, rotation: number): ScenePoint[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (2 * Math.PI * i) / sides;
    return { x: Math.cos(a), y: Math.sin(a) };
  });
}

const UNIT_SHAPES: Partial<Record<SceneShape, ScenePoint[]>> = {
  diamond: [
    { x: 0, y: -1 },
    { x: 1, y: 0 },
    { x: 0, y: 1 },
    { x: -1, y: 0 },
  ],
  hexagon: regularPolygon(6, 0),
  octagon: regularPolygon(8, Math.PI / 8),
  triangle: [
    { x: 0, y: -1 },
    { x: 1, y: 1 },
    { x: -1, y: 1 },
  ],
  tag: [
    { x: -1, y: -1 },
    { x: 0.5, y: -1 },
    { x: 1, y: 0 },
    { x: 0.5, y: 1 },
    { x: -1, y: 1 },
  ],
  star: Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    const r = i % 2 ? 0.45 : 1;
    return { x: r * Math.cos(a), y: r * Math.sin(a) };
  }),
};

const dash = (style: string | undefined, width: number): string =>
  style === 'dashed'
    ? ` stroke-dasharray="${num(width * 3)} ${num(width * 2)}"`
    : style === 'dotted'
      ? ` stroke-dasharray="${num(width)} ${num(width * 1.5)}" stroke-linecap="round"`
      : '';

function shapeElement(n: SceneNode): string {
  const strokeWidth = n.strokeWidth ?? 0;
  const paint =
    ` fill="${xmlEscape(n.fill)}"` +
    (n.fillOpacity !== undefined && n.fillOpacity < 1 ? ` fill-opacity="${num(n.fillOpacity)}"` : '') +
    (strokeWidth > 0 && n.stroke
      ? ` stroke="${xmlEscape(n.stroke)}" stroke-width="${num(strokeWidth)}"${dash(n.strokeStyle, strokeWidth)}`
      : '');
  const hw = n.width / 2;
  const hh = n.height / 2;
  if (n.shape === 'ellipse')
    return `<ellipse cx="${num(n.x)}" cy="${num(n.y)}" rx="${num(hw)}" ry="${num(hh)}"${paint}/>`;
  if (n.shape === 'rectangle' || n.shape === 'round-rectangle') {
    const r = n.shape === 'round-rectangle' ? Math.min(hw, hh) * 0.5 : 0;
    return `<rect x="${num(n.x - hw)}" y="${num(n.y - hh)}" width="${num(n.width)}" height="${num(n.height)}"${r ? ` rx="${num(r)}"` : ''}${paint}/>`;
  }
  const unit = UNIT_SHAPES[n.shape === 'round-diamond' ? 'diamond' : n.shape] ?? UNIT_SHAPES.diamond!;
  const points = unit.map((p) => `${num(n.x + p.x * hw)},${num(n.y + p.y * hh)}`).join(' ');
  const join = n.shape === 'round-diamond' ? ' stroke-linejoin="round"' : '';
  return `<polygon points="${points}"${paint}${join}/>`;
}

function wrapLabel(
  label: string,
  fontSize: number,
  maxWidth: number | undefined,
  measure: MeasureText,
): string[] {
  const lines: string[] = [];
  for (const paragraph of label.split(/\r?\n/)) {
    if (!maxWidth) {
      lines.push(paragraph);
      continue;
    }
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure(candidate, fontSize, false) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function nodeLabel(n: SceneNode, font: string, measure: MeasureText, grow: (b: Box) => void): string {
  if (!n.label) return '';
  const size = n.fontSize ?? 12;
  const lines = wrapLabel(n.label, size, n.labelMaxWidth, measure);
  const lineHeight = size * 1.25;
  const blockHeight = lines.length * lineHeight;
  const position = n.labelPosition ?? 'bottom';
  const top =
    position === 'bottom'
      ? n.y + n.height / 2 + 4
      : position === 'top'
        ? n.y - n.height / 2 - 4 - blockHeight
        : n.y - blockHeight / 2;
  const width = Math.max(...lines.map((l) => measure(l, size, false)));
  const box = { x1: n.x - width / 2 - 2, y1: top - 1, x2: n.x + width / 2 + 2, y2: top + blockHeight + 1 };
  grow(box);
  const bg =
    n.labelBackground && (n.labelBackgroundOpacity ?? 1) > 0
      ? `<rect x="${num(box.x1)}" y="${num(box.y1)}" width="${num(box.x2 - box.x1)}" height="${num(box.y2 - box.y1)}" rx="2" fill="${xmlEscape(n.labelBackground)}" fill-opacity="${num(n.labelBackgroundOpacity ?? 1)}"/>`
      : '';
  const tspans = lines
    .map((l, i) => `<tspan x="${num(n.x)}" y="${num(top + (i + 0.8) * lineHeight)}">${xmlEscape(l)}</tspan>`)
    .join('');
  const weight = n.fontWeight !== undefined ? ` font-weight="${xmlEscape(String(n.fontWeight))}"` : '';
  return `${bg}<text text-anchor="middle" font-family="${xmlEscape(font)}" font-size="${num(size)}"${weight} fill="${xmlEscape(n.labelColor ?? '#1d2633')}">${tspans}</text>`;
}

function edgePath(e: SceneEdge): string {
  const s = `M ${num(e.source.x)} ${num(e.source.y)}`;
  const t = `${num(e.target.x)} ${num(e.target.y)}`;
  const cps = e.controlPoints ?? [];
  if (cps.length === 1) return `${s} Q ${num(cps[0]!.x)} ${num(cps[0]!.y)} ${t}`;
  if (cps.length === 2)
    return `${s} C ${num(cps[0]!.x)} ${num(cps[0]!.y)} ${num(cps[1]!.x)} ${num(cps[1]!.y)} ${t}`;
  return `${s}${cps.map((p) => ` L ${num(p.x)} ${num(p.y)}`).join('')} L ${t}`;
}

function edgeMidpoint(e: SceneEdge): ScenePoint {
  const cps = e.controlPoints ?? [];
  if (cps.length === 1)
    return {
      x: 0.25 * e.source.x + 0.5 * cps[0]!.x + 0.25 * e.target.x,
      y: 0.25 * e.source.y + 0.5 * cps[0]!.y + 0.25 * e.target.y,
    };
  if (cps.length === 2)
    return {
      x: 0.125 * e.source.x + 0.375 * (cps[0]!.x + cps[1]!.x) + 0.125 * e.target.x,
      y: 0.125 * e.source.y + 0.375 * (cps[0]!.y + cps[1]!.y) + 0.125 * e.target.y,
    };
  return { x: (e.source.x + e.target.x) / 2, y: (e.source.y + e.target.y) / 2 };
}

function arrowHead(e: SceneEdge): string {
  const cps = e.controlPoints ?? [];
  const from = cps.length ? cps[cps.length - 1]! : e.source;
  const angle = Math.atan2(e.target.y - from.y, e.target.x - from.x);
  const len = 6 + e.width * 2;
  const spread = Math.PI / 7;
  const p1 = {
    x: e.target.x - len * Math.cos(angle - spread),
    y: e.target.y - len * Math.sin(angle - spread),
  };
  const p2 = {
    x: e.target.x - len * Math.cos(angle + spread),
    y: e.target.y - len * Math.sin(angle + spread),
  };
  return `<polygon points="${num(e.target.x)},${num(e.target.y)} ${num(p1.x)},${num(p1.y)} ${num(p2.x)},${num(p2.y)}" fill="${xmlEscape(e.color)}"/>`;
}

/** Builds the SVG document: graph on top, caption block (if any) below, sized to fit both. */
export function buildSvg(scene: Scene, options: SvgOptions = {}): SvgResult {
  const font = options.fontFamily ?? FONT_FAMILY;
  const measure = options.measure ?? estimateTextWidth;
  const padding = options.padding ?? 20;
  const scale = options.scale ?? 1;
  const box: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const grow = (b: Box) => {
    box.x1 = Math.min(box.x1, b.x1);
    box.y1 = Math.min(box.y1, b.y1);
    box.x2 = Math.max(box.x2, b.x2);
    box.y2 = Math.max(box.y2, b.y2);
  };
  const edges: string[] = [];
  for (const e of scene.edges) {
    for (const p of [e.source, e.target, ...(e.controlPoints ?? [])])
      grow({ x1: p.x, y1: p.y, x2: p.x, y2: p.y });
    const opacity = e.opacity !== undefined && e.opacity < 1 ? ` opacity="${num(e.opacity)}"` : '';
    let out = `<g data-edge-id="${xmlEscape(e.id)}"${opacity}><path d="${edgePath(e)}" fill="none" stroke="${xmlEscape(e.color)}" stroke-width="${num(e.width)}"${dash(e.style, e.width)}/>`;
    if (e.arrow) out += arrowHead(e);
    if (e.label) {
      const mid = edgeMidpoint(e);
      const size = e.fontSize ?? 10;
      const w = measure(e.label, size, false);
      grow({ x1: mid.x - w / 2, y1: mid.y - size, x2: mid.x + w / 2, y2: mid.y + size });
      out += `<text x="${num(mid.x)}" y="${num(mid.y)}" dy="0.35em" text-anchor="middle" font-family="${xmlEscape(font)}" font-size="${num(size)}" fill="${xmlEscape(e.labelColor ?? '#4a5565')}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${xmlEscape(e.label)}</text>`;
    }
    edges.push(`${out}</g>`);
  }
  const nodes: string[] = [];
  for (const n of scene.nodes) {
    const sw = n.strokeWidth ?? 0;
    grow({
      x1: n.x - n.width / 2 - sw,
      y1: n.y - n.height / 2 - sw,
      x2: n.x + n.width / 2 + sw,
      y2: n.y + n.height / 2 + sw,
    });
    const opacity = n.opacity !== undefined && n.opacity < 1 ? ` opacity="${num(n.opacity)}"` : '';
    nodes.push(
      `<g data-node-id="${xmlEscape(n.id)}"${opacity}>${shapeElement(n)}${nodeLabel(n, font, measure, grow)}</g>`,
    );
  }
  if (!Number.isFinite(box.x1)) Object.assign(box, { x1: 0, y1: 0, x2: 0, y2: 0 });
  const graphWidth = box.x2 - box.x1 + 2 * padding;
  const graphHeight = box.y2 - box.y1 + 2 * padding;
  const caption = options.caption
    ? layoutCaption(options.caption, Math.max(graphWidth, options.captionMinWidth ?? 480), measure)
    : null;
  const width = Math.max(graphWidth, caption?.lines.length ? caption.width : 0);
  const height = graphHeight + (caption?.height ?? 0);
  const ox = box.x1 - padding - (width - graphWidth) / 2;
  const oy = box.y1 - padding;
  const pixelWidth = Math.ceil(width * scale);
  const pixelHeight = Math.ceil(height * scale);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${pixelWidth}" height="${pixelHeight}" viewBox="${num(ox)} ${num(oy)} ${num(width)} ${num(height)}" role="img">`,
    `<title>${xmlEscape(options.title ?? options.caption?.title ?? 'Rendezvous graph')}</title>`,
  ];
  if ((options.background ?? 'white') === 'white')
    parts.push(
      `<rect x="${num(ox)}" y="${num(oy)}" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    );
  parts.push(`<g class="edges">${edges.join('')}</g>`, `<g class="nodes">${nodes.join('')}</g>`);
  if (caption?.lines.length) {
    const cx = ox;
    const cy = oy + graphHeight;
    parts.push(
      `<g class="caption" transform="translate(${num(cx)} ${num(cy)})" font-family="${xmlEscape(FONT_FAMILY)}">`,
      `<line x1="16" y1="0" x2="${num(caption.width - 16)}" y2="0" stroke="#d0d6de" stroke-width="1"/>`,
      ...caption.lines.map(
        (l) =>
          `<text x="${num(l.x)}" y="${num(l.y)}" font-size="${num(l.fontSize)}"${l.bold ? ' font-weight="bold"' : ''} fill="${l.kind === 'source' ? '#3a4452' : '#1d2633'}">${xmlEscape(l.text)}</text>`,
      ),
      '</g>',
    );
  }
  parts.push('</svg>', '');
  return { svg: parts.join('\n'), width: pixelWidth, height: pixelHeight };
}
