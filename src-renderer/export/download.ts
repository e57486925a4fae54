// Saving an export from the browser: a file download from text or a Blob (web mode and Electron alike).

/** Offers `content` as a file download named `name`. */
export function downloadFile(name: string, content: Blob | string, mime = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${mime};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
