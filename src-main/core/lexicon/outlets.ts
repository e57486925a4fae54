// Outlets: one name per publication, whether an article names its masthead or only its web address.

/** The host of a URL without "www." (null when the URL does not parse). */
export function urlHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}

/** True when an outlet is written as a web address ("kyivindependent.com"), not a masthead. */
export function looksLikeHost(outlet: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(
    outlet
      .trim()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, ''),
  );
}

const squash = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]/g, '');

/**
 * The key that identifies an outlet: its web host's name without the top-level domain, else the masthead
 * without "The", spaces and punctuation. "The Kyiv Independent" and "kyivindependent.com" share "kyivindependent".
 */
export function outletKey(outlet: string | null, url: string | null = null): string | null {
  const host =
    outlet && looksLikeHost(outlet)
      ? outlet
          .trim()
          .replace(/^https?:\/\//, '')
          .split('/')[0]!
      : null;
  const fromHost = (h: string) => {
    const parts = h
      .toLowerCase()
      .replace(/^www\d?\./, '')
      .split('.');
    const core =
      parts.length > 2 && parts[parts.length - 2]!.length <= 3 ? parts.slice(0, -2) : parts.slice(0, -1);
    return squash(core.join(''));
  };
  if (host) return fromHost(host) || null;
  if (outlet?.trim()) return squash(outlet) || null;
  const h = urlHost(url);
  return h ? fromHost(h) || null : null;
}

/** The outlet's display name: the masthead when there is one, else the web host. */
export function outletName(outlet: string | null, url: string | null = null): string | null {
  if (outlet?.trim() && !looksLikeHost(outlet)) return outlet.trim();
  return outlet?.trim() || urlHost(url);
}
