// Builds what the grammar passes read (a sentence view, a trigger span, an article, a meeting) from sentences
// written for the tests, with the entity mentions given by hand.
import type { EntityMention } from '../../../../src-main/core/extract/entities';
import { attributionRanges } from '../../../../src-main/core/extract/grammar/attribution';
import type {
  ArticleView,
  SentenceView,
  TriggerSpan,
} from '../../../../src-main/core/extract/grammar/context';
import type { Meeting } from '../../../../src-main/core/extract/grammar/merge';
import { findTriggers } from '../../../../src-main/core/extract/grammar/triggers';

/** A mention written as the words it covers, with its kind and, for places and groups, what it names. */
export interface Mark {
  text: string;
  kind: EntityMention['kind'];
  name?: string;
  placeKind?: EntityMention['placeKind'];
  country?: string;
}

/** The sentence `s` (sentence number `si`, starting at `start` in the article) with the marked mentions. */
export function view(s: string, marks: Mark[] = [], si = 0, start = 0): SentenceView {
  const local = marks.map((m) => {
    const at = s.indexOf(m.text);
    if (at < 0) throw new Error(`"${m.text}" is not in "${s}"`);
    return {
      kind: m.kind,
      start: at,
      end: at + m.text.length,
      titleStart: at,
      name: m.name ?? m.text,
      country: m.country ?? null,
      sentence: si,
      ...(m.placeKind ? { placeKind: m.placeKind } : {}),
    };
  });
  return {
    si,
    s,
    start,
    local,
    people: local.filter((m) => m.kind === 'person'),
    attributions: attributionRanges(s),
  };
}

/** The stretch of the trigger `word` of a sentence, as the grammar cuts it. */
export function spanOf(v: SentenceView, word: string): TriggerSpan {
  const triggers = findTriggers(v.s);
  const k = triggers.findIndex((t) => t.word === word);
  const t = triggers[k];
  if (!t) throw new Error(`no trigger "${word}" in "${v.s}"`);
  const segEnd = triggers[k + 1]?.index ?? v.s.length;
  return {
    t,
    k,
    before: v.s.slice(0, t.index),
    segStart: k === 0 ? 0 : t.index,
    segEnd,
    own: v.s.slice(t.index, segEnd),
  };
}

/** An article of the given sentences, one paragraph each unless `paragraphs` says otherwise. */
export function article(
  sentences: string[],
  marks: Mark[][] = [],
  published: string | null = '2031-05-14',
  paragraphs?: number[],
): ArticleView {
  let at = 0;
  const placed = sentences.map((text, i) => {
    const s = { start: at, end: at + text.length, text, paragraph: paragraphs?.[i] ?? i };
    at += text.length + 1;
    return s;
  });
  const mentions: EntityMention[] = placed.flatMap((s, si) =>
    view(s.text, marks[si] ?? [], si, s.start).local.map((m) => ({
      ...m,
      start: m.start + s.start,
      end: m.end + s.start,
      titleStart: m.titleStart + s.start,
    })),
  );
  const persons = mentions.filter((m) => m.kind === 'person');
  return {
    text: sentences.join(' '),
    sentences: placed,
    mentions,
    published,
    people: [...new Set(persons.map((m) => m.name))].map((name) => ({
      name,
      aliases: [],
      roles: [],
      affiliation: persons.find((p) => p.name === name)?.country ?? null,
    })),
    dateline: null,
    named: persons.map((m) => ({
      name: m.name,
      sentence: m.sentence,
      offset: m.start - (placed[m.sentence]?.start ?? 0),
    })),
  };
}

/** A meeting stated in sentence 0 with nothing known but what `over` says. */
export function meeting(over: Partial<Meeting>): Meeting {
  return {
    sentence: 0,
    triggerStart: 0,
    triggerText: 'met',
    triggerKind: 'meet',
    triggers: ['met'],
    resolvedSubject: false,
    reference: false,
    fresh: false,
    sequel: false,
    people: [],
    groups: [],
    where: { venue: null, city: null, country: null, region: null },
    date: null,
    topic: null,
    status: 'held',
    statusExplicit: false,
    announcedBy: null,
    reportedBy: null,
    count: 1,
    inheritParties: false,
    inheritPeople: false,
    continuation: false,
    segPeople: [],
    allPeople: [],
    allGroups: [],
    background: false,
    sentences: [0],
    affiliations: [],
    ...over,
  };
}
