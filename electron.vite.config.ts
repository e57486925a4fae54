import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Rollup } from 'vite';

// zod ships comments rollup cannot place; they are harmless.
const quietZod = (warning: Rollup.RollupLog, warn: Rollup.LoggingFunction) => {
  if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
};

// Main, preload and renderer bundles; the renderer is the same app the web mode serves.
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/electron/main.ts'),
          // Emitted beside index.js so the ingest can extract on worker threads.
          'extract-worker': resolve(__dirname, 'src-main/core/ingest/extract-worker.ts'),
          // The console runs its queries on a worker thread it can stop at the time limit.
          'console-worker': resolve(__dirname, 'src-main/core/store/console-worker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload can require only 'electron': everything else (the contract and zod) is bundled in.
    plugins: [externalizeDepsPlugin({ exclude: ['zod'] })],
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
        onwarn: quietZod,
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react()],
    build: {
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') }, onwarn: quietZod },
    },
  },
});
