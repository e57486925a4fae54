import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';
import { isProcess } from '../../../../src-main/core/extract/grammar/modality';
import { classifyStatus } from '../../../../src-main/core/extract/status';
import { statusOf } from '../../../../src-main/core/extract/grammar/status';

const article = (body: string): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: 2025-01-15\n\n${body}\n`);

describe('round 9: wording of meetings', () => {
  it('reads "sit down with" as a meeting, located by the visit that frames it', () => {
    const x = article(
      'Anna Berg called off the session. Tom Kell was expected to sit down with Anna Berg during a visit to Oslo on Thursday.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.sort()).toEqual(['Anna Berg', 'Tom Kell']);
    expect(x.meetings[0]?.city).toBe('Oslo');
    expect(x.meetings[0]?.trigger).toContain('sit down with');
  });

  it('does not take a deputy for the holder of the role the sentence names', () => {
    const x = article(
      'Lena Holm turned down talks with Deputy Prime Minister Ola Dahl. Lena Holm was to sit down with the Norwegian Prime Minister in Oslo.',
    );
    expect(x.meetings[0]?.participants).toEqual(['Lena Holm']);
  });

  it('leaves out of a meeting someone "and" joins only through a verb', () => {
    const x = article(
      'Lena Holm met Carl Moe in Oslo on Monday. Officials cancelled the meeting and offered up Ola Dahl instead.',
    );
    expect(x.meetings[0]?.participants.sort()).toEqual(['Carl Moe', 'Lena Holm']);
  });
});

describe('round 9: a greeting quoted after "said:"', () => {
  it('reads "Great to see X at Y this morning" as the speaker’s meeting, "the Harbour chief" as its head', () => {
    const x = extractText(
      'test.txt',
      'date: 2025-01-15\n\nHarbour Board Chairman Ivo Lund met Mayor Ana Ruiz in Lyon on Monday.\n\n' +
        'In a later post, the Harbour chief said: "Great to see Governor Tom Kell at the Lyon Palace this morning. Thanks for the welcome."\n',
    );
    const greeting = x.meetings.find((m) => (m.trigger ?? '').includes('Great to see'));
    expect(greeting?.participants.sort()).toEqual(['Ivo Lund', 'Tom Kell']);
    expect(greeting?.place).toBe('Lyon Palace');
    expect(greeting?.date).toBe('2025-01-15');
  });
});

describe('round 9: new meetings named as such, and several meetings in one', () => {
  it('reads "the maiden meeting between A and B" as a new meeting, framed by the summit its sideline meeting is at', () => {
    const x = article(
      'President Ana Ruiz will attend the Harbour Council summit in Oslo next week. The Foreign Office will publish the programme. ' +
        'The finance ministers will brief reporters. The delegation will fly on Monday. ' +
        'The maiden meeting between Ruiz and President Tom Kell will be notable. The sideline meeting will cover trade.',
    );
    const maiden = x.meetings.find((m) => m.participants.includes('Tom Kell'));
    expect(maiden?.participants.sort()).toEqual(['Ana Ruiz', 'Tom Kell']);
    expect(maiden?.city).toBe('Oslo');
    expect(maiden?.status).toBe('planned');
  });

  it('splits "A and B will have bilateral meetings with C" into one meeting of each with C', () => {
    const x = article(
      'President Ana Ruiz and her Norwegian counterpart Tom Kell will have bilateral meetings with Carl Moe in Oslo on Friday.',
    );
    expect(x.meetings.map((m) => m.participants.sort())).toEqual([
      ['Ana Ruiz', 'Carl Moe'],
      ['Carl Moe', 'Tom Kell'],
    ]);
  });
});

describe('round 9: two events in one sentence', () => {
  it('parts a reference from a first-ever summit told "less than a week after"', () => {
    const x = article(
      'Ana Ruiz held talks with Tom Kell on Monday. The meeting of the two is taking place less than a week after ' +
        'Carl Moe traveled to the port town of Lyon for the first-ever trilateral summit with President Ivo Lund.',
    );
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings[0]?.participants.sort()).toEqual(['Ana Ruiz', 'Tom Kell']);
    expect(x.meetings[0]?.city).toBeNull();
    expect(x.meetings[1]?.participants).toContain('Ivo Lund');
    expect(x.meetings[1]?.city).toBe('Lyon');
  });
});

describe('round 9: a meeting told of this year', () => {
  it('reads "this year’s meeting" as a reference that keeps the precise date told elsewhere', () => {
    const x = article(
      'Leaders continued to arrive in Oslo ahead of the 12th Harbour Council Leaders Meeting. ' +
        'He looks forward to the outcomes of this year’s meeting. ' +
        'The 12th Harbour Council Leaders Meeting officially opens in Oslo on 16 January.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.date).toBe('2025-01-16');
    expect(x.meetings[0]?.status).toBe('planned');
  });
});

describe('round 9: a roster after a meeting', () => {
  it('adds the people of list lines right after a meeting sentence to that meeting', () => {
    const x = extractText(
      'test.txt',
      'date: 2025-01-15\n\nLeaders of the Harbour Council arrived in Oslo today ahead of the 12th Harbour Council Leaders Meeting.\n\n' +
        '- Hon. Ana Ruiz, Prime Minister of Norvalo\n\n- Mr. Tom Kell, President of Estavia\n\n' +
        'The weather in Oslo was mild.\n\n- Hon. Carl Moe, Speaker of Estavia\n',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants).toEqual(['Ana Ruiz', 'Tom Kell']);
  });
});

describe('round 9: processes that are not meetings', () => {
  it('reads accession and membership negotiations as a process', () => {
    expect(isProcess('The Harbour Council decided to open accession ')).toBe(true);
    expect(isProcess('Norvalo began membership ')).toBe(true);
    expect(isProcess('The two ministers held ')).toBe(false);
    const x = article('The Harbour Council decided to open accession negotiations with Norway and Sweden.');
    expect(x.meetings).toHaveLength(0);
  });
});

describe('round 9: bare titles', () => {
  it('reads a bare CM not before a name as the one chief minister of the article', () => {
    const x = article(
      'Chief Minister Ana Ruiz chaired the cabinet on Monday. Secretary Tom Kell met the CM in Lyon on Tuesday and briefed CM on the budget.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.sort()).toEqual(['Ana Ruiz', 'Tom Kell']);
  });
});

describe('round 9: the next step of a programme', () => {
  it('dates "X will then head to B, where he will meet Y" by X’s last dated meeting', () => {
    const x = article(
      'Ana Ruiz will visit Norway next week, meeting with King Harald. The visit will focus on trade. ' +
        'Officials said the trip had long been planned. Norway is a close partner. ' +
        'Ruiz will then head to Lyon where she will meet with leaders, including Mayor Tom Kell.',
    );
    const lyon = x.meetings.find((m) => m.city === 'Lyon');
    expect(lyon?.date).toBe(x.meetings[0]?.date);
    expect(lyon?.date).not.toBeNull();
  });
});

describe('round 9: who a reference lists', () => {
  it('adds the people listed after "— including" to the meeting a reference points to', () => {
    const x = article(
      'Ana Ruiz will meet the council leaders in Lyon on Friday. ' +
        'An aide said that "all the principals" — including Ana Ruiz, Tom Kell and Carl Moe — agreed to the meeting.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.sort()).toEqual(['Ana Ruiz', 'Carl Moe', 'Tom Kell']);
  });
});

describe('round 9: a body’s meeting told twice', () => {
  it('reads a reference as the meeting when the other trigger of its sentence states none, and joins its retelling', () => {
    const x = article(
      'Mayor Tom Kell met Ana Ruiz in Lyon on Saturday. ' +
        'Kell went to Lyon after the meeting of the harbour steering committee on Friday urged him to meet the governor. ' +
        'The port was busy. Meeting of the harbour steering committee, led by Carl Moe and including Ivo Lund, gave Kell a mandate.',
    );
    const committee = x.meetings.find((m) => m.participants.includes('Carl Moe'));
    expect(committee?.date).toBe('2025-01-10');
    expect(x.meetings).toHaveLength(2);
  });
});

describe('round 9: a meeting that follows another', () => {
  it('dates "which will be followed by a meeting with Z" on the day of the meeting it follows', () => {
    const x = article(
      'President Ana Ruiz will fly to Lyon on Friday. In Lyon, Mayor Tom Kell will call upon President Ana Ruiz, ' +
        'which will be followed by a meeting with Governor Carl Moe at the Lyon Palace.',
    );
    const sequel = x.meetings.find((m) => m.participants.includes('Carl Moe'));
    expect(sequel?.date).toBe('2025-01-17');
  });
});

describe('round 9: the host of another event', () => {
  it('does not take the host of a summit named in a "which will be hosted by" clause as a party', () => {
    const x = article(
      'On Monday, the ministers’ meeting is expected to discuss arrangements for the Harbour Leaders Summit, which will be hosted by Norway this year.',
    );
    expect(x.meetings.flatMap((m) => m.participant_groups)).not.toContain('Norway');
  });
});

describe('round 9: a meeting being held', () => {
  it('reads "is being held" as ongoing, also as the late verb of a noun subject', () => {
    expect(classifyStatus('The summit', 'is being held', 'in Lyon')).toBe('ongoing');
    const own =
      'meeting, brokered by Norway and its prime minister in her capacity as the chair of the bloc, is being held to ease tensions.';
    const t = { index: 4, length: 7, word: 'meeting', kind: 'noun' as const };
    expect(statusOf(t, 'The ', own).status).toBe('ongoing');
  });
});

describe('round 9: who took part does not say where a meeting stands', () => {
  it('keeps "is being held" when a later sentence lists who attended with "were"', () => {
    const x = article(
      'The truce talks between Norway and Sweden began in Oslo on Wednesday. ' +
        'The meeting, brokered by Denmark and its prime minister in her capacity as chair, is being held to ease tensions. ' +
        'Also attending the meeting were Ambassador Tom Kell and Ambassador Ivo Lund.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.status).toBe('ongoing');
  });
});

describe('round 9: arrivals for a summit', () => {
  it('reads "landed ahead of a summit" as the summit, joined by those who all landed, not at their airport', () => {
    const x = article(
      'The foreign ministers of Norway and Sweden landed in Denmark ahead of a regional summit, where they were joined by Minister Tom Kell. ' +
        'Norway’s Ana Ruiz and Sweden’s Ivo Lund all landed at the Aalborg Air Base on Wednesday.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.sort()).toEqual(['Ana Ruiz', 'Ivo Lund', 'Tom Kell']);
    expect(x.meetings[0]?.place).not.toContain('Air Base');
  });

  it('still reads "ahead of the summit" as no summit of its own', () => {
    const x = article('Ana Ruiz met Tom Kell in Oslo on Monday ahead of the summit.');
    expect(x.meetings).toHaveLength(1);
  });
});
