// The split pass: one statement that covers several meetings ("visited A and B", "held separate meetings
// with A and B") becomes one meeting per counterpart.

/** A person named in the sentence, with its offset in the sentence. */
export interface Placed {
  name: string;
  start: number;
}

// "bilateral meetings with A and B": a meeting of two sides with each of them, not one of three.
const SEPARATE =
  /\b(?:separate(?:ly)?|on separate occasions|individually|one after (?:the )?other|in turn|bilateral (?:meetings|talks) with)\b/i;
const SPLIT_VERB =
  /\b(?:visit(?:ed|s|ing)?|call(?:ed|s)? on|(?:held|holds|hold|had|has) separate (?:meetings|talks)|bilateral (?:meetings|talks) with|met(?: separately)?(?: with)?|meets(?: with)?|meeting with|received)\b/i;

const PAIRWISE = /\b(?:separate|bilateral)\s+(?:meetings|talks)\s+with\b/i;

/** "A and B held separate meetings with C", "… bilateral meetings with C": one meeting of each of A and B with C. */
function manySubjects(sentence: string, persons: Placed[]): string[][] | null {
  const pairwise = PAIRWISE.exec(sentence);
  if (!pairwise) return null;
  const names = (keep: (p: Placed) => boolean): string[] => [
    ...new Set(persons.filter(keep).map((p) => p.name)),
  ];
  const objects = names((p) => p.start > pairwise.index);
  const subjects = names((p) => p.start < pairwise.index);
  const [object] = objects;
  if (objects.length !== 1 || !object || subjects.length < 2) return null;
  return subjects.filter((n) => n !== object).map((n) => [n, object]);
}

// "a trilateral meeting with A and B", "met A and B together": one meeting of all of them.
const JOINT =
  /\b(?:tri|quadri|multi)lateral\b|\b(?:joint(?:ly)?|together|summit|round-?table|three-way|four-way|all three|both)\b/i;

/**
 * "met the Greek prime minister A and the Serbian prime minister B": counterparts of as many countries or bodies
 * as they are, with no word joining them at one table, each met on their own.
 */
function ownSides(sentence: string, named: string[], sideOf: (name: string) => string | null): boolean {
  if (named.length < 2 || JOINT.test(sentence)) return false;
  const sides = named.map(sideOf);
  return sides.every(Boolean) && new Set(sides).size === sides.length;
}

/**
 * The participant lists one sentence stands for: the subject (the last person named before the verb) with each
 * person named after it, when the sentence says the meetings were separate or the verb is a visit; null when
 * the sentence states a single meeting. When the sentence names fewer than two counterparts, those the meeting
 * gained from a following sentence that lists them (`listedElsewhere`) are the counterparts.
 */
export function splitCounterparts(
  sentence: string,
  persons: Placed[],
  listedElsewhere: string[] = [],
  sideOf: (name: string) => string | null = () => null,
): string[][] | null {
  const many = manySubjects(sentence, persons);
  if (many) return many;
  // The verb with a subject before it: in "In addition to meeting with A, B visited C and D" it is "visited".
  const verbs = [...sentence.matchAll(new RegExp(SPLIT_VERB.source, 'gi'))];
  const first = verbs.find((v) => persons.some((p) => p.start < (v.index ?? 0))) ?? verbs[0];
  if (!first) return null;
  // "will visit A and B next week, meeting with X and Y": the counterparts belong to the verb just before them.
  const next = persons.find((p) => p.start > (first.index ?? 0));
  const verb = next ? (verbs.filter((v) => (v.index ?? 0) < next.start).pop() ?? first) : first;
  const at = verb.index ?? 0;
  const before = persons.filter((p) => p.start < at);
  const subject = before[before.length - 1];
  const named = [...new Set(persons.filter((p) => p.start > at).map((p) => p.name))];
  // "A and B met with C and D": two at each side of one table.
  const oneSubject =
    before.length < 2 || !/\band\b/.test(sentence.slice(before[before.length - 2]?.start, at));
  const separate =
    SEPARATE.test(sentence) ||
    /^visit/i.test(verb[0]) ||
    (!!subject && oneSubject && ownSides(sentence, named, sideOf));
  if (!separate) return null;
  // "held separate meetings with five presidents. The five leaders are A, B, …": the counterparts are listed next.
  const objects = named.length >= 2 ? named : [...new Set([...named, ...listedElsewhere])];
  if (!subject || objects.length < 2) return null;
  return objects.filter((o) => o !== subject.name).map((o) => [subject.name, o]);
}
