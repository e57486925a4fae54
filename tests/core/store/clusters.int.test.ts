// A cut view's undrawn entities, in clusters with true counts, and a cluster opened into its members,
// against the real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { writeArticle } from '../../../src-main/core/store/write-article';
import { queryGraph } from '../../../src-main/core/store/queries/graph';
import { openCluster, viewClusters } from '../../../src-main/core/store/clusters';
import { GraphFilterSchema, type GraphData } from '../../../src-main/common/graph';
import { exploreMethods } from '../../../src-main/common/explore';
import type { GraphView } from '../../../src-main/common/vocab';
import { resetGraph, testDb } from '../../helpers/db';
import { SEED_FILES, goldExtraction } from './builders';

let db: GraphDb;
beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  for (const f of SEED_FILES) await writeArticle(db, goldExtraction(f));
});
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

const graph = (view: GraphView, limit?: number) =>
  queryGraph(db, GraphFilterSchema.parse({ view, ...(limit ? { limit, meetings: 50 } : {}) }));
const clusters = (view: GraphView, shown: string[]) =>
  viewClusters(db, exploreMethods.clusters.input.parse({ view, shown }));
const open = (view: GraphView, shown: string[], keys: string[], limit = 500) =>
  openCluster(db, exploreMethods.openCluster.input.parse({ view, shown, keys, limit }));
const ids = (g: GraphData) => g.nodes.map((n) => n.id);

describe.each(['whoMetWhom', 'meetings'] as const)('clusters of the %s view', (view) => {
  it('count every entity the limit left undrawn, each in exactly one cluster', async () => {
    const whole = await graph(view);
    const cut = await graph(view, 3);
    expect(cut.nodes).toHaveLength(3);
    const undrawn = whole.nodes.map((n) => n.id).filter((id) => !ids(cut).includes(id));
    const c = await clusters(view, ids(cut));
    expect(c.members).toBe(cut.coverage!.entities.total - cut.coverage!.entities.shown);
    expect(c.members).toBe(undrawn.length);
    expect(c.clusters.reduce((s, x) => s + x.count, 0)).toBe(c.members);
    // Opening every cluster whole gives back exactly the undrawn entities, none twice, and the edges the
    // whole view draws between them and what is drawn (or the cluster itself), no more and no fewer.
    const opened: string[] = [];
    for (const x of c.clusters) {
      const page = await open(view, ids(cut), x.keys);
      expect(page.nodes).toHaveLength(x.count);
      expect(page.omitted).toBe(0);
      opened.push(...ids(page));
      const members = new Set(ids(page));
      const near = new Set([...ids(cut), ...members]);
      const expected = whole.edges.filter(
        (e) => near.has(e.source) && near.has(e.target) && (members.has(e.source) || members.has(e.target)),
      );
      expect(page.edges.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
    }
    expect(opened.sort()).toEqual(undrawn.sort());
  });

  it('link a cluster to the drawn entities its members meet, with the meetings that join them', async () => {
    const cut = await graph(view, 3);
    const shown = new Set(ids(cut));
    const c = await clusters(view, [...shown]);
    const linked = c.clusters.filter((x) => x.links.length);
    expect(linked.length).toBeGreaterThan(0);
    for (const x of c.clusters) for (const l of x.links) expect(shown.has(l.id)).toBe(true);
    // A link's meetings are the meetings the opened members share with that drawn entity.
    const x = linked[0]!;
    const page = await open(view, [...shown], x.keys);
    const touching = page.edges.filter((e) => shown.has(e.source) || shown.has(e.target));
    expect(touching.length).toBeGreaterThan(0);
    for (const e of page.edges) {
      const members = new Set(ids(page));
      expect(members.has(e.source) || members.has(e.target)).toBe(true);
      expect(
        (members.has(e.source) || shown.has(e.source)) && (members.has(e.target) || shown.has(e.target)),
      ).toBe(true);
    }
  });
});

describe('a person and their country', () => {
  it('gather in the country’s cluster, anchored on it, and the cluster opens most connected first with the rest counted', async () => {
    const cut = await graph('whoMetWhom', 2);
    const c = await clusters('whoMetWhom', ids(cut));
    const anchored = c.clusters.filter((x) => x.anchorId);
    expect(anchored.length).toBeGreaterThan(0);
    const biggest = [...anchored].sort((a, b) => b.count - a.count)[0]!;
    const page = await open('whoMetWhom', ids(cut), biggest.keys, 1);
    expect(page.nodes).toHaveLength(1);
    expect(page.omitted).toBe(biggest.count - 1);
    expect(page.coverage?.entities).toEqual({ shown: 1, total: biggest.count });
    const whole = await open('whoMetWhom', ids(cut), biggest.keys);
    const top = Math.max(...whole.nodes.map((n) => n.meetingCount));
    expect(page.nodes[0]!.meetingCount).toBe(top);
    // The people of a country's cluster are affiliated with it.
    for (const n of whole.nodes.filter((n) => n.kind === 'person'))
      expect(n.affiliations ?? []).not.toHaveLength(0);
  });

  it('an unknown key opens an empty cluster, and a view with nothing left out has no cluster', async () => {
    const whole = await graph('whoMetWhom');
    const none = await clusters('whoMetWhom', ids(whole));
    expect(none).toEqual({ clusters: [], members: 0 });
    const empty = await open('whoMetWhom', [], ['group:no-such-country']);
    expect(empty.nodes).toEqual([]);
    expect(empty.omitted).toBe(0);
  });
});
