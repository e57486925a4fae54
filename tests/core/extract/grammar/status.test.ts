import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';
import { isCancelled } from '../../../../src-main/core/extract/grammar/cancellation';
import { statusOf } from '../../../../src-main/core/extract/grammar/status';
import { findTriggers } from '../../../../src-main/core/extract/grammar/triggers';
import { settleStatus } from '../../../../src-main/core/extract/grammar/settle';

describe('the status pass', () => {
  it('reads postponed, called off, suspension and cancelled as cancellation cues', () => {
    expect(isCancelled('the summit has been postponed to May')).toBe(true);
    expect(isCancelled('the mayors called off their meeting')).toBe(true);
    expect(isCancelled('announced the suspension of the meeting')).toBe(true);
    expect(isCancelled('the visit was cancelled')).toBe(true);
    expect(isCancelled('the visit went ahead as planned')).toBe(false);
  });

  it('does not read a cue that describes another noun as a cancelled meeting', () => {
    expect(isCancelled('the ministers will meet to sign a long-delayed harbour deal')).toBe(false);
    expect(isCancelled('they will meet to discuss the suspended aid')).toBe(false);
    expect(isCancelled('the postponed summit will open in May')).toBe(true);
  });

  it('gives a postponed meeting the status cancelled', () => {
    const x = extractText(
      'test.txt',
      'date: 2025-01-15\n\nA meeting between Finnish Prime Minister Anna Korhonen and Estonian President Mart Tamm, set for Friday in Helsinki, has been postponed, officials said.\n',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.status).toBe('cancelled');
  });

  it('never leaves a held meeting dated after its report', () => {
    expect(settleStatus('held', '2025-02-03', '2025-01-15')).toBe('planned');
    expect(settleStatus('held', '2025-01-14', '2025-01-15')).toBe('held');
    expect(settleStatus('held', '2025-01-15', '2025-01-15')).toBe('held');
    expect(settleStatus('held', '2025-01-16', '2025-01-15')).toBe('planned');
    expect(settleStatus('held', '2025-01', '2025-01-15')).toBe('held');
    expect(settleStatus('cancelled', '2025-02-03', '2025-01-15')).toBe('cancelled');
    const x = extractText(
      'test.txt',
      'date: 2025-01-15\n\nPeruvian Foreign Minister Rosa Quispe met Chilean Foreign Minister Tomas Araya in Lima on March 3.\n',
    );
    const [m] = x.meetings;
    expect(m?.status).toBe('held');
    expect(m?.date).toBe('2024-03-03');
  });
});

describe('the status of one trigger', () => {
  const at = (s: string, word: string) => {
    const t = findTriggers(s).find((x) => x.word === word);
    if (!t) throw new Error(word);
    return statusOf(t, s.slice(0, t.index), s.slice(t.index));
  };
  it('reads a late "has been postponed" after a meeting noun as cancelled', () => {
    expect(at('A meeting of the two mayors, set for Friday, has been postponed.', 'meeting')).toEqual({
      status: 'cancelled',
      explicit: true,
    });
  });

  it('reads "will meet" as planned and "met" as held', () => {
    expect(at('The mayors will meet on Friday.', 'meet').status).toBe('planned');
    expect(at('The mayors met on Friday.', 'met').status).toBe('held');
  });
});
