// The attribution pass: the clauses that say who stated a sentence ("…, Peskov said", "According to TASS, …"),
// and who that was.
import type { EntityMention } from '../entities';
import { findTriggers, hasMeetingNoun } from './triggers';

/** Whether an offset falls in one of the ranges. */
export const inRanges = (pos: number, ranges: Array<[number, number]>): boolean =>
  ranges.some(([a, b]) => pos >= a && pos < b);

/** "A and B said they will meet": two speakers who say "they" or "we" will meet are the parties, not the source. */
const speakersMeet = (speakers: string, said: string): boolean =>
  /\s(?:and|&)\s/.test(speakers) &&
  /^(?:(?:on\s+)?[\p{Lu}\d][\p{L}\d.,]*\s+){0,3}(?:that\s+)?(?:they|we)\b/u.test(said);

/** Ranges of a sentence that attribute it ("…, Peskov said.", "According to TASS, …", "X said that …"). */
export function attributionRanges(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lastComma = s.lastIndexOf(',');
  if (lastComma > 0) {
    const tail = s.slice(lastComma);
    const verb =
      /\b(said|says|reported|reports|told|added|announced|stated|confirmed|wrote|noted|according to)\b/i.exec(
        tail,
      );
    // "…, the minister said: “Great to see …”": the quote after the colon is what was said, not its attribution.
    const colon = verb ? /^\s*:\s*["“]/.exec(tail.slice(verb.index + verb[0].length)) : null;
    if (verb && colon) out.push([lastComma, lastComma + verb.index + verb[0].length + 1]);
    else if (verb && tail.split(/\s+/).length <= 16) out.push([lastComma, s.length]);
  }
  for (const m of s.matchAll(/\baccording to [^,.;]+/gi))
    out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const lead =
    /^(.{0,110}?)\b(said|says|told \w+|announced|acknowledged|confirmed|stated|reported|noted|added|claimed|revealed|wrote)\b(?:\s+(?:on|in)\s+[\w.]+(?:\s+\d{1,2})?)?(?:\s+that)?\s/i.exec(
      s,
    );
  // "B, who met A on Tuesday, said …": a lead that itself states a meeting is no mere attribution.
  const leadMeets = (text: string): boolean => hasMeetingNoun(text) || findTriggers(text).length > 0;
  if (lead && !leadMeets(lead[1] ?? '') && !speakersMeet(lead[1] ?? '', s.slice(lead[0].length)))
    out.push([0, lead[0].length]);
  return out;
}

/** Who said so: the person or organisation of the sentence's attribution clauses ("…, Peskov said"). */
export function attributionOf(
  s: string,
  local: EntityMention[],
  attributions: Array<[number, number]>,
): { announcedBy: string | null; reportedBy: string | null } {
  let announcedBy: string | null = null;
  let reportedBy: string | null = null;
  for (const [a, b] of attributions) {
    const inside = local.filter((m) => m.start >= a && m.start < b);
    const clause = s.slice(a, b);
    const person = inside.find((m) => m.kind === 'person');
    const org = inside.find((m) => m.kind === 'org');
    if (/\b(reported|reports|according to)\b/i.test(clause) && org) reportedBy ??= org.name;
    else if (person) announcedBy ??= person.name;
    else if (org) announcedBy ??= org.name;
  }
  return { announcedBy, reportedBy };
}
