// The graph with its status line, empty state and an accessible list of what is drawn.
import { useMemo, type RefObject } from 'react';
import { useActions } from './context';
import { useAppState, type GraphCommands } from '../state/store';
import { visibleGraph } from '../state/visible';
import { clusterLabel, clusterSummary, toElements } from '../graph/elements';
import { GraphCanvas } from '../graph/GraphCanvas';
import { keepPositions, keptPositions } from '../graph/positions';
import { selectNode, clearSelection, setSelection } from '../state/actions/selectNode';
import { selectEdge } from '../state/actions/selectEdge';
import { expandNode } from '../state/actions/expandNode';
import { loadGraph } from '../state/actions/loadGraph';
import { pinNodes } from '../state/actions/pinNodes';
import { loadSnapshotIntoDb } from '../state/actions/openSnapshot';
import { SHORTCUTS } from './shortcuts';
import { KIND_STYLES } from '../../src-main/common/look';
import { CoverageBanner } from './CoverageBanner';
import { DetailControls } from './DetailControls';

/** The centre of the app. */
export function GraphArea({ commands }: { commands: RefObject<GraphCommands | null> }) {
  const ctx = useActions();
  const graph = useAppState(ctx.store, (s) => s.graph);
  const view = useAppState(ctx.store, (s) => s.view);
  const filters = useAppState(ctx.store, (s) => s.filters);
  const selection = useAppState(ctx.store, (s) => s.selection);
  const path = useAppState(ctx.store, (s) => s.path);
  const layoutRun = useAppState(ctx.store, (s) => s.layoutRun);
  const webgl = useAppState(ctx.store, (s) => s.webgl);
  const loading = useAppState(ctx.store, (s) => s.graphLoading);
  const error = useAppState(ctx.store, (s) => s.graphError);
  const notice = useAppState(ctx.store, (s) => s.notice);
  const dbState = useAppState(ctx.store, (s) => s.db?.state ?? 'starting');
  const restore = useAppState(ctx.store, (s) => s.restore);
  const snapshot = useAppState(ctx.store, (s) => s.snapshot);
  const facets = useAppState(ctx.store, (s) => s.facets);
  const fresh = useAppState(ctx.store, (s) => s.fresh);
  const chosenEdge = useAppState(ctx.store, (s) => s.edge?.id ?? null);

  const clusters = useAppState(ctx.store, (s) => s.clusters);
  const graphView = useAppState(ctx.store, (s) => s.graphView);
  // Where this view was last laid out (not for a snapshot or saved view, which bring their own positions,
  // nor for the map, whose positions follow from the coordinates). Read again with each graph.
  const keeps = !snapshot && !restore && view.layout !== 'map';
  const kept = useMemo(
    () => (keeps ? keptPositions(graphView, view.layout) : undefined),
    // The graph is a dependency on purpose: each new graph reads what the last layout kept.
    [keeps, graphView, view.layout, graph],
  );

  const visible = useMemo(
    () => visibleGraph(graph, view, filters, snapshot ? null : clusters),
    [graph, view, filters, clusters, snapshot],
  );
  const elements = useMemo(() => {
    const els = toElements(visible, {
      pinned: new Set(view.pinned),
      selected: new Set(selection),
      pathNodes: new Set(path?.found ? path.nodeIds : []),
      pathEdges: new Set(path?.found ? path.edgeIds : []),
      fresh: new Set(fresh),
      selectedEdge: chosenEdge,
    });
    if (!restore) return els;
    // A reopened snapshot puts every node back where it was.
    return els.map((el) => {
      const at = el.group === 'nodes' ? restore.positions[String(el.data.id)] : undefined;
      return at ? { ...el, position: { ...at } } : el;
    });
  }, [visible, view.pinned, selection, path, restore, fresh, chosenEdge]);
  const labels = useMemo(() => new Map(visible.nodes.map((n) => [n.id, n.label])), [visible]);
  const pathNodes = new Set(path?.found ? path.nodeIds : []);

  return (
    <div className="graph-wrap">
      <GraphCanvas
        key={restore?.token ?? 0}
        initialViewport={restore?.viewport ?? null}
        frozen={snapshot !== null || restore !== null}
        elements={elements}
        layout={view.layout}
        layoutRun={layoutRun}
        webgl={webgl}
        pinned={view.pinned}
        commands={commands as { current: GraphCommands | null }}
        onSelect={(id, additive) => void selectNode(ctx, id, { additive })}
        onSelectEdge={(edge) => void selectEdge(ctx, edge)}
        onExpand={(id) => void expandNode(ctx, id)}
        onBackground={() => clearSelection(ctx)}
        onSelectionChange={(ids) => setSelection(ctx, ids)}
        onPin={(id) => ctx.store.apply((s) => pinNodes(s, [id], true))}
        kept={kept}
        onPositions={(positions) => {
          if (keeps) keepPositions(graphView, view.layout, positions);
        }}
      />
      {dbState === 'connected' && !loading && !error && visible.nodes.length === 0 && (
        <div className="empty-state">
          <h2>Nothing to show</h2>
          <p>
            {graph.nodes.length > 0
              ? 'Everything here is hidden or filtered out. Use “Show all” or the type filters.'
              : (facets?.counts.meeting ?? 0) > 0
                ? 'No meetings match these filters. Widen the status, dates or sources on the left.'
                : 'No meetings yet. Import articles to build the graph.'}
          </p>
        </div>
      )}
      {dbState !== 'connected' && !snapshot && (
        <div className="empty-state">
          <p>Waiting for the database…</p>
        </div>
      )}
      {/* Banners stack under one another, so none hides another's buttons. */}
      <div className="graph-banners">
        {!snapshot && <CoverageBanner coverage={graph.coverage} clusters={clusters} />}
        {snapshot && (
          <div className="snapshot-banner" role="status">
            Snapshot: {snapshot.title ?? snapshot.fileName} · saved {snapshot.createdAt.slice(0, 10)}
            <button
              type="button"
              disabled={dbState !== 'connected'}
              onClick={() => void loadGraph(ctx, { facets: true })}
            >
              Back to live graph
            </button>
            <button
              type="button"
              disabled={dbState !== 'connected'}
              title="Write this snapshot's elements and evidence into the connected Neo4j"
              onClick={() => void loadSnapshotIntoDb(ctx)}
            >
              Load into Neo4j
            </button>
          </div>
        )}
        {error && (
          <div className="banner error" role="alert">
            Could not load the graph: {error}
          </div>
        )}
        {notice && (
          <div className="banner" role="status">
            {notice}
            <button
              type="button"
              aria-label="Dismiss"
              onClick={() => ctx.store.apply((s) => ({ ...s, notice: null }))}
            >
              ×
            </button>
          </div>
        )}
      </div>
      <DetailControls
        entities={visible.nodes.length + (visible.belowDegree ?? 0)}
        omitted={graph.omitted}
        belowDegree={visible.belowDegree ?? 0}
      />
      <div className="zoom-controls" role="group" aria-label="Zoom">
        <button
          type="button"
          aria-label="Zoom in"
          title="Zoom in"
          onClick={() => commands.current?.zoom(1.25)}
        >
          +
        </button>
        <button
          type="button"
          aria-label="Zoom out"
          title="Zoom out"
          onClick={() => commands.current?.zoom(0.8)}
        >
          −
        </button>
      </div>
      <footer className="graph-status">
        <span aria-live="polite">
          {loading ? 'Loading…' : `${visible.nodes.length} nodes · ${visible.edges.length} links`}
          {graph.omitted > 0 ? ` · ${graph.omitted} more not drawn` : ''}
          {selection.length > 1 ? ` · ${selection.length} selected` : ''}
          {view.hidden.length ? ` · ${view.hidden.length} hidden` : ''}
          {visible.belowDegree ? ` · ${visible.belowDegree} with too few links not drawn` : ''}
        </span>
        <span className="hint">
          Double-click expands · drag pins · Shift+drag selects ·{' '}
          {SHORTCUTS.slice(0, 4)
            .map(([k, v]) => `${k} ${v.toLowerCase()}`)
            .join(' · ')}
        </span>
      </footer>
      {/* Every link, reachable with the keyboard: Tab to one and press Enter for its meetings and sources. */}
      <ul className="visually-hidden focusable-list" aria-label="Links on the graph">
        {visible.edges.map((e) => (
          <li key={e.id} data-id={e.id} data-kind={e.kind}>
            <button
              type="button"
              aria-pressed={chosenEdge === e.id}
              onClick={() => void selectEdge(ctx, { id: e.id, source: e.source, target: e.target })}
            >
              {labels.get(e.source) ?? e.source} – {labels.get(e.target) ?? e.target}
              {e.kind === 'met'
                ? `: ${e.meetingIds.length} meeting${e.meetingIds.length === 1 ? '' : 's'}`
                : ` (${e.kind})`}
            </button>
          </li>
        ))}
      </ul>
      {/* Every cluster, reachable with the keyboard: Enter opens it as a click does. */}
      <ul className="visually-hidden focusable-list" aria-label="Clusters of entities not drawn">
        {visible.clusters.map((c) => (
          <li key={c.id} data-id={c.id} data-count={c.count}>
            <button type="button" onClick={() => void expandNode(ctx, c.id)}>
              Open {clusterLabel(c)}
            </button>
            <span>{clusterSummary(c)}</span>
          </li>
        ))}
      </ul>
      <ul className="visually-hidden" aria-label="Entities on the graph">
        {visible.nodes.map((n) => (
          <li
            key={n.id}
            data-id={n.id}
            data-kind={n.kind}
            data-status={n.status ?? ''}
            data-on-path={pathNodes.has(n.id) ? 'true' : 'false'}
          >
            {n.label} ({KIND_STYLES[n.kind].label}
            {n.status ? `, ${n.status}` : ''})
          </li>
        ))}
      </ul>
    </div>
  );
}
