// The toolbar: view toggle, search, layout and view commands, import/export, settings, DB status.
import { LAYOUTS, type LayoutName } from '../../src-main/common/vocab';
import { useState, type RefObject } from 'react';
import type { GraphView } from '../../src-main/common/vocab';
import { useActions } from './context';
import { useAppState, type GraphCommands } from '../state/store';
import { setGraphView } from '../state/actions/setGraphView';
import { rerunLayout, setLayout } from '../state/actions/setLayout';
import { redo, undo } from '../state/actions/undoRedo';
import { LAYOUT_LABELS } from '../graph/layouts';
import { SearchBox } from './SearchBox';
import { DbStatusBadge } from './DbStatusBadge';
import { ExportMenu } from '../panels/ExportMenu';
import { loadSettings } from '../state/actions/settings';

const VIEWS: [GraphView, string][] = [
  ['whoMetWhom', 'Who met whom'],
  ['meetings', 'Meetings'],
];

/** The top bar. */
export function Toolbar({
  commands,
  searchInput,
}: {
  commands: RefObject<GraphCommands | null>;
  searchInput: RefObject<HTMLInputElement | null>;
}) {
  const ctx = useActions();
  const graphView = useAppState(ctx.store, (s) => s.graphView);
  const layout = useAppState(ctx.store, (s) => s.view.layout);
  const canUndo = useAppState(ctx.store, (s) => s.undo.length > 0);
  const canRedo = useAppState(ctx.store, (s) => s.redo.length > 0);
  const panel = useAppState(ctx.store, (s) => s.panel);
  const [exportOpen, setExportOpen] = useState(false);

  const openPanel = (p: 'import' | 'settings' | 'path' | 'query' | 'views') =>
    ctx.store.apply((s) => ({ ...s, panel: s.panel === p ? 'none' : p }));

  return (
    <header className="toolbar">
      <div className="brand" aria-label="Rendezvous">
        <span className="brand-mark" aria-hidden="true" />
        Rendezvous
      </div>
      <div className="segmented" role="group" aria-label="View">
        {VIEWS.map(([view, label]) => (
          <button
            key={view}
            type="button"
            aria-pressed={graphView === view}
            className={graphView === view ? 'active' : ''}
            onClick={() => void setGraphView(ctx, view)}
          >
            {label}
          </button>
        ))}
      </div>
      <SearchBox inputRef={searchInput} />
      <div className="tool-group" role="group" aria-label="Graph">
        <button type="button" onClick={() => commands.current?.fit()} title="Fit the graph to the window (F)">
          Fit
        </button>
        <select
          aria-label="Layout algorithm"
          value={layout}
          onChange={(e) => ctx.store.apply((s) => setLayout(s, e.target.value as LayoutName))}
        >
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => ctx.store.apply(rerunLayout)} title="Re-run the layout (L)">
          Layout
        </button>
        <button
          type="button"
          aria-label="Undo"
          title="Undo (Ctrl+Z)"
          disabled={!canUndo}
          onClick={() => ctx.store.apply(undo)}
        >
          ↶
        </button>
        <button
          type="button"
          aria-label="Redo"
          title="Redo (Ctrl+Shift+Z)"
          disabled={!canRedo}
          onClick={() => ctx.store.apply(redo)}
        >
          ↷
        </button>
      </div>
      <div className="tool-group" role="group" aria-label="Tools">
        <button
          type="button"
          aria-pressed={panel === 'path'}
          onClick={() => openPanel('path')}
          title="How are A and B connected?"
        >
          Path
        </button>
        <button
          type="button"
          aria-pressed={panel === 'query'}
          onClick={() => openPanel('query')}
          title="Read-only Cypher query console (Q)"
        >
          Query
        </button>
        <button
          type="button"
          aria-pressed={panel === 'views'}
          onClick={() => openPanel('views')}
          title="Saved views"
        >
          Views
        </button>
        <button type="button" onClick={() => openPanel('import')}>
          Import
        </button>
        <div className="menu-anchor">
          <button
            type="button"
            aria-haspopup="menu"
            aria-expanded={exportOpen}
            onClick={() => setExportOpen((o) => !o)}
          >
            Export
          </button>
          {exportOpen && <ExportMenu onClose={() => setExportOpen(false)} />}
        </div>
        <button
          type="button"
          onClick={() => {
            void loadSettings(ctx);
            openPanel('settings');
          }}
        >
          Settings
        </button>
      </div>
      <button
        type="button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={() => ctx.store.apply((s) => ({ ...s, help: true }))}
      >
        ?
      </button>
      <DbStatusBadge />
    </header>
  );
}
