// Reads a drawn scene off a live graph for the SVG builder: every visible element with its computed style.
import type { Core, EdgeSingular, NodeSingular, Position, SingularElementArgument } from 'cytoscape';
import type { Scene, SceneEdge, SceneNode, SceneShape } from '../export/svg';

const SHAPES = new Set<SceneShape>([
  'ellipse',
  'rectangle',
  'round-rectangle',
  'diamond',
  'round-diamond',
  'hexagon',
  'octagon',
  'triangle',
  'tag',
  'star',
]);

const str = (e: SingularElementArgument, name: string): string | undefined => {
  const v: unknown = e.style(name);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
};
const number = (e: SingularElementArgument, name: string, fallback: number): number => {
  const v = Number.parseFloat(str(e, name) ?? '');
  return Number.isFinite(v) ? v : fallback;
};

function readNode(n: NodeSingular): SceneNode {
  const shape = str(n, 'shape') as SceneShape | undefined;
  const valign = str(n, 'text-valign');
  const label = str(n, 'label') ?? '';
  const borderWidth = number(n, 'border-width', 0);
  const maxWidth = number(n, 'text-max-width', 0);
  const wrap = str(n, 'text-wrap');
  const p = n.position();
  return {
    id: n.id(),
    x: p.x,
    y: p.y,
    width: n.width(),
    height: n.height(),
    shape: shape && SHAPES.has(shape) ? shape : 'ellipse',
    fill: str(n, 'background-color') ?? '#999999',
    fillOpacity: number(n, 'background-opacity', 1),
    stroke: borderWidth > 0 ? str(n, 'border-color') : undefined,
    strokeWidth: borderWidth,
    strokeStyle: (str(n, 'border-style') as SceneNode['strokeStyle']) ?? 'solid',
    opacity: number(n, 'opacity', 1),
    label: label || undefined,
    labelColor: str(n, 'color'),
    fontSize: number(n, 'font-size', 12),
    fontWeight: str(n, 'font-weight'),
    labelPosition: valign === 'top' || valign === 'center' ? valign : 'bottom',
    labelBackground:
      number(n, 'text-background-opacity', 0) > 0 ? str(n, 'text-background-color') : undefined,
    labelBackgroundOpacity: number(n, 'text-background-opacity', 0),
    labelMaxWidth: wrap === 'wrap' && maxWidth > 0 ? maxWidth : undefined,
  };
}

function readEdge(e: EdgeSingular): SceneEdge {
  const curve = str(e, 'curve-style');
  // Cytoscape gives no points (undefined) for a straight edge.
  const points: Position[] | undefined =
    curve === 'segments'
      ? e.segmentPoints()
      : curve === 'straight' || curve === 'haystack'
        ? undefined
        : e.controlPoints();
  const style = str(e, 'line-style');
  const label = str(e, 'label') ?? '';
  const arrow = str(e, 'target-arrow-shape');
  return {
    id: e.id(),
    source: e.sourceEndpoint(),
    target: e.targetEndpoint(),
    controlPoints: points?.length ? points : undefined,
    color: str(e, 'line-color') ?? '#999999',
    width: number(e, 'width', 1),
    style: style === 'dashed' || style === 'dotted' ? style : 'solid',
    opacity: number(e, 'opacity', 1),
    arrow: !!arrow && arrow !== 'none',
    label: label || undefined,
    labelColor: str(e, 'color'),
    fontSize: number(e, 'font-size', 10),
  };
}

/** The visible nodes and edges of a live graph as a Scene for `buildSvg` (model coordinates, computed styles). */
export function sceneFromGraph(cy: Core): Scene {
  const nodes: SceneNode[] = [];
  const edges: SceneEdge[] = [];
  cy.nodes().forEach((n) => {
    if (n.visible()) nodes.push(readNode(n));
  });
  cy.edges().forEach((e) => {
    if (e.visible()) edges.push(readEdge(e));
  });
  return { nodes, edges };
}
