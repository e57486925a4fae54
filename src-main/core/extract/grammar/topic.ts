// The topic pass: what a meeting is about, from the words after its trigger ("on embassy operations",
// "to discuss trade", "focused on …").
import type { Trigger } from './triggers';

const MONTH_OR_DAY =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)/;
const TOPIC =
  /\b(on|about|regarding|concerning|over|focused on|focusing on|focus(?:es)? (?:\w+ )?on|to discuss|to address|dedicated to|devoted to|aims? to address|discuss(?:ed|es|ing)?|talked about|exchanged (?:views|opinions|ideas) on|touched (?:up)?on|cent(?:red|ered) (?:on|around))\s+(?!behalf|the same day\b|the sidelines\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\w*\.?\s*\d|\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(.+?)(?=,|;|\.(?:\s|$)|(?<!\b(?:conflict|war|peace|ceasefire|truce|situation|crisis|security|stability|settlement|invasion|fighting|aggression|occupation|sanctions))\s+in\s+(?:the\s+)?\p{Lu}|\s+at\s|\s+on\s+(?:\p{Lu}|\d)|\s+(?:and|but)\s+(?:\w+\s+)?(?:said|says|will|would|were|was|is|are|have|has|had|met|held|lasted)\b|\s+(?:which|who|that)\b|\s+(?:were|was|is|are|had been|have been|has been)\s+(?:called|postponed|cancelled|canceled|held|scheduled|expected|set|due)\b|$)/gu;
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

// What says a meeting is about something anywhere in its sentences, not only right after its trigger.
const DISCUSSION =
  /^(?:focused on|focusing on|focus(?:es)? (?:\w+ )?on|to discuss|to address|discuss(?:ed|es|ing)?|talked about|exchanged (?:views|opinions|ideas) on|touched (?:up)?on|cent(?:red|ered) (?:on|around))$/i;

/** The words a cue introduces as a topic, or null when they are no topic (a day, an amount, a pronoun). */
function topicWords(cue: string, words: string): string | null {
  // "discussed with X": the counterpart, not the topic.
  if (/^with\b/i.test(words)) return null;
  // "discussed trade with X": what was discussed, not with whom.
  const said = /^discuss/i.test(cue)
    ? words.replace(/\s+with\s+(?:[\p{Ll}'’-]+\s+){0,5}\p{Lu}.*$/u, '')
    : words;
  const topic = said.replace(/["“”]/g, '').trim();
  if (topic.length < 3 || MONTH_OR_DAY.test(topic) || NOT_TOPIC.test(topic) || AMOUNT.test(topic))
    return null;
  return topic;
}

/**
 * The topic after a trigger: "on embassy operations", "regarding the work of embassies", "focused on …"; with
 * `discussion`, only what the sentence says was discussed ("the two discussed trade"), wherever it stands.
 */
export function topicOf(after: string, discussion = false): string | null {
  for (const m of after.matchAll(TOPIC)) {
    if (m[1] === 'over' && (m.index ?? 0) > 2) continue;
    if (discussion && !DISCUSSION.test(m[1] ?? '')) continue;
    const topic = topicWords(m[1] ?? '', m[2] ?? '');
    if (!topic) continue;
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

/** What a meeting with no topic of its own was about: what one of its sentences says was discussed. */
export function discussedIn(sentences: string[]): string | null {
  for (const s of sentences) {
    const topic = topicOf(s, true);
    if (topic && !/\b(of|on|for|with|about|to|the|a|an)$/i.test(topic)) return topic;
  }
  return null;
}
