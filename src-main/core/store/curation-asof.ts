// "As known on" a day: the merges, splits and removals made after it are undone on the loaded meetings.
import { beforeCorrections, GRAPH_CHANGING_KINDS, type LaterCorrection } from '../curation/as-known';
import type { LoadedMeeting } from '../merge/views';
import type { GraphDb } from './connection';
import { NODE, toGraphNode } from './records';
import { read } from './session';
import { str, strs } from './values';

const LATER = `MATCH (c:Correction) WHERE c.date > $day AND c.active AND c.kind IN $kinds
WITH c ORDER BY c.seq DESC
RETURN c.kind AS kind, c.target AS target, c.dropId AS dropId, c.backups AS backups,
       COLLECT { MATCH (p:Person) WHERE p.id IN [c.target, c.dropId] RETURN ${NODE('p')} } AS nodes`;

/** The merges, splits and removals made after `day` (YYYY-MM-DD) and still in effect, newest first. */
async function laterCorrections(db: GraphDb, day: string): Promise<LaterCorrection[]> {
  const rows = await read(db, LATER, { day, kinds: GRAPH_CHANGING_KINDS }, 'reading the corrections');
  return rows.map((r) => ({
    kind: String(r.kind),
    target: String(r.target),
    dropId: str(r.dropId),
    backups: strs(r.backups).map((b) => JSON.parse(b) as LaterCorrection['backups'][number]),
    nodes: new Map((r.nodes as unknown[]).map((n) => toGraphNode(n)).map((n) => [n.id, n])),
  }));
}

/** The loaded meetings as known on `asOf`: the merges, splits and removals made after that day undone. */
export async function meetingsAsKnownOn(
  db: GraphDb,
  meetings: LoadedMeeting[],
  asOf: string,
): Promise<LoadedMeeting[]> {
  const later = await laterCorrections(db, asOf.slice(0, 10));
  return beforeCorrections(meetings, later);
}
