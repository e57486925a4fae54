// Expand on an entity with more meetings than it lists (a hub), against the real Neo4j: it shows the
// newest and counts the rest truly, in both views.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../src-main/core/store/connection';
import { rejectMeeting } from '../../../src-main/core/store/curation';
import { expandNode } from '../../../src-main/core/store/queries/expand';
import { resetGraph, testDb } from '../../helpers/db';
import { meetingDay, partnerOf, writeHubGraph } from '../../helpers/hub-graph';

const HUB = { id: 'person:party-hub', meetings: 2_500 };
const REJECTED = `meeting:party-hub-${HUB.meetings - 1}`;

let db: GraphDb;
beforeAll(async () => {
  db = await testDb();
  await resetGraph(db);
  await writeHubGraph(db, [HUB]);
}, 120_000);
afterAll(async () => {
  await resetGraph(db);
  await db.close();
});

/** Meetings the hub had with each partner, as written. */
function meetingsByPartner(): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < HUB.meetings; i++) out.set(partnerOf(i), (out.get(partnerOf(i)) ?? 0) + 1);
  return out;
}

describe('expand on a hub', () => {
  it('the meetings view lists the newest meetings and counts every other one', async () => {
    const g = await expandNode(db, { id: HUB.id, view: 'meetings', limit: 10 });
    const meetings = g.nodes.filter((n) => n.kind === 'meeting');
    expect(meetings).toHaveLength(10);
    const newest = Array.from({ length: 10 }, (_, k) => meetingDay(HUB.meetings - 1 - k, HUB.meetings));
    expect(
      meetings
        .map((m) => m.date)
        .sort()
        .reverse(),
    ).toEqual(newest);
    expect(g.omitted).toBe(HUB.meetings - 10);
  });

  it('a rejected meeting is neither listed nor counted', async () => {
    await db.driver.executeQuery(
      'MATCH (m:Meeting {id: $id}) SET m.rejectedOn = $day',
      { id: REJECTED, day: '2025-01-01' },
      { database: db.database },
    );
    try {
      const g = await expandNode(db, { id: HUB.id, view: 'meetings', limit: 10 });
      expect(g.nodes.map((n) => n.id)).not.toContain(REJECTED);
      expect(g.nodes.filter((n) => n.kind === 'meeting')).toHaveLength(10);
      expect(g.omitted).toBe(HUB.meetings - 1 - 10);
    } finally {
      await db.driver.executeQuery(
        'MATCH (m:Meeting {id: $id}) REMOVE m.rejectedOn',
        { id: REJECTED },
        { database: db.database },
      );
    }
  });

  it('who met whom counts every partner left out, and each edge counts every meeting with its partner', async () => {
    const partners = meetingsByPartner();
    const g = await expandNode(db, { id: HUB.id, view: 'whoMetWhom', limit: 5 });
    const shown = g.nodes.filter((n) => n.id !== HUB.id);
    expect(shown).toHaveLength(5);
    expect(g.omitted).toBe(partners.size - 5);
    for (const n of shown) {
      const edges = g.edges.filter((e) => e.source === n.id || e.target === n.id);
      expect(edges.length).toBeGreaterThan(0);
      const listed = new Set(edges.flatMap((e) => e.meetingIds)).size;
      expect(listed + (edges[0]!.meetingsOmitted ?? 0)).toBe(partners.get(n.id));
    }
  });

  it('asking for more neighbours shows more and leaves fewer out, the sum staying the true count', async () => {
    const few = await expandNode(db, { id: HUB.id, view: 'whoMetWhom', limit: 5 });
    const more = await expandNode(db, { id: HUB.id, view: 'whoMetWhom', limit: 30 });
    expect(more.nodes.length - 1 + more.omitted).toBe(few.nodes.length - 1 + few.omitted);
    expect(more.omitted).toBe(few.omitted - 25);
  });

  it('keeps its partner count on the hub, and a correction makes it count again', async () => {
    const before = await expandNode(db, { id: HUB.id, view: 'whoMetWhom', limit: 5 });
    const stored = await db.driver.executeQuery(
      'MATCH (n {id: $id}) RETURN n.partners AS partners',
      { id: HUB.id },
      { database: db.database },
    );
    expect(Number(stored.records[0]!.get('partners'))).toBe(meetingsByPartner().size);
    // The oldest meeting with a partner met only once: rejecting it leaves one partner fewer.
    const partners = meetingsByPartner();
    const once = Array.from({ length: HUB.meetings }, (_, i) => i).find(
      (i) => partners.get(partnerOf(i)) === 1,
    )!;
    await rejectMeeting(db, { id: `meeting:party-hub-${once}`, reason: 'Not a meeting.' });
    const after = await expandNode(db, { id: HUB.id, view: 'whoMetWhom', limit: 5 });
    expect(after.nodes.length - 1 + after.omitted).toBe(before.nodes.length - 1 + before.omitted - 1);
  });
});
