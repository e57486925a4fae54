// Topic wordings: whether two reports speak of the same subject.
import { normalizeText } from './names';

/** Content words of a topic, for comparing two wordings of it. */
function topicWords(topic: string): Set<string> {
  const stop = new Set([
    'the',
    'a',
    'an',
    'of',
    'on',
    'in',
    'about',
    'for',
    'to',
    'and',
    'with',
    'regarding',
    'over',
    'its',
    'their',
    'possible',
    'possibility',
    'work',
    'issue',
    'issues',
    'matters',
    'talks',
  ]);
  const words = normalizeText(topic)
    .split(' ')
    .filter((w) => w && !stop.has(w))
    .map((w) =>
      w.length > 4 && w.endsWith('ies')
        ? `${w.slice(0, -3)}y`
        : w.length > 3 && w.endsWith('s')
          ? w.slice(0, -1)
          : w,
    );
  return new Set(words);
}

/** True when two topic wordings name the same subject ("embassy operations" / "the work of embassies"). */
export function sameTopic(a: string, b: string): boolean {
  const wa = topicWords(a);
  const wb = topicWords(b);
  if (!wa.size || !wb.size) return normalizeText(a) === normalizeText(b);
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size) >= 0.5 && common / Math.max(wa.size, wb.size) >= 0.34;
}
