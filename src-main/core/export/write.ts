// Atomic export writes: each file goes to a temporary name beside its target and is renamed into place
// only when every file of the export is complete, so a failure never leaves a truncated file.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ExportResult } from '../../common/export';
import { RendezvousError } from '../../common/errors';

const reasonOf = (err: unknown): string => {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'the folder does not exist';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'ENOSPC') return 'the disk is full';
  if (e?.code === 'EISDIR') return 'it is a folder';
  if (e?.code === 'ENOTDIR') return 'a part of the path is not a folder';
  return e instanceof Error ? e.message : String(err);
};

async function writeTemp(target: string, content: string): Promise<string> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } catch (err) {
    await handle.close();
    await rm(temp, { force: true });
    throw err;
  }
  await handle.close();
  return temp;
}

/** Writes files to their targets all-or-nothing (as far as the file system allows); returns the paths. */
async function writeFilesAtomically(files: { path: string; content: string }[]): Promise<string[]> {
  const temps: string[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const f of files) {
      current = f.path;
      temps.push(await writeTemp(resolve(f.path), f.content));
    }
    for (const f of files) {
      current = f.path;
      const existing = await stat(f.path).catch(() => null);
      if (existing?.isDirectory()) throw Object.assign(new Error('it is a folder'), { code: 'EISDIR' });
    }
    for (let i = 0; i < files.length; i++) {
      current = files[i]!.path;
      await rename(temps[i]!, resolve(files[i]!.path));
    }
  } catch (err) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw new RendezvousError('EXPORT_FAILED', `Could not write ${current}: ${reasonOf(err)}`, {
      path: current,
    });
  }
  return files.map((f) => resolve(f.path));
}

/**
 * Saves an export at `out`: a file for one-file formats; for CSV a folder (created if missing) that
 * receives nodes.csv and edges.csv. Throws EXPORT_FAILED naming the path and the reason.
 */
export async function saveExport(result: ExportResult, out: string): Promise<string[]> {
  if (result.files.length === 1) {
    const existing = await stat(out).catch(() => null);
    if (existing?.isDirectory())
      throw new RendezvousError('EXPORT_FAILED', `Could not write ${out}: it is a folder`, { path: out });
    return writeFilesAtomically([{ path: out, content: result.files[0]!.content }]);
  }
  const existing = await stat(out).catch(() => null);
  if (existing && !existing.isDirectory())
    throw new RendezvousError(
      'EXPORT_FAILED',
      `Could not write ${out}: CSV goes to a folder, and this is a file`,
      {
        path: out,
      },
    );
  try {
    await mkdir(out, { recursive: true });
  } catch (err) {
    throw new RendezvousError('EXPORT_FAILED', `Could not create the folder ${out}: ${reasonOf(err)}`, {
      path: out,
    });
  }
  return writeFilesAtomically(result.files.map((f) => ({ path: join(out, f.name), content: f.content })));
}
