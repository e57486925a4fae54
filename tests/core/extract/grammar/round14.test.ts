import { describe, expect, it } from 'vitest';
import type { MeetingMention } from '../../../../src-main/common/extraction';
import { coalesce } from '../../../../src-main/core/extract/grammar/coalesce';
import { topicOf } from '../../../../src-main/core/extract/grammar/topic';
import { extractText } from '../../../../src-main/core/extract/index';

// Sentences written for these tests (published on Wednesday 13 March 2024 unless told otherwise).
const article = (body: string, date = '2024-03-13'): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: ${date}\n\n${body}\n`);
const names = (x: ReturnType<typeof extractText>): string[] => x.people.map((p) => p.name);
const parties = (x: ReturnType<typeof extractText>): string[][] =>
  x.meetings.map((m) => [...m.participants].sort());
const FILLER = 'The weather was mild. Markets were calm. Traffic was light. Schools were open.';

describe('round 14: the date and place a meeting takes from its report', () => {
  it('dates a held meeting told past the lead, with no date of its own, to the week of the report', () => {
    const x = article(`${FILLER}\n\nPrime Minister Arvo Lind met President Mara Quist.`);
    expect(x.meetings[0]).toMatchObject({ date: '2024-03-13', date_precision: 'week', status: 'held' });
  });

  it('dates a planned meeting with no date of its own to the week of the report, never to the day', () => {
    const x = article('Prime Minister Arvo Lind will meet President Mara Quist.');
    expect(x.meetings[0]).toMatchObject({ date: '2024-03-13', date_precision: 'week', status: 'planned' });
  });

  it('leaves undated a meeting told as the past, and one of several', () => {
    const x = article('Prime Minister Arvo Lind had previously met President Mara Quist.');
    expect(x.meetings[0]?.date ?? null).toBeNull();
    const y = article('Prime Minister Arvo Lind and President Mara Quist have held two meetings.');
    expect(y.meetings[0]?.date ?? null).toBeNull();
  });

  it('does not take the guessed week for a reason to fold a meeting into another', () => {
    const meeting = (participants: string[], over: Partial<MeetingMention>): MeetingMention => ({
      participants,
      participant_groups: [],
      place: 'Riga',
      city: 'Riga',
      country: 'Latvia',
      date: '2024-03-13',
      date_precision: 'day',
      date_source: 'text',
      topic: null,
      status: 'held',
      announced_by: null,
      reported_by: null,
      evidence: '',
      evidence_spans: [],
      trigger: 'summit',
      ...over,
    });
    const summit = meeting(['Arvo Lind', 'Mara Quist', 'Ines Vogt'], {});
    const guessed = { status: 'planned' as const, date_source: 'published' as const, trigger: 'meet' };
    const planned = meeting(['Arvo Lind', 'Mara Quist'], {
      ...guessed,
      place: null,
      city: null,
      country: null,
    });
    expect(coalesce([summit, { ...planned, date_precision: 'week' }])).toHaveLength(2);
    // The same meeting dated by the text is the summit told before it happened.
    expect(coalesce([summit, { ...planned, date_source: 'text' }])).toHaveLength(1);
  });

  it('places a meeting with no place of its own where the same person was met before, however far back', () => {
    const x = article(
      `Prime Minister Arvo Lind met President Mara Quist in Riga on Tuesday.\n\n${FILLER}\n\nLind also met Chancellor Ines Vogt on Tuesday.`,
    );
    expect(x.meetings.map((m) => m.city)).toEqual(['Riga', 'Riga']);
  });
});

describe('round 14: one person, several counterparts', () => {
  it('splits "met A of one country and B of another" into two meetings, and keeps a trilateral whole', () => {
    const x = article(
      'Prime Minister Arvo Lind met Indian Foreign Minister Ravi Menon and Thai Foreign Minister Anan Srisuk in Colombo on Tuesday.',
    );
    expect(parties(x)).toEqual([
      ['Arvo Lind', 'Ravi Menon'],
      ['Anan Srisuk', 'Arvo Lind'],
    ]);
    const joint = article(
      'Prime Minister Arvo Lind held a trilateral meeting with Indian Foreign Minister Ravi Menon and Thai Foreign Minister Anan Srisuk in Colombo on Tuesday.',
    );
    expect(joint.meetings).toHaveLength(1);
  });

  it('keeps one meeting when two people sit at each side, or the counterparts are of one country', () => {
    const two = article(
      'Prime Minister Arvo Lind and Swedish Prime Minister Nils Berg met Indian Foreign Minister Ravi Menon and Thai Foreign Minister Anan Srisuk in Colombo on Tuesday.',
    );
    expect(two.meetings).toHaveLength(1);
    const one = article(
      'Prime Minister Arvo Lind met Indian Foreign Minister Ravi Menon and Indian Finance Minister Asha Rao in Colombo on Tuesday.',
    );
    expect(one.meetings).toHaveLength(1);
  });

  it('reads the country of "Foreign Minister of Sri Lanka X" as the person\'s', () => {
    const x = article(
      'Prime Minister Arvo Lind met the Foreign Minister of Sri Lanka Ravi Perera on Tuesday.',
    );
    expect(x.people.find((p) => p.name === 'Ravi Perera')?.affiliation).toBe('Sri Lanka');
  });

  it('puts the subject at the table of a fronted "At the meeting with Y, X said"', () => {
    const x = article(
      'At the meeting with the Chilean president, Mara Quist, Prime Minister Arvo Lind said ties were strong.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });

  it('tells each meeting of a series apart from the series and from each other', () => {
    const x = article(
      'Prime Minister Arvo Lind held several bilateral meetings in Brussels on Tuesday.\n\nAt the meeting with the Chilean president, Mara Quist, Lind said ties were strong.\n\nAt the meeting with the Italian prime minister, Ines Vogt, Lind stressed energy security.',
    );
    expect(parties(x)).toEqual([
      ['Arvo Lind', 'Mara Quist'],
      ['Arvo Lind', 'Ines Vogt'],
    ]);
    expect(x.meetings.map((m) => m.city)).toEqual(['Brussels', 'Brussels']);
    expect(x.meetings.map((m) => m.date)).toEqual(['2024-03-12', '2024-03-12']);
  });

  it('reads "During his talks with C, X" after a meeting with B as a second meeting', () => {
    const x = article(
      'Prime Minister Arvo Lind met President Mara Quist in Brussels on Tuesday. During his talks with Prime Minister Ines Vogt, Lind stressed energy security.',
    );
    expect(parties(x)).toEqual([
      ['Arvo Lind', 'Mara Quist'],
      ['Arvo Lind', 'Ines Vogt'],
    ]);
  });
});

describe('round 14: what a meeting was about', () => {
  it('takes the topic from what a sentence of the meeting says was discussed', () => {
    const x = article(
      'Prime Minister Arvo Lind met President Mara Quist in Riga on Tuesday. The two leaders discussed fishing quotas in the Baltic.',
    );
    expect(x.meetings[0]?.topic).toBe('fishing quotas');
    const y = article(
      'Prime Minister Arvo Lind held talks with President Mara Quist in Riga on Tuesday. Discussions centred around the new harbour.',
    );
    expect(y.meetings[0]?.topic).toBe('the new harbour');
  });

  it('never takes the counterpart of "discussed with" or a day for a topic', () => {
    expect(topicOf(' discussed with President Mara Quist', true)).toBeNull();
    expect(topicOf('They will meet on the same day in Riga', false)).toBeNull();
  });

  it('ends a topic before the verb that calls the meeting off', () => {
    expect(topicOf(' to discuss ways of ending the dispute were called off', false)).toBe(
      'ways of ending the dispute',
    );
  });

  it('reads only discussion words when looking past the trigger', () => {
    expect(topicOf('The leaders met on Tuesday in the old town hall', true)).toBeNull();
    expect(topicOf('The two ministers exchanged views on water rights.', true)).toBe('water rights');
  });
});

describe('round 14: "discussed … with"', () => {
  it('is a meeting where the article puts the two in one place', () => {
    const x = article(
      'Prime Minister Arvo Lind arrived in Riga on Tuesday for a two-day visit. He discussed fishing quotas with President Mara Quist.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
    expect(x.meetings[0]?.topic).toBe('fishing quotas');
    const sidelines = article(
      'On the sidelines of the summit, Prime Minister Arvo Lind discussed fishing quotas with President Mara Quist.',
    );
    expect(parties(sidelines)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });

  it('is no meeting on a call, or with nothing that says they were together', () => {
    for (const body of [
      'Prime Minister Arvo Lind spoke by phone on Tuesday with President Mara Quist. He discussed fishing quotas with Quist.',
      'Prime Minister Arvo Lind discussed fishing quotas with President Mara Quist.',
    ])
      expect(article(body).meetings).toEqual([]);
  });
});

describe('round 14: blocs and international bodies as parties', () => {
  it('knows regional blocs and lenders written in capitals or not', () => {
    const bloc = article('Prime Minister Arvo Lind met the leaders of Mercosur in Montevideo on Tuesday.');
    expect(bloc.meetings[0]?.participant_groups).toContain('Mercosur');
    const lender = article('An IMF mission met President Mara Quist in Accra on Tuesday.');
    expect(lender.meetings[0]?.participant_groups).toContain('IMF');
    // A word of a person's name is not the body it spells in capitals ("Who" is not the WHO).
    const name = article('President Mara Quist met Minister Tomas Who in Accra on Tuesday.');
    expect(name.meetings[0]?.participant_groups ?? []).not.toContain('WHO');
  });
});

describe('round 14: regnal numbers', () => {
  it('keeps the number of a monarch or pope, and "Jr.", as part of the name', () => {
    for (const [body, name] of [
      ['Prime Minister Arvo Lind met King Charles III at the palace on Tuesday.', 'Charles III'],
      ["Prime Minister Arvo Lind met Jordan's King Abdullah II in Amman on Tuesday.", 'Abdullah II'],
      ['Pope Leo XIV received Prime Minister Arvo Lind at the Vatican on Tuesday.', 'Leo XIV'],
      ['President Tomas Marcos Jr. met Prime Minister Arvo Lind in Manila on Tuesday.', 'Tomas Marcos Jr.'],
      [
        'Prime Minister Arvo Lind met Martin Luther King Jr. in Washington on Tuesday.',
        'Martin Luther King Jr.',
      ],
    ] as const)
      expect(names(article(body))).toContain(name);
  });

  it('takes no person from a numbered war or phase', () => {
    const x = article(
      'Prime Minister Arvo Lind met President Mara Quist at the World War II memorial on Tuesday to discuss Phase II of the harbour.',
    );
    expect(names(x)).toEqual(['Arvo Lind', 'Mara Quist']);
  });
});

describe('round 14: the people of the sides', () => {
  it('puts the people its sentences name for two sides at a meeting of those sides', () => {
    const x = article(
      "The Latvian and Chilean delegations met in Geneva on Tuesday for a second round of talks. Latvia's Foreign Minister Arvo Lind and Chile's envoy Mara Quist led them.",
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });

  it('leaves a spokesman, or the people of one side only, away from the table', () => {
    const x = article(
      "The Latvian and Chilean delegations met in Geneva on Tuesday for a second round of talks. Latvia's Foreign Minister Arvo Lind praised them.",
    );
    expect(parties(x)).toEqual([[]]);
    const y = article(
      "The Latvian and Chilean delegations met in Geneva on Tuesday. Latvia's Foreign Minister Arvo Lind and Chile's foreign ministry spokesman Tomas Berg commented.",
    );
    expect(parties(y)).toEqual([[]]);
  });
});

describe('round 14: "the Governments"', () => {
  it('reads "the Governments" as the two governments named before, never as a person', () => {
    const x = article(
      'The prime ministers agreed that the Governments of Latvia and Chile would meet next year.\n\nThe first meeting between the Governments took place in Riga on 14 May 2009.',
    );
    expect(names(x)).toEqual([]);
    const old = x.meetings.find((m) => m.date === '2009-05-14');
    expect(old?.participant_groups.sort()).toEqual(['Chile', 'Latvia']);
  });
});

describe('round 14: the dateline', () => {
  it('places a held meeting told further down at the dateline, but not one told as the past or still planned', () => {
    const x = article(
      'Riga: Prime Minister Arvo Lind met President Mara Quist on Tuesday.\n\nThe weather was mild.\n\nLind also met Chancellor Ines Vogt.\n\nLind had previously met Foreign Minister Tomas Berg in 2019.\n\nLind will meet Senator Ana Sol next month.',
    );
    const cityOf = (who: string): string | null | undefined =>
      x.meetings.find((m) => m.participants.includes(who))?.city;
    expect(cityOf('Mara Quist')).toBe('Riga');
    expect(cityOf('Ines Vogt')).toBe('Riga');
    expect(cityOf('Tomas Berg') ?? null).toBeNull();
    expect(cityOf('Ana Sol') ?? null).toBeNull();
  });
});

describe('round 14: the trip', () => {
  it("places a meeting with no place of its own where the same person's trip told before goes", () => {
    const x = article(
      'Prime Minister Arvo Lind arrived in Chile on Sunday for a two-day visit.\n\nLind is scheduled to meet President Mara Quist on Monday.',
      '2024-03-10',
    );
    expect(x.meetings[0]).toMatchObject({ country: 'Chile', date: '2024-03-11' });
  });

  it('does not place there a meeting dated long after the trip', () => {
    const x = article(
      'Prime Minister Arvo Lind arrived in Chile on Sunday for a two-day visit.\n\nLind will meet President Mara Quist on 30 April.',
      '2024-03-10',
    );
    expect(x.meetings[0]?.country ?? null).not.toBe('Chile');
  });
});

describe('round 14: spans that measure', () => {
  it('takes no date from "to mark 100 years of relations", and keeps "in two weeks" and "two weeks ago"', () => {
    const x = article(
      'Prime Minister Arvo Lind will meet President Mara Quist to mark 100 years of relations.',
    );
    expect(x.meetings[0]?.date).not.toBe('2124');
    expect(
      article('Prime Minister Arvo Lind will meet President Mara Quist in two weeks.').meetings[0]?.date,
    ).toBe('2024-03-27');
    expect(
      article('Prime Minister Arvo Lind met President Mara Quist two weeks ago.').meetings[0]?.date,
    ).toBe('2024-02-28');
  });
});

describe('round 14: demonyms of two words', () => {
  it('reads "Sri Lankan President X" as a person of Sri Lanka, never "Lankan" as a name', () => {
    const x = article('Sri Lankan President Ravi Perera met Prime Minister Arvo Lind in Colombo on Tuesday.');
    expect(names(x)).toEqual(['Ravi Perera', 'Arvo Lind']);
    expect(x.people[0]?.affiliation).toBe('Sri Lanka');
  });
});

describe('round 14: portfolios', () => {
  it('reads "Minister of Rural Development A B" as A B, whatever else the article says', () => {
    const x = article('Minister of Rural Development Amir Khalid met Prime Minister Arvo Lind on Tuesday.');
    expect(names(x)).toEqual(['Amir Khalid', 'Arvo Lind']);
  });
});
