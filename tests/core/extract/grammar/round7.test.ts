import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';
import { isCancelled } from '../../../../src-main/core/extract/grammar/cancellation';
import { isGeneric, polarityOf } from '../../../../src-main/core/extract/grammar/modality';
import { findTriggers } from '../../../../src-main/core/extract/grammar/triggers';
import { resolveDates } from '../../../../src-main/core/extract/dates';

const article = (body: string): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: 2025-01-15\n\n${body}\n`);

describe('meetings before a summit, walk-outs, opposition and the people of a body', () => {
  it('cancels talks someone walked out of, not talks after which someone walked out of the room', () => {
    expect(isCancelled('The union walked out of the wage talks on Monday')).toBe(true);
    expect(isCancelled('After hours of talks, the mayor walked out the room as the council voted')).toBe(
      false,
    );
  });

  it('reads "opposing talks with X" as no meeting', () => {
    expect(polarityOf('The governor kept opposing opening ')).toBe('negated');
    const x = article('Governor Ana Ruiz is opposed to talks with the rebels of Freedonia.');
    expect(x.meetings).toEqual([]);
  });

  it('keeps a meeting "ahead of the summit" apart from the summit', () => {
    const x = article(
      'Leaders of the Harbour Union met in Lyon on Monday for the first day of their summit. ' +
        'Premier Tom Mboya and Chancellor Carl Dunn met with President Ana Ruiz ahead of the summit to win her over.',
    );
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings[1]?.participants.sort()).toEqual(['Ana Ruiz', 'Carl Dunn', 'Tom Mboya']);
  });

  it('takes the body that leaders come from as a party ("leaders from the Union")', () => {
    const x = article('Leaders from the EU’s 27 countries met in Lyon on Monday for their summit.');
    expect(x.meetings[0]?.participant_groups).toEqual(['EU']);
  });
});

describe('greetings, particle surnames and described places', () => {
  it('takes "greeted by the nation’s leader X" as a meeting at the place of arrival', () => {
    const x = article(
      'Premier Tom Mboya on Monday arrived at the Harbour Palace in Lyon, greeted by the nation’s leader President Ana Ruiz.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.sort()).toEqual(['Ana Ruiz', 'Tom Mboya']);
    expect(x.meetings[0]?.city).toBe('Lyon');
  });

  it('reads a surname with its particle ("Al Rami") as the full name it ends', () => {
    const x = article(
      'Premier Tom Mboya met Emir Karim bin Said Al Rami in Lyon on Monday. Al Rami thanked Mboya. Al Rami left.',
    );
    expect(x.people.map((p) => p.name).sort()).toEqual(['Karim bin Said Al Rami', 'Tom Mboya']);
  });

  it('does not take a place word describing a noun ("the Gulf state") for the place', () => {
    const x = article(
      'Premier Tom Mboya, who flew to the Gulf state on Sunday, met President Ana Ruiz on Monday.',
    );
    expect(x.meetings[0]?.place).toBeNull();
  });
});

describe('dates told by other meetings', () => {
  it('does not date "later in the day" by the report', () => {
    expect(resolveDates('Later in the day, the envoys will meet the mayor.', '2025-01-15', true)).toEqual([]);
    expect(resolveDates('The envoys will meet the mayor on Friday.', '2025-01-15', true)).toHaveLength(1);
  });

  it('dates a meeting "later in the day" by the meeting before it, itself dated by the day of a visit', () => {
    const x = article(
      'Premier Tom Mboya will arrive in Lyon on January 20 and meet Mayor Carl Dunn. ' +
        'On the second day of his visit, he will lay a wreath, which will be followed by a meeting with President Ana Ruiz. ' +
        'Later in the day, Mboya will meet Governor Ines Vale at the Grand Hotel.',
    );
    const vale = x.meetings.find((m) => m.participants.includes('Ines Vale'));
    expect(vale?.date).toBe('2025-01-21');
  });

  it('takes the date of the sentence just before over that of a meeting further back', () => {
    const x = article(
      'On Monday, January 20, Premier Tom Mboya will meet Mayor Carl Dunn in Lyon. ' +
        'On Wednesday, January 22, Mboya will fly to Nice. ' +
        'In Nice, Governor Ines Vale will call on Mboya.',
    );
    const vale = x.meetings.find((m) => m.participants.includes('Ines Vale'));
    expect(vale?.date).toBe('2025-01-22');
  });
});

describe('meetings of a kind, wished-for references and hosts of events', () => {
  it('reads "such talks often …" as what talks are like, not as a meeting', () => {
    expect(isGeneric('They said ', ' often drag on for weeks')).toBe(true);
    expect(isGeneric('Such coalition ', ' will start')).toBe(true);
    expect(isGeneric('The ', ' began on Monday')).toBe(false);
    const x = article('Such talks often drag on for months in Freedonia, Mayor Carl Dunn said.');
    expect(x.meetings).toEqual([]);
  });

  it('opens no meeting for a wished-for reference ("the possibility of holding the summit in X")', () => {
    const x = article(
      'The four members of the group, Chile, Peru, Norway and Japan, are reportedly exploring the possibility of holding the summit on the margins of the Harbour Forum in Lyon in September.',
    );
    expect(x.meetings).toEqual([]);
  });

  it('takes "the summit, which will be hosted by X" for who hosts the event, not for a meeting', () => {
    expect(
      findTriggers('They set the Harbour Summit, which will be hosted by Chile.').map((t) => t.kind),
    ).toEqual(['noun']);
    expect(findTriggers('The talks were hosted by Chile.').map((t) => t.kind)).toContain('host');
  });
});

describe('habits', () => {
  it('reads an undated "X hosts Y" after the lead as what is usual, not as a meeting', () => {
    const x = article(
      'Mayor Carl Dunn met Governor Ines Vale in Lyon on Monday. Freedonia hosts Rebelco’s political leadership in Nice.',
    );
    expect(x.meetings).toHaveLength(1);
    const dated = article(
      'Mayor Carl Dunn spoke on Monday. President Ines Vale hosts Premier Tom Mboya in Nice on Friday.',
    );
    expect(dated.meetings.map((m) => m.participants.sort())).toEqual([['Ines Vale', 'Tom Mboya']]);
  });
});
