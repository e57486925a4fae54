// The Cypher predicates that keep rejected meetings out of what the explorer and the CLI show.

/** True for any node but a meeting the analyst rejected (as known today). */
export const NOT_REJECTED = (v: string): string => `${v}.rejectedOn IS NULL`;

/** True for a meeting not rejected as known on `$asOf` (a rejection counts from its day on). */
export const SHOWN_AS_OF = (v: string): string =>
  `(${v}.rejectedOn IS NULL OR ($asOf IS NOT NULL AND ${v}.rejectedOn > $asOf))`;
