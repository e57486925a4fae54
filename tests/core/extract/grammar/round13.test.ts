import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';

// Sentences written for these tests (published on Wednesday 13 March 2024 unless told otherwise).
const article = (body: string, date = '2024-03-13'): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: ${date}\n\n${body}\n`);
const names = (x: ReturnType<typeof extractText>): string[] => x.people.map((p) => p.name);
const parties = (x: ReturnType<typeof extractText>): string[][] =>
  x.meetings.map((m) => [...m.participants].sort());

describe('round 13: subjects', () => {
  it('resolves "he" after a fronted adverbial ("On Tuesday he held talks with X")', () => {
    const x = article(
      'Prime Minister Arvo Lind arrived in Tallinn on Monday for a three-day visit.\n\nOn Tuesday he held talks with President Mara Quist on trade.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
    expect(x.meetings[0]).toMatchObject({ date: '2024-03-12', status: 'held' });
  });

  it('takes "the two leaders" for the two people named just before when no meeting was told before', () => {
    const x = article(
      'Prime Minister Arvo Lind and President Mara Quist arrived in Geneva on Monday.\n\nThe two leaders met at the lakeside hotel on Tuesday.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });

  it('puts the speaker at the table of a meeting told in an adverbial clause', () => {
    for (const body of [
      'Prime Minister Arvo Lind told reporters after meeting President Mara Quist in Tallinn on Tuesday that ties were strong.',
      'After talks with President Mara Quist in Tallinn on Tuesday, Prime Minister Arvo Lind said ties were strong.',
    ]) {
      expect(parties(article(body))).toEqual([['Arvo Lind', 'Mara Quist']]);
    }
  });

  it('reads "B, who met A on Tuesday, said" as a meeting of A and B, not as an attribution', () => {
    const x = article(
      'President Mara Quist, who met Prime Minister Arvo Lind in Tallinn on Tuesday, said ties were strong.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });

  it('keeps a person whose title is glued to an institution named with "of"', () => {
    const x = article(
      'Prime Minister Arvo Lind held a meeting with House of Delegates Speaker Mara Quist on Tuesday.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });
});

describe('round 13: places and names', () => {
  it('reads a city that is also a first name as the city after "visit"', () => {
    const x = article(
      'Prime Minister Arvo Lind will visit Santiago on Monday, where he will meet President Mara Quist.',
    );
    expect(names(x)).toEqual(['Arvo Lind', 'Mara Quist']);
    expect(x.places.map((p) => p.name)).toContain('Santiago');
  });

  it('keeps a one-word town inside a name as part of the name', () => {
    const x = article('Prime Minister Arvo Lind met his counterpart Võ Văn Lâm in Hanoi on Tuesday.');
    expect(names(x)).toEqual(['Arvo Lind', 'Võ Văn Lâm']);
    expect(parties(x)).toEqual([['Arvo Lind', 'Võ Văn Lâm']]);
  });

  it('does not place a meeting where a quote after it speaks of', () => {
    const x = article(
      'Prime Minister Arvo Lind met President Mara Quist on Tuesday.\n\nAfter the meeting, Quist said, “We spoke about what is happening in Ukraine and at the border.”',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.country ?? null).toBeNull();
  });
});

describe('round 13: one meeting, or two', () => {
  it('joins an undated lead and the same people dated further down into one meeting with that date', () => {
    const x = article(
      'On his first visit to Vilnius, Prime Minister Arvo Lind held talks with President Mara Quist on energy.\n\nMr. Lind and Ms. Quist met on Tuesday at the presidential palace and discussed grid links, officials said.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
    expect(x.meetings[0]).toMatchObject({ date: '2024-03-12' });
  });

  it('does not join "the meeting with X" to talks X was not at', () => {
    const x = article(
      'Prime Minister Arvo Lind held talks with President Mara Quist in Riga on Tuesday.\n\nThe two discussed preparations for the meeting with Chancellor Ode Brandt.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });
});

describe('round 13: people', () => {
  it('reads a name after a title whose first word heads venues ("Foreign Minister Park Min-ho") as a person', () => {
    const x = article(
      'Foreign Minister Park Min-ho will meet Foreign Minister Arvo Lind in Busan on Sunday.',
    );
    expect(names(x)).toEqual(['Park Min-ho', 'Arvo Lind']);
    expect(parties(x)).toEqual([['Arvo Lind', 'Park Min-ho']]);
  });

  it('reads a titled family name in capitals before a two-word given name as one person', () => {
    const x = article(
      'H.E. Mr. HAN Min Seo, President of the Republic, met Prime Minister Arvo Lind in Seoul.',
    );
    expect(names(x)).toContain('Min Seo Han');
    expect(names(x)).not.toContain('Min Seo');
  });

  it('takes no person from a linking word that opens a sentence', () => {
    const x = article('Nevertheless, Lind met President Mara Quist in Riga on Tuesday.');
    expect(names(x)).not.toContain('Nevertheless');
  });

  it('reads "the Presidential Complex" as a venue, not a person', () => {
    const x = article(
      'Prime Minister Arvo Lind went to the Presidential Complex in Riga, where he met President Mara Quist.',
    );
    expect(names(x)).toEqual(['Arvo Lind', 'Mara Quist']);
  });

  it('credits the names of a bracketed wire line whose cue has no "by"', () => {
    const x = article(
      'Prime Minister Arvo Lind met President Mara Quist in Riga on Tuesday.\n\n(Reporting Anna Berg and Jon Hale, written by Mia Holm; French version Kate Lind)',
    );
    expect(names(x)).toEqual(['Arvo Lind', 'Mara Quist']);
    expect(x.credits).toEqual(expect.arrayContaining(['Anna Berg', 'Jon Hale', 'Mia Holm', 'Kate Lind']));
  });
});

describe('round 13: events a sentence tells apart', () => {
  it('parts the meetings of one sentence at "two days after" and "months after"', () => {
    const x = article(
      'Lind hosted President Mara Quist at the palace in Riga on Monday two days after Lind met Chancellor Ode Brandt in Vienna and months after a tense meeting where Lind and Minister Ivo Kask argued.',
    );
    expect(parties(x)).toEqual([
      ['Lind', 'Mara Quist'],
      ['Lind', 'Ode Brandt'],
      ['Ivo Kask', 'Lind'],
    ]);
    expect(x.meetings[1]?.city).toBe('Vienna');
  });

  it('takes no meeting from talks hoped for as a result', () => {
    const x = article(
      'Prime Minister Arvo Lind and President Mara Quist said they hoped the day would eventually lead to trilateral talks with Chancellor Ode Brandt.',
    );
    expect(x.meetings).toEqual([]);
  });
});

describe('round 13: dates, pronouns and other names', () => {
  it('dates "X also met B" by the meeting just before it, though that meeting is told again after it', () => {
    const x = article(
      'Prime Minister Arvo Lind held a meeting with Speaker Mara Quist on Tuesday.\n\nLind also met Senator Ode Brandt.\n\nQuist said she had a good meeting with Lind.',
    );
    const brandt = x.meetings.find((m) => m.participants.includes('Ode Brandt'));
    expect(brandt).toMatchObject({ date: '2024-03-12' });
  });

  it('takes no meeting from a conversation the article also tells as a phone call', () => {
    const x = article(
      'Prime Minister Arvo Lind held a conversation with President Mara Quist in Florida.\n\nLind started his morning with a detailed phone conversation with Quist, his office said.',
    );
    expect(x.meetings).toEqual([]);
  });

  it('resolves "he" to the person the same sentence names before it, though not as a party', () => {
    const x = article(
      'Spokesman Ivo Kask said on Wednesday the summit was off.\n\nThe decision came after a visit of Prime Minister Arvo Lind to Riga on Friday, where he held talks with President Mara Quist.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });

  it('reads a bracketed word after a full name as that person’s other name', () => {
    const x = article(
      'President Arvo Lindqvist (Arlin) received Prime Minister Mara Quist at the palace on Friday. Arlin said ties were strong.',
    );
    expect(names(x)).toEqual(['Arvo Lindqvist', 'Mara Quist']);
  });

  it('takes no person from a portfolio before "Minister"', () => {
    const x = article(
      'Those present were Tourism Minister Arvo Lind and Law and Justice Minister Mara Quist, officials said.',
    );
    expect(names(x)).toEqual(['Arvo Lind', 'Mara Quist']);
  });
});

describe('round 13: gatherings attended', () => {
  it('reads a session of a named assembly attended as a meeting with that body', () => {
    const x = article(
      'Prime Minister Arvo Lind attended the 80th session of the UN General Assembly in New York on Tuesday.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({
      participants: ['Arvo Lind'],
      city: 'New York',
      date: '2024-03-12',
    });
    expect(x.meetings[0]?.participant_groups).toEqual(['UN General Assembly']);
  });

  it('reads a ministers’ retreat as a gathering, and takes no person from its name', () => {
    const x = article(
      'Foreign Minister Arvo Lind will take part in the ASEAN Foreign Ministers Retreat in Vientiane on Friday.',
    );
    expect(names(x)).toEqual(['Arvo Lind']);
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({
      participants: ['Arvo Lind'],
      status: 'planned',
      date: '2024-03-15',
    });
  });

  it('takes no meeting from an army’s retreat', () => {
    expect(
      article('The army of General Ivo Kask began its retreat from the city on Tuesday.').meetings,
    ).toEqual([]);
  });
});

describe('round 13: more wordings', () => {
  it('reads "had his first one-on-one discussion with X" as a meeting', () => {
    const x = article(
      'Later on Tuesday, Minister Arvo Lind had his first one-on-one discussion with his counterpart, Mara Quist.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });

  it('puts the owner of "X’s first in-person group meeting with A and B" at the table', () => {
    const x = article(
      'Minister Arvo Lind flew to Oslo on Monday.\n\nIt would mark Lind’s first in-person group meeting with Secretary Mara Quist and Minister Ode Brandt.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist', 'Ode Brandt']]);
  });

  it('does not date a meeting by what it is counted from ("since taking office in May")', () => {
    const x = article(
      'Lind will hold his first meeting with President Mara Quist since taking office in May.',
    );
    expect(x.meetings[0]?.date ?? null).toBeNull();
  });

  it('reads Bali as a region, not a town elsewhere', () => {
    const x = article('Minister Arvo Lind and Minister Mara Quist will meet in Bali on Friday.');
    expect(x.meetings[0]?.city ?? null).toBeNull();
    expect(x.meetings[0]?.country ?? null).not.toBe('India');
  });
});

describe('round 13: hosts, guests and the speaker', () => {
  it('puts the host who invited a visitor at the table ("at the invitation of X")', () => {
    const x = article(
      'Prime Minister Arvo Lind is on a two-day official visit to Chile at the invitation of President Mara Quist.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });

  it('reads a luncheon hosted in honour of a guest as a meeting of host and guest', () => {
    const x = article(
      'President Mara Quist hosted a luncheon in honour of Prime Minister Arvo Lind in Riga on Tuesday.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });

  it('reads a round of a named dialogue co-chaired by two people', () => {
    const x = article(
      'The two sides held the third round of strategic dialogue in Riga on Tuesday, co-chaired by Minister Arvo Lind and Minister Mara Quist.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });

  it('puts the speaker at the table of "during their meeting" and "In a meeting with B, A said"', () => {
    for (const body of [
      'Prime Minister Arvo Lind told President Mara Quist during their meeting in Riga on Tuesday that trade must grow.',
      'In a meeting with President Mara Quist on Tuesday, Prime Minister Arvo Lind said trade must grow.',
    ])
      expect(parties(article(body))).toEqual([['Arvo Lind', 'Mara Quist']]);
  });

  it('reads an audience with a pope or a king as a meeting', () => {
    const x = article(
      'Prime Minister Arvo Lind was received in audience by King Olav Brand at the Royal Palace on Tuesday.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Olav Brand']]);
  });

  it('reads talks "scheduled for Friday" and a visitor "due in" a city as planned, dated ahead', () => {
    const a = article(
      'Talks between Prime Minister Arvo Lind and President Mara Quist are scheduled for Friday.',
    );
    expect(a.meetings[0]).toMatchObject({ status: 'planned', date: '2024-03-15' });
    const b = article(
      'Prime Minister Arvo Lind is due in Riga on Friday for talks with President Mara Quist.',
    );
    expect(b.meetings[0]).toMatchObject({ status: 'planned', date: '2024-03-15' });
  });
});

describe('round 13: summits, sides and short names', () => {
  it('places a meeting on the sidelines of the summit where the assembly session was told', () => {
    const x = article(
      'President Arvo Lind returned home on Monday after a visit to Addis Ababa, where he participated in the 38th Ordinary Session of the Assembly of the African Union.\n\nLind also met on the sidelines of the summit with the Prime Minister of Ruritania, Mara Quist.',
    );
    const side = x.meetings.find((m) => m.participants.includes('Mara Quist'));
    expect(side?.city).toBe('Addis Ababa');
  });

  it('takes no party from the object of "on" ("a coup attempt on President X")', () => {
    const x = article(
      'Prime Minister Arvo Lind met Minister Mara Quist in Riga on Tuesday, who told him of a coup attempt on President Ode Brandt.',
    );
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });

  it('reads a summit that "will begin on Tuesday" as planned and ahead', () => {
    const x = article(
      'A summit of the Harbour bloc, which brings together nine countries and a third of the region’s trade, will begin in Riga on Tuesday.',
      '2024-03-11',
    );
    expect(x.meetings[0]).toMatchObject({ status: 'planned', date: '2024-03-12' });
  });

  it('takes no party from the sides of a war a sentence gives as the reason', () => {
    const x = article(
      'Ruritania has postponed the summit with Borduria, which was scheduled for Saturday, due to the war between Estonia and Latvia.',
    );
    expect(x.meetings[0]?.participant_groups).not.toContain('Estonia');
    expect(x.meetings[0]?.participant_groups).not.toContain('Latvia');
  });

  it('reads a lone word inside one long full name as that person ("Lula" of "Luiz Inácio Lula da Silva")', () => {
    const x = article(
      'President Arvo Henrique Koski da Costa met President Mara Quist in Riga on Tuesday.\n\nKoski said the talks went well.',
    );
    expect(names(x)).toEqual(['Arvo Henrique Koski da Costa', 'Mara Quist']);
  });
});

describe('round 13: bylines, pronouns and staying away', () => {
  it('keeps a story whose byline closes it, and credits the author', () => {
    const x = article(
      'Prime Minister Arvo Lind is visiting Riga on Monday in a bid to strengthen ties and address regional issues.\n\nThe one-day official visit starts at 11am when he meets President Mara Quist at the presidential palace.\n\nThe leaders will hold extensive discussions on energy, trade, migration and the security of the region, officials said.\n\nBy Anna Berg',
      '2024-03-11',
    );
    expect(x.credits).toContain('Anna Berg');
    expect(parties(x)).toEqual([['Arvo Lind', 'Mara Quist']]);
  });

  it('resolves "She" past a sentence that itself opens on "She"', () => {
    const x = article(
      'Prime Minister Lena Oram will visit Riga on Tuesday.\n\nShe is scheduled to hold talks with Speaker Mara Quist.\n\nShe will also pay a courtesy call on President Ode Brandt.',
    );
    expect(x.meetings.find((m) => m.participants.includes('Ode Brandt'))?.participants).toContain(
      'Lena Oram',
    );
  });

  it('takes no meeting of a leader who will not attend a summit', () => {
    const x = article(
      'President Arvo Lind said he will not participate in next month’s Harbour Summit in Riga.',
    );
    expect(x.meetings.filter((m) => m.participants.includes('Arvo Lind'))).toEqual([]);
  });
});

describe('round 13: where a trip goes on', () => {
  it('places a meeting that names no place where the same person’s meeting just before was', () => {
    const x = article(
      'Prime Minister Arvo Lind met President Mara Quist in Suva on Wednesday.\n\nIn the afternoon, Lind held talks with Foreign Minister Ode Brandt.',
    );
    const brandt = x.meetings.find((m) => m.participants.includes('Ode Brandt'));
    expect(brandt?.city).toBe('Suva');
  });

  it('does not lend a place to a meeting of another day or status', () => {
    const x = article(
      'Prime Minister Arvo Lind met President Mara Quist in Suva on Wednesday.\n\nLind will hold talks with Foreign Minister Ode Brandt next month.',
    );
    const brandt = x.meetings.find((m) => m.participants.includes('Ode Brandt'));
    expect(brandt?.city ?? null).toBeNull();
  });

  it('dates a meeting "originally scheduled" for a day before the report in the past', () => {
    const x = article(
      'Foreign Minister Arvo Lind and Foreign Minister Mara Quist were originally scheduled to meet on June 12, but the talks were postponed.',
      '2023-06-23',
    );
    expect(x.meetings[0]).toMatchObject({ date: '2023-06-12', status: 'cancelled' });
  });
});
