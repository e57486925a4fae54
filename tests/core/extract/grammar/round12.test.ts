import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';

const article = (body: string, date = '2024-05-10'): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: ${date}\n\n${body}\n`);
const names = (x: ReturnType<typeof extractText>): string[] => x.people.map((p) => p.name);

describe('round 12: people who are not people', () => {
  it('takes no person from the name of a storm', () => {
    const x = article(
      'The state visit of President Lena Oram was called off because of Typhoon Marisol, officials said.',
    );
    expect(names(x)).toEqual(['Lena Oram']);
  });

  it('takes no person from a list of ministries', () => {
    const x = article(
      'Officials from the Ministries of Fisheries, Harbours and Coastal Works, Tourism and Energy held talks with Kenyan officials on Tuesday.',
    );
    expect(names(x)).toEqual([]);
  });
});

describe('round 12: wordings of a meeting', () => {
  it('reads "welcomed his Aldorian counterpart X" as a meeting held', () => {
    const x = article(
      'Foreign Minister Pavel Ostrov on Thursday welcomed his Aldorian counterpart Mira Kestel at the foreign ministry in Velgrad.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ participants: ['Pavel Ostrov', 'Mira Kestel'], status: 'held' });
    expect(x.meetings[0]?.trigger).toBe('welcomed');
  });

  it('reads a tête-à-tête, however it is spelt, as a meeting', () => {
    for (const word of ['tête-à-tête', 'tete-a-tete', 'tete-e-tete']) {
      const x = article(
        `President Lena Oram and Prime Minister Ivo Brand held a ${word} in Velgrad on Monday.`,
      );
      expect(x.meetings.map((m) => m.participants)).toEqual([['Lena Oram', 'Ivo Brand']]);
    }
  });

  it('keeps the gathering two leaders attended after their talks as a meeting of its own', () => {
    const x = article(
      'President Lena Oram met Prime Minister Ivo Brand in Velgrad on Monday. Both heads of state attended the closing of the Regional Conference on Water Security.',
    );
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings[1]?.participants).toEqual(['Lena Oram', 'Ivo Brand']);
    expect(x.meetings[1]?.trigger).toBe('Conference');
  });
});

describe('round 12: who a description stands for', () => {
  it('resolves "The U.S. president" to the one U.S. President named before', () => {
    const x = article(
      'U.S. President Tom Harlan will fly to Lima next week. The U.S. president had already scrapped a meeting with Mira Kestel.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ participants: ['Tom Harlan', 'Mira Kestel'], status: 'cancelled' });
  });

  it('reads "Latin American" as no country', () => {
    const x = article(
      'President Lena Oram met Prime Minister Ivo Brand at the Latin American Water Forum in Lima on Monday.',
    );
    expect(x.meetings[0]?.participant_groups ?? []).not.toContain('United States');
  });
});

describe('round 12: requests, clauses and lists', () => {
  it('reads an unanswered request to meet as no meeting, however far the asker', () => {
    const x = article(
      'Velgrad did not respond this month to requests from senior Aldorian diplomats, including the foreign minister Mira Kestel, to meet their counterparts.',
    );
    expect(x.meetings).toEqual([]);
  });

  it('gives the subject of the sentence to a clause that has none: "…, and has now cancelled with B"', () => {
    const x = article(
      'Prime Minister Ivo Brand had already scrapped a meeting with Lena Oram, and has now cancelled with Tom Harlan.',
    );
    expect(x.meetings.map((m) => [m.participants, m.status])).toEqual([
      [['Ivo Brand', 'Lena Oram'], 'cancelled'],
      [['Ivo Brand', 'Tom Harlan'], 'cancelled'],
    ]);
  });

  it('resolves "the U.S. president" to the one U.S. president among several presidents named later', () => {
    const x = article(
      'The U.S. president had already scrapped a meeting with Lena Oram. U.S. President Tom Harlan will fly to Lima instead. There he meets Peruvian President Ivo Brand.',
    );
    expect(x.meetings[0]?.participants).toEqual(['Tom Harlan', 'Lena Oram']);
  });

  it('spells out a general topic with the list that follows it', () => {
    const x = article(
      'Prime Minister Ivo Brand will meet President Lena Oram to discuss key areas of cooperation, including maritime security, fisheries and climate change, as part of the partnership.',
    );
    expect(x.meetings[0]?.topic).toBe(
      'key areas of cooperation, including maritime security, fisheries and climate change',
    );
  });

  it('does not place a meeting at the venue of a later activity of the sentence', () => {
    const x = article(
      'Prime Minister Ivo Brand will meet President Lena Oram on Friday and later open the Harvest Fair at Riverside Park, Lima.',
    );
    expect(x.meetings[0]?.place).toBeNull();
  });
});

describe('round 12: names of things and names with initials', () => {
  it('takes no person from a company, a street, a party by its members or a word of office', () => {
    const x = article(
      [
        'An internal memo to Harbour Communications employees denied the report.',
        'President Lena Oram received the investors at the Office of the President on Riverside Drive.',
        'The Social Democrats lost ground.',
        'Senior Minister with Responsibility for Finance Ivo Brand met Oram on Monday.',
      ].join(' '),
    );
    expect(names(x).sort()).toEqual(['Ivo Brand', 'Lena Oram']);
  });

  it('drops an honorific such as "Smt." from the name', () => {
    expect(names(article('Finance Minister Smt. Lena Oram met President Ivo Brand on Monday.'))).toEqual([
      'Lena Oram',
      'Ivo Brand',
    ]);
  });

  it('keeps spaced initials with the name, the first of them read as the article "A" no more', () => {
    const x = article('The committee headed by Defence Minister A K Ostrov met union leaders on Monday.');
    expect(names(x)).toEqual(['A K Ostrov']);
  });

  it('takes a portfolio joined by "and" after "Minister of" for no person, but keeps the name after its comma', () => {
    const x = article(
      'The Minister of Sports and Youth Development, Ivo Brand, met the Minister of Fisheries, Lena Oram, on Monday.',
    );
    expect(names(x).sort()).toEqual(['Ivo Brand', 'Lena Oram']);
  });
});

describe('round 12: "the meeting he had with X"', () => {
  it('is a meeting of the one "he" stands for with X, apart from the meeting told before', () => {
    const x = article(
      'Chief Minister Ivo Brand called on Governor Lena Oram on Monday. It is learnt that the meeting he had with Prime Minister Tom Harlan figured in the talks.',
    );
    expect(x.meetings.map((m) => m.participants)).toEqual([
      ['Ivo Brand', 'Lena Oram'],
      ['Ivo Brand', 'Tom Harlan'],
    ]);
  });
});

describe('round 12: a bloc by its ministers, and streets', () => {
  it('takes "G20 Finance Ministers" as the G20 at the table', () => {
    const x = article(
      'G20 Finance Ministers will meet in Riyadh on Wednesday to discuss debt relief.',
      '2020-04-13',
    );
    expect(x.meetings[0]?.participant_groups).toContain('G20');
  });

  it('reads a street named after a person as a place, not a person', () => {
    const x = article('President Lena Oram met investors at her office on Shiv Narayan Drive on Monday.');
    expect(names(x)).toEqual(['Lena Oram']);
  });
});

describe('round 12: a union met, and a plan told in the past', () => {
  it('takes the organisation right after "meet with" as the counterpart', () => {
    const x = article(
      'Labour Minister Lena Oram will meet with the Harbour Workers Union on Friday.',
      '2024-05-08',
    );
    expect(x.meetings[0]).toMatchObject({
      participants: ['Lena Oram'],
      status: 'planned',
      date: '2024-05-10',
    });
    expect(x.meetings[0]?.participant_groups).toContain('Harbour Workers Union');
  });

  it('dates "was supposed to meet … on Wednesday" to the Wednesday before the report', () => {
    const x = article(
      'Labour Minister Lena Oram was supposed to meet with the Harbour Workers Union on Wednesday. Her office cancelled the meeting.',
      '2024-05-10',
    );
    expect(x.meetings[0]?.date).toBe('2024-05-08');
    expect(x.meetings[0]?.status).toBe('cancelled');
  });

  it('resolves "she" after "why" to the person named before', () => {
    const x = article(
      'Labour Minister Lena Oram spoke in parliament on Tuesday. Critics asked why she cancelled a meeting with Ivo Brand.',
    );
    expect(x.meetings[0]).toMatchObject({ participants: ['Lena Oram', 'Ivo Brand'], status: 'cancelled' });
  });
});

describe('round 12: an office held by one person, named alone', () => {
  it('reads "the Pope" as the one pope the article names', () => {
    const x = article(
      'Pope Leo will address the assembly on Friday. President Ivo Brand will also attend. Mr. Brand and the Pope, who have met twice before, will both speak.',
    );
    expect(x.meetings.map((m) => m.participants.slice().sort())).toContainEqual(['Ivo Brand', 'Leo']);
  });
});
