// Import articles: files or a folder by dialog or drag and drop, or pasted text; progress and per-file results.
import { useState } from 'react';
import { useActions } from '../app/context';
import { useAppState } from '../state/store';
import { importFiles, importText, isImportable, type ChosenFile } from '../state/actions/importDocuments';
import { MAX_ARTICLE_BYTES } from '../../src-main/common/ingest';

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function readFiles(files: File[]): Promise<{ chosen: ChosenFile[]; skipped: string[] }> {
  const chosen: ChosenFile[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const name = file.webkitRelativePath || file.name;
    if (!isImportable(name)) skipped.push(`${name}: not a .txt, .html or .md file`);
    else if (file.size > MAX_ARTICLE_BYTES)
      skipped.push(`${name}: larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`);
    else chosen.push({ name, dataBase64: toBase64(await file.arrayBuffer()) });
  }
  return { chosen, skipped };
}

/** The import dialog. */
export function ImportDialog() {
  const ctx = useActions();
  const importing = useAppState(ctx.store, (s) => s.importing);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [pasted, setPasted] = useState('');
  const [meta, setMeta] = useState({ title: '', date: '', outlet: '', url: '' });
  const field = (key: keyof typeof meta) => ({
    value: meta[key],
    onChange: (e: { target: { value: string } }) => setMeta((m) => ({ ...m, [key]: e.target.value })),
  });
  const [dragging, setDragging] = useState(false);
  const close = () => ctx.store.apply((s) => ({ ...s, panel: 'none' }));

  const start = async (files: File[]) => {
    const { chosen, skipped: bad } = await readFiles(files);
    setSkipped(bad);
    if (chosen.length) await importFiles(ctx, chosen);
  };

  const percent = importing.total ? Math.round((importing.done / importing.total) * 100) : 0;
  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && !importing.running && close()}
    >
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="import-title">
        <header className="dialog-head">
          <h2 id="import-title">Import articles</h2>
          <button
            type="button"
            className="close"
            aria-label="Close"
            onClick={close}
            disabled={importing.running}
          >
            ×
          </button>
        </header>
        <div
          className={`dropzone ${dragging ? 'over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void start([...e.dataTransfer.files]);
          }}
        >
          <p>Drop .txt, .html or .md files here, or</p>
          <div className="dropzone-buttons">
            <label className="button">
              Choose files…
              <input
                type="file"
                multiple
                accept=".txt,.html,.htm,.md"
                aria-label="Choose files"
                className="visually-hidden"
                disabled={importing.running}
                onChange={(e) => {
                  void start([...(e.target.files ?? [])]);
                  e.target.value = '';
                }}
              />
            </label>
            <label className="button">
              Choose a folder…
              <input
                type="file"
                multiple
                aria-label="Choose a folder"
                className="visually-hidden"
                disabled={importing.running}
                ref={(el) => el?.setAttribute('webkitdirectory', '')}
                onChange={(e) => {
                  void start([...(e.target.files ?? [])]);
                  e.target.value = '';
                }}
              />
            </label>
          </div>
        </div>
        <details className="paste">
          <summary>Or paste an article's text</summary>
          <div className="paste-meta">
            <label className="stacked">
              Title
              <input {...field('title')} placeholder="The headline" />
            </label>
            <label className="stacked">
              Date published (needed for dated facts)
              <input type="date" {...field('date')} aria-describedby="paste-date-note" />
            </label>
            <label className="stacked">
              Outlet
              <input {...field('outlet')} placeholder="e.g. Reuters" />
            </label>
            <label className="stacked">
              URL
              <input type="url" {...field('url')} placeholder="https://…" />
            </label>
          </div>
          <p id="paste-date-note" className={`small ${meta.date ? 'muted' : 'warning-text'}`}>
            {meta.date
              ? '“Last week” and “on Thursday” are read against this date, and the meetings appear on the timeline and in “as known on”.'
              : 'Without a date, “last week” or “on Thursday” cannot be resolved: the meetings are dated “unknown”, stay off the timeline and out of “as known on”.'}
          </p>
          <label className="stacked">
            Text
            <textarea rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          </label>
          <button
            type="button"
            className="primary"
            disabled={!pasted.trim() || importing.running}
            onClick={() =>
              void importText(ctx, {
                name: meta.title.trim() || 'Pasted text',
                text: pasted,
                ...Object.fromEntries(
                  Object.entries(meta)
                    .map(([k, v]) => [k, v.trim()])
                    .filter(([, v]) => v),
                ),
              })
            }
          >
            Import text
          </button>
        </details>
        {(importing.total > 0 || skipped.length > 0) && (
          <section className="import-results" aria-label="Import results">
            {importing.total > 0 && (
              <>
                <progress max={importing.total} value={importing.done} aria-label="Import progress" />
                <p className="small">
                  {importing.running
                    ? `Importing… ${importing.done} of ${importing.total} (${percent}%)`
                    : `Done: ${importing.done} of ${importing.total} files.`}
                </p>
              </>
            )}
            <table>
              <thead>
                <tr>
                  <th>File</th>
                  <th>People</th>
                  <th>Meetings</th>
                  <th>Result</th>
                </tr>
              </thead>
              <tbody>
                {importing.results.map((r, i) => (
                  <tr key={`${r.file}:${i}`} className={r.ok ? '' : 'failed'}>
                    <td className="file">{r.file}</td>
                    <td>{r.ok ? r.people : '—'}</td>
                    <td>{r.ok ? r.meetings : '—'}</td>
                    <td>
                      {r.ok
                        ? r.unchanged
                          ? 'Already imported'
                          : 'Imported'
                        : (r.error?.message ?? 'Failed')}
                    </td>
                  </tr>
                ))}
                {skipped.map((s) => (
                  <tr key={s} className="failed">
                    <td className="file" colSpan={3}>
                      {s.split(':')[0]}
                    </td>
                    <td>Skipped: {s.split(':').slice(1).join(':').trim()}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
    </div>
  );
}
