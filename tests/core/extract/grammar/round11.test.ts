import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';
import type { MeetingMention, PersonMention } from '../../../../src-main/common/extraction';
import { coalesce } from '../../../../src-main/core/extract/grammar/coalesce';

const article = (body: string): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: 2025-01-15\n\n${body}\n`);

const meeting = (participants: string[], fields: Partial<MeetingMention>): MeetingMention => ({
  participants,
  participant_groups: [],
  place: null,
  city: null,
  country: null,
  date: null,
  date_precision: 'unknown',
  date_source: null,
  topic: null,
  status: 'held',
  announced_by: null,
  reported_by: null,
  evidence: '',
  evidence_spans: [],
  trigger: 'met',
  ...fields,
});

describe('round 11: one meeting told in several places of an article', () => {
  it('takes a held meeting of the same people dated only by its year for the one dated by its day', () => {
    const day = meeting(['Anna Berg', 'Tom Kell'], {
      city: 'Oslo',
      place: 'Oslo',
      date: '2025-01-13',
      date_precision: 'day',
      trigger: 'talks',
    });
    const year = meeting(['Tom Kell', 'Anna Berg'], {
      date: '2025',
      date_precision: 'year',
      trigger: 'Meeting',
    });
    const one = coalesce([year, day]);
    expect(one).toHaveLength(1);
    expect(one[0]?.date).toBe('2025-01-13');
    expect(one[0]?.city).toBe('Oslo');
    expect(coalesce([{ ...year, date: '2024' }, day])).toHaveLength(2);
    expect(coalesce([{ ...year, status: 'planned' }, day])).toHaveLength(2);
  });
});

describe('round 11: a meeting planned for the day of the report and held that day', () => {
  const held = meeting(['Anna Berg', 'Tom Kell'], {
    place: 'Iceland',
    country: 'Iceland',
    date: '2025-01-15',
    date_precision: 'day',
    trigger: 'visit',
  });
  const planned = meeting(['Tom Kell'], {
    place: 'Reykjavik',
    city: 'Reykjavik',
    country: 'Iceland',
    date: '2025-01-15',
    date_precision: 'day',
    status: 'planned',
    trigger: 'meeting',
  });

  it('takes "looking forward to meeting X in Reykjavik today" for the visit to X that day', () => {
    expect(coalesce([held, planned])).toEqual([held]);
  });

  it('keeps a meeting planned for another day or place, or with someone else', () => {
    expect(coalesce([held, { ...planned, date: '2025-01-16' }])).toHaveLength(2);
    expect(coalesce([held, { ...planned, country: 'Norway', city: 'Oslo' }])).toHaveLength(2);
    expect(coalesce([held, { ...planned, participants: ['Eva Lund'] }])).toHaveLength(2);
  });
});

describe('round 11: a meeting of sides told again by name', () => {
  const person = (name: string, affiliation: string): PersonMention => ({
    name,
    aliases: [],
    roles: [],
    affiliation,
  });
  const people = [person('Anna Berg', 'Norway'), person('Tom Kell', 'Iceland')];
  const named = meeting(['Anna Berg', 'Tom Kell'], {
    date: '2025-01-13',
    date_precision: 'day',
    date_source: 'text',
    trigger: 'summit',
  });
  const sides = meeting([], {
    participant_groups: ['Norway', 'Iceland'],
    date: '2025-01-15',
    date_precision: 'day',
    date_source: 'published',
    trigger: 'talks',
  });

  it('takes "the leaders of A and B held talks" for the meeting of the people of A and B that day', () => {
    expect(coalesce([sides, named], people)).toEqual([named]);
  });

  it('keeps the sides apart on another day, with another status, or when one side has nobody named', () => {
    expect(coalesce([{ ...sides, date: '2025-01-10', date_source: 'text' }, named], people)).toHaveLength(2);
    expect(coalesce([{ ...sides, status: 'planned' }, named], people)).toHaveLength(2);
    expect(coalesce([{ ...sides, participant_groups: ['Norway', 'Denmark'] }, named], people)).toHaveLength(
      2,
    );
  });
});

describe('round 11: dates', () => {
  it('does not read the verb "sat" as Saturday, but reads "Sat."', () => {
    const verb = article('Anna Berg and Tom Kell sat down for talks in Oslo.');
    expect(verb.meetings[0]?.date_source).not.toBe('text');
    expect(verb.meetings[0]?.date).toBe('2025-01-15');
    const day = article('Anna Berg and Tom Kell met in Oslo on Sat.');
    expect(day.meetings[0]?.date).toBe('2025-01-11');
  });
});

describe('round 11: status', () => {
  it('reads the purpose of a trip already made as held', () => {
    const landed = article(
      'Anna Berg has landed in Iceland on a surprise visit to meet her counterpart Tom Kell.',
    );
    expect(landed.meetings[0]?.status).toBe('held');
    const flew = article('Anna Berg visited Reykjavik to meet Prime Minister Tom Kell.');
    expect(flew.meetings[0]?.status).toBe('held');
    const planned = article('Anna Berg will fly to Reykjavik on Friday to meet Prime Minister Tom Kell.');
    expect(planned.meetings[0]?.status).toBe('planned');
  });
});

describe('round 11: a meeting someone had, told again with a side', () => {
  it('reads "we had a very good meeting" as held, "had a meeting scheduled" as planned', () => {
    const had = article(
      'Anna Berg told reporters: "We had a very, very good meeting with Iceland, I would say better than expected."',
    );
    expect(had.meetings[0]?.status).toBe('held');
    const ahead = article('Anna Berg had a meeting scheduled with Tom Kell for Friday in Oslo.');
    expect(ahead.meetings[0]?.status).toBe('planned');
  });

  it('takes a meeting of one person with a side for the meeting of that day with a person of that side', () => {
    const people: PersonMention[] = [
      { name: 'Anna Berg', aliases: [], roles: [], affiliation: 'Norway' },
      { name: 'Tom Kell', aliases: [], roles: [], affiliation: 'Iceland' },
    ];
    const full = meeting(['Anna Berg', 'Tom Kell'], {
      participant_groups: ['Norway'],
      date: '2025-01-15',
      date_precision: 'day',
    });
    const one = meeting(['Anna Berg'], {
      participant_groups: ['Iceland'],
      date: '2025-01-15',
      date_precision: 'day',
      trigger: 'meeting',
    });
    expect(coalesce([full, one], people)).toEqual([full]);
    expect(coalesce([full, { ...one, participant_groups: ['Denmark'] }], people)).toHaveLength(2);
  });
});

describe('round 11: bilateral meetings with two people, told again by their month', () => {
  it('reads "will hold bilateral meetings with A and B" as one meeting with each', () => {
    const x = article('Anna Berg will hold bilateral meetings with Tom Kell and Eva Lund in Oslo on Friday.');
    expect(x.meetings.map((m) => m.participants)).toEqual([
      ['Anna Berg', 'Tom Kell'],
      ['Anna Berg', 'Eva Lund'],
    ]);
  });

  it('dates a meeting planned "in late January" in a report of January 15 this January', () => {
    const x = article('Anna Berg will meet Tom Kell in Oslo in late January.');
    expect(x.meetings[0]?.date).toBe('2025-01');
  });

  it('takes a planned meeting dated by its month for the one of the same people dated by its day', () => {
    const day = meeting(['Anna Berg', 'Tom Kell'], {
      date: '2025-01-17',
      date_precision: 'day',
      status: 'planned',
      trigger: 'meetings',
    });
    const month = meeting(['Tom Kell', 'Anna Berg'], {
      date: '2025-01',
      date_precision: 'month',
      status: 'planned',
      trigger: 'meeting',
    });
    expect(coalesce([day, month])).toHaveLength(1);
    expect(coalesce([day, { ...month, date: '2025-02' }])).toHaveLength(2);
  });
});

describe('round 11: speakers who say they will meet', () => {
  it('takes "A and B said Monday they will meet" as a meeting of A and B', () => {
    const x = article('Anna Berg and Tom Kell said Monday they will meet in Oslo next month.');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants).toEqual(['Anna Berg', 'Tom Kell']);
  });

  it('keeps speakers out of a meeting of others they announce', () => {
    const x = article('Anna Berg and Tom Kell said the fisheries ministers will meet in Oslo next month.');
    expect(x.meetings.flatMap((m) => m.participants)).toEqual([]);
  });
});

describe('round 11: a cancellation weighed', () => {
  it('keeps the planned meeting someone floats the idea of cancelling, not one only floated', () => {
    const weighed = article(
      'Anna Berg floated the idea of cancelling a bilateral meeting with Tom Kell in Oslo next week.',
    );
    expect(weighed.meetings).toHaveLength(1);
    expect(weighed.meetings[0]?.status).toBe('planned');
    const floated = article('Anna Berg floated the idea of a meeting with Tom Kell in Oslo next week.');
    expect(floated.meetings).toHaveLength(0);
  });
});

describe('round 11: people named by their countries and role', () => {
  it('takes "the Norwegian and Danish prime ministers" for the article\'s prime minister of each', () => {
    const x = article(
      'Norwegian Prime Minister Anna Berg and Danish Prime Minister Tom Kell arrived in Geneva on Tuesday for a ' +
        'fisheries conference. A long-awaited meeting between the Norwegian and Danish prime ministers is ' +
        'expected to take place on Friday.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants).toEqual(['Anna Berg', 'Tom Kell']);
  });
});

describe('round 11: places', () => {
  it('does not place a meeting at the trip made before it ("after concluding her trip to X")', () => {
    const x = article(
      'Anna Berg visited Reykjavik to meet Tom Kell after concluding her two-day trip to Denmark.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.place).toBe('Reykjavik');
    expect(x.meetings[0]?.participants).toEqual(['Anna Berg', 'Tom Kell']);
  });
});

describe('round 11: false meetings', () => {
  it('takes no meeting from a source that has no information about one', () => {
    const x = article(
      'A spokesman for the ministry said the government did not have information about the reported meeting between Anna Berg and Tom Kell.',
    );
    expect(x.meetings).toHaveLength(0);
    const stated = article(
      'A spokesman for the ministry said Anna Berg and Tom Kell will meet in Oslo on Friday.',
    );
    expect(stated.meetings).toHaveLength(1);
  });

  it('takes no meeting from an agreement to resume talks with no date, but keeps a dated one', () => {
    const bare = article('Norway and Iceland agreed to resume their fisheries negotiations, officials said.');
    expect(bare.meetings).toHaveLength(0);
    const dated = article(
      'Norway and Iceland agreed to resume their fisheries negotiations on Monday in Oslo.',
    );
    expect(dated.meetings).toHaveLength(1);
  });

  it('takes no meeting from a record set by a visit ("the first … to visit X since"), but keeps the visit', () => {
    const record = article(
      'Anna Berg is the first Norwegian prime minister to visit Iceland since 1998 after former premier Tom Kell.',
    );
    expect(record.meetings).toHaveLength(0);
    const visit = article('Anna Berg will visit Iceland next week to meet Prime Minister Tom Kell.');
    expect(visit.meetings).toHaveLength(1);
  });
});
