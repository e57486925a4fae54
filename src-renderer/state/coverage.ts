// What the coverage banner says: how much of the view is drawn, with the true counts behind each limit.
import type { ViewCoverage } from '../../src-main/common/graph';

const n = (x: number) => x.toLocaleString('en-US');

/** The banner's sentence when a limit cut the view, e.g. "Showing 800 of 12,400 entities · …"; null when nothing was cut. */
export function coverageText(c: ViewCoverage | undefined): string | null {
  if (!c) return null;
  const cut =
    c.entities.shown < c.entities.total ||
    c.meetings.shown < c.meetings.total ||
    c.mentioned.shown < c.mentioned.total;
  if (!cut) return null;
  const parts: string[] = [
    c.entities.shown < c.entities.total
      ? `Showing ${n(c.entities.shown)} of ${n(c.entities.total)} entities (the most connected); ${n(c.entities.total - c.entities.shown)} not drawn`
      : `Showing all ${n(c.entities.total)} entities of these meetings`,
  ];
  if (c.meetings.shown < c.meetings.total)
    parts.push(`built from the newest ${n(c.meetings.shown)} of ${n(c.meetings.total)} meetings`);
  if (c.mentioned.shown < c.mentioned.total)
    parts.push(`${n(c.mentioned.shown)} of ${n(c.mentioned.total)} people the articles name`);
  return `${parts.join(' · ')}. Narrow the dates or sources to see the rest.`;
}
