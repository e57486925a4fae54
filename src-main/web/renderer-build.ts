// The web mode serves the built renderer; build it when it is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root, from this file's place in it. */
const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
/** Where `npm run build:web` puts the renderer. */
const WEB_RENDERER_DIR = join(REPO_ROOT, 'dist-web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist-web is missing or a renderer or contract source changed after it was built. */
function rendererIsStale(): boolean {
  const index = join(WEB_RENDERER_DIR, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = [join(REPO_ROOT, 'src-renderer'), join(REPO_ROOT, 'src-main', 'common')];
  return sources.some((dir) => existsSync(dir) && newestMtime(dir) > built);
}

/** Builds the renderer into dist-web with vite.web.config.ts when needed; returns the folder. */
export async function ensureRendererBuilt(force = false): Promise<string> {
  if (force || rendererIsStale()) {
    const { build } = await import('vite');
    await build({ configFile: join(REPO_ROOT, 'vite.web.config.ts'), logLevel: 'warn' });
  }
  return WEB_RENDERER_DIR;
}
