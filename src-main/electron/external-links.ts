// Links that leave the app for the system browser. Article text is untrusted, so only a public https host
// opens at once; anything else (plain http, an IP address, this computer, an intranet or local-network name,
// a look-alike international name, a user name in the URL) is shown in full and asked about first.
import { isIP } from 'node:net';
import { isHttpUrl } from '../common/shell';

/** What to do with a link: open it, ask first (and why), or never open it. */
export type LinkVerdict = { open: 'now' } | { open: 'ask'; reason: string } | { open: 'never' };

const LOCAL_SUFFIXES = [
  '.localhost',
  '.local',
  '.localdomain',
  '.lan',
  '.home',
  '.home.arpa',
  '.internal',
  '.intranet',
  '.corp',
  '.private',
  '.test',
  '.example',
  '.invalid',
];

/** Decides how a link may leave the app. */
export function judgeExternalUrl(url: string): LinkVerdict {
  if (!isHttpUrl(url)) return { open: 'never' };
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (parsed.username || parsed.password) {
    return { open: 'ask', reason: 'The link carries a user name or password.' };
  }
  if (host.startsWith('[') || isIP(host)) {
    return { open: 'ask', reason: 'The link goes to an IP address, not to a public web name.' };
  }
  if (host === 'localhost' || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
    return { open: 'ask', reason: 'The link goes to this computer or to a local network name.' };
  }
  if (!host.includes('.')) {
    return { open: 'ask', reason: 'The link goes to an intranet name, not to a public web address.' };
  }
  if (host.split('.').some((label) => label.startsWith('xn--'))) {
    return {
      open: 'ask',
      reason: 'The link uses an international name, which can imitate another site.',
    };
  }
  if (parsed.protocol !== 'https:') {
    return { open: 'ask', reason: 'The link is not encrypted (http, not https).' };
  }
  return { open: 'now' };
}

/**
 * The URL as a person should read it before deciding: normalised (international names as xn--, spaces
 * encoded), with control and direction-changing characters shown as escapes so the text cannot disguise
 * where it points.
 */
export function displayUrl(url: string): string {
  const href = isHttpUrl(url) ? new URL(url).href : url;
  return href.replace(/[\p{C}\p{Zl}\p{Zp}]/gu, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

/** What opening a link needs from the host: the browser, and a question to the user. */
export interface ExternalLinkHost {
  openExternal(url: string): Promise<void>;
  /** Shows the full URL and the reason, and resolves to true only when the user chose to open it. */
  confirmExternal(url: string, reason: string): Promise<boolean>;
}

/** Opens a link in the system browser if its verdict allows, asking first when it must. Returns whether it opened. */
export async function openExternalWithConsent(host: ExternalLinkHost, url: string): Promise<boolean> {
  const verdict = judgeExternalUrl(url);
  if (verdict.open === 'never') return false;
  const target = new URL(url).href;
  if (verdict.open === 'ask' && !(await host.confirmExternal(displayUrl(target), verdict.reason)))
    return false;
  await host.openExternal(target);
  return true;
}
