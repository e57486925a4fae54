// The topic pass: what a meeting is about, from the words after its trigger ("on embassy operations",
// "to discuss trade", "focused on …").
import type { Trigger } from './triggers';

const MONTH_OR_DAY =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)/;
const TOPIC =
  /\b(on|about|regarding|concerning|over|focused on|focusing on|focus(?:es)? (?:\w+ )?on|to discuss|to address|dedicated to|devoted to|aims? to address)\s+(?!behalf\b|the sidelines\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\w*\.?\s*\d|\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(.+?)(?=,|;|\.(?:\s|$)|(?<!\b(?:conflict|war|peace|ceasefire|truce|situation|crisis|security|stability|settlement|invasion|fighting|aggression|occupation|sanctions))\s+in\s+(?:the\s+)?\p{Lu}|\s+at\s|\s+on\s+(?:\p{Lu}|\d)|\s+(?:and|but)\s+(?:\w+\s+)?(?:said|says|will|would|were|was|is|are|have|has|had|met|held|lasted)\b|\s+(?:which|who|that)\b|$)/gu;
const NOT_TOPIC = /^(the|a|an|this|that|its|their|it|them)$/i;
const AMOUNT =
  /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|an? (?:hour|day|week|month))\b/i;

// "key areas of cooperation, including regional security, trade and climate change": what the areas are.
const LISTED =
  /^,\s+((?:including|such as|notably|especially|in particular)\s+[^;.]+?)(?=,?\s+(?:as part of|as well as|and later|while|which|who|after|before)\b|[;.](?:\s|$)|$)/;

/** The list that spells out a general topic ("…, including A, B and C"), with its comma; or nothing. */
function listedAfter(rest: string): string {
  const m = LISTED.exec(rest);
  return m?.[1] ? `, ${m[1]}` : '';
}

/** The topic after a trigger: "on embassy operations", "regarding the work of embassies", "focused on …". */
export function topicOf(after: string): string | null {
  for (const m of after.matchAll(TOPIC)) {
    if (m[1] === 'over' && (m.index ?? 0) > 2) continue;
    const topic = m[2]?.replace(/["“”]/g, '').trim();
    if (!topic || topic.length < 3 || MONTH_OR_DAY.test(topic)) continue;
    if (NOT_TOPIC.test(topic) || AMOUNT.test(topic)) continue;
    const full = topic + listedAfter(after.slice((m.index ?? 0) + m[0].length));
    return full.length > 120 ? `${full.slice(0, 117)}…` : full;
  }
  return null;
}

/**
 * The topic of trigger `t` in sentence `s`: read from its own stretch `own`, or from the trigger on for a
 * reference; none when the trigger is itself the topic of another ("talks on the talks").
 */
export function topicFor(
  s: string,
  t: Trigger,
  own: string,
  reference: boolean,
  topicRef: boolean,
): string | null {
  if (topicRef) return null;
  const topic = topicOf(reference ? s.slice(t.index) : own.slice(t.length));
  // A topic cut by the next trigger word ("a possible second round of | talks") reads on to the sentence's end.
  if (topic && /\b(of|on|for|with|about|to|the|a|an)$/i.test(topic))
    return topicOf(s.slice(t.index + t.length));
  return topic;
}
