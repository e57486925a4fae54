import { describe, expect, it } from 'vitest';
import { classifyStatus } from '../../../src-main/core/extract/status';

describe('classifyStatus', () => {
  const cases: Array<[string, string, string, string]> = [
    [
      'planned',
      'A new round of',
      'talks',
      'between the U.S. and Russia will take place in Istanbul on April 10',
    ],
    [
      'planned',
      'Lavrov arrived in Riyadh for a',
      'meeting',
      'with representatives of the U.S. administration.',
    ],
    ['planned', 'The two sides agreed to', 'meet', 'again soon'],
    ['planned', 'The White House confirmed that', 'talks', 'will resume next Saturday.'],
    ['planned', 'Zelenskyy said he would', 'visit', 'Saudi Arabia separately on Wednesday'],
    ['held', 'U.S. and Russian delegations have finished another round of', 'talks', 'regarding the work'],
    [
      'held',
      'The previous two public',
      'meetings',
      'between Russian and American officials took place in March',
    ],
    ['held', 'Witkoff landed in Moscow on March 13 and', 'met', 'with Russian President Vladimir Putin'],
    [
      'held',
      'On May 16, the first direct Ukrainian-Russian',
      'talks',
      'in more than three years took place in Istanbul.',
    ],
    ['ongoing', 'U.S. and Russian officials were holding private', 'conversations', 'on the possibility'],
    ['ongoing', 'NATO defence ministers are', 'meeting', 'in Brussels this week'],
    ['cancelled', 'A planned', 'summit', 'between the two leaders was called off on Monday'],
    ['cancelled', 'The', 'talks', 'were postponed indefinitely'],
  ];
  for (const [expected, before, trigger, after] of cases) {
    it(`reads "${before} ${trigger} ${after}" as ${expected}`, () => {
      expect(classifyStatus(before, trigger, after)).toBe(expected);
    });
  }
});
