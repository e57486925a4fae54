// The one window, locked down: isolated, sandboxed, no Node, no navigation, no pop-ups.
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/app/csp';
import { openExternalWithConsent, type ExternalLinkHost } from './external-links';

/** The web preferences every Rendezvous window gets. */
function secureWebPreferences(
  preloadPath: string,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** The parts of WebContents the hardening uses. */
export type WebContentsLike = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/** The parts of BrowserWindow the factory uses. */
export interface BrowserWindowLike {
  webContents: WebContentsLike;
  loadURL(url: string): Promise<void>;
  loadFile(path: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
}

/** What the window factory needs from Electron; tests pass their own. */
export interface WindowHost extends ExternalLinkHost {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowLike;
}

/** Where the window's page comes from: the dev server URL or the built file. */
export type WindowContent = { url: string } | { file: string };

/**
 * Opens an http(s) link in the system browser: a public https host at once, anything else only after the
 * user saw the full URL and agreed; other schemes never. Returns whether it opened.
 */
export async function openExternalSafely(host: ExternalLinkHost, url: string): Promise<boolean> {
  return openExternalWithConsent(host, url);
}

/** Denies pop-ups (http(s) links go to the system browser instead), navigation, redirects and webviews. */
export function hardenWebContents(contents: WebContentsLike, host: ExternalLinkHost): void {
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(host, url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Sends the CSP as a header on every response, refuses every permission request (camera, geolocation…) and
 * answers every permission check with no, so the page cannot even learn what would be granted.
 */
export function hardenSession(
  session: Pick<Session, 'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Creates the main window with the secure preferences and loads the UI into it. */
export function createMainWindow(
  host: WindowHost,
  preloadPath: string,
  content: WindowContent,
): BrowserWindowLike {
  const win = new host.BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Rendezvous',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath),
  });
  hardenWebContents(win.webContents, host);
  win.once('ready-to-show', () => win.show());
  void ('url' in content ? win.loadURL(content.url) : win.loadFile(content.file));
  return win;
}
