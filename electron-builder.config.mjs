// Packaging the desktop app with electron-builder (`npm run package`). After packing, the Electron fuses are
// flipped on the packaged binary, before any code signing: it cannot run as plain Node, ignores NODE_OPTIONS
// and --inspect, loads the app only from its asar archive and checks that archive's integrity.
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** The fuses of every packaged Rendezvous binary. */
export const fuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  // The UI is loaded from file:// and its bundles are ES modules, which need file:// to keep its privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
};

/** The packaged Electron binary inside electron-builder's output folder for one platform. */
export function packagedBinary(context) {
  const { electronPlatformName, appOutDir, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

/** electron-builder's afterPack hook: flips the fuses on the binary just packed. */
export async function afterPack(context) {
  await flipFuses(packagedBinary(context), {
    ...fuses,
    // Flipping fuses breaks the ad-hoc signature of a macOS build that is not signed afterwards.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
  });
}

/** The electron-builder configuration. */
export default {
  appId: 'dev.rendezvous.app',
  productName: 'Rendezvous',
  directories: { output: 'dist-app' },
  files: ['out/**', 'package.json'],
  asar: true,
  // The Neo4j launcher's sources; it is built with Maven on the first start, as in development.
  extraResources: [{ from: 'neo4j-server', to: 'neo4j-server', filter: ['pom.xml', 'src/**'] }],
  linux: { target: ['AppImage'], category: 'Office' },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
  win: { target: ['nsis'] },
  afterPack,
};
