// `npm start` runs bin/start.mjs: without Electron's binary it explains and exits non-zero instead of crashing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types, run by node directly
import { electronBinary } from '../../bin/start.mjs';

const SCRIPT = resolve(import.meta.dirname, '..', '..', 'bin', 'start.mjs');
const made: string[] = [];

/** A project folder with the launcher and an `electron` package whose binary was never downloaded. */
function projectWithoutElectronBinary(): string {
  const root = mkdtempSync(join(tmpdir(), 'rendezvous-start-'));
  made.push(root);
  mkdirSync(join(root, 'bin'));
  copyFileSync(SCRIPT, join(root, 'bin', 'start.mjs'));
  mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(
    join(root, 'node_modules', 'electron', 'package.json'),
    '{"name":"electron","version":"38.0.0"}',
  );
  return root;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm start without the Electron binary', () => {
  it('prints that the desktop window needs Electron, points to `npx rendezvous web`, and exits with 1', () => {
    const root = projectWithoutElectronBinary();
    const env = { ...process.env };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const run = spawnSync(process.execPath, [join(root, 'bin', 'start.mjs')], { encoding: 'utf8', env });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/desktop window needs Electron's binary/);
    expect(run.stderr).toMatch(/npx rendezvous web/);
    expect(run.stderr).not.toMatch(/Error:/);
  });

  it('finds the binary once it has been downloaded', () => {
    const root = projectWithoutElectronBinary();
    expect(electronBinary(root, {})).toBeNull();
    const pkg = join(root, 'node_modules', 'electron');
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    expect(electronBinary(root, {})).toBeNull();
    mkdirSync(join(pkg, 'dist'));
    writeFileSync(join(pkg, 'dist', 'electron'), '');
    expect(electronBinary(root, {})).toBe(join(pkg, 'dist', 'electron'));
  });
});
