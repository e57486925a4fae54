// IPC in main, derived from the API table: one handler per method, every argument validated.
import type { IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type RendezvousHandlers } from '../common/api';
import { RendezvousError } from '../common/errors';
import { ipcChannel, type CallOutcome } from '../common/transport';
import { callMethod } from '../core/app/dispatch';

/** The parts of ipcMain the binding uses. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<CallOutcome>,
  ): void;
  removeHandler(channel: string): void;
}

/** Decides whether a call comes from our own page (not some other frame). */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** Registers one `ipcMain.handle` per API method; returns a function that removes them all. */
export function bindIpc(
  ipcMain: IpcMainLike,
  handlers: RendezvousHandlers,
  isTrustedSender: SenderCheck = () => true,
): () => void {
  for (const name of API_METHODS) {
    ipcMain.handle(ipcChannel(name), async (event, ...args) => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Calls are accepted from the app window only.' },
        };
      }
      if (args.length > 1) {
        const err = new RendezvousError('INVALID_ARGUMENT', `${name} takes one argument object.`);
        return { ok: false, error: { code: err.code, message: err.message } };
      }
      return callMethod(handlers, name, args[0]);
    });
  }
  return () => {
    for (const name of API_METHODS) ipcMain.removeHandler(ipcChannel(name));
  };
}
