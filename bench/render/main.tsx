// The render benchmark's page: the app's graph pipeline and bare Cytoscape, same elements and stylesheet.
import { createRoot } from 'react-dom/client';
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import type { GraphData, GraphEdge, GraphNode } from '../../src-main/common/graph';
import type { GraphCommands } from '../../src-renderer/state/store';
import { initialState } from '../../src-renderer/state/model';
import { visibleGraph } from '../../src-renderer/state/visible';
import { toElements } from '../../src-renderer/graph/elements';
import { buildStylesheet } from '../../src-renderer/graph/stylesheet';
import { GraphCanvas, registerExtensions } from '../../src-renderer/graph/GraphCanvas';
import { layoutOptions } from '../../src-renderer/graph/layouts';

/** A deterministic pseudo-random generator, so both sides draw the same graph. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A graph of people, groups and meetings with `n` nodes and `m` edges, and positions on a grid with noise. */
function generate(
  n: number,
  m: number,
): { graph: GraphData; positions: Map<string, { x: number; y: number }> } {
  const rand = rng(n * 7919 + m);
  const kinds = ['person', 'person', 'person', 'organization', 'group', 'meeting'] as const;
  const statuses = ['held', 'planned', 'ongoing'] as const;
  const nodes: GraphNode[] = [];
  const positions = new Map<string, { x: number; y: number }>();
  const side = Math.ceil(Math.sqrt(n));
  for (let i = 0; i < n; i++) {
    const kind = kinds[Math.floor(rand() * kinds.length)]!;
    nodes.push({
      id: `n${i}`,
      kind,
      label: `${kind === 'meeting' ? 'Meeting' : 'Entity'} ${i}`,
      meetingCount: Math.floor(rand() * 6),
      ...(kind === 'meeting' ? { status: statuses[i % 3] } : {}),
    });
    positions.set(`n${i}`, { x: (i % side) * 90 + rand() * 30, y: Math.floor(i / side) * 90 + rand() * 30 });
  }
  const edges: GraphEdge[] = [];
  for (let j = 0; j < m; j++) {
    const a = Math.floor(rand() * n);
    const b = (a + 1 + Math.floor(rand() * Math.min(n - 1, 40))) % n;
    edges.push({
      id: `e${j}`,
      source: `n${a}`,
      target: `n${b}`,
      kind: 'met',
      label: `Place ${j % 50}, 2025-0${(j % 9) + 1}-1${j % 10}`,
      meetingIds: [`m${j}`],
      status: statuses[j % 3],
    });
  }
  return { graph: { nodes, edges, omitted: 0 }, positions };
}

function nextFrame(): Promise<number> {
  return new Promise((r) => requestAnimationFrame(r));
}

/** Resolves once Cytoscape has drawn a frame, then one more browser frame so it is on screen. */
function firstRender(cy: Core, webgl = false): Promise<void> {
  // The WebGL renderer draws in Cytoscape's own animation frame without a 'render' event: two frames later
  // the first picture is on screen.
  if (webgl) return nextFrame().then(() => nextFrame().then(() => undefined));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no frame drawn within 120 s')), 120_000);
    cy.one(
      'render',
      () =>
        void nextFrame().then(() => {
          clearTimeout(timer);
          resolve();
        }),
    );
  });
}

/** Mean frame time over `frames` frames of panning and zooming. */
async function panZoom(cy: Core, frames: number): Promise<number> {
  await nextFrame();
  const start = performance.now();
  for (let i = 0; i < frames; i++) {
    const phase = Math.floor((i * 4) / frames) % 4;
    if (phase === 0) cy.panBy({ x: 12, y: 6 });
    else if (phase === 1) cy.zoom({ level: cy.zoom() * 1.04, renderedPosition: { x: 640, y: 400 } });
    else if (phase === 2) cy.panBy({ x: -12, y: -6 });
    else cy.zoom({ level: cy.zoom() / 1.04, renderedPosition: { x: 640, y: 400 } });
    await nextFrame();
  }
  return (performance.now() - start) / frames;
}

function withPositions(
  elements: ElementDefinition[],
  positions: Map<string, { x: number; y: number }>,
): ElementDefinition[] {
  return elements.map((el) =>
    el.group === 'nodes' ? { ...el, position: positions.get(String(el.data.id)) } : el,
  );
}

const stage = document.getElementById('stage')!;

/**
 * One measured run: ms from data to first render, mean ms per pan/zoom frame, and the longest task the page's
 * main thread ran between the data and the first render (while it runs, the page answers nothing).
 */
interface RunResult {
  firstRenderMs: number;
  frameMs: number;
  longestTaskMs: number;
}

/**
 * Watches the main thread's long tasks (over 50 ms); `stop()` returns the longest one seen, in ms (0 when none
 * was). Chromium reports only tasks that start after the observer is registered, so this resolves one task
 * later, and the timed work starts in a task of its own; a task is reported once it has ended, so `stop()`
 * waits one more task.
 */
async function watchLongTasks(): Promise<{ stop(): Promise<number> }> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  await new Promise((r) => setTimeout(r, 0));
  return {
    stop: async () => {
      await new Promise((r) => setTimeout(r, 0));
      for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
      observer.disconnect();
      return longest;
    },
  };
}

/** Resolves on the first animation frame where the canvas runs no layout (its `data-layout` marker). */
async function layoutSettled(cy: Core): Promise<void> {
  const deadline = performance.now() + 600_000;
  while (cy.container()?.getAttribute('data-layout') !== 'settled') {
    if (performance.now() > deadline) throw new Error('the layout did not settle within 600 s');
    await nextFrame();
  }
}

/**
 * The app's canvas from data to its first frame. With `settle`, the elements come without positions, so the
 * time runs until the app's own fCoSE layout has settled and the result is drawn.
 */
async function runApp(n: number, m: number, webgl: boolean, settle = false): Promise<RunResult> {
  const { graph, positions } = generate(n, m);
  const host = document.createElement('div');
  stage.replaceChildren(host);
  const root = createRoot(host);
  const tasks = await watchLongTasks();
  const start = performance.now();
  let cy: Core | null = null;
  const rendered = new Promise<void>((resolve, reject) => {
    const state = initialState();
    const plain = toElements(visibleGraph(graph, state.view, state.filters), {
      pinned: new Set(),
      selected: new Set(),
      pathNodes: new Set(),
      pathEdges: new Set(),
    });
    const elements = settle ? plain : withPositions(plain, positions);
    const commands: { current: GraphCommands | null } = { current: null };
    root.render(
      <GraphCanvas
        elements={elements}
        layout="fcose"
        layoutRun={0}
        webgl={webgl}
        pinned={[]}
        commands={commands}
        onReady={(instance) => {
          cy = instance;
          const drawn = settle
            ? nextFrame().then(() => layoutSettled(instance).then(() => firstRender(instance, webgl)))
            : firstRender(instance, webgl);
          void drawn.then(resolve, reject);
        }}
        onSelect={() => undefined}
        onExpand={() => undefined}
        onBackground={() => undefined}
        onSelectionChange={() => undefined}
        onPin={() => undefined}
      />,
    );
  });
  await rendered;
  const firstRenderMs = performance.now() - start;
  const longestTaskMs = await tasks.stop();
  const frameMs = await panZoom(cy!, n >= 5000 ? 10 : 30);
  root.unmount();
  return { firstRenderMs, frameMs, longestTaskMs };
}

/**
 * Bare Cytoscape with the same elements and stylesheet. With `settle`, it runs the same fCoSE layout with
 * the same options on elements without positions, fits as the app does, and the time runs until drawn.
 */
async function runBare(n: number, m: number, settle = false): Promise<RunResult> {
  const { graph, positions } = generate(n, m);
  const state = initialState();
  // The same elements and stylesheet, prepared outside the timed part: bare Cytoscape gets them ready-made.
  const plain = toElements(visibleGraph(graph, state.view, state.filters), {
    pinned: new Set(),
    selected: new Set(),
    pathNodes: new Set(),
    pathEdges: new Set(),
  });
  const elements = settle ? plain : withPositions(plain, positions);
  const style = buildStylesheet({ edgeLabels: graph.edges.length <= 120 });
  const host = document.createElement('div');
  stage.replaceChildren(host);
  const tasks = await watchLongTasks();
  const start = performance.now();
  const cy = cytoscape({
    container: host,
    elements,
    style,
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 6,
  });
  if (settle) {
    const layout = cy.layout({ ...layoutOptions('fcose', cy.nodes().length), fit: false } as LayoutOptions);
    const stopped = layout.promiseOn('layoutstop');
    layout.run();
    await stopped;
    cy.fit(undefined, 40);
  }
  await firstRender(cy);
  const firstRenderMs = performance.now() - start;
  const longestTaskMs = await tasks.stop();
  const frameMs = await panZoom(cy, n >= 5000 ? 10 : 30);
  cy.destroy();
  return { firstRenderMs, frameMs, longestTaskMs };
}

declare global {
  interface Window {
    renderBench(
      kind: 'app' | 'bare' | 'webgl' | 'app-layout' | 'bare-layout',
      n: number,
      m: number,
    ): Promise<RunResult>;
  }
}

registerExtensions();
window.renderBench = (kind, n, m) => {
  if (kind === 'bare' || kind === 'bare-layout') return runBare(n, m, kind === 'bare-layout');
  return runApp(n, m, kind === 'webgl', kind === 'app-layout');
};
