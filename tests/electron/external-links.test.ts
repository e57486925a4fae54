/* eslint-disable no-restricted-imports -- these tests exercise the Electron layer itself, with stand-ins for Electron objects. */
// Links leaving the app: public https opens at once, anything else is shown in full and asked about first.
import { describe, expect, it } from 'vitest';
import {
  displayUrl,
  judgeExternalUrl,
  openExternalWithConsent,
  type ExternalLinkHost,
} from '../../src-main/electron/external-links';

function recordingHost(answer: boolean) {
  const opened: string[] = [];
  const asked: { url: string; reason: string }[] = [];
  const host: ExternalLinkHost = {
    openExternal: async (url) => void opened.push(url),
    confirmExternal: async (url, reason) => {
      asked.push({ url, reason });
      return answer;
    },
  };
  return { host, opened, asked };
}

describe('links leaving the app', () => {
  it('opens a public https address at once', async () => {
    const { host, opened, asked } = recordingHost(false);
    expect(await openExternalWithConsent(host, 'https://www.reuters.com/world/a-b?x=1#c')).toBe(true);
    expect(opened).toEqual(['https://www.reuters.com/world/a-b?x=1#c']);
    expect(asked).toEqual([]);
  });

  it('asks first, with the full URL and a reason, for anything that is not a public https host', async () => {
    for (const url of [
      'http://example.org/',
      'https://localhost:7474/browser/',
      'https://127.0.0.1:8080/',
      'http://10.0.0.5/admin',
      'https://[::1]/',
      'https://192.168.1.1/',
      'https://intranet/wiki',
      'https://printer.local/',
      'https://nas.home.arpa/',
      'https://user:secret@example.com/',
      'https://xn--80ak6aa92e.com/',
    ]) {
      const { host, opened, asked } = recordingHost(false);
      expect(await openExternalWithConsent(host, url), url).toBe(false);
      expect(opened, url).toEqual([]);
      expect(asked).toHaveLength(1);
      expect(asked[0]!.url).toBe(new URL(url).href);
      expect(asked[0]!.reason.length).toBeGreaterThan(10);
    }
  });

  it('opens such a link only when the user agrees', async () => {
    const { host, opened } = recordingHost(true);
    expect(await openExternalWithConsent(host, 'http://10.0.0.5/admin')).toBe(true);
    expect(opened).toEqual(['http://10.0.0.5/admin']);
  });

  it('never opens other schemes, and never asks about them', async () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'ms-settings:',
      'not a url',
    ]) {
      const { host, opened, asked } = recordingHost(true);
      expect(await openExternalWithConsent(host, url)).toBe(false);
      expect(opened).toEqual([]);
      expect(asked).toEqual([]);
      expect(judgeExternalUrl(url)).toEqual({ open: 'never' });
    }
  });

  it('shows direction-changing and control characters as escapes, so the URL cannot disguise itself', () => {
    const shown = displayUrl('https://example.com/\u202Egpj.exe');
    expect(shown).not.toContain('\u202E');
    expect(shown).toBe('https://example.com/%E2%80%AEgpj.exe');
    expect(displayUrl('https://exa\u200bmple.com/')).not.toContain('\u200b');
  });
});
