import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';
import type { MeetingMention } from '../../../../src-main/common/extraction';
import { eligiblePerson } from '../../../../src-main/core/extract/grammar/parties';
import { coalesce } from '../../../../src-main/core/extract/grammar/coalesce';
import { countryByName } from '../../../../src-main/core/lexicon/gazetteer';
import { splitSentences } from '../../../../src-main/core/lexicon/sentences';

const article = (body: string): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: 2025-01-15\n\n${body}\n`);

describe('round 10: false meetings', () => {
  it('takes no meeting from one country alone with nobody named, but keeps a bloc alone', () => {
    const host = article('Norway has offered to host the summit next month.');
    expect(host.meetings).toHaveLength(0);
    const bloc = article('The G7 will meet in Rome on March 3.');
    expect(bloc.meetings).toHaveLength(1);
  });
});

describe('round 10: one meeting told twice in an article', () => {
  it('keeps one meeting when the same people met the same day in a city and at a venue in it', () => {
    const x = article(
      'Anna Berg and Tom Kell met in Oslo on Monday, the first meeting of their two countries in a decade. ' +
        'Reporters waited outside for hours.\n\nThe ministers spoke about fishing quotas and oil prices.\n\n' +
        'The two met at 10 a.m. on Monday at the Grand Hotel.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.place).toBe('Grand Hotel');
    expect(x.meetings[0]?.city).toBe('Oslo');
  });

  it('takes a past meeting recalled without a date for the dated one of the same people there', () => {
    const x = article(
      'Anna Berg and Tom Kell met for the first time on June 3, 2023, at the Grand Hotel in Oslo. ' +
        'Reporters waited outside for hours.\n\nThe ministers spoke about fishing quotas and oil prices. ' +
        'Hundreds of people marched in the rain.\n\nA new ferry line opened in the north.\n\n' +
        'Relations have warmed since Anna Berg and Tom Kell met in Oslo.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.date).toBe('2023-06-03');
  });

  it('takes a meeting of one person on the day of their meeting with another for that meeting', () => {
    const meeting = (participants: string[], evidence: string): MeetingMention => ({
      participants,
      participant_groups: [],
      place: 'Oslo',
      city: 'Oslo',
      country: 'Norway',
      date: '2025-03-03',
      date_precision: 'day',
      date_source: 'text',
      topic: null,
      status: 'planned',
      announced_by: null,
      reported_by: null,
      evidence,
      evidence_spans: [],
      trigger: 'meet',
    });
    const both = meeting(['Anna Berg', 'Tom Kell'], 'Anna Berg and Tom Kell will meet in Oslo on March 3.');
    const one = meeting(['Berg'], 'Berg said she would meet the visiting minister on March 3 in Oslo.');
    expect(coalesce([both, one])).toEqual([both]);
    expect(coalesce([both, { ...one, date: '2025-03-04' }])).toHaveLength(2);
  });

  it('keeps a dinner and talks of the same day apart', () => {
    const x = article(
      'Anna Berg hosted Tom Kell for a dinner at the Grand Hotel on Monday. ' +
        'Reporters waited outside for hours.\n\nThe ministers spoke about fishing quotas and oil prices.\n\n' +
        'Anna Berg and Tom Kell met in Oslo on Monday morning.',
    );
    expect(x.meetings).toHaveLength(2);
  });
});

describe('round 10: a link line glued to the sentence before', () => {
  it('ends the sentence at a period glued to words in capitals, and keeps the full name', () => {
    const text = '"We are ready," said harbour spokesperson Anna Berg.SEE ALSO: Ferry talks to resume in May';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '"We are ready," said harbour spokesperson Anna Berg.',
      'SEE ALSO: Ferry talks to resume in May',
    ]);
    const body = `The ferry strike entered its third week on Monday, with no talks in sight. ${text}`;
    expect(article(body).people.map((p) => p.name)).toContain('Anna Berg');
  });

  it('does not cut a name or a glued lowercase word', () => {
    expect(splitSentences('Visit example.Com or Node.js today.')).toHaveLength(1);
  });
});

describe('round 10: a plural title before two names', () => {
  it('keeps "Presidents" out of the first name', () => {
    const x = article(
      'The talks between Presidents Anna Berg and Tom Kell will take place in Oslo on March 3.',
    );
    expect(x.meetings[0]?.participants.sort()).toEqual(['Anna Berg', 'Tom Kell']);
  });
});

describe('round 10: the purpose of a possible trip', () => {
  it('takes "may fly to Oslo next week to meet X" as only possible', () => {
    const x = article('Tom Kell said he may fly to Oslo next week to meet Anna Berg.');
    expect(x.meetings).toHaveLength(0);
  });

  it('still reads a planned trip to meet someone as a meeting', () => {
    const x = article('Tom Kell will fly to Oslo next week to meet Anna Berg.');
    expect(x.meetings).toHaveLength(1);
  });
});

describe('round 10: a venue opened by "Villa"', () => {
  it('takes "Villa Rosa Alta" for a venue, not a person, and keeps "David Villa" a person', () => {
    const x = article(
      'Anna Berg and Tom Kell met at Villa Rosa Alta in Oslo on Monday. Reporters asked David Villa about it.',
    );
    expect(x.people.map((p) => p.name)).not.toContain('Villa Rosa Alta');
    expect(x.meetings[0]?.participants.sort()).toEqual(['Anna Berg', 'Tom Kell']);
    expect(x.meetings[0]?.place).toBe('Villa Rosa Alta');
    expect(x.people.map((p) => p.name)).toContain('David Villa');
  });
});

describe('round 10: a photographer the body names', () => {
  it('credits "our photographer, Name" instead of taking them for a person of the story', () => {
    const x = article(
      'Anna Berg and Tom Kell met in Oslo on Monday. See pictures from our harbour photographer, Lars Ekdal, below.',
    );
    expect(x.people.map((p) => p.name)).not.toContain('Lars Ekdal');
    expect(x.credits).toContain('Lars Ekdal');
  });
});

describe('round 10: gathering verbs', () => {
  it('reads "will convene" and "set to come together" as meetings', () => {
    const a = article('Anna Berg and Tom Kell will convene in Oslo on March 3.');
    expect(a.meetings).toHaveLength(1);
    const b = article('Anna Berg and Tom Kell are set to come together for a dinner in Oslo on March 3.');
    expect(b.meetings[0]?.participants.sort()).toEqual(['Anna Berg', 'Tom Kell']);
  });
});

describe('round 10: the signature of a quoted post', () => {
  it('does not seat the author signed after a dash at the meeting the post speaks of', () => {
    const text = 'Talks with Denmark in Oslo will be the start of something good, we will see!— Tom Kell';
    const start = text.indexOf('Tom Kell');
    const mention = {
      kind: 'person' as const,
      start,
      end: start + 8,
      name: 'Tom Kell',
      country: null,
      sentence: 0,
    };
    expect(eligiblePerson(text, mention)).toBe(false);
    const plain = 'Talks with Tom Kell in Oslo will be the start of something good.';
    const at = plain.indexOf('Tom Kell');
    expect(eligiblePerson(plain, { ...mention, start: at, end: at + 8 })).toBe(true);
  });
});

describe('round 10: the date of a saying', () => {
  it('does not date a meeting by the day of the address that told of it', () => {
    const x = article(
      'Kell confirmed Oslo as the venue of his summit with Anna Berg during his address last Tuesday.',
    );
    expect(x.meetings.map((m) => m.date)).not.toContain('2025-01-14');
    const y = article('Tom Kell will meet Anna Berg in Oslo on Monday.');
    expect(y.meetings[0]?.date).toBe('2025-01-20');
  });
});

describe('round 10: "Island" is no country', () => {
  it('does not take "… Island" for Iceland', () => {
    const x = article('Anna Berg and Tom Kell will meet at the Grand Hotel on Harbour Island on March 3.');
    expect(x.meetings[0]?.participant_groups).not.toContain('Iceland');
    expect(countryByName('Island')).toBeNull();
    expect(countryByName('Iceland')?.name).toBe('Iceland');
  });
});
