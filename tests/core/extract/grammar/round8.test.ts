import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';
import { isNewDate, rescheduledDate } from '../../../../src-main/core/extract/grammar/reschedule';
import { statusOf } from '../../../../src-main/core/extract/grammar/status';
import { statesComposition } from '../../../../src-main/core/extract/grammar/composition';
import { classifyStatus } from '../../../../src-main/core/extract/status';
import { isDuration } from '../../../../src-main/core/extract/grammar/time';

const article = (body: string): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: 2025-01-15\n\n${body}\n`);

describe('blocs and alliances, meetings of an organisation, rescheduled meetings', () => {
  it('reads the name before "trade bloc" or "alliance" as an organisation at the table', () => {
    const x = article('The Norvalo trade bloc will meet in Lyon on Friday to discuss tariffs.');
    expect(x.organizations.map((o) => o.name)).toContain('Norvalo');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participant_groups).toEqual(['Norvalo']);
  });

  it('takes the organisation of "the meeting of the X alliance" as its party', () => {
    const x = article('The annual meeting of the Harbour alliance took place in Lyon on Monday.');
    expect(x.meetings[0]?.participant_groups).toEqual(['Harbour']);
  });

  it('finds the new date of a rescheduled meeting', () => {
    const s = 'The session set for Sunday has been postponed to January 22.';
    expect(isNewDate(s, s.indexOf('January'))).toBe(true);
    expect(isNewDate(s, s.indexOf('Sunday'))).toBe(false);
    expect(rescheduledDate(s, '2025-01-15')).toEqual({ date: '2025-01-22', precision: 'day' });
    expect(rescheduledDate('The session was called off.', '2025-01-15')).toBeNull();
  });

  it('splits a postponed meeting into the one called off and the one planned at the new date', () => {
    const x = article(
      'The ministerial meeting of the Harbour alliance initially slated for Sunday has been postponed to January 22.',
    );
    expect(x.meetings.map((m) => [m.status, m.date])).toEqual([
      ['cancelled', '2025-01-19'],
      ['planned', '2025-01-22'],
    ]);
  });
});

describe('a summit of heads of state, who was present, and the wording of its clause', () => {
  const summit =
    'The Harbour Union, HU, Heads of State and Government, who converged on Lyon in a summit focused on the coup in Norvalo, have gone into a closed-door session.';

  it('takes "HU, Heads of State" as a party and the city they converged on as the place', () => {
    const x = article(summit);
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participant_groups).toEqual(['HU']);
    expect(x.meetings[0]?.city).toBe('Lyon');
    expect(x.meetings[0]?.status).toBe('ongoing');
  });

  it('adds "Those present were …" and "Others are …" to the summit', () => {
    expect(statesComposition('Those present were President Ana Ruiz of Norvalo.')).toBe(true);
    expect(statesComposition('Others are President Tom Mboya of Kenya.')).toBe(true);
    expect(statesComposition('Others said the talks went well.')).toBe(false);
    const x = article(
      `${summit} Those present were President Ana Ruiz of Norway and President Tom Mboya of Kenya. ` +
        'Others are President Carl Dunn of Ghana and President Lena Berg of Sweden.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.sort()).toEqual(['Ana Ruiz', 'Carl Dunn', 'Lena Berg', 'Tom Mboya']);
  });

  it('reads "they’ll" as planned and a noun far down a list by its clause’s verb', () => {
    expect(classifyStatus('They’ll start off with a one-on-one', 'meeting', '')).toBe('planned');
    expect(classifyStatus('The premier pencilled in a', 'meeting', 'with the mayor for Thursday')).toBe(
      'planned',
    );
    const before =
      'On Monday, the two premiers would spend the day together in settings including a tour of the port, a visit to the school, a reception and a ';
    const t = { index: before.length, length: 14, word: 'working dinner', kind: 'noun' as const };
    expect(statusOf(t, before, 'working dinner.').status).toBe('planned');
  });

  it('does not date a meeting by how long it lasts', () => {
    expect(isDuration('would spend several hours')).toBe(true);
    expect(isDuration('talks lasting two days')).toBe(true);
    expect(isDuration('on Monday afternoon')).toBe(false);
  });
});

describe('the words of a ministry’s portfolio', () => {
  it('reads no person in "the Ministry of Finance and Rural Planning" and strips them from a titled name', () => {
    const x = article(
      'The mission will meet with President Ana Ruiz and the Ministry of Finance and Rural Planning. ' +
        'Minister of Finance and Rural Planning Tomas Kamara spoke first. Minister Kamara thanked the mission.',
    );
    expect(x.people.map((p) => p.name).sort()).toEqual(['Ana Ruiz', 'Tomas Kamara']);
  });
});

describe('visits to an organisation’s seat and the subject of a "who" clause', () => {
  it('takes the organisation whose headquarters are visited as the counterpart', () => {
    const x = article('President Ana Ruiz of Norvalo paid a visit to the IHF headquarters in December 2024.');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants).toEqual(['Ana Ruiz']);
    expect(x.meetings[0]?.participant_groups).toContain('IHF');
  });

  it('keeps a one-person visit without an organisation out', () => {
    expect(
      article('President Ana Ruiz of Norvalo paid a visit to the new bridge in December.').meetings,
    ).toEqual([]);
  });

  it('puts the person a ", who" clause describes at the table of the clause’s trigger', () => {
    const x = article(
      'The team came at the invitation of President Ana Ruiz, who extended it during her visit to the IHF headquarters in December 2024.',
    );
    expect(x.meetings[0]?.participants).toEqual(['Ana Ruiz']);
    expect(x.meetings[0]?.date).toBe('2024-12');
  });
});

describe('given names, outlets and guests', () => {
  it('reads a capitalised "He" after a name word as a given name ("Liu He")', () => {
    const x = article(
      'Vice Premier Wen He held talks with Trade Representative Ana Ruiz in Lyon on Thursday.',
    );
    expect(x.people.map((p) => p.name)).toEqual(['Wen He', 'Ana Ruiz']);
  });

  it('reads the name before "newspaper" as an outlet, not a person', () => {
    const x = article(
      'The cut could hurt trade, the respected Gazeta de S. Lumo newspaper said on Wednesday.',
    );
    expect(x.people).toEqual([]);
  });

  it('does not read "the Chief Guest" as a person', () => {
    const x = article('Mr. Tomas Kamara is in Lyon as the Chief Guest at the final.');
    expect(x.people.map((p) => p.name)).toEqual(['Tomas Kamara']);
  });
});

describe('a delegation visiting a country', () => {
  it('takes the visited country as the counterpart of a delegation, mission or team, and "is visiting" as ongoing', () => {
    const x = article(
      'A delegation from the Harbour Fund, led by Tomas Kamara, is visiting Lyon from January 13 to January 24 to review the loan.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants).toEqual(['Tomas Kamara']);
    expect(x.meetings[0]?.participant_groups).toEqual(['Harbour Fund', 'France']);
    expect(x.meetings[0]?.status).toBe('ongoing');
  });

  it('still needs a counterpart when no delegation visits', () => {
    expect(article('Tomas Kamara is visiting Lyon this week.').meetings).toEqual([]);
  });
});

describe('"all sides"', () => {
  it('takes the groups of every meeting before for "negotiators from all sides"', () => {
    const x = article(
      'The Norvalo trade bloc will meet in Lyon on Friday with the Harbour Union. ' +
        'Kenyan and Ghanaian officials met in Nairobi on Monday. ' +
        'Negotiators from all sides came together in Oslo last week.',
    );
    const last = x.meetings[x.meetings.length - 1];
    expect(last?.participant_groups).toEqual(expect.arrayContaining(['Norvalo', 'Kenya', 'Ghana']));
  });
});

describe('people described by a "who" clause', () => {
  it('keeps an untitled two-word name followed by ", who" or ", a … who"', () => {
    expect(
      article('The talks went well. Bernt Lavik, who chairs the trade committee, said so.').people,
    ).toEqual([expect.objectContaining({ name: 'Bernt Lavik' })]);
    expect(
      article(
        'The talks went well. Bernt Lavik, a Social Democrat who chairs the committee, said so.',
      ).people.map((p) => p.name),
    ).toContain('Bernt Lavik');
  });

  it('does not make a lone plural a person ("Heads of State and Governments, who")', () => {
    const x = article('The Heads of State and Governments, who met in Lyon, agreed.');
    expect(x.people).toEqual([]);
  });
});

describe('the dead', () => {
  it('puts no one called "the late X" at the table', () => {
    const x = article(
      'President Ana Ruiz met officials in Lyon on Monday to honour the late President Tom Mboya.',
    );
    expect(x.meetings[0]?.participants).toEqual(['Ana Ruiz']);
  });
});

describe('a capital inside a name', () => {
  it('is no government in "the Olympic Games Oslo 2030", but is after a date', () => {
    const inName = article(
      'President Ana Ruiz will meet athletes of the Olympic Games Oslo 2030 in Lyon on Friday.',
    );
    expect(inName.meetings[0]?.participant_groups ?? []).not.toContain('Norway');
    const afterDate = article('On Friday Oslo held talks with Stockholm in Geneva.');
    expect(afterDate.meetings[0]?.participant_groups).toContain('Norway');
  });
});
