// The Export menu: PNG (1–4×) and SVG with an optional caption; snapshot and data formats; open a snapshot.
import { useState } from 'react';
import type { ExportFormat, ExportScope } from '../../src-main/common/export';
import { useActions } from '../app/context';
import { exportData, exportPicture } from '../state/actions/exportView';
import { loadSnapshotIntoDb, openSnapshot } from '../state/actions/openSnapshot';
import { useAppState } from '../state/store';

const DATA_FORMATS: [ExportFormat, string][] = [
  ['json', 'Snapshot (.rendezvous.json)'],
  ['graphml', 'GraphML (yEd, Gephi)'],
  ['gexf', 'GEXF (Gephi)'],
  ['csv', 'CSV (nodes + edges)'],
  ['cypher', 'Cypher script (Neo4j)'],
];

/** The export menu under the Export button. */
export function ExportMenu({ onClose }: { onClose(): void }) {
  const ctx = useActions();
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [withCaption, setWithCaption] = useState(true);
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState<ExportScope>('view');
  const [busy, setBusy] = useState(false);
  const openFile = useAppState(ctx.store, (s) => s.snapshot?.fileName ?? null);
  const connected = useAppState(ctx.store, (s) => s.db?.state === 'connected');
  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    await job();
    setBusy(false);
    onClose();
  };
  return (
    <div className="menu export-menu" role="menu" aria-label="Export">
      <label className="stacked">
        Title (optional)
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="For the caption and the file"
        />
      </label>
      <div className="menu-section">
        <div className="menu-title">Picture</div>
        <div className="menu-row">
          <label className="inline">
            Scale
            <select
              aria-label="Picture scale"
              value={scale}
              onChange={(e) => setScale(Number(e.target.value))}
            >
              {[1, 2, 3, 4].map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <label className="inline">
            Background
            <select
              aria-label="Picture background"
              value={background}
              onChange={(e) => setBackground(e.target.value as 'white' | 'transparent')}
            >
              <option value="white">White</option>
              <option value="transparent">Transparent</option>
            </select>
          </label>
        </div>
        <label className="check">
          <input type="checkbox" checked={withCaption} onChange={() => setWithCaption((c) => !c)} />
          <span className="check-label">Caption with filters and sources</span>
        </label>
        <div className="menu-row">
          {(['png', 'svg'] as const).map((format) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              disabled={busy}
              onClick={() =>
                run(() => exportPicture(ctx, { format, scale, background, caption: withCaption, title }))
              }
            >
              {format.toUpperCase()}
            </button>
          ))}
        </div>
      </div>
      <div className="menu-section">
        <div className="menu-title">Data</div>
        <div className="menu-row" role="radiogroup" aria-label="What to export">
          <label className="inline">
            <input type="radio" name="scope" checked={scope === 'view'} onChange={() => setScope('view')} />
            Current view
          </label>
          <label className="inline">
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
            Whole graph
          </label>
        </div>
        {DATA_FORMATS.map(([format, label]) => (
          <button
            key={format}
            type="button"
            role="menuitem"
            className="menu-item"
            disabled={busy}
            onClick={() => run(() => exportData(ctx, format, scope, title))}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="menu-section">
        <label className="button menu-item">
          Open snapshot…
          <input
            type="file"
            accept=".json,application/json"
            aria-label="Open snapshot"
            className="visually-hidden"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              openSnapshot(ctx, await file.text(), file.name);
              onClose();
            }}
          />
        </label>
        {openFile && (
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            disabled={busy || !connected}
            title={connected ? undefined : 'Needs a connected database'}
            onClick={() => run(() => loadSnapshotIntoDb(ctx))}
          >
            Load snapshot into Neo4j
          </button>
        )}
      </div>
    </div>
  );
}
