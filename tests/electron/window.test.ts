/* eslint-disable no-restricted-imports -- these tests exercise the Electron layer itself, with stand-ins for Electron objects. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import {
  createMainWindow,
  hardenSession,
  hardenWebContents,
  type BrowserWindowLike,
  type WindowHost,
} from '../../src-main/electron/window';
import { CONTENT_SECURITY_POLICY } from '../../src-main/core/app/csp';

type Listener = (event: { preventDefault(): void; defaultPrevented?: boolean }, url: string) => void;

/** A stand-in for Electron's BrowserWindow that records what the factory does to it. */
function fakeHost(answer = true) {
  const opened: string[] = [];
  const asked: string[] = [];
  const created: { options: BrowserWindowConstructorOptions; win: FakeWindow }[] = [];
  class FakeWindow implements BrowserWindowLike {
    loaded: string[] = [];
    listeners = new Map<string, Listener[]>();
    openHandler: ((details: { url: string }) => { action: string }) | null = null;
    webContents = {
      setWindowOpenHandler: (h: (details: { url: string }) => { action: string }) => {
        this.openHandler = h;
      },
      on: (name: string, listener: Listener) => {
        this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
        return this.webContents;
      },
    } as unknown as BrowserWindowLike['webContents'];
    constructor(options: BrowserWindowConstructorOptions) {
      created.push({ options, win: this });
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    loadFile(file: string) {
      this.loaded.push(`file:${file}`);
      return Promise.resolve();
    }
    once() {
      return this;
    }
    show() {}
    emit(name: string, url: string) {
      const event = {
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true;
        },
      };
      for (const l of this.listeners.get(name) ?? []) l(event, url);
      return event.defaultPrevented;
    }
  }
  const host: WindowHost = {
    BrowserWindow: FakeWindow,
    openExternal: async (url) => {
      opened.push(url);
    },
    confirmExternal: async (url) => {
      asked.push(url);
      return answer;
    },
  };
  return { host, opened, asked, created };
}

describe('the main window factory', () => {
  it('creates the window isolated, sandboxed, without Node and with web security on', () => {
    const { host, created } = fakeHost();
    createMainWindow(host, '/app/preload/index.cjs', { file: '/app/renderer/index.html' });
    const prefs = created[0]!.options.webPreferences!;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/app/preload/index.cjs');
    expect(created[0]!.win.loaded).toEqual(['file:/app/renderer/index.html']);
  });

  it('denies every window.open, sending only http(s) links to the system browser, plain http after asking', async () => {
    const { host, created, opened, asked } = fakeHost();
    createMainWindow(host, '/p.cjs', { url: 'http://localhost:5173/' });
    const win = created[0]!.win;
    for (const url of [
      'https://kyivindependent.com/a',
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'rendezvous://x',
    ]) {
      expect(win.openHandler!({ url })).toEqual({ action: 'deny' });
    }
    await new Promise((r) => setTimeout(r, 0));
    expect(opened).toEqual(['https://kyivindependent.com/a', 'http://example.org/']);
    expect(asked).toEqual(['http://example.org/']);
  });

  it('prevents navigation, redirects and webviews', () => {
    const { host, created } = fakeHost();
    createMainWindow(host, '/p.cjs', { file: '/index.html' });
    const win = created[0]!.win;
    expect(win.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(win.emit('will-navigate', 'file:///index.html')).toBe(true);
    expect(win.emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(win.emit('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('hardens any web contents, not only the main window', () => {
    const { host } = fakeHost();
    let handler: ((d: { url: string }) => { action: string }) | null = null;
    const events: string[] = [];
    hardenWebContents(
      {
        setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => {
          handler = h;
        },
        on: (name: string) => {
          events.push(name);
          return undefined as never;
        },
      } as never,
      host,
    );
    expect(handler!({ url: 'https://x.org' })).toEqual({ action: 'deny' });
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
  });
});

describe('the content security policy', () => {
  it('allows scripts only from the app itself, with no eval and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('is in the page itself as a meta tag, so it holds for file:// loads too', () => {
    const html = readFileSync(new URL('../../src-renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    expect(meta![1]).toContain("script-src 'self'");
    expect(meta![1]).toContain("default-src 'self'");
    expect(meta![1]).not.toMatch(/unsafe-eval/);
    // The same policy as the header, less frame-ancestors, which a meta tag cannot carry.
    expect(meta![1]).toBe(CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'$/, ''));
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)/);
  });

  it('is sent as a header on every response, and every permission request and check is refused', () => {
    let onHeaders:
      | ((
          d: { responseHeaders?: Record<string, string[]> },
          cb: (r: { responseHeaders: Record<string, string[]> }) => void,
        ) => void)
      | null = null;
    let onPermission: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let onCheck: ((c: unknown, p: string) => boolean) | null = null;
    hardenSession({
      webRequest: { onHeadersReceived: (fn: typeof onHeaders) => (onHeaders = fn) },
      setPermissionRequestHandler: (fn: typeof onPermission) => (onPermission = fn),
      setPermissionCheckHandler: (fn: typeof onCheck) => (onCheck = fn),
    } as never);
    let headers: Record<string, string[]> = {};
    onHeaders!({ responseHeaders: { 'X-Test': ['1'] } }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['X-Test']).toEqual(['1']);
    let granted: boolean | null = null;
    onPermission!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    for (const permission of ['media', 'clipboard-read', 'notifications', 'geolocation', 'hid']) {
      expect(onCheck!(null, permission)).toBe(false);
    }
  });
});
