// The packaging configuration: the fuses electron-builder's afterPack hook flips, checked on a binary that
// carries Electron's fuse wire.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import config, { afterPack, fuses, packagedBinary } from '../../electron-builder.config.mjs';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** A stand-in binary with Electron's fuse wire: version 1, nine fuses, all enabled. */
function fakeElectron(dir: string, name: string): string {
  const file = join(dir, name);
  const wire = Buffer.concat([
    Buffer.from('\x7fELF stand-in '),
    Buffer.from(SENTINEL),
    Buffer.from([1, 9]),
    Buffer.alloc(9, FuseState.ENABLE),
    Buffer.from(' tail'),
  ]);
  writeFileSync(file, wire);
  return file;
}

describe('the electron-builder configuration', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('packs into an asar archive and flips the fuses after packing', () => {
    expect(config.asar).toBe(true);
    expect(config.afterPack).toBe(afterPack);
    expect(fuses).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    });
  });

  it('turns RunAsNode, NODE_OPTIONS and --inspect off and asar-only and integrity on in the packed binary', async () => {
    dir = mkdtempSync(join(tmpdir(), 'rendezvous-fuses-'));
    const binary = fakeElectron(dir, 'rendezvous');
    const context = {
      electronPlatformName: 'linux',
      appOutDir: dir,
      packager: { executableName: 'rendezvous', appInfo: { productFilename: 'Rendezvous' } },
    };
    expect(packagedBinary(context)).toBe(binary);
    await afterPack(context);
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
  });

  it('finds the binary of each platform in the output folder', () => {
    const packager = { executableName: 'rendezvous', appInfo: { productFilename: 'Rendezvous' } };
    expect(packagedBinary({ electronPlatformName: 'darwin', appOutDir: '/o', packager })).toBe(
      '/o/Rendezvous.app',
    );
    expect(packagedBinary({ electronPlatformName: 'win32', appOutDir: '/o', packager })).toBe(
      '/o/Rendezvous.exe',
    );
  });
});
