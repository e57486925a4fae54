// Colours and shapes by kind, and line styles by meeting status: shared by the stylesheet and the legend.
import type { NodeKind } from '../../src-main/common/graph';
import type { MeetingStatus } from '../../src-main/common/extraction';

/** How a kind of node looks. */
export interface KindStyle {
  label: string;
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'round-diamond' | 'tag' | 'rectangle';
}

/** One look per kind: colour and shape both differ, so the legend works in grey too. */
export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  person: { label: 'Person', color: '#2f6fdb', shape: 'ellipse' },
  organization: { label: 'Organization', color: '#8a4fd3', shape: 'round-rectangle' },
  group: { label: 'Country or delegation', color: '#0e8a9a', shape: 'hexagon' },
  place: { label: 'Place', color: '#2f9e55', shape: 'diamond' },
  meeting: { label: 'Meeting', color: '#e07a1f', shape: 'round-diamond' },
  topic: { label: 'Topic', color: '#b8900b', shape: 'tag' },
  article: { label: 'Article', color: '#64748b', shape: 'rectangle' },
};

/** How a meeting status draws: planned dashed, held solid, ongoing dotted, cancelled faint. */
export const STATUS_STYLES: Record<
  MeetingStatus,
  { label: string; line: 'solid' | 'dashed' | 'dotted'; color: string }
> = {
  held: { label: 'Held', line: 'solid', color: '#3d4b5c' },
  planned: { label: 'Planned', line: 'dashed', color: '#5b6b80' },
  ongoing: { label: 'Ongoing', line: 'dotted', color: '#c2410c' },
  cancelled: { label: 'Cancelled', line: 'dashed', color: '#b4bcc8' },
};
