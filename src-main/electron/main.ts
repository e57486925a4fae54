// The Electron main process: app lifecycle, the secure window, IPC bound to the composition root.
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createAppHandlers, type AppHandlers } from '../core/app/root';
import { bindIpc } from './ipc';
import { isAppMainFrame } from './sender';
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

/** Asks, in a dialog of the main process, whether to open a link that is not a public https address. */
async function confirmExternal(url: string, reason: string): Promise<boolean> {
  const options = {
    type: 'warning' as const,
    title: 'Open link',
    message: 'Open this link in your browser?',
    detail: `${url}\n\n${reason}`,
    buttons: ['Cancel', 'Open'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const parent = BrowserWindow.getFocusedWindow();
  const answer = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return answer.response === 1;
}

const host: WindowHost = {
  BrowserWindow: BrowserWindow as unknown as WindowHost['BrowserWindow'],
  openExternal: (url) => shell.openExternal(url),
  confirmExternal,
};

let appHandlers: AppHandlers | null = null;

app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, host));

void app.whenReady().then(() => {
  hardenSession(session.defaultSession);
  appHandlers = createAppHandlers({
    connect: { defaultHome: app.getPath('userData') },
    openExternal: (url) => openExternalSafely(host, url),
  });
  const page = devUrl ? { devUrl } : { file: rendererFile };
  bindIpc(ipcMain, appHandlers.handlers, (event) => isAppMainFrame(event.senderFrame, page));
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
