// The status pass's last rule: a meeting dated after its report has not been held yet.

/**
 * The status a meeting keeps given its date: "held" or "ongoing" on a date after the report's day (the next day
 * included: "the summit officially opens on 8 September" in a report of 7 September) becomes "planned".
 */
export function settleStatus<S extends string>(
  status: S,
  date: string | null,
  published: string | null,
): S | 'planned' {
  if (!date || !published || (status !== 'held' && status !== 'ongoing')) return status;
  const start = (iso: string): number =>
    Date.UTC(
      Number(iso.slice(0, 4)),
      iso.length >= 7 ? Number(iso.slice(5, 7)) - 1 : 0,
      iso.length >= 10 ? Number(iso.slice(8, 10)) : 1,
    );
  return start(date) > start(published) ? 'planned' : status;
}
