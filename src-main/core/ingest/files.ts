// Finding the article files under the paths a person named: folders searched, links followed, and every
// entry that looks like an article but cannot be one listed with the reason.
import type { Dirent, Stats } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

/** The file extensions a folder is searched for. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.md'];

/** An entry that was not ingested, and why. */
export interface SkippedEntry {
  file: string;
  reason: string;
}

/** What was found: article files (in name order), paths that do not exist, and entries skipped with a reason. */
export interface CollectedFiles {
  files: string[];
  missing: string[];
  skipped: SkippedEntry[];
}

const isArticleName = (name: string): boolean => ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase());

function kindOf(s: Stats | Dirent): string {
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/**
 * The article files under the given paths. Files are taken as given; folders are searched in name order
 * (hidden entries skipped); symbolic links are followed to files and folders, a folder reached twice
 * (a link loop) is searched once. A named path or an article-looking entry that is a pipe, a device, a
 * broken link or a loop is listed in `skipped` with its reason; it is never opened.
 */
export async function collectArticleFiles(paths: string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: SkippedEntry[] = [];
  const seenFiles = new Set<string>();
  const searched = new Set<string>();

  const addFile = async (p: string): Promise<void> => {
    const real = await realpath(p).catch(() => p);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(p);
  };

  const walk = async (dir: string, viaLink: boolean): Promise<void> => {
    const real = await realpath(dir).catch(() => dir);
    if (searched.has(real)) {
      if (viaLink)
        skipped.push({ file: dir, reason: `a link to the folder ${real}, already searched (a loop)` });
      return;
    }
    searched.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      skipped.push({
        file: dir,
        reason: `the folder cannot be read (${(err as NodeJS.ErrnoException).code})`,
      });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const before = files.length;
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p, false);
      else if (e.isFile()) {
        if (isArticleName(e.name)) await addFile(p);
      } else if (e.isSymbolicLink()) await followLink(p, isArticleName(e.name));
      else if (isArticleName(e.name)) skipped.push({ file: p, reason: kindOf(e) });
    }
    if (isArticleName(dir) && files.length === before)
      skipped.push({ file: dir, reason: 'a folder named like an article, with no articles in it' });
  };

  const followLink = async (p: string, articleName: boolean): Promise<void> => {
    let target: Stats;
    try {
      target = await stat(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const to = await readlink(p).catch(() => '?');
      if (code === 'ELOOP') skipped.push({ file: p, reason: `a symbolic link loop (-> ${to})` });
      else if (articleName || code !== 'ENOENT')
        skipped.push({
          file: p,
          reason:
            code === 'ENOENT' ? `a broken symbolic link (-> ${to})` : `the link cannot be followed (${code})`,
        });
      return;
    }
    if (target.isDirectory()) await walk(p, true);
    else if (target.isFile()) {
      if (articleName) await addFile(p);
    } else if (articleName) skipped.push({ file: p, reason: `a link to ${kindOf(target)}` });
  };

  for (const raw of paths) {
    const p = resolve(raw);
    let s: Stats;
    try {
      s = await stat(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        const to = await readlink(p).catch(() => null);
        if (to === null) missing.push(p);
        else skipped.push({ file: p, reason: `a broken symbolic link (-> ${to})` });
      } else if (code === 'ELOOP') skipped.push({ file: p, reason: 'a symbolic link loop' });
      else skipped.push({ file: p, reason: `cannot be read (${code})` });
      continue;
    }
    if (s.isDirectory()) await walk(p, false);
    else if (s.isFile()) await addFile(p);
    else skipped.push({ file: p, reason: kindOf(s) });
  }
  return { files, missing, skipped };
}
