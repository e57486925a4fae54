// "As known on" a day: the merges, splits and removals made after it are undone on the loaded meetings.
import {
  beforeCorrections,
  GRAPH_CHANGING_KINDS,
  personBefore,
  personNode,
  type LaterCorrection,
} from '../curation/as-known';
import type { GraphNode } from '../../common/graph';
import type { ArticleRef, LoadedMeeting } from '../merge/views';
import type { GraphDb } from './connection';
import { ARTICLE, NODE, toArticleRef, toGraphNode } from './records';
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

/** A person's Details as known on a day before merges, splits or removals that touched it. */
export interface PersonAsKnown {
  /** The person as it was, when it has since been merged away or removed. */
  gone: GraphNode | null;
  /** Meetings it was in then, besides those it is linked to now. */
  meetingIds: string[];
  /** Names, roles, affiliations and merge reasons it gained since, to leave out. */
  gained: string[];
  /** Articles that mention it now only through a later merge, to leave out. */
  lostArticles: string[];
  /** Articles that mentioned it then and mention another now. */
  extraArticles: ArticleRef[];
}

/** How the person `id` was on `asOf`, before the later merges, splits and removals that touched it; null when none did. */
export async function personAsKnownOn(db: GraphDb, id: string, asOf: string): Promise<PersonAsKnown | null> {
  const later = await laterCorrections(db, asOf.slice(0, 10));
  const before = personBefore(id, later);
  if (!before) return null;
  const extra = [...new Set(before.extraArticles)];
  const rows = extra.length
    ? await read(
        db,
        `UNWIND $ids AS aid MATCH (a:Article {id: aid}) RETURN ${ARTICLE('a')} AS a`,
        { ids: extra },
        'reading the articles',
      )
    : [];
  return {
    gone: before.gone ? personNode(before.gone, undefined) : null,
    meetingIds: [...new Set(before.meetingIds)],
    gained: before.gained,
    lostArticles: before.lostArticles,
    extraArticles: rows.map((r) => toArticleRef(r.a)),
  };
}
