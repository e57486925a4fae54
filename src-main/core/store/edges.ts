// What an edge stands for: both ends and every meeting between them, under the view's filters.
import type { EdgeDetails, EdgeDetailsInput } from '../../common/explore';
import type { MeetingRecord } from '../../common/graph';
import { RendezvousError } from '../../common/errors';
import type { GraphDb } from './connection';
import { endOfIso } from '../merge/dates';
import { meetingAsOf } from '../merge/views';
import { shownRecord } from '../curation/rules';
import { NODE, labelFor, toGraphNode } from './records';
import { loadMeetings } from './queries/meetings';
import { read } from './session';
import { str, strs } from './values';

/** The Cypher for both ends of an edge, the meetings both take part in (or the meeting at one end), and
 * whether one is affiliated with the other. */
const EDGE_QUERY = (sourceLabel: string, targetLabel: string) => `
MATCH (a:${sourceLabel} {id: $source}), (b:${targetLabel} {id: $target})
CALL (a, b) {
  OPTIONAL MATCH (a)<-[:PARTICIPANT]-(m:Meeting)-[:PARTICIPANT]->(b)
  RETURN collect(DISTINCT m.id) AS shared
}
RETURN ${NODE('a')} AS source, ${NODE('b')} AS target, shared,
  EXISTS { (a)-[:AFFILIATED_WITH]-(b) } AS affiliated,
  CASE WHEN a:Meeting THEN a.id WHEN b:Meeting THEN b.id ELSE NULL END AS meetingEnd`;

/** Every meeting between the two ends of an edge, as known on the filter's date, oldest first. */
export async function edgeDetails(db: GraphDb, input: EdgeDetailsInput): Promise<EdgeDetails> {
  const rows = await read(
    db,
    EDGE_QUERY(labelFor(input.source), labelFor(input.target)),
    { source: input.source, target: input.target },
    'loading the edge',
  );
  if (!rows.length)
    throw new RendezvousError('NOT_FOUND', `No edge joins "${input.source}" and "${input.target}".`);
  const row = rows[0]!;
  const f = input.filter ?? {};
  const asOf = f.asOf ? endOfIso(f.asOf) : null;
  const meetingEnd = str(row.meetingEnd);
  const ids = meetingEnd ? [meetingEnd] : strs(row.shared);
  const loaded = ids.length
    ? await loadMeetings(db, {
        ids,
        from: meetingEnd ? null : f.from,
        to: meetingEnd ? null : f.to,
        asOf,
        outlets: f.outlets,
        articleIds: f.articleIds,
      })
    : [];
  const statuses = f.statuses?.length && !meetingEnd ? new Set(f.statuses) : null;
  const meetings = loaded
    .map((m) => meetingAsOf(m, asOf)?.record)
    .filter((r): r is MeetingRecord => !!r && shownRecord(r) && (!statuses || statuses.has(r.status)))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  return {
    source: toGraphNode(row.source),
    target: toGraphNode(row.target),
    affiliation: row.affiliated === true && !meetings.length,
    meetings,
  };
}
