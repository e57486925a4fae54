import { describe, expect, it } from 'vitest';
import {
  candidateOf,
  sentenceCandidates,
  sharesDeterminer,
} from '../../../../src-main/core/extract/grammar/candidate';
import { findTriggers } from '../../../../src-main/core/extract/grammar/triggers';
import { referenceOf } from '../../../../src-main/core/extract/grammar/reference';
import { article, spanOf, view } from './view';

const marks = [
  { text: 'Mara Ellison', kind: 'person' as const },
  { text: 'Tomas Ruiz', kind: 'person' as const },
];

describe('the passes of one trigger', () => {
  it('make a candidate with parties, status, date and topic of the trigger', () => {
    const v = view('Mara Ellison met Tomas Ruiz on May 3 to discuss fishing quotas.', marks);
    const art = article([v.s], [marks]);
    const span = spanOf(v, 'met');
    expect(candidateOf(v, span, referenceOf(v.s, span.t), art)).toMatchObject({
      people: ['Mara Ellison', 'Tomas Ruiz'],
      status: 'held',
      date: { date: '2031-05-03', precision: 'day' },
      topic: 'fishing quotas',
      triggerKind: 'meet',
    });
  });

  it('make none for a denied meeting or a visit to nobody', () => {
    const v = view('Mara Ellison has no plans to meet Tomas Ruiz.', marks);
    expect(sentenceCandidates(v, article([v.s], [marks]))).toEqual([]);
    const visit = view('Mara Ellison visited a fish market.', [marks[0] as never]);
    expect(sentenceCandidates(visit, article([visit.s], [[marks[0] as never]]))).toEqual([]);
  });

  it('put the person a pronoun stands for at the table', () => {
    const art = article(
      ['Mara Ellison landed in the port city on Monday.', 'She will meet Tomas Ruiz on Tuesday.'],
      [[marks[0] as never], [marks[1] as never]],
    );
    const v = view(art.sentences[1]?.text ?? '', [marks[1] as never], 1);
    const [c] = sentenceCandidates(v, art);
    expect(c?.people).toEqual(['Mara Ellison', 'Tomas Ruiz']);
    expect(c?.resolvedSubject).toBe(true);
  });
});

describe('coordinated meeting nouns and pronoun objects', () => {
  it('read "their private meeting and delegation talks" as one reference', () => {
    const s = 'After their private meeting and delegation talks, a statement was issued.';
    const [a, b] = findTriggers(s);
    expect(a && b && sharesDeterminer(s, a, b)).toBe(true);
    const other = 'The meeting ended and talks began.';
    const [c, d] = findTriggers(other);
    expect(c && d && sharesDeterminer(other, c, d)).toBe(false);
  });

  it('put the person an object pronoun stands for at the table', () => {
    const m = [
      { text: 'Ines Vale', kind: 'person' as const },
      { text: 'Tomas Ruiz', kind: 'person' as const },
    ];
    const s = 'To welcome Mayor Ines Vale, Tomas Ruiz will host her for lunch on Monday.';
    const v = view(s, m);
    const [c] = sentenceCandidates(v, article([s], [m]));
    expect(c?.people.sort()).toEqual(['Ines Vale', 'Tomas Ruiz']);
  });
});
