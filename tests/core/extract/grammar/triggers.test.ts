import { describe, expect, it } from 'vitest';
import {
  countBefore,
  findTriggers,
  hasMeetingNoun,
} from '../../../../src-main/core/extract/grammar/triggers';

const words = (s: string): string[] => findTriggers(s).map((t) => `${t.kind}:${t.word}`);

describe('the trigger pass', () => {
  it('finds verbs, nouns, hosts and meals as meeting words of their kind', () => {
    expect(words('The mayor met the fishermen and later held talks with the harbour board.')).toEqual([
      'meet:met',
      'noun:talks',
    ]);
    expect(words('The queen hosted the visiting President of Lorvania at the palace.')).toContain(
      'host:hosted',
    );
    expect(words('The two envoys had a working dinner by the lake.')).toEqual(['noun:working dinner']);
  });

  it('leaves out phone calls, video links and press meetings', () => {
    expect(findTriggers('The ministers held talks by phone on Monday.')).toEqual([]);
    expect(findTriggers('She met the press after the vote.')).toEqual([]);
  });

  it('keeps "called on" as a meeting but "met the deadline" as none', () => {
    expect(words('The envoy called on Governor Ines Vale at her residence.').join()).toMatch(
      /meet:called on/,
    );
    expect(findTriggers('The council met the deadline for the budget.')).toEqual([]);
  });

  it('counts the meetings a number before the trigger states', () => {
    const s = 'The two teams held three rounds of talks in the spring.';
    const t = findTriggers(s)[0];
    expect(t && countBefore(s, t)).toBe(3);
    const one = 'The teams held talks in the spring.';
    expect(countBefore(one, findTriggers(one)[0] as never)).toBe(1);
  });

  it('tells a text that names a meeting by a noun', () => {
    expect(hasMeetingNoun('After the summit the ministers')).toBe(true);
    expect(hasMeetingNoun('The ministers said on Monday')).toBe(false);
  });
});

describe('reactions met by a plan', () => {
  it('are no meeting: "met strong opposition", "was met with criticism"', () => {
    expect(findTriggers('The harbour plan has met strong opposition from the fishermen.')).toEqual([]);
    expect(findTriggers('The proposal was met with criticism in the council.')).toEqual([]);
  });

  it('leave a meeting with an opposition leader a meeting', () => {
    expect(findTriggers('The mayor met with opposition leader Ines Vale.').map((t) => t.word)).toEqual([
      'met',
    ]);
  });
});
