// Import: files one at a time (for the progress bar and per-file results), or pasted text.
import type { IngestFileResult } from '../../../src-main/common/ingest';
import { errorMessage, type ActionContext } from '../store';
import { loadGraph } from './loadGraph';

/** A file chosen in the UI, read as base64. */
export interface ChosenFile {
  name: string;
  dataBase64: string;
}

/** The extensions an import accepts. */
const IMPORT_EXTENSIONS = ['.txt', '.html', '.htm', '.md'];

/** True for a file name the import accepts. */
export function isImportable(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function failed(file: string, message: string): IngestFileResult {
  return {
    file,
    ok: false,
    unchanged: false,
    people: 0,
    meetings: 0,
    error: { code: 'IMPORT_FAILED', message },
  };
}

async function run(
  ctx: ActionContext,
  total: number,
  step: (i: number) => Promise<IngestFileResult[]>,
): Promise<void> {
  ctx.store.apply((s) => ({ ...s, importing: { running: true, done: 0, total, results: [], error: null } }));
  for (let i = 0; i < total; i++) {
    const results = await step(i);
    ctx.store.apply((s) => ({
      ...s,
      importing: { ...s.importing, done: i + 1, results: [...s.importing.results, ...results] },
    }));
  }
  ctx.store.apply((s) => ({ ...s, importing: { ...s.importing, running: false } }));
  await loadGraph(ctx, { facets: true });
}

/** Imports files one by one; a failed file is reported and the rest go on. */
export async function importFiles(ctx: ActionContext, files: ChosenFile[]): Promise<void> {
  await run(ctx, files.length, async (i) => {
    const file = files[i]!;
    try {
      const report = await ctx.api.importDocuments({ documents: [file] });
      return report.files;
    } catch (err) {
      return [failed(file.name, errorMessage(err))];
    }
  });
}

/** Pasted text with what the user knows about it (title, date, outlet, URL). */
export interface PastedArticle {
  name: string;
  text: string;
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
}

/** Imports pasted text as one article. */
export async function importText(ctx: ActionContext, article: PastedArticle): Promise<void> {
  await run(ctx, 1, async () => {
    try {
      return (await ctx.api.importText(article)).files;
    } catch (err) {
      return [failed(article.name, errorMessage(err))];
    }
  });
}
