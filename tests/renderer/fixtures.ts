// Builders for graph DTOs as the store returns them.
import type { GraphData, GraphEdge, GraphNode } from '../../src-main/common/graph';

/** A person node. */
export function person(id: string, label: string, meetingCount = 1): GraphNode {
  return { id, kind: 'person', label, meetingCount };
}

/** A "met" edge standing for the given meetings. */
export function met(
  source: string,
  target: string,
  meetingIds: string[],
  label: string | null = null,
): GraphEdge {
  return { id: `met:${source}:${target}`, source, target, kind: 'met', label, meetingIds, status: 'held' };
}

/** The seeds' who-met-whom core: Witkoff–Dmitriev at the White House, Peskov, Bruce, Zelensky. */
export function seedGraph(): GraphData {
  return {
    nodes: [
      person('p:witkoff', 'Steve Witkoff', 2),
      person('p:dmitriev', 'Kirill Dmitriev', 2),
      person('p:peskov', 'Dmitry Peskov', 1),
      person('p:bruce', 'Tammy Bruce', 1),
      { id: 'g:us', kind: 'group', label: 'United States', meetingCount: 3 },
    ],
    edges: [
      met('p:witkoff', 'p:dmitriev', ['m:wh'], 'White House, 2025-04-02'),
      met('p:bruce', 'g:us', ['m:ist', 'm:ist2']),
    ],
    omitted: 0,
  };
}
