// Which IPC calls are accepted: only those from the main frame of the app's own page.

/** The parts of a sending frame the check reads (Electron's WebFrameMain). */
export interface SenderFrame {
  url: string;
  /** Null for a main frame; a sub-frame (an iframe) has a parent. */
  parent: unknown;
}

/** Where the app's page is: the dev server's URL, or the built index.html as a file path. */
export type AppPage = { devUrl: string } | { file: string };

function filePathOf(url: URL): string | null {
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return null;
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

/**
 * True only for the main frame showing the app's page: in development the exact origin of the dev server
 * (scheme, host and port; a prefix such as http://localhost:5173.evil.example does not match), otherwise the
 * built index.html itself.
 */
export function isAppMainFrame(frame: SenderFrame | null | undefined, page: AppPage): boolean {
  if (!frame || frame.parent !== null || typeof frame.url !== 'string') return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if ('devUrl' in page) {
    let dev: URL;
    try {
      dev = new URL(page.devUrl);
    } catch {
      return false;
    }
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === dev.origin;
  }
  const path = filePathOf(url);
  return path !== null && normaliseSlashes(path) === normaliseSlashes(page.file);
}

function normaliseSlashes(path: string): string {
  // file:///C:/x on Windows has the pathname /C:/x.
  return path.replace(/\\/g, '/').replace(/^\/(?=[A-Za-z]:\/)/, '');
}
