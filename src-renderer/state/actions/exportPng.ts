// Export → PNG: the drawing at 1–4× on white or transparent, saved as a download.
import type { ActionContext } from '../store';

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Renders the graph to PNG and saves it. */
export function exportPng(ctx: ActionContext, scale: number, background: 'white' | 'transparent'): void {
  const blob = ctx.graph.png({ scale: Math.min(4, Math.max(1, scale)), background });
  if (!blob) {
    ctx.store.apply((s) => ({ ...s, notice: 'Nothing to export yet.' }));
    return;
  }
  saveBlob(blob, `rendezvous-${new Date().toISOString().slice(0, 10)}@${scale}x.png`);
}
