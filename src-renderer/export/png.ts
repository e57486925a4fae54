// PNG export: the graph image Cytoscape renders (cy.png at the chosen scale) composed with the caption
// block on one canvas, at 1×–4×, on white or transparent.
import type { CaptionInput, MeasureText } from './caption';
import { layoutCaption } from './caption';
import { FONT_FAMILY } from '../../src-main/common/look';

/** Browsers refuse canvases larger than this on a side. */
const MAX_CANVAS_SIDE = 16_384;

/** A graph image: cy.png()'s Blob or data URL, or anything drawable with a size. */
type GraphImage = Blob | string | HTMLImageElement | HTMLCanvasElement | ImageBitmap;

/** What the PNG is made of. */
export interface PngComposeOptions {
  /** cy.png({ output: 'blob', full: true, scale, bg }) of the graph, already at `scale`. */
  graph: GraphImage;
  /** 1 to 4; the caption is drawn at the same scale so the picture stays in proportion. */
  scale: number;
  background: 'white' | 'transparent';
  caption?: CaptionInput;
  /** The caption block's minimum width in unscaled pixels. */
  captionMinWidth?: number;
}

/** A composed PNG and its pixel size. */
export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
}

async function decode(
  image: GraphImage,
): Promise<{ source: CanvasImageSource; width: number; height: number }> {
  if (typeof image === 'string') {
    const img = new Image();
    img.src = image;
    await img.decode();
    return { source: img, width: img.naturalWidth, height: img.naturalHeight };
  }
  if (image instanceof Blob) {
    const bitmap = await createImageBitmap(image);
    return { source: bitmap, width: bitmap.width, height: bitmap.height };
  }
  if (image instanceof HTMLImageElement)
    return { source: image, width: image.naturalWidth, height: image.naturalHeight };
  return { source: image, width: image.width, height: image.height };
}

/** The canvas text measure for the caption font. */
function canvasMeasure(ctx: CanvasRenderingContext2D): MeasureText {
  return (text, fontSize, bold) => {
    ctx.font = `${bold ? 'bold ' : ''}${fontSize}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

/** Composes the graph image and the caption onto one canvas and encodes it as PNG. */
export async function composePng(options: PngComposeOptions): Promise<PngResult> {
  const scale = options.scale;
  if (!Number.isFinite(scale) || scale < 1 || scale > 4)
    throw new Error(`PNG scale must be 1× to 4×, not ${scale}`);
  const { source, width: graphWidth, height: graphHeight } = await decode(options.graph);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser gives no 2D canvas');
  const caption = options.caption
    ? layoutCaption(
        options.caption,
        Math.max(graphWidth / scale, options.captionMinWidth ?? 480),
        canvasMeasure(ctx),
      )
    : null;
  const captionWidth = caption?.lines.length ? Math.ceil(caption.width * scale) : 0;
  const captionHeight = caption?.lines.length ? Math.ceil(caption.height * scale) : 0;
  const width = Math.max(graphWidth, captionWidth);
  const height = graphHeight + captionHeight;
  if (width > MAX_CANVAS_SIDE || height > MAX_CANVAS_SIDE)
    throw new Error(
      `the picture would be ${width}×${height} pixels, over the ${MAX_CANVAS_SIDE}-pixel limit: use a smaller scale`,
    );
  canvas.width = width;
  canvas.height = height;
  if (options.background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
  }
  ctx.drawImage(source, Math.round((width - graphWidth) / 2), 0);
  if (caption?.lines.length) {
    ctx.save();
    ctx.translate(0, graphHeight);
    ctx.scale(scale, scale);
    ctx.strokeStyle = '#d0d6de';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(16, 0.5);
    ctx.lineTo(width / scale - 16, 0.5);
    ctx.stroke();
    ctx.textBaseline = 'alphabetic';
    for (const line of caption.lines) {
      ctx.font = `${line.bold ? 'bold ' : ''}${line.fontSize}px ${FONT_FAMILY}`;
      ctx.fillStyle = line.kind === 'source' ? '#3a4452' : '#1d2633';
      ctx.fillText(line.text, line.x, line.y);
    }
    ctx.restore();
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  return { blob, width, height };
}
