// The fCoSE layout of a large graph, off the page's main thread: a headless Cytoscape holds the nodes (with
// their disc sizes) and the edges, runs fcose with the canvas's own options, pushes apart the discs it left
// overlapping (separate.ts, as the page does for smaller graphs) and answers with the positions.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOptions } from './layouts';
import { LABEL_CLEARANCE, spreadApart } from './separate';
import type { LayoutJob, LayoutAnswer } from './layout-job';

cytoscape.use(fcose);

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutJob>) => void) | null;
  postMessage(message: LayoutAnswer): void;
};

scope.onmessage = (event) => {
  const { id, nodes, edges } = event.data;
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h } })),
        ...edges.map((e, i) => ({
          group: 'edges' as const,
          data: { id: `e${i}`, source: e[0], target: e[1] },
        })),
      ],
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    });
    const layout = cy.layout({
      ...layoutOptions('fcose', nodes.length),
      animate: false,
      fit: false,
    } as LayoutOptions);
    layout.run();
    // A spectral draft leaves thousands of discs piled on each other; here the time to part them costs the
    // page nothing.
    const placed = cy
      .nodes()
      .map((n) => ({ id: n.id(), ...n.position(), r: Math.max(n.width(), n.height()) / 2 }));
    const apart = spreadApart(placed, LABEL_CLEARANCE);
    const positions = new Float64Array(nodes.length * 2);
    nodes.forEach((n, i) => {
      const p = apart.get(n.id)!;
      positions[2 * i] = p.x;
      positions[2 * i + 1] = p.y;
    });
    cy.destroy();
    scope.postMessage({ id, positions });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
