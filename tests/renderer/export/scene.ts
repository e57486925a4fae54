// A small drawn scene with hostile labels, as the graph layer would hand it to the SVG builder.
import type { Scene } from '../../../src-renderer/export/svg';

/** Labels that must stay text in every picture. */
export const HOSTILE_LABELS = [
  '<script>alert("pwned")</script>',
  `Tom & Jerry's "Café"`,
  '=HYPERLINK("http://evil.example")',
  'Ṳnicode 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀',
  'محمد بن سلمان · שלום',
  'Zoe\u0308 Nguye\u0302\u0303n',
];

/** Three nodes of different shapes and one curved, one dashed edge. */
export function sampleScene(): Scene {
  return {
    nodes: [
      {
        id: 'a',
        x: 0,
        y: 0,
        width: 40,
        height: 40,
        shape: 'ellipse',
        fill: '#2f6fdb',
        stroke: '#ffffff',
        strokeWidth: 2,
        label: HOSTILE_LABELS[0],
        labelBackground: '#ffffff',
        labelBackgroundOpacity: 0.85,
        labelMaxWidth: 150,
      },
      {
        id: 'b"<&>',
        x: 200,
        y: 80,
        width: 30,
        height: 30,
        shape: 'round-diamond',
        fill: '#e07a1f',
        stroke: '#3d4b5c',
        strokeWidth: 3,
        strokeStyle: 'dashed',
        label: HOSTILE_LABELS[1],
      },
      {
        id: 'c',
        x: -150,
        y: 120,
        width: 50,
        height: 36,
        shape: 'hexagon',
        fill: '#0e8a9a',
        label: `${HOSTILE_LABELS[3]}\n${HOSTILE_LABELS[4]}`,
        labelPosition: 'top',
      },
      {
        id: 'd',
        x: 60,
        y: -140,
        width: 44,
        height: 28,
        shape: 'tag',
        fill: '#b8900b',
        label: HOSTILE_LABELS[5],
        fontSize: 14,
      },
    ],
    edges: [
      {
        id: 'ab',
        source: { x: 0, y: 0 },
        target: { x: 200, y: 80 },
        controlPoints: [{ x: 100, y: 10 }],
        color: '#9aa6b5',
        width: 2,
        label: HOSTILE_LABELS[2],
        arrow: true,
      },
      {
        id: 'ac',
        source: { x: 0, y: 0 },
        target: { x: -150, y: 120 },
        color: '#8cc7a0',
        width: 1.5,
        style: 'dashed',
      },
    ],
  };
}
