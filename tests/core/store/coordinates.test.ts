import { describe, expect, it } from 'vitest';
import type { GraphData, GraphNode } from '../../../src-main/common/graph';
import { withCoordinates } from '../../../src-main/core/store/coordinates';

const node = (n: Partial<GraphNode> & Pick<GraphNode, 'id' | 'kind' | 'label'>): GraphNode => ({
  meetingCount: 1,
  ...n,
});

const graph = (nodes: GraphNode[], at: [string, string][]): GraphData => ({
  nodes,
  edges: at.map(([meeting, place]) => ({
    id: `${meeting}>${place}`,
    source: meeting,
    target: place,
    kind: 'at',
    label: null,
    meetingIds: [meeting],
  })),
  omitted: 0,
});

/** Where a venue in Russia lands when its one meeting names the given city (or none). */
function palaceWithMeetingIn(city?: string): GraphNode {
  const data = graph(
    [
      node({
        id: 'place:palace',
        kind: 'place',
        label: 'Grand Palace',
        placeKind: 'venue',
        country: 'Russia',
      }),
      node({
        id: 'meeting:1',
        kind: 'meeting',
        label: 'Grand Palace',
        country: 'Russia',
        ...(city ? { city } : {}),
      }),
    ],
    [['meeting:1', 'place:palace']],
  );
  return withCoordinates(data, []).nodes.find((n) => n.id === 'place:palace')!;
}

describe('coordinates of the drawn graph', () => {
  it('puts a venue with no city of its own at the city of the meetings held there, not at its country centre', () => {
    const palace = palaceWithMeetingIn('Moscow');
    expect(palace.lat).toBeCloseTo(55.75, 1);
    expect(palace.lon).toBeCloseTo(37.62, 1);
  });

  it('keeps a venue whose meetings name no city at its country centre', () => {
    const palace = palaceWithMeetingIn();
    expect(palace.lat).toBeCloseTo(60, 0);
    expect(palace.lon).toBeCloseTo(100, 0);
  });
});
