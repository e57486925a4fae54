// The layout: toolbar on top, filters and legend on the left, the graph, the details on the right.
import { useEffect, useMemo, useRef } from 'react';
import type { RendezvousApi } from '../../src-main/common/api';
import type { HostKind } from '../platform';
import { Store, useAppState, type ActionContext, type GraphCommands } from '../state/store';
import { refreshDbStatus } from '../state/actions/refreshDbStatus';
import { ActionContextValue } from './context';
import { Toolbar } from './Toolbar';
import { GraphArea } from './GraphArea';
import { FiltersPanel } from '../panels/FiltersPanel';
import { DetailsPanel } from '../panels/DetailsPanel';
import { ImportDialog } from '../panels/ImportDialog';
import { SettingsDialog } from '../panels/SettingsDialog';
import { PathPanel } from '../panels/PathPanel';
import { QueryConsole } from '../panels/QueryConsole';
import { SavedViewsPanel } from '../panels/SavedViewsPanel';
import { ShortcutsDialog } from '../panels/ShortcutsDialog';
import { CurationDock } from '../panels/CurationDock';
import { useShortcuts } from './shortcuts';

/** The whole app. */
export function App({ api, host }: { api: RendezvousApi; host: HostKind }) {
  const commands = useRef<GraphCommands | null>(null);
  const ctx = useMemo<ActionContext>(() => {
    const store = new Store();
    const graph: GraphCommands = {
      fit: () => commands.current?.fit(),
      zoom: (f) => commands.current?.zoom(f),
      center: (id) => commands.current?.center(id),
      png: (o) => commands.current?.png(o) ?? null,
      positions: () => commands.current?.positions() ?? {},
      scene: () => commands.current?.scene() ?? null,
      viewport: () => commands.current?.viewport() ?? null,
    };
    return { store, api, graph };
  }, [api]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const connected = await refreshDbStatus(ctx);
      if (!stopped) timer = setTimeout(poll, connected ? 15_000 : 2_000);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [ctx]);

  const searchInput = useRef<HTMLInputElement>(null);
  useShortcuts(ctx, searchInput);
  const panel = useAppState(ctx.store, (s) => s.panel);
  const help = useAppState(ctx.store, (s) => s.help);

  return (
    <ActionContextValue.Provider value={ctx}>
      <div className="app" data-host={host}>
        <Toolbar commands={commands} searchInput={searchInput} />
        <div className="workspace">
          <FiltersPanel />
          <main className="graph-area" aria-label="Graph">
            {panel === 'path' && <PathPanel />}
            {panel === 'query' && <QueryConsole />}
            {panel === 'views' && <SavedViewsPanel />}
            <GraphArea commands={commands} />
            <CurationDock />
          </main>
          <DetailsPanel />
        </div>
        {panel === 'import' && <ImportDialog />}
        {panel === 'settings' && <SettingsDialog />}
        {help && <ShortcutsDialog />}
      </div>
    </ActionContextValue.Provider>
  );
}
