#!/usr/bin/env node
// Fails when the repository names a path of the machine it was written on: the workspace anywhere, or a
// temporary or home folder in code (tests and docs may use made-up paths such as /home/ana as input).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const WORKSPACE = /(^|[^\w.~-])\/work\//;
const MACHINE = /(^|[^\w.~:/-])\/(tmp|home)\//;
const CODE = /^(src-main|src-renderer|bench|bin|scripts)\/|^[^/]+\.(c|m)?[jt]s$/;

const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  encoding: 'utf8',
})
  .split('\0')
  .filter((f) => f && f !== 'package-lock.json' && f !== 'scripts/check-machine-paths.mjs');
const found = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  if (text.includes('\0')) continue;
  text.split('\n').forEach((line, i) => {
    if (WORKSPACE.test(line) || (CODE.test(file) && MACHINE.test(line)))
      found.push(`${file}:${i + 1}: ${line.trim()}`);
  });
}
if (found.length) {
  console.error(`Machine paths in the repository (use paths relative to the repository or os.tmpdir()):`);
  for (const f of found) console.error(`  ${f}`);
  process.exit(1);
}
console.log(`No machine paths in ${files.length} files.`);
