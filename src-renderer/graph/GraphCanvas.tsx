// The one Cytoscape canvas: draws the elements it is given and reports what the user does with them.
import type { LayoutName } from '../../src-main/common/vocab';
import { FONT_SIZES } from '../../src-main/common/look';
import { useLayoutEffect, useRef } from 'react';
import cytoscape, {
  type CollectionReturnValue,
  type Core,
  type ElementDefinition,
  type EventObject,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphCommands } from '../state/store';
import { buildStylesheet } from './stylesheet';
import { edgeSummary, layoutOptions, mapPositions } from './layouts';
import { withKeptPositions, type Positions } from './positions';
import { sceneFromGraph } from './scene';
import { labelsToKeep, type LabelBox } from './declutter';
import { LABEL_CLEARANCE, SEPARATE_MAX_NODES, separateDiscs, spreadApart } from './separate';
import { WORKER_MIN_NODES, layoutInWorker, warmLayoutWorker, type LayoutJob } from './layout-job';

let registered = false;
/** Registers the fcose layout once per page. */
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
  // The layout worker reads its script now, while the page is idle: a worker started when a large graph
  // comes would not get its script read until the page has built that graph's canvas.
  warmLayoutWorker();
}

/**
 * The canvas's own state for one Cytoscape instance. It is kept here, not in Cytoscape's scratch data:
 * setting a scratch value on the core restyles every element (Cytoscape treats it like core data, which
 * style mappers may read), which cost seconds on a graph of thousands of nodes.
 */
interface CanvasFlags {
  layoutRunning: boolean;
  /** Counts layout runs, so a worker's answer that a later run overtook is dropped. */
  layoutRuns: number;
  fitAfterLayout: boolean;
  declutterQueued: boolean;
  labelBoost: number;
}
const canvasFlags = new WeakMap<Core, CanvasFlags>();

function flagsOf(cy: Core): CanvasFlags {
  let flags = canvasFlags.get(cy);
  if (!flags) {
    flags = {
      layoutRunning: false,
      layoutRuns: 0,
      fitAfterLayout: false,
      declutterQueued: false,
      labelBoost: 1,
    };
    canvasFlags.set(cy, flags);
  }
  return flags;
}

/** Marks a layout as running or done, for the canvas and on its element (`data-layout`) for tests and benchmarks. */
function setLayoutRunning(cy: Core, running: boolean): void {
  flagsOf(cy).layoutRunning = running;
  cy.container()?.setAttribute('data-layout', running ? 'running' : 'settled');
}

/** Above this many edges, only the selected or hovered node's edges show labels. */
const EDGE_LABEL_LIMIT = 12;
/** Fitting never zooms in beyond this, so a handful of nodes is not blown up. */
const MAX_FIT_ZOOM = 1.25;
const PADDING = 48;

/**
 * Labels grow by up to this factor in graph units when zoomed out, so they stay legible on screen; the
 * declutter then keeps the most connected nodes' labels, so a zoomed-out view names its main actors and
 * zooming in names more of them.
 */
const MAX_LABEL_BOOST = 2.5;
/** How long the zoom must rest before labels are resized to it. */
const ZOOM_REST_MS = 150;
/** Above this many nodes labels are left to Cytoscape's own minimum size, as restyling costs too much. */
const LABEL_BOOST_LIMIT = 400;

/** Keeps node and edge labels near their intended on-screen size when zoomed out a little. */
function boostLabels(cy: Core): void {
  if (cy.nodes().length > LABEL_BOOST_LIMIT) return;
  const factor = Math.min(MAX_LABEL_BOOST, Math.max(1, 1 / cy.zoom()));
  const current = flagsOf(cy).labelBoost;
  if (Math.abs(factor - current) < 0.04) return;
  flagsOf(cy).labelBoost = factor;
  cy.style()
    .selector('node')
    .style('font-size', FONT_SIZES.node * factor)
    .selector('node.kind-meeting')
    .style('font-size', FONT_SIZES.meeting * factor)
    .selector('edge')
    .style('font-size', FONT_SIZES.edge * factor)
    .update();
  queueDeclutter(cy);
}

/**
 * Hides the node labels that would overlap a more important node's label (more meetings first; the
 * selected, pinned and path nodes always keep theirs). Label sizes are in graph units, so the choice
 * holds at every zoom until the labels are resized or the nodes move.
 */
function declutterLabels(cy: Core): void {
  if (cy.destroyed()) return;
  const nodes = cy.nodes();
  cy.batch(() => nodes.removeClass('label-off'));
  const boxes: LabelBox[] = [];
  const discs = new Map<string, LabelBox>();
  // After labels are resized, Cytoscape may still hold their old measures until the next frame; a cached
  // box read now would keep the old size, and the label would be drawn clipped to it. So where labels can
  // have been resized (see boostLabels), the measures are taken afresh.
  const useCache = nodes.length > LABEL_BOOST_LIMIT;
  nodes.forEach((n) => {
    if (!n.data('label') || n.hasClass('more')) return;
    // `useCache` is a documented option of boundingBox() that the type definitions leave out.
    const options = { includeNodes: false, includeEdges: false, includeLabels: true, useCache };
    const b = n.boundingBox(options as cytoscape.BoundingBoxOptions);
    const body = n.boundingBox({ includeLabels: false, includeOverlays: false });
    discs.set(n.id(), { id: n.id(), importance: 0, x1: body.x1, y1: body.y1, x2: body.x2, y2: body.y2 });
    const always = n.selected() || n.hasClass('pinned') || n.hasClass('on-path');
    boxes.push({
      id: n.id(),
      importance: Number(n.data('meetingCount') ?? 0) + (always ? 1e9 : 0),
      x1: b.x1,
      y1: b.y1,
      x2: b.x2,
      y2: b.y2,
    });
  });
  const keep = labelsToKeep(boxes, 2, discs);
  let hidden = 0;
  cy.batch(() =>
    nodes.forEach((n) => {
      if (!n.data('label') || n.hasClass('more') || keep.has(n.id())) return;
      n.addClass('label-off');
      hidden++;
    }),
  );
  cy.container()?.setAttribute('data-labels-hidden', String(hidden));
}

/** Declutters once on the next frame, however often it is asked before then. */
function queueDeclutter(cy: Core): void {
  const flags = flagsOf(cy);
  if (flags.declutterQueued) return;
  flags.declutterQueued = true;
  requestAnimationFrame(() => {
    flags.declutterQueued = false;
    if (!cy.destroyed() && !flags.layoutRunning) declutterLabels(cy);
  });
}

/** The zoom at which everything fits, never beyond MAX_FIT_ZOOM. */
function fitZoom(cy: Core): number {
  return fitZoomOf(cy, cy.elements().boundingBox({}));
}

function fitZoomOf(cy: Core, box: { w: number; h: number }): number {
  return Math.min(
    MAX_FIT_ZOOM,
    (cy.width() - 2 * PADDING) / Math.max(1, box.w),
    (cy.height() - 2 * PADDING) / Math.max(1, box.h),
  );
}

/** Fits everything in view, without zooming in past MAX_FIT_ZOOM. */
function fitAll(cy: Core, animate: boolean): void {
  if (cy.elements().empty()) return;
  // While a layout runs, positions are in flux: fit once it stops instead.
  if (flagsOf(cy).layoutRunning) {
    flagsOf(cy).fitAfterLayout = true;
    return;
  }
  cy.stop(true, false);
  cy.resize();
  const box = cy.elements().boundingBox({});
  const zoom = fitZoomOf(cy, box);
  const pan = {
    x: cy.width() / 2 - zoom * (box.x1 + box.w / 2),
    y: cy.height() / 2 - zoom * (box.y1 + box.h / 2),
  };
  if (animate) cy.animate({ zoom, pan, duration: 250 });
  else cy.viewport({ zoom, pan });
}

/** The smallest zoom at which a chosen node is shown when the camera moves to it. */
const READABLE_ZOOM = 0.75;

/**
 * Shows a chosen node: the camera stays put when the node and its label are already in view at a readable
 * zoom; otherwise it frames the node with its neighbours when they fit, or centres the node alone.
 */
function bringIntoView(cy: Core, node: NodeSingular): void {
  const zoom = Math.min(MAX_FIT_ZOOM, Math.max(cy.zoom(), READABLE_ZOOM));
  const own = node.boundingBox({});
  const ext = cy.extent();
  const margin = PADDING / cy.zoom();
  const inView =
    own.x1 >= ext.x1 + margin &&
    own.x2 <= ext.x2 - margin &&
    own.y1 >= ext.y1 + margin &&
    own.y2 <= ext.y2 - margin;
  if (inView && zoom === cy.zoom()) return;
  const around = node.closedNeighborhood().boundingBox({});
  const box = fitZoomOf(cy, around) >= zoom ? around : own;
  cy.stop(true, false);
  cy.animate({
    zoom,
    pan: {
      x: cy.width() / 2 - zoom * (box.x1 + box.w / 2),
      y: cy.height() / 2 - zoom * (box.y1 + box.h / 2),
    },
    duration: 250,
  });
}

/** True when some element lies outside the view, or the graph has shrunk to a small part of it. */
function needsRefit(cy: Core): boolean {
  if (cy.elements().empty()) return false;
  const box = cy.elements().boundingBox({});
  const ext = cy.extent();
  const outside = box.x1 < ext.x1 || box.y1 < ext.y1 || box.x2 > ext.x2 || box.y2 > ext.y2;
  return outside || fitZoom(cy) > cy.zoom() * 1.5;
}

/** What the canvas reports. */
export interface GraphCanvasEvents {
  onSelect(id: string, additive: boolean): void;
  /** An edge was clicked: its id and both ends. */
  onSelectEdge?(edge: { id: string; source: string; target: string }): void;
  onExpand(id: string): void;
  onBackground(): void;
  onSelectionChange(ids: string[]): void;
  onPin(id: string): void;
}

/** Props of the canvas. */
export interface GraphCanvasProps extends GraphCanvasEvents {
  elements: ElementDefinition[];
  layout: LayoutName;
  layoutRun: number;
  webgl: boolean;
  pinned: string[];
  commands: { current: GraphCommands | null };
  /** Where to look when the first elements arrive with positions (a reopened snapshot); otherwise fit. */
  initialViewport?: { zoom: number; pan: { x: number; y: number } } | null;
  /**
   * A restored view (an open snapshot): nodes stay where they are and the camera stays put; only the
   * user's own requests (Layout, Fit, zoom) move them, and nodes that arrive without a place.
   */
  frozen?: boolean;
  /** Called once the Cytoscape instance exists (benchmarks measure it directly). */
  onReady?(cy: Core): void;
  /**
   * Where the nodes were last laid out in this view: used when the canvas is empty and they place most of
   * the nodes (see positions.ts), so only the others are laid out.
   */
  kept?: Positions;
  /** Called with every node's position after each layout and each drag. */
  onPositions?(positions: Positions): void;
}

/** Runs a layout on everything but the pinned nodes; afterwards the graph is fitted, or for an incremental
 * run only when something ended up out of view, or never when the camera is to stay. `still` skips the
 * animation (a graph laid out afresh as it arrives has no earlier picture to move from). */
function runLayout(
  cy: Core,
  name: LayoutName,
  pinned: ReadonlySet<string>,
  incremental: boolean,
  keepCamera = false,
  still = false,
  started?: Promise<Map<string, { x: number; y: number }>>,
): void {
  const movable = cy.elements().filter((el) => !(el.isNode() && pinned.has(el.id())));
  if (movable.nodes().length === 0) return;
  const eles = pinned.size ? movable : cy.elements();
  const options = layoutOptions(name, eles.nodes().length, incremental);
  if (still) (options as { animate?: boolean }).animate = false;
  if (name === 'map') {
    // Places and meetings at their coordinates; the rest beside what they link to.
    const at = mapPositions(
      cy.nodes().map((n) => ({
        id: n.id(),
        lat: n.data('lat') as number | null | undefined,
        lon: n.data('lon') as number | null | undefined,
        neighbours: n.neighborhood('node').map((m) => m.id()),
      })),
    );
    // A crowded city is spread out so that its discs and labels do not cover each other.
    const spread =
      cy.nodes().length <= SEPARATE_MAX_NODES
        ? separateDiscs(
            cy.nodes().map((n) => ({
              id: n.id(),
              ...(pinned.has(n.id()) ? n.position() : (at[n.id()] ?? n.position())),
              r: n.width() / 2,
              fixed: pinned.has(n.id()),
            })),
            LABEL_CLEARANCE,
          )
        : new Map(Object.entries(at));
    (options as { positions?: unknown }).positions = (n: NodeSingular) => spread.get(n.id()) ?? n.position();
  }
  const finish = () => {
    setLayoutRunning(cy, false);
    cy.emit(LAID_OUT);
    const flags = flagsOf(cy);
    const asked = flags.fitAfterLayout;
    flags.fitAfterLayout = false;
    if (asked || (!keepCamera && (!incremental || needsRefit(cy)))) fitAll(cy, incremental && !asked);
    queueDeclutter(cy);
  };
  setLayoutRunning(cy, true);
  const run = ++flagsOf(cy).layoutRuns;
  if (name === 'fcose' && eles.nodes().length <= SEPARATE_MAX_NODES) {
    runSeparated(cy, eles, options, finish);
    return;
  }
  const onMainThread = () => {
    const layout = eles.layout({ ...options, fit: false } as LayoutOptions);
    layout.one('layoutstop', finish);
    layout.run();
  };
  // Where no worker can run, the page does the worker's work: the layout, then the discs parted.
  const spreadOnMainThread = () => {
    const layout = eles.layout({ ...options, animate: false, fit: false } as LayoutOptions);
    layout.one('layoutstop', () => {
      const discs = eles
        .nodes()
        .map((n) => ({ id: n.id(), ...n.position(), r: Math.max(n.width(), n.height()) / 2 }));
      const apart = spreadApart(discs, LABEL_CLEARANCE);
      cy.batch(() => eles.nodes().forEach((n) => void n.position(apart.get(n.id()) ?? n.position())));
      finish();
    });
    layout.run();
  };
  if (name !== 'fcose' || incremental || eles.nodes().length <= WORKER_MIN_NODES) return onMainThread();
  // A large graph laid out afresh: fCoSE runs in the worker (begun already when the canvas was built with
  // these elements), so the page keeps answering; a fresh graph, still unplaced, is covered until it is done.
  const cover = still ? showCover(cy, eles.nodes().length) : null;
  // Meanwhile a fresh graph is not drawn at all: Cytoscape draws no frame while a batch is open. Its first
  // frame (label sizes, bounding boxes, edge geometry: seconds on thousands of elements) would be spent on
  // the unplaced pile and mostly spent again once the positions come.
  if (cover) cy.startBatch();
  let held = Boolean(cover);
  if (cover) measureLabels(cy, () => held);
  const release = () => {
    cover?.remove();
    if (held && !cy.destroyed()) cy.endBatch();
    held = false;
  };
  const nodes = eles.nodes();
  const job =
    started ??
    layoutInWorker(
      nodes.map((n) => ({ id: n.id(), w: n.width(), h: n.height() })),
      eles.edges().map((e) => [e.source().id(), e.target().id()] as [string, string]),
    );
  job.then(
    (at) => {
      if (cy.destroyed() || flagsOf(cy).layoutRuns !== run) return release();
      cy.batch(() => nodes.forEach((n) => void n.position(at.get(n.id()) ?? n.position())));
      release();
      cy.container()?.setAttribute('data-layout-worker', 'used');
      finish();
    },
    (err: unknown) => {
      release();
      if (cy.destroyed() || flagsOf(cy).layoutRuns !== run) return;
      console.warn(
        `The layout worker failed (${err instanceof Error ? err.message : String(err)}); laying out on the main thread.`,
      );
      cy.container()?.setAttribute('data-layout-worker', 'failed');
      spreadOnMainThread();
    },
  );
}

/** Nodes whose labels are measured per slice while a worker lays them out. */
const MEASURE_SLICE = 400;

/**
 * Measures the nodes' labels in short slices while the page waits for the worker: label sizes do not depend
 * on positions, and Cytoscape keeps them, so the first frame after the layout need not measure them.
 */
function measureLabels(cy: Core, waiting: () => boolean): void {
  const nodes = cy.nodes();
  const options = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
  let i = 0;
  const slice = () => {
    if (cy.destroyed() || !waiting()) return;
    const end = Math.min(nodes.length, i + MEASURE_SLICE);
    for (; i < end; i++) nodes[i]!.boundingBox(options);
    if (i < nodes.length) setTimeout(slice, 0);
  };
  setTimeout(slice, 0);
}

/** A fresh large graph's cover while its layout runs: no pile of nodes, and it says what is going on. */
function showCover(cy: Core, count: number): HTMLElement | null {
  const host = cy.container();
  if (!host) return null;
  const cover = document.createElement('div');
  cover.className = 'layout-cover';
  cover.setAttribute('role', 'status');
  cover.textContent = `Laying out ${count.toLocaleString('en')} entities…`;
  host.appendChild(cover);
  return cover;
}

/** The worker's job for element definitions: each node's disc size, and the edges between those nodes. */
function layoutJobOf(
  nodes: ElementDefinition[],
  edges: ElementDefinition[],
): [LayoutJob['nodes'], LayoutJob['edges']] {
  const ids = new Set<string>();
  const jobNodes = nodes.map((n) => {
    const id = String(n.data.id);
    ids.add(id);
    // The stylesheet's sizes: 'more' nodes are 64 by 24, the others a disc of data(size).
    const more = (n.classes ?? '').toString().split(/\s+/).includes('more');
    const size = Number(n.data.size ?? 30);
    return { id, w: more ? 64 : size, h: more ? 24 : size };
  });
  const jobEdges: LayoutJob['edges'] = [];
  for (const e of edges) {
    const a = String(e.data.source);
    const b = String(e.data.target);
    if (ids.has(a) && ids.has(b)) jobEdges.push([a, b]);
  }
  return [jobNodes, jobEdges];
}

/** Starts the worker's layout of a first element list, before the canvas is built, so both run at once. */
function startFirstLayout(elements: ElementDefinition[]): Promise<Map<string, { x: number; y: number }>> {
  const job = layoutInWorker(
    ...layoutJobOf(
      elements.filter((el) => el.group === 'nodes'),
      elements.filter((el) => el.group === 'edges'),
    ),
  );
  // Whoever takes the job handles a failure; one nobody took is no error.
  job.catch(() => undefined);
  return job;
}

/** The event a canvas emits when a layout has finished: the positions are worth keeping. */
const LAID_OUT = 'rendezvous-laidout';

/** Every node's position. */
function positionsOf(cy: Core): Positions {
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    out[n.id()] = { ...n.position() };
  });
  return out;
}

/** Runs a force layout without animation, pushes apart the discs it left overlapping, then moves the nodes
 * there (animated like the layout would have been); the pinned nodes and those outside `eles` stay put. */
function runSeparated(
  cy: Core,
  eles: CollectionReturnValue,
  options: LayoutOptions,
  finish: () => void,
): void {
  const start = new Map(eles.nodes().map((n) => [n.id(), { ...n.position() }]));
  const layout = eles.layout({ ...options, animate: false, fit: false } as LayoutOptions);
  layout.one('layoutstop', () => {
    const movable = new Set(eles.nodes().map((n) => n.id()));
    const at = separateDiscs(
      cy.nodes().map((n) => ({
        id: n.id(),
        ...n.position(),
        r: n.width() / 2,
        fixed: !movable.has(n.id()),
      })),
      LABEL_CLEARANCE,
    );
    const animate = Boolean((options as { animate?: boolean }).animate);
    if (animate) cy.batch(() => eles.nodes().forEach((n) => void n.position(start.get(n.id())!)));
    const settle = eles.layout({
      name: 'preset',
      positions: (n: NodeSingular) => at.get(n.id()) ?? n.position(),
      animate,
      animationDuration: 400,
      fit: false,
    } as LayoutOptions);
    settle.one('layoutstop', finish);
    settle.run();
  });
  layout.run();
}

/**
 * Brings a live canvas to the wanted elements in place: removes what went, updates what stayed and adds what
 * came, new nodes beside a drawn neighbour so that an incremental layout moves little. Returns what it added,
 * and the added nodes that came without a position (those with one are drawn where they are).
 */
function syncInPlace(
  cy: Core,
  wanted: Map<string, ElementDefinition>,
  hadNodes: number,
): { added: ElementDefinition[]; unplaced: ElementDefinition[] } {
  cy.elements().forEach((el) => {
    if (!wanted.has(el.id())) el.remove();
  });
  const added: ElementDefinition[] = [];
  for (const [id, def] of wanted) {
    const el = cy.getElementById(id);
    if (el.empty()) {
      added.push(def);
      continue;
    }
    el.data(def.data);
    el.classes(def.classes ?? '');
    if (el.isNode()) {
      if (def.selected && !el.selected()) el.select();
      if (!def.selected && el.selected()) el.unselect();
    }
  }
  const addedNodes = added.filter((d) => d.group === 'nodes');
  const addedEdges = added.filter((d) => d.group === 'edges');
  const unplaced = addedNodes.filter((d) => !d.position);
  if (hadNodes > 0 && addedNodes.length) {
    const neighbour = new Map<string, string>();
    for (const e of wanted.values()) {
      if (e.group !== 'edges') continue;
      const a = String(e.data.source);
      const b = String(e.data.target);
      if (!neighbour.has(a)) neighbour.set(a, b);
      if (!neighbour.has(b)) neighbour.set(b, a);
    }
    for (const def of addedNodes) {
      const other = neighbour.get(String(def.data.id));
      const anchor = other ? cy.getElementById(other) : null;
      if (!def.position && anchor && anchor.nonempty()) {
        const p = anchor.position();
        def.position = { x: p.x + (Math.random() - 0.5) * 80, y: p.y + (Math.random() - 0.5) * 80 };
      }
    }
  }
  cy.add([...addedNodes, ...addedEdges]);
  return { added, unplaced };
}

/** The graph canvas. */
export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const events = useRef<GraphCanvasProps>(props);
  events.current = props;
  const syncing = useRef(false);
  const labelsShown = useRef(false);
  /** The element list last drawn, so an unchanged list costs nothing. */
  const synced = useRef<ElementDefinition[] | null>(null);
  /** A first element list, none of it placed, that the constructor already holds and is still to be laid out. */
  const built = useRef<ElementDefinition[] | null>(null);
  /** The layout run already honoured: a canvas built later does not replay an earlier request. */
  const layoutRunSeen = useRef(props.layoutRun);
  /** The canvas shows kept positions (positions.ts) and no layout has run since. */
  const fromKept = useRef(false);
  /** The worker's layout of the first element list, begun before the canvas was built (large graphs). */
  const firstLayout = useRef<Promise<Map<string, { x: number; y: number }>> | null>(null);

  // Layout effects: the canvas is built and filled before the browser paints, so no frame is lost.
  useLayoutEffect(() => {
    registerExtensions();
    // The first elements go straight into the constructor: those that all come with positions (a snapshot, a
    // benchmark) are drawn there; those that come with none are laid out by the next effect. Styling thousands
    // of elements in the constructor costs much less than adding them to a live canvas.
    const initial = events.current.kept
      ? withKeptPositions(events.current.elements, events.current.kept)
      : events.current.elements;
    const nodes = initial.filter((el) => el.group === 'nodes');
    const preset = nodes.length > 0 && nodes.every((el) => el.position);
    const unplaced = nodes.length > 0 && nodes.every((el) => !el.position);
    const edgeLabels = initial.length - nodes.length <= EDGE_LABEL_LIMIT;
    // A large first graph, none of it placed and nothing pinned, is laid out afresh by fCoSE: the worker
    // starts on it now, while the page builds and styles the canvas.
    firstLayout.current =
      unplaced &&
      nodes.length > WORKER_MIN_NODES &&
      events.current.layout === 'fcose' &&
      !events.current.frozen &&
      events.current.pinned.length === 0
        ? startFirstLayout(initial)
        : null;
    const cy = cytoscape({
      container: container.current,
      ...(preset || unplaced ? { elements: initial, layout: { name: 'preset', fit: false } } : {}),
      style: buildStylesheet({ edgeLabels: (preset || unplaced) && edgeLabels }),
      boxSelectionEnabled: true,
      selectionType: 'single',
      minZoom: 0.05,
      maxZoom: 6,
      ...(props.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
    labelsShown.current = (preset || unplaced) && edgeLabels;
    synced.current = null;
    built.current = unplaced ? initial : null;
    if (preset) {
      setLayoutRunning(cy, false);
      synced.current = initial;
      if (events.current.initialViewport) {
        cy.viewport(events.current.initialViewport);
        // The zoom is set before any handler listens, so labels are sized for it here.
        boostLabels(cy);
      } else fitAll(cy, false);
    }
    const additive = (evt: EventObject) => {
      const e = evt.originalEvent as MouseEvent | undefined;
      return Boolean(e && (e.shiftKey || e.ctrlKey || e.metaKey));
    };
    cy.on('tap', 'node', (evt) => {
      const node = evt.target as NodeSingular;
      if (node.hasClass('more') || node.hasClass('cluster')) events.current.onExpand(node.id());
      else events.current.onSelect(node.id(), additive(evt));
    });
    cy.on('tap', 'edge', (evt) => {
      const edge = evt.target as cytoscape.EdgeSingular;
      if (edge.data('kind') === 'more' || edge.data('kind') === 'cluster') return;
      events.current.onSelectEdge?.({
        id: edge.id(),
        source: edge.source().id(),
        target: edge.target().id(),
      });
    });
    // Hovering an edge shows a short summary: its ends and what it stands for.
    const tip = document.createElement('div');
    tip.className = 'edge-tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    container.current?.appendChild(tip);
    cy.on('mouseover', 'edge', (evt) => {
      const edge = evt.target as cytoscape.EdgeSingular;
      if (edge.data('kind') === 'more' || edge.data('kind') === 'cluster') return;
      tip.textContent = edgeSummary(
        String(edge.source().data('fullLabel') ?? edge.source().id()),
        String(edge.target().data('fullLabel') ?? edge.target().id()),
        String(edge.data('kind')),
        String(edge.data('fullLabel') ?? ''),
        Number(edge.data('weight') ?? 1),
      );
      const p = evt.renderedPosition ?? edge.renderedMidpoint();
      tip.style.left = `${Math.round(p.x + 12)}px`;
      tip.style.top = `${Math.round(p.y + 12)}px`;
      tip.hidden = false;
      edge.addClass('hover');
    });
    cy.on('mouseout', 'edge', (evt) => {
      tip.hidden = true;
      (evt.target as cytoscape.EdgeSingular).removeClass('hover');
    });
    // A cluster opens on a single click, so a double-click on one is not a second and third opening.
    cy.on('dbltap', 'node', (evt) => {
      const node = evt.target as NodeSingular;
      if (!node.hasClass('cluster')) events.current.onExpand(node.id());
    });
    cy.on('tap', (evt) => {
      if (evt.target === cy) events.current.onBackground();
    });
    cy.on('select unselect', () => {
      if (syncing.current) return;
      events.current.onSelectionChange(cy.$('node:selected').map((n) => n.id()));
    });
    cy.on(LAID_OUT, () => events.current.onPositions?.(positionsOf(cy)));
    cy.on('dragfree', 'node', (evt) => {
      const node = evt.target as NodeSingular;
      if (!node.hasClass('cluster')) events.current.onPin(node.id());
      events.current.onPositions?.(positionsOf(cy));
      queueDeclutter(cy);
    });
    cy.on('mouseover', 'node', (evt) => {
      const node = evt.target as NodeSingular;
      node.addClass('hover');
      node.connectedEdges().addClass('hover');
      // A cluster says what it stands for: its count and its links, with any its list left out.
      if (node.hasClass('cluster')) {
        const p = evt.renderedPosition ?? node.renderedPosition();
        tip.textContent = String(node.data('fullLabel') ?? '');
        tip.style.left = `${Math.round(p.x + 12)}px`;
        tip.style.top = `${Math.round(p.y + 12)}px`;
        tip.hidden = false;
      }
    });
    cy.on('mouseout', 'node', (evt) => {
      tip.hidden = true;
      const node = evt.target as NodeSingular;
      node.removeClass('hover');
      node.connectedEdges().removeClass('hover');
    });
    // Labels are resized (and decluttered again) once the zoom comes to rest, not on every frame of it:
    // restyling every label each frame would make zooming stutter.
    let boostTimer: ReturnType<typeof setTimeout> | undefined;
    cy.on('zoom', () => {
      clearTimeout(boostTimer);
      boostTimer = setTimeout(() => {
        if (!cy.destroyed()) boostLabels(cy);
      }, ZOOM_REST_MS);
    });
    const resize = new ResizeObserver(() => cy.resize());
    if (container.current) resize.observe(container.current);

    props.commands.current = {
      fit: () => fitAll(cy, true),
      zoom: (factor) => {
        const zoom = cy.zoom() * factor;
        cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
      center: (id) => {
        const node = cy.getElementById(id);
        if (node.nonempty()) bringIntoView(cy, node);
      },
      png: ({ scale, background }) => {
        if (cy.elements().empty()) return null;
        return cy.png({
          output: 'blob',
          scale,
          full: true,
          ...(background === 'white' ? { bg: '#ffffff' } : {}),
        }) as unknown as Blob;
      },
      scene: () => (cy.elements().empty() ? null : sceneFromGraph(cy)),
      viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
      positions: () => {
        const out: Record<string, { x: number; y: number }> = {};
        cy.nodes().forEach((n) => {
          out[n.id()] = { ...n.position() };
        });
        return out;
      },
    };
    props.onReady?.(cy);
    return () => {
      clearTimeout(boostTimer);
      resize.disconnect();
      tip.remove();
      props.commands.current = null;
      cy.destroy();
      cyRef.current = null;
    };
    // The canvas is rebuilt only when the renderer changes; everything else updates in place.
  }, [props.webgl]);

  // Update elements in place; lay out when nodes arrive.
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (synced.current === props.elements) return;
    synced.current = props.elements;
    // Elements the constructor took are all new, and none of them placed.
    const fresh = built.current === props.elements;
    built.current = null;
    const empty = !fresh && cy.nodes().length === 0;
    // On an empty canvas, the nodes go where this view was last laid out when that places most of them;
    // so do nodes that join a canvas drawn that way (the clusters asked for after the graph).
    const elements =
      props.kept && (empty || fromKept.current)
        ? withKeptPositions(props.elements, props.kept)
        : props.elements;
    const placedFromKept = elements !== props.elements;
    const wanted = new Map(elements.map((el) => [String(el.data.id), el]));
    const hadNodes = fresh ? 0 : cy.nodes().filter((n) => wanted.has(n.id())).length;
    syncing.current = true;
    let added = props.elements;
    let unplaced = fresh ? props.elements.filter((el) => el.group === 'nodes') : [];
    if (!fresh) {
      cy.batch(() => {
        // Reused positions count as drawn nodes: newcomers start beside a neighbour that has one.
        ({ added, unplaced } = syncInPlace(cy, wanted, placedFromKept ? Math.max(1, hadNodes) : hadNodes));
      });
    }
    const edgeLabels = cy.edges().length <= EDGE_LABEL_LIMIT;
    if (edgeLabels !== labelsShown.current) {
      labelsShown.current = edgeLabels;
      cy.style(buildStylesheet({ edgeLabels }));
      flagsOf(cy).labelBoost = 1;
    }
    syncing.current = false;
    // On an empty canvas, kept positions are the layout; later, only when they place every newcomer.
    const reused = placedFromKept && (empty || unplaced.length === 0);
    fromKept.current = reused;
    // What is actually drawn, for tests and assistive tools: node count and nodes on a highlighted path.
    container.current?.setAttribute('data-nodes', String(cy.nodes().length));
    container.current?.setAttribute('data-path-nodes', String(cy.nodes('.on-path').length));
    queueDeclutter(cy);
    // Nodes that come with positions (snapshots, benchmarks) are drawn where they are.
    const addedNodes = added.filter((d) => d.group === 'nodes');
    if (reused && unplaced.length) {
      // The nodes this view had last time stay there; the newcomers are laid out around them, then all is fitted.
      const keep = new Set(cy.nodes().map((n) => n.id()));
      for (const d of unplaced) keep.delete(String(d.data.id));
      for (const id of props.pinned) keep.add(id);
      flagsOf(cy).fitAfterLayout = true;
      runLayout(cy, props.layout, keep, true, false, true);
    } else if (reused) {
      if (empty) fitAll(cy, false);
      else if (!props.frozen && needsRefit(cy)) fitAll(cy, true);
      setLayoutRunning(cy, false);
    } else if (unplaced.length) {
      if (props.frozen) {
        // A restored view keeps every node that has a place; only the newcomers are laid out around them.
        const keep = new Set(cy.nodes().map((n) => n.id()));
        for (const d of unplaced) keep.delete(String(d.data.id));
        if (hadNodes === 0 && props.initialViewport) cy.viewport(props.initialViewport);
        runLayout(cy, props.layout, keep, true, true);
      } else {
        // A few nodes joining many keep their neighbours' places; a graph that changed a lot is laid out afresh.
        const incremental = addedNodes.length <= Math.max(3, hadNodes / 4);
        const started = fresh ? (firstLayout.current ?? undefined) : undefined;
        firstLayout.current = null;
        runLayout(cy, props.layout, new Set(props.pinned), incremental, false, !incremental, started);
      }
    } else if (addedNodes.length && hadNodes === 0) {
      if (props.initialViewport) cy.viewport(props.initialViewport);
      else if (!props.frozen) fitAll(cy, false);
    } else if (!props.frozen && needsRefit(cy)) {
      fitAll(cy, true);
    }
  }, [props.elements, props.layout, props.pinned, props.webgl, props.frozen]);

  // Explicit layout runs (the Layout button, a new layout choice, undo/redo).
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy || props.layoutRun === layoutRunSeen.current) return;
    layoutRunSeen.current = props.layoutRun;
    fromKept.current = false;
    runLayout(cy, props.layout, new Set(props.pinned), false);
    // Only an explicit request re-runs the layout.
  }, [props.layoutRun]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
}
