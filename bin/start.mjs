#!/usr/bin/env node
// `npm start`: opens the desktop app with electron-vite, after checking that Electron's binary was downloaded.
// Without it (an offline install, or ELECTRON_SKIP_BINARY_DOWNLOAD=1) it says so and points to the browser mode.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** The Electron executable the installed `electron` package points to, or null when it was never downloaded. */
export function electronBinary(projectRoot = root, env = process.env) {
  const pkg = join(projectRoot, 'node_modules', 'electron');
  if (!existsSync(join(pkg, 'package.json'))) return null;
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(overridden) ? overridden : null;
  }
  if (!relative) return null;
  const binary = join(pkg, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** What `npm start` prints when the desktop window cannot open. */
export const MISSING_ELECTRON = `The desktop window needs Electron's binary, which was not downloaded
(an offline install, or ELECTRON_SKIP_BINARY_DOWNLOAD=1).

Everything else works without it. Open the explorer in your browser instead:

  npx rendezvous web

or download Electron and try again:

  npm rebuild electron      (or: rm -rf node_modules/electron && npm install)
`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!electronBinary()) {
    process.stderr.write(`rendezvous: ${MISSING_ELECTRON}`);
    process.exit(1);
  }
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const child = spawn(process.execPath, [cli, 'preview', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}
