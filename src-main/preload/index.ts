// The preload: exposes `window.rendezvous` (the typed API) and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import type { CallOutcome } from '../common/transport';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'rendezvous',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input) as Promise<CallOutcome>),
);
