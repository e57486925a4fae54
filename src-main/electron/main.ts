// The Electron main process: app lifecycle, the secure window, IPC bound to the composition root.
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createAppHandlers, type AppHandlers } from '../core/app/root';
import { bindIpc } from './ipc';
import {
  createMainWindow,
  hardenSession,
  hardenWebContents,
  openExternalSafely,
  type WindowHost,
} from './window';

const here = dirname(fileURLToPath(import.meta.url));
const devUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(here, '../renderer/index.html');
const preloadPath = join(here, '../preload/index.cjs');

const host: WindowHost = {
  BrowserWindow: BrowserWindow as unknown as WindowHost['BrowserWindow'],
  openExternal: (url) => shell.openExternal(url),
};

/** True when an IPC call comes from our own page, not from some other frame or origin. */
function fromOurPage(url: string | undefined): boolean {
  if (!url) return false;
  if (devUrl) return url.startsWith(devUrl);
  return url.startsWith('file://') && fileURLToPath(url.split('#')[0]!.split('?')[0]!) === rendererFile;
}

let appHandlers: AppHandlers | null = null;

app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, host));

void app.whenReady().then(() => {
  hardenSession(session.defaultSession);
  appHandlers = createAppHandlers({
    connect: { defaultHome: app.getPath('userData') },
    openExternal: (url) => openExternalSafely(host, url),
  });
  bindIpc(ipcMain, appHandlers.handlers, (event) => fromOurPage(event.senderFrame?.url));
  const open = () => createMainWindow(host, preloadPath, devUrl ? { url: devUrl } : { file: rendererFile });
  open();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  void appHandlers?.close();
});
