// The graph's look as data: colour and shape by kind, line style by status, size by meetings.
import type { StylesheetJson } from 'cytoscape';
import type { EdgeKind, NodeKind } from '../../src-main/common/graph';
import type { MeetingStatus } from '../../src-main/common/vocab';
import {
  EDGE_STYLES,
  FONT_FAMILY,
  FONT_SIZES,
  KIND_STYLES,
  STATUS_STYLES,
  type EdgeStyle,
} from '../../src-main/common/look';

/** Options that change the stylesheet. */
export interface StyleOptions {
  /**
   * Whether every "met" edge shows its label. Labels clutter anything but small graphs, so otherwise only
   * edges of the selected or hovered node, and those on a path, show theirs.
   */
  edgeLabels: boolean;
}

/** The Cytoscape stylesheet. */
export function buildStylesheet(options: StyleOptions = { edgeLabels: true }): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        'font-family': FONT_FAMILY,
        'font-size': FONT_SIZES.node,
        'font-weight': 500,
        color: '#1d2633',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
        // Above the nodes whose label is hidden (node.label-off), so that no disc covers a label that is shown.
        'z-index': 10,
        'border-width': 2,
        'border-color': '#ffffff',
        'overlay-padding': 4,
      },
    },
  ];
  for (const [kind, look] of Object.entries(KIND_STYLES) as [NodeKind, (typeof KIND_STYLES)[NodeKind]][]) {
    sheet.push({
      selector: `node.kind-${kind}`,
      style: { 'background-color': look.color, shape: look.shape },
    });
  }
  sheet.push({
    selector: 'node.kind-meeting',
    style: {
      'border-width': 3,
      'border-color': STATUS_STYLES.held.color,
      'font-size': FONT_SIZES.meeting,
      color: '#3a4452',
    },
  });
  for (const [status, look] of Object.entries(STATUS_STYLES) as [
    MeetingStatus,
    (typeof STATUS_STYLES)[MeetingStatus],
  ][]) {
    sheet.push({
      selector: `node.kind-meeting.status-${status}`,
      style: {
        'border-style': look.line === 'dotted' ? 'dotted' : look.line,
        'border-color': look.color,
        ...(status === 'planned' ? { 'background-opacity': 0.45 } : {}),
        ...(status === 'cancelled' ? { 'background-opacity': 0.25 } : {}),
      },
    });
  }
  sheet.push(
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 6, 1.5, 5)',
        'line-color': EDGE_STYLES.met.color,
        'curve-style': 'bezier',
        label: '',
        'font-family': FONT_FAMILY,
        'font-size': FONT_SIZES.edge,
        color: '#4a5565',
        'text-rotation': 'autorotate',
        'text-background-color': '#f6f7f9',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
      },
    },
    ...(options.edgeLabels ? [{ selector: 'edge.edge-met', style: { label: 'data(label)' } }] : []),
    { selector: 'edge.labelled, edge.hover', style: { label: 'data(label)', 'z-index': 10 } },
  );
  for (const [kind, look] of Object.entries(EDGE_STYLES) as [EdgeKind, EdgeStyle][]) {
    if (kind === 'met') continue;
    sheet.push({
      selector: `edge.edge-${kind}`,
      style: {
        'line-color': look.color,
        width: look.width,
        ...(look.line === 'solid' ? {} : { 'line-style': look.line }),
        ...(kind === 'announced'
          ? { 'target-arrow-shape': 'triangle', 'target-arrow-color': look.color }
          : {}),
      },
    });
  }
  for (const [status, look] of Object.entries(STATUS_STYLES) as [
    MeetingStatus,
    (typeof STATUS_STYLES)[MeetingStatus],
  ][]) {
    sheet.push({
      selector: `edge.edge-met.status-${status}`,
      style: { 'line-style': look.line, 'line-color': look.edgeColor },
    });
  }
  sheet.push(
    {
      selector: 'node.more',
      style: {
        shape: 'round-rectangle',
        width: 64,
        height: 24,
        'background-color': '#eef1f5',
        'border-color': '#9aa6b5',
        'border-width': 1,
        'border-style': 'dashed',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': FONT_SIZES.meeting,
        'text-background-opacity': 0,
        color: '#4a5565',
      },
    },
    { selector: 'edge.edge-more', style: { 'line-style': 'dotted', 'line-color': '#b7c0cc', width: 1 } },
    {
      // A cluster of undrawn entities: a pale disc with a dashed rim, its label the count it stands for.
      selector: 'node.cluster',
      style: {
        shape: 'ellipse',
        'background-color': '#e9edf3',
        'border-color': '#8793a3',
        'border-width': 2,
        'border-style': 'dashed',
        color: '#3a4452',
        'font-style': 'italic',
      },
    },
    {
      selector: 'edge.edge-cluster',
      style: {
        'line-style': 'dashed',
        'line-color': '#c3cad4',
        width: 'mapData(weight, 1, 20, 1, 3)',
        opacity: 0.8,
      },
    },
    {
      selector: 'node.curated-corrected, node.curated-added',
      style: { 'border-width': 3, 'border-color': '#7048e8', 'border-style': 'dashed' },
    },
    {
      selector: 'node.curated-confirmed',
      style: { 'border-width': 4, 'border-color': '#2f9e44', 'border-style': 'solid' },
    },
    {
      selector: 'node.pinned',
      style: { 'border-width': 3, 'border-color': '#1d2633', 'border-style': 'double' },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#f5b400', 'border-style': 'solid', 'z-index': 20 },
    },
    { selector: 'edge:selected, edge.chosen', style: { 'line-color': '#f5b400', width: 5, 'z-index': 25 } },
    {
      selector: 'node.fresh',
      style: { 'border-width': 4, 'border-color': '#2f9e44', 'border-style': 'double' },
    },
    // A label that would overlap a more important one is hidden until the node is selected or hovered. Its
    // node is drawn under the others (still above the links).
    { selector: 'node.label-off', style: { 'text-opacity': 0, 'text-background-opacity': 0, 'z-index': 5 } },
    {
      selector: 'node.label-off:selected, node.label-off.hover',
      style: { 'text-opacity': 1, 'text-background-opacity': 0.85, 'z-index': 40 },
    },
    { selector: '.off-path', style: { opacity: 0.18 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#d6336c', 'z-index': 30 } },
    {
      selector: 'edge.on-path',
      style: { 'line-color': '#d6336c', width: 5, 'z-index': 30, label: 'data(label)', color: '#a61e4d' },
    },
  );
  return sheet;
}
