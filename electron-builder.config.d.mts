// Types of electron-builder.config.mjs, for the test that checks the packaging configuration.
import type { FuseV1Config } from '@electron/fuses';

/** The parts of electron-builder's afterPack context the hook reads. */
export interface PackContext {
  electronPlatformName: string;
  appOutDir: string;
  packager: { executableName: string; appInfo: { productFilename: string } };
}

/** The fuses of every packaged Rendezvous binary. */
export declare const fuses: FuseV1Config;
/** The packaged Electron binary inside electron-builder's output folder for one platform. */
export declare function packagedBinary(context: PackContext): string;
/** electron-builder's afterPack hook: flips the fuses on the binary just packed. */
export declare function afterPack(context: PackContext): Promise<void>;
/** The electron-builder configuration. */
declare const config: { asar: boolean; afterPack: typeof afterPack; [key: string]: unknown };
export default config;
