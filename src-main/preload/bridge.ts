// The renderer's whole view of the host: one function per API method, nothing else.
import { API_METHODS, type RendezvousApi } from '../common/api';
import { fromErrorPayload } from '../common/errors';
import { ipcChannel, type CallOutcome } from '../common/transport';

/** The one ipcRenderer function the bridge uses. */
export type Invoke = (channel: string, input: unknown) => Promise<CallOutcome>;

/** Builds `window.rendezvous` from the method list: each method sends exactly one argument object. */
export function buildBridge(invoke: Invoke): RendezvousApi {
  const bridge: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of API_METHODS) {
    bridge[name] = async (input?: unknown) => {
      const outcome = await invoke(ipcChannel(name), input ?? {});
      if (!outcome.ok) throw fromErrorPayload(outcome.error);
      return outcome.value;
    };
  }
  return Object.freeze(bridge) as unknown as RendezvousApi;
}
