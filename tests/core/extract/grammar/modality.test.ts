import { describe, expect, it } from 'vitest';
import type { MeetingMention } from '../../../../src-main/common/extraction';
import { extractText } from '../../../../src-main/core/extract/index';
import {
  isHypothetical,
  polarityOf,
  statesNoMeeting,
} from '../../../../src-main/core/extract/grammar/modality';

const meetingsOf = (body: string, date = '2025-01-15'): MeetingMention[] =>
  extractText('test.txt', `date: ${date}\ntitle: A test article\n\n${body}`).meetings;

describe('the negation and modality pass', () => {
  it('reads "has no plans to" and "does not have plans to" as denials', () => {
    expect(polarityOf('The mayor has no plans to ')).toBe('negated');
    expect(polarityOf('The minister does not have plans to ')).toBe('negated');
    expect(polarityOf('She ruled out a ')).toBe('negated');
  });

  it('reads "could" and "open to" as possibilities and a plain clause as stated', () => {
    expect(polarityOf('The two presidents could ')).toBe('possible');
    expect(polarityOf('He said he was open to ')).toBe('possible');
    expect(polarityOf('On Monday the two presidents ')).toBe('asserted');
  });

  it('finds no meeting in a sentence that denies one', () => {
    const found = meetingsOf(
      'Finnish Prime Minister Anna Korhonen does not have plans to meet Estonian President Mart Tamm during the fair in Tallinn next week, her office said.',
    );
    expect(found).toEqual([]);
  });

  it('still finds the meeting a clause before the denial states', () => {
    const found = meetingsOf(
      'Finnish Prime Minister Anna Korhonen met Estonian President Mart Tamm in Tallinn on Monday.',
    );
    expect(found.map((m) => m.participants)).toEqual([['Anna Korhonen', 'Mart Tamm']]);
  });
});

describe('the gate of the negation and modality pass', () => {
  const trigger = { word: 'meet', kind: 'meet' };
  it('reads wishes and offers as hypothetical', () => {
    expect(isHypothetical('The mayor said she was ready to ')).toBe(true);
    expect(isHypothetical('The mayor will ')).toBe(false);
  });

  it('states no meeting for a denial, a wish or a judgement, and one for a plain statement', () => {
    expect(statesNoMeeting(trigger, 'The governor has no plans to ', ' the strikers.', false)).toBe(true);
    expect(statesNoMeeting(trigger, 'The governor wants to ', ' the strikers.', false)).toBe(true);
    expect(statesNoMeeting({ word: 'meeting', kind: 'noun' }, 'A ', ' of the two was unlikely.', false)).toBe(
      true,
    );
    expect(statesNoMeeting(trigger, 'The governor will ', ' the strikers on Monday.', false)).toBe(false);
  });

  it('states no meeting for talks that are only the means of a process', () => {
    const talks = { word: 'talks', kind: 'noun' };
    expect(statesNoMeeting(talks, 'The dispute was settled through ', '.', false)).toBe(true);
  });
});
