import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS } from '../../src-main/common/graph';
import { MEETING_STATUSES } from '../../src-main/common/vocab';
import { EDGE_STYLES, KIND_STYLES, STATUS_STYLES, edgeStyle, nodeSize } from '../../src-main/common/look';

describe('the shared look', () => {
  it('sizes nodes by their number of meetings, within bounds', () => {
    expect(nodeSize({ kind: 'person', meetingCount: 0 })).toBe(26);
    expect(nodeSize({ kind: 'person', meetingCount: 0 })).toBeLessThan(
      nodeSize({ kind: 'person', meetingCount: 4 }),
    );
    expect(nodeSize({ kind: 'person', meetingCount: 10_000 })).toBe(84);
    expect(nodeSize({ kind: 'meeting', meetingCount: 0 })).toBe(22);
    expect(nodeSize({ kind: 'meeting', meetingCount: 100 })).toBe(44);
  });

  it('gives every kind, status and edge kind a look, with a distinct colour per node kind', () => {
    expect(Object.keys(KIND_STYLES).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(STATUS_STYLES).sort()).toEqual([...MEETING_STATUSES].sort());
    expect(Object.keys(EDGE_STYLES).sort()).toEqual([...EDGE_KINDS].sort());
    expect(new Set(Object.values(KIND_STYLES).map((k) => k.color)).size).toBe(NODE_KINDS.length);
  });

  it('draws a met edge with its status line and colour, and other edges by kind alone', () => {
    expect(edgeStyle({ kind: 'met', status: 'ongoing' })).toMatchObject({ line: 'dotted', color: '#c2410c' });
    expect(edgeStyle({ kind: 'met', status: 'planned' }).line).toBe('dashed');
    expect(edgeStyle({ kind: 'met', status: null })).toEqual(EDGE_STYLES.met);
    expect(edgeStyle({ kind: 'at', status: 'planned' })).toEqual(EDGE_STYLES.at);
  });
});
