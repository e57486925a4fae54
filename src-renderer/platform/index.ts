// Picks the transport: the preload's `window.rendezvous` in Electron, HTTP with the token in the browser.
import type { RendezvousApi } from '../../src-main/common/api';
import { createHttpApi, takeToken } from './http';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the web mode. */
    rendezvous?: RendezvousApi;
  }
}

/** Which host the UI runs in. */
export type HostKind = 'electron' | 'web';

/** The API and where it comes from. */
export interface Platform {
  api: RendezvousApi;
  host: HostKind;
}

/** The platform for this page. */
export function detectPlatform(): Platform {
  if (window.rendezvous) return { api: window.rendezvous, host: 'electron' };
  const token = takeToken(window.location, window.sessionStorage, window.history);
  return { api: createHttpApi(token), host: 'web' };
}
