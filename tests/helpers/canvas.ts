// What the graph canvas drew, read from Cytoscape in the page, and the label checks the browser tests share.
import type { Page } from 'playwright-core';

/** A rendered box, in pixels. */
type Box = { x1: number; y1: number; x2: number; y2: number };

/** A node as drawn: its label, whether the label is shown, and the rendered boxes of its label and disc. */
export interface DrawnNode {
  id: string;
  kind: string;
  label: string;
  shown: boolean;
  box: Box;
  disc: Box;
}

/** Every node on the canvas. */
export async function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.getByTestId('graph-canvas').evaluate((el) => {
    type Node = {
      id(): string;
      hasClass(c: string): boolean;
      data(k: string): unknown;
      renderedBoundingBox(o: object): Box;
    };
    const cy = (el as unknown as { _cyreg: { cy: { nodes(): { map<T>(f: (n: Node) => T): T[] } } } })._cyreg
      .cy;
    return cy.nodes().map((n) => ({
      id: n.id(),
      kind: String(n.data('kind')),
      label: String(n.data('label') ?? ''),
      shown: !n.hasClass('label-off'),
      box: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      disc: n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }),
    }));
  });
}

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Pairs of shown labels that overlap, and shown labels a shown node's disc covers ("A under B"). */
export function labelClashes(nodes: DrawnNode[]): { clashes: string[]; covered: string[] } {
  const shown = nodes.filter((n) => n.shown && n.label);
  return {
    clashes: shown.flatMap((a) =>
      shown.filter((b) => a.id < b.id && overlap(a.box, b.box)).map((b) => `${a.id} / ${b.id}`),
    ),
    covered: shown.flatMap((a) =>
      shown.filter((b) => a.id !== b.id && overlap(a.box, b.disc)).map((b) => `${a.id} under ${b.id}`),
    ),
  };
}
