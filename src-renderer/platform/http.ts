// The web mode's client: the same API over POST /api/METHOD with the token from the printed URL.
import { API_METHODS, type RendezvousApi } from '../../src-main/common/api';
import { fromErrorPayload, RendezvousError } from '../../src-main/common/errors';
import { isHttpUrl } from '../../src-main/common/shell';
import { httpPath, TOKEN_HEADER, type CallOutcome } from '../../src-main/common/transport';

const TOKEN_KEY = 'rendezvous.token';

/** Takes the token from `?token=` (then removes it from the address bar) or from this tab's storage. */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

/** Builds the API client over fetch. Links open in a new tab (http(s) only) rather than through the server. */
export function createHttpApi(token: string | null, fetchImpl: typeof fetch = fetch): RendezvousApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of API_METHODS) {
    api[name] = async (input?: unknown) => {
      const res = await fetchImpl(httpPath(name), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body: JSON.stringify(input ?? {}),
      });
      if (res.status === 401)
        throw new RendezvousError('FORBIDDEN', 'Not authorised: open the URL printed by `rendezvous web`.');
      let outcome: CallOutcome;
      try {
        outcome = (await res.json()) as CallOutcome;
      } catch {
        throw new RendezvousError('INTERNAL', `The server answered ${res.status} without a result.`);
      }
      if (!outcome.ok) throw fromErrorPayload(outcome.error);
      return outcome.value;
    };
  }
  api.openExternal = async (input?: unknown) => {
    const url = (input as { url?: unknown } | undefined)?.url;
    if (typeof url !== 'string' || !isHttpUrl(url)) {
      throw new RendezvousError('INVALID_ARGUMENT', 'Only http(s) links can be opened.');
    }
    window.open(url, '_blank', 'noopener,noreferrer');
    return { opened: true };
  };
  return api as unknown as RendezvousApi;
}
