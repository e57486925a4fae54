// The pure parts of the data model: names, dates at a precision, person and meeting merging, "as of".
import { describe, expect, it } from 'vitest';
import { dateInterval, intervalsCompatible } from '../../../src-main/core/merge/dates';
import { canonicalGroupName, personName, slug } from '../../../src-main/core/merge/names';
import { sameTopic } from '../../../src-main/core/merge/topics';
import { resolvePeople, type PersonRecord } from '../../../src-main/core/merge/people';
import { assignMeetings, matchMeeting } from '../../../src-main/core/merge/match';
import { statusHistory, summarizeMeeting, type MeetingReport } from '../../../src-main/core/merge/summary';
import { participantRole } from '../../../src-main/core/merge/plan';
import { metPairs } from '../../../src-main/core/merge/views';
import { sentenceWith } from '../../../src-main/core/merge/evidence';
import { meetingReport } from '../../fixtures/meeting-report';

const person = (name: string, extra: Partial<PersonRecord> = {}): PersonRecord => {
  const n = personName(name);
  return {
    id: `person:${slug(n.key)}`,
    name,
    key: n.key,
    first: n.first,
    surname: n.surname,
    aliases: [],
    roles: [],
    affiliations: [],
    mergeReasons: [],
    ...extra,
  };
};
const mention = (name: string, affiliation: string | null = null, aliases: string[] = []) => ({
  name,
  aliases,
  roles: [],
  affiliation,
});
const src = { articleId: 'article:1', title: 'A story' };

const report = (over: Partial<MeetingReport>): MeetingReport =>
  meetingReport({
    reported: '2025-04-08',
    evidence: 'They met.',
    evidenceStart: 0,
    evidenceEnd: 9,
    groupIds: ['group:russia', 'group:united-states'],
    ...over,
  });

describe('names', () => {
  it('normalises diacritics, case, punctuation and honorifics into one key', () => {
    expect(personName('Dr. Volodymyr  Zelenský').key).toBe('volodymyr zelensky');
    expect(personName("Beto O'Rourke Jr.").surname).toBe('orourke');
  });

  it('names parties by the country they stand for', () => {
    expect(canonicalGroupName('U.S.')).toBe('United States');
    expect(canonicalGroupName('American')).toBe('United States');
    expect(canonicalGroupName('the Russian delegation')).toBe('Russia');
    expect(canonicalGroupName('NATO')).toBe('NATO');
  });

  it('makes ids from hostile names without losing that they differ', () => {
    expect(slug("x'}) DETACH DELETE n //")).toBe('x-detach-delete-n');
    expect(slug('})//')).toMatch(/^h-[0-9a-f]{16}$/);
  });

  it('recognises two wordings of one topic but not different topics', () => {
    expect(sameTopic('embassy operations', 'the work of embassies')).toBe(true);
    expect(sameTopic('peace in Ukraine', 'possibility of a full ceasefire in Ukraine')).toBe(false);
  });

  it('finds the sentence that names someone, with its offsets', () => {
    const text = 'Intro here. Kirill Dmitriev met Witkoff. End.';
    const s = sentenceWith(text, ['Dmitriev'])!;
    expect(s.text).toBe('Kirill Dmitriev met Witkoff.');
    expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a sentence whole across "Mr." and "U.S.", as the extraction splits them', () => {
    const text = 'The U.S. President received Mr. Okafor at the residence on Monday. They spoke of trade.';
    const s = sentenceWith(text, ['Okafor'])!;
    expect(s.text).toBe('The U.S. President received Mr. Okafor at the residence on Monday.');
    expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('dates at a precision', () => {
  it('turns a week into its Monday-to-Sunday span and a month into its days', () => {
    expect(dateInterval('2025-04-02', 'week')).toEqual({ start: '2025-03-31', end: '2025-04-06' });
    expect(dateInterval('2025-02', 'month')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(dateInterval(null, 'unknown')).toEqual({ start: null, end: null });
  });

  it('finds "last week" compatible with "earlier this month" but not with another day', () => {
    expect(intervalsCompatible(dateInterval('2025-03-31', 'week'), dateInterval('2025-04', 'month'))).toBe(
      true,
    );
    expect(intervalsCompatible(dateInterval('2025-02-27', 'day'), dateInterval('2025-04-10', 'day'))).toBe(
      false,
    );
  });
});

describe('merging people', () => {
  it('merges the same full name and records why', () => {
    const [r] = resolvePeople(
      [mention('Kirill Dmitriev', 'Russia', ['Dmitriev'])],
      [person('Kirill Dmitriev')],
      src,
    );
    expect(r!.isNew).toBe(false);
    expect(r!.reason).toBe('"Kirill Dmitriev" in "A story": same full name');
    expect(r!.record.aliases).toEqual(['Dmitriev']);
    expect(r!.record.affiliations).toEqual(['Russia']);
  });

  it('never merges two different full names that share a surname', () => {
    const [r] = resolvePeople(
      [mention('Hunter Biden', 'United States')],
      [person('Joe Biden', { affiliations: ['United States'] })],
      src,
    );
    expect(r!.isNew).toBe(true);
  });

  it('merges a bare surname only when exactly one known person has it', () => {
    const one = resolvePeople([mention('Peskov')], [person('Dmitry Peskov')], src);
    expect(one[0]!.isNew).toBe(false);
    expect(one[0]!.reason).toMatch(/only known person it fits/);
    const two = resolvePeople([mention('Smith')], [person('Anna Smith'), person('John Smith')], src);
    expect(two[0]!.isNew).toBe(true);
  });

  it('merges a spelling variant only with the same first name and affiliation', () => {
    const known = person('Volodymyr Zelensky', { affiliations: ['Ukraine'] });
    expect(resolvePeople([mention('Volodymyr Zelenskyy', 'Ukraine')], [known], src)[0]!.reason).toMatch(
      /another spelling/,
    );
    expect(resolvePeople([mention('Volodymyr Zelenskyy', 'Russia')], [known], src)[0]!.isNew).toBe(true);
  });

  it('never makes a person of a credit', () => {
    expect(resolvePeople([mention('Kateryna Denisova')], [], src, ['Kateryna Denisova'])).toEqual([]);
  });
});

describe('merging meetings', () => {
  const planned = report({
    articleId: 'article:a',
    reported: '2025-04-08',
    status: 'planned',
    place: 'Istanbul',
    placeKind: 'city',
    city: 'Istanbul',
    country: 'Turkey',
    date: '2025-04-10',
    datePrecision: 'day',
  });
  const held = report({
    articleId: 'article:b',
    reported: '2025-04-10',
    status: 'held',
    place: 'Russian Consulate in Istanbul',
    placeKind: 'venue',
    city: 'Istanbul',
    country: 'Turkey',
    date: '2025-04-10',
    datePrecision: 'day',
    topic: 'embassy operations',
  });

  it('joins a planned and a held report of the same parties, place and day', () => {
    expect(matchMeeting(held, { id: 'm', reports: [planned] })?.why).toEqual([
      'same sides',
      'same city',
      'same day',
    ]);
  });

  it('keeps apart meetings of the same parties on other days, in other places, or with nothing in common', () => {
    const feb = report({
      place: 'Istanbul',
      placeKind: 'city',
      city: 'Istanbul',
      date: '2025-02-27',
      datePrecision: 'day',
    });
    expect(matchMeeting(feb, { id: 'm', reports: [planned] })).toBeNull();
    const saudi = report({ place: 'Saudi Arabia', placeKind: 'country', country: 'Saudi Arabia' });
    expect(matchMeeting(saudi, { id: 'm', reports: [planned] })).toBeNull();
    const vague = report({ topic: 'a full ceasefire' });
    expect(matchMeeting(vague, { id: 'm', reports: [planned] })).toBeNull();
  });

  it('keeps apart meetings of different parties', () => {
    const other = { ...held, groupIds: ['group:china', 'group:united-states'] };
    expect(matchMeeting(other, { id: 'm', reports: [planned] })).toBeNull();
  });

  it('takes the latest status, the most precise date and the most specific place, whatever the order', () => {
    for (const reports of [
      [planned, held],
      [held, planned],
    ]) {
      const s = summarizeMeeting(reports)!;
      expect(s.status).toBe('held');
      expect(s.place).toBe('Russian Consulate in Istanbul');
      expect(s.topic).toBe('embassy operations');
      expect(s.reportCount).toBe(2);
    }
  });

  it('answers what was known on a date', () => {
    expect(summarizeMeeting([planned, held], '2025-04-09')!.status).toBe('planned');
    expect(summarizeMeeting([planned, held], '2025-04-10')!.status).toBe('held');
    expect(summarizeMeeting([planned, held], '2025-04-07')).toBeNull();
    expect(statusHistory([held, planned]).map((h) => h.status)).toEqual(['planned', 'held']);
  });

  it("assigns an article's reports to stored meetings one to one, and starts new ones for the rest", () => {
    const vaguer = {
      ...held,
      index: 1,
      place: null,
      placeKind: null,
      city: null,
      topic: null,
      date: '2025-04',
      datePrecision: 'month' as const,
    };
    const a = assignMeetings([{ ...held, index: 0 }, vaguer], [{ id: 'meeting:x', reports: [planned] }]);
    expect(a.map((x) => x.isNew)).toEqual([false, true]);
    expect(a[0]!.meetingId).toBe('meeting:x');
  });

  it('lets a second report of one article join a meeting already taken only on strong evidence', () => {
    const twice = assignMeetings(
      [
        { ...held, index: 0 },
        { ...held, index: 1 },
      ],
      [{ id: 'meeting:x', reports: [planned] }],
    );
    expect(twice.map((x) => x.meetingId)).toEqual(['meeting:x', 'meeting:x']);
    expect(twice[1]!.why.join('; ')).toMatch(/a second report of this article/);
  });
});

describe('roles and pairs', () => {
  it("calls the side of the meeting's country the host and the other side the visitor", () => {
    expect(participantRole('United States', ['Russia', 'United States'], 'United States')).toBe('host');
    expect(participantRole('United States', ['Russia', 'United States'], 'Russia')).toBe('visitor');
    expect(participantRole('Turkey', ['Russia', 'United States'], 'Russia')).toBeNull();
    expect(participantRole(null, [], null, ['head of the Russian delegation'])).toBe('head of delegation');
  });

  it('pairs people with people and parties with parties, not a person with their own side', () => {
    const node = (id: string, kind: 'person' | 'group') => ({
      node: { id, kind, label: id, meetingCount: 1 },
      role: null,
      articles: [],
    });
    const pairs = metPairs(
      [node('p:d', 'person'), node('p:w', 'person'), node('g:ru', 'group'), node('g:us', 'group')],
      (id) => (id === 'p:d' ? ['g:ru'] : id === 'p:w' ? ['g:us'] : []),
    );
    expect(pairs).toEqual([
      ['p:d', 'p:w'],
      ['g:ru', 'g:us'],
    ]);
  });
});
