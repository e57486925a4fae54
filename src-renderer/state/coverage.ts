// What the coverage banner says: how much of the view is drawn, with the true counts behind each limit.
import type { ViewCoverage } from '../../src-main/common/graph';
import type { ViewClusters } from '../../src-main/common/explore';

const n = (x: number) => x.toLocaleString('en-US');

/** The banner's sentence when a limit cut the view, e.g. "Showing 800 of 12,400 entities · …"; null when nothing was cut. */
export function coverageText(c: ViewCoverage | undefined, clusters?: ViewClusters | null): string | null {
  if (!c) return null;
  const cut =
    c.entities.shown < c.entities.total ||
    c.meetings.shown < c.meetings.total ||
    c.mentioned.shown < c.mentioned.total;
  if (!cut) return null;
  const rest = c.entities.total - c.entities.shown;
  const grouped =
    clusters && clusters.members > 0
      ? `${n(clusters.members)} more in ${n(clusters.clusters.length)} cluster${clusters.clusters.length === 1 ? '' : 's'} (click one to open it)`
      : `${n(rest)} not drawn`;
  const parts: string[] = [
    rest > 0
      ? `Showing ${n(c.entities.shown)} of ${n(c.entities.total)} entities (the most connected); ${grouped}`
      : `Showing all ${n(c.entities.total)} entities of these meetings`,
  ];
  if (c.meetings.shown < c.meetings.total)
    parts.push(`built from the newest ${n(c.meetings.shown)} of ${n(c.meetings.total)} meetings`);
  if (c.mentioned.shown < c.mentioned.total)
    parts.push(`${n(c.mentioned.shown)} of ${n(c.mentioned.total)} people the articles name`);
  return `${parts.join(' · ')}. Narrow the dates or sources to see the rest.`;
}
