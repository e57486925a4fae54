import { describe, expect, it } from 'vitest';
import { clustersFromRows } from '../../../src-main/core/store/clusters';
import { CLUSTER_LINKS, MAX_CLUSTERS } from '../../../src-main/common/explore';

/** A row as CLUSTER_ROWS gives it: a key and kind, how many members, and each member's links. */
const row = (key: string, kind: string, members: number, links: [string, string | null][][] = []) => ({
  key,
  anchorName: key.startsWith('kind:') ? null : `Name of ${key}`,
  kind,
  members,
  links,
});

describe('clusters from their rows', () => {
  it('sum each key over its kinds, and count the distinct meetings that join its members to a drawn node', () => {
    const c = clustersFromRows([
      row('group:ru', 'person', 3, [
        [
          ['p0', 'm1'],
          ['p0', 'm2'],
        ],
        [['p0', 'm1']],
        [['group:us', null]],
      ]),
      row('group:ru', 'group', 1),
      row('kind:person', 'person', 2),
    ]);
    expect(c.members).toBe(6);
    expect(c.clusters.map((x) => [x.id, x.label, x.count])).toEqual([
      ['cluster:group:ru', 'Name of group:ru', 4],
      ['cluster:kind:person', 'People with no known affiliation', 2],
    ]);
    expect(c.clusters[0]!.kinds).toEqual({ person: 3, group: 1 });
    expect(c.clusters[0]!.anchorId).toBe('group:ru');
    expect(c.clusters[0]!.links).toEqual([
      { id: 'p0', meetings: 2 },
      { id: 'group:us', meetings: 0 },
    ]);
  });

  it('list the anchor first when it is drawn, and count the links past CLUSTER_LINKS', () => {
    const links = Array.from(
      { length: CLUSTER_LINKS + 3 },
      (_, i) => [[`p${i}`, `m${i}`]] as [string, string][],
    );
    const c = clustersFromRows([
      row('group:ru', 'person', links.length + 1, [...links, [['group:ru', null]]]),
    ]);
    expect(c.clusters[0]!.links[0]).toEqual({ id: 'group:ru', meetings: 0 });
    expect(c.clusters[0]!.links).toHaveLength(CLUSTER_LINKS);
    expect(c.clusters[0]!.linksOmitted).toBe(4);
  });

  it(`fold the smallest into one past ${MAX_CLUSTERS}, so every member is still counted`, () => {
    const rows = Array.from({ length: 100 }, (_, i) =>
      row(`group:g${i}`, 'person', 100 - i, [[[`p${i}`, `m${i}`]]]),
    );
    const c = clustersFromRows(rows);
    expect(c.clusters).toHaveLength(MAX_CLUSTERS);
    expect(c.members).toBe((100 * 101) / 2);
    const rest = c.clusters.at(-1)!;
    expect(rest.label).toBe('61 smaller clusters');
    expect(rest.keys).toHaveLength(61);
    expect(rest.count).toBe((61 * 62) / 2);
    expect(rest.anchorId).toBeNull();
    expect(rest.links.length + rest.linksOmitted).toBe(61);
  });
});
