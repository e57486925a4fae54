#!/usr/bin/env node
// The `rendezvous` command: runs the TypeScript CLI through tsx, so it works straight after `npm ci`.
import { register } from 'tsx/esm/api';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

register();
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { main } = await import(pathToFileURL(join(root, 'src-main/cli/main.ts')).href);
process.exitCode = await main(process.argv);
