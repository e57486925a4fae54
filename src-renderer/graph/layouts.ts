// Layout options by name: fcose by default; the others for a fresh look at the same graph.
import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../state/model';

/** Options for one run of a layout; `incremental` keeps nodes near where they are. */
export function layoutOptions(name: LayoutName, nodeCount: number, incremental = false): LayoutOptions {
  const animate = nodeCount <= 300;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        quality: nodeCount > 1500 ? 'draft' : 'default',
        randomize: !incremental,
        animate,
        animationDuration: 400,
        fit: !incremental,
        padding: 40,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 80,
        nodeRepulsion: () => 6000,
        nodeSeparation: 60,
        packComponents: true,
        tilingPaddingVertical: 20,
        tilingPaddingHorizontal: 20,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        animate,
        padding: 40,
        minNodeSpacing: 30,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        concentric: (node: { data(k: string): unknown }) => Number(node.data('meetingCount') ?? 0),
        levelWidth: () => 1,
      } as LayoutOptions;
    case 'circle':
      return {
        name: 'circle',
        animate,
        padding: 40,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
    case 'grid':
      return {
        name: 'grid',
        animate,
        padding: 40,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        animate,
        padding: 40,
        spacingFactor: 1.1,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
  }
}

/** The names shown in the layout menu. */
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force (fCoSE)',
  concentric: 'Concentric',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Hierarchy',
};
