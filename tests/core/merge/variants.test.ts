// Entity resolution across spellings, titles, acronyms, country prefixes and outlets; the lookalike rules
// of meeting resolution; and the facts that cannot be true. Pure: no database.
import { describe, expect, it } from 'vitest';
import { abbreviates, initialsOf, organizationKey } from '../../../src-main/core/lexicon/organizations';
import { outletKey } from '../../../src-main/core/lexicon/outlets';
import { checkReport } from '../../../src-main/core/merge/facts';
import { meetingKind } from '../../../src-main/core/merge/kinds';
import { candidateKeys } from '../../../src-main/core/merge/keys';
import { assignMeetings, matchMeeting } from '../../../src-main/core/merge/match';
import { canonicalGroupName, personName, slug } from '../../../src-main/core/merge/names';
import { resolveOrganizations } from '../../../src-main/core/merge/organizations';
import { resolveByMeetings, resolvePeople, type PersonRecord } from '../../../src-main/core/merge/people';
import { canonicalOutlet } from '../../../src-main/core/merge/plan';
import { comparePlaces, placeLevels } from '../../../src-main/core/merge/places';
import type { MeetingReport } from '../../../src-main/core/merge/summary';
import { meetingReport } from '../../fixtures/meeting-report';

type Checked = Parameters<typeof checkReport>[0];

const person = (name: string, affiliations: string[] = []): PersonRecord => {
  const n = personName(name);
  return {
    id: `person:${slug(n.key)}`,
    name,
    key: n.key,
    first: n.first,
    surname: n.surname,
    aliases: [],
    roles: [],
    affiliations,
    mergeReasons: [],
  };
};
const mention = (name: string, affiliation: string | null = null) => ({
  name,
  aliases: [],
  roles: [],
  affiliation,
});
const src = { articleId: 'article:2', title: 'Later story' };
const joins = (name: string, known: PersonRecord[], affiliation: string | null = null) =>
  resolvePeople([mention(name, affiliation)], known, src)[0]!;

describe('people in other spellings', () => {
  it('Yury Ushakov and Yuri Ushakov are one person, and the title "Aide" is never part of the name', () => {
    const known = [person('Yuri Ushakov', ['Russia'])];
    const r = joins('Aide Yury Ushakov', known, 'Russia');
    expect(r.isNew).toBe(false);
    expect(r.id).toBe(known[0]!.id);
    expect(r.reason).toMatch(/another spelling/);
  });

  it('Aleksandr Darchiyev and Alexander Darchiyev are one person', () => {
    expect(joins('Alexander Darchiyev', [person('Aleksandr Darchiyev', ['Russia'])], 'Russia').isNew).toBe(
      false,
    );
  });

  it('Zelensky, Zelenskyy and Zelenskiy are one person, also as Vladimir in a Russian romanisation', () => {
    const known = [person('Volodymyr Zelensky', ['Ukraine'])];
    for (const n of ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Vladimir Zelensky', 'Zelenskyy'])
      expect(joins(n, known, 'Ukraine').id, n).toBe(known[0]!.id);
  });

  it('Kim Jong Un and Kim Jong-un are one person; "Chairman Kim" is not another Kim', () => {
    const known = [person('Kim Jong Un', ['North Korea']), person('Kim Yong Chol', ['North Korea'])];
    expect(joins('Kim Jong-un', known).id).toBe(known[0]!.id);
    // "Kim" alone fits two known people: it is never merged into either.
    expect(joins('Chairman Kim', known).isNew).toBe(true);
    expect(personName('Chairman Kim').key).toBe('kim');
    expect(joins('Kim', [known[0]!]).id).toBe(known[0]!.id);
  });

  it('never keeps a title as part of a name', () => {
    for (const [raw, key] of [
      ['President Donald Trump', 'donald trump'],
      ['US Secretary of State Mike Pompeo', 'mike pompeo'],
      ['Prime Minister Narendra Modi', 'narendra modi'],
      ['Mr. Kim', 'kim'],
      ['Aide Yury Ushakov', 'yury ushakov'],
    ])
      expect(personName(raw!).key, raw).toBe(key);
  });

  it('two different people sharing a surname never merge', () => {
    const known = [person('Nawaz Sharif', ['Pakistan'])];
    expect(joins('Shahbaz Sharif', known, 'Pakistan').isNew).toBe(true);
    const both = [...known, person('Shahbaz Sharif', ['Pakistan'])];
    expect(joins('Sharif', both, 'Pakistan').isNew).toBe(true);
    expect(joins('Anna Smith', [person('John Smith')]).isNew).toBe(true);
  });

  it('a one-name person of a meeting that joined a stored one is its only participant of that name', () => {
    const known = [
      person('Kim Jong Un', ['North Korea']),
      person('Kim Yong Chol', ['North Korea']),
      person('Donald Trump'),
    ];
    const mentions = [mention('Trump'), mention('Kim')];
    const first = resolvePeople(mentions, known, src);
    expect(first[1]!.isNew).toBe(true);
    const kim = first[1]!.id;
    const joined = [
      {
        personIds: ['person:donald-trump', kim],
        meetingPersonIds: ['person:donald-trump', 'person:kim-jong-un'],
      },
    ];
    const again = resolveByMeetings(mentions, first, joined, known, src);
    expect(again.changed).toBe(true);
    expect(again.resolutions[1]!.id).toBe('person:kim-jong-un');
    expect(again.resolutions[1]!.reason).toMatch(/only participant/);
    const both = [{ personIds: [kim], meetingPersonIds: ['person:kim-jong-un', 'person:kim-yong-chol'] }];
    expect(resolveByMeetings(mentions, first, both, known, src).changed).toBe(false);
  });

  it('Xi Jinping is found by "Xi" (surname first) and by "Jinping" when he is the only one', () => {
    const known = [person('Xi Jinping', ['China'])];
    expect(joins('Xi', known).id).toBe(known[0]!.id);
    expect(joins('Jinping', known).id).toBe(known[0]!.id);
  });
});

describe('organisations and outlets', () => {
  it('matches an acronym to its long form, in the same article or an earlier one', () => {
    expect(initialsOf('Russian Direct Investment Fund')).toBe('RDIF');
    expect(abbreviates('RDIF', 'Russian Direct Investment Fund')).toBe(true);
    const same = resolveOrganizations(
      [
        { name: 'Russian Direct Investment Fund', aliases: [], affiliation: 'Russia' },
        { name: 'RDIF', aliases: [], affiliation: 'Russia' },
      ],
      [],
    );
    expect(same[0]!.id).toBe(same[1]!.id);
    const earlier = resolveOrganizations(
      [{ name: 'RDIF', aliases: [], affiliation: null }],
      [{ id: same[0]!.id, name: 'Russian Direct Investment Fund', acronym: 'RDIF' }],
    );
    expect(earlier[0]!.id).toBe(same[0]!.id);
    expect(earlier[0]!.reason).toMatch(/abbreviates/);
    const later = resolveOrganizations(
      [{ name: 'Russian Direct Investment Fund', aliases: [], affiliation: 'Russia' }],
      [{ id: 'org:rdif', name: 'RDIF', acronym: 'RDIF' }],
    );
    expect(later[0]!.id).toBe('org:rdif');
  });

  it('keys an organisation the same with and without its country prefix', () => {
    expect(organizationKey('U.S. State Department', null)).toBe(
      organizationKey('State Department', 'United States'),
    );
    expect(organizationKey('State Department', null)).toBe(organizationKey('U.S. State Department', null));
    expect(organizationKey('Russian Foreign Ministry', null)).not.toBe(
      organizationKey('Ukrainian Foreign Ministry', null),
    );
  });

  it('makes the outlet canonical from the masthead and the URL host', () => {
    expect(outletKey('The Kyiv Independent')).toBe(outletKey('kyivindependent.com'));
    expect(outletKey(null, 'https://www.kyivindependent.com/news/x')).toBe('kyivindependent');
    expect(canonicalOutlet('kyivindependent.com', null, 'The Kyiv Independent').name).toBe(
      'The Kyiv Independent',
    );
    expect(canonicalOutlet(null, 'https://kyivindependent.com/a', null).name).toBe('kyivindependent.com');
    expect(canonicalOutlet('The Kyiv Independent', null, null)).toMatchObject({ masthead: true });
  });

  it('takes countries from the gazetteer, so Czechia and the Czech Republic are one party', () => {
    expect(canonicalGroupName('Czechia')).toBe(canonicalGroupName('Czech Republic'));
    expect(canonicalGroupName('U.S.')).toBe('United States');
    expect(canonicalGroupName('American delegation')).toBe('United States');
    expect(canonicalGroupName('the Kremlin')).toBe('Russia');
  });
});

const report = (over: Partial<MeetingReport>): MeetingReport =>
  meetingReport({
    articleId: 'article:x',
    reported: '2019-02-27',
    status: 'planned',
    personIds: ['person:donald-trump', 'person:kim-jong-un'],
    groupIds: ['group:north-korea', 'group:united-states'],
    ...over,
  });
const meeting = (id: string, ...reports: Partial<MeetingReport>[]) => ({ id, reports: reports.map(report) });

describe('lookalikes stay apart', () => {
  const hanoi = { city: 'Hanoi', country: 'Vietnam' };
  const talks = meeting('m:talks', { ...hanoi, date: '2019-02-27', datePrecision: 'week', kind: 'summit' });
  const dinner = meeting('m:dinner', {
    ...hanoi,
    place: 'Metropole hotel',
    placeKind: 'venue',
    date: '2019-02-27',
    datePrecision: 'day',
    kind: 'meal',
  });

  it('the dinner the evening before the talks is not the talks', () => {
    const liveBlog = report({
      ...hanoi,
      place: 'Sofitel Legend Metropole Hanoi Hotel',
      placeKind: 'venue',
      date: '2019-02-27',
      datePrecision: 'day',
      status: 'held',
      kind: meetingKind('President Trump and Chairman Kim take their seats at the hotel for dinner.'),
    });
    expect(assignMeetings([liveBlog], [talks, dinner])[0]!.meetingId).toBe('m:dinner');
    const nextDay = report({ ...hanoi, date: '2019-02-28', datePrecision: 'day', kind: 'summit' });
    expect(matchMeeting(nextDay, dinner)).toBeNull();
    expect(matchMeeting(nextDay, talks)).not.toBeNull();
  });

  it('the same leaders at another summit, on another date and in another city, are another meeting', () => {
    const singapore = report({
      city: 'Singapore',
      country: 'Singapore',
      date: '2018-06-12',
      datePrecision: 'day',
    });
    expect(matchMeeting(singapore, talks)).toBeNull();
    // Undated background ("when they met in Singapore") joins the Singapore summit by place, not Hanoi.
    const background = report({ city: 'Singapore', status: 'held' });
    expect(matchMeeting(background, talks)).toBeNull();
    expect(
      matchMeeting(
        background,
        meeting('m:sg', { city: 'Singapore', date: '2018-06-12', datePrecision: 'day' }),
      ),
    ).not.toBeNull();
  });

  it('a bilateral inside a summit, same day and same place, is not the summit', () => {
    const four = meeting('m:normandy', {
      city: 'Paris',
      date: '2019-12-09',
      datePrecision: 'day',
      personIds: ['person:a', 'person:b', 'person:c', 'person:d'],
      groupIds: ['group:france', 'group:germany', 'group:russia', 'group:ukraine'],
    });
    const bilateral = report({
      city: 'Paris',
      date: '2019-12-09',
      datePrecision: 'day',
      personIds: ['person:a', 'person:b'],
      groupIds: ['group:russia', 'group:ukraine'],
      kind: 'bilateral',
    });
    expect(matchMeeting(bilateral, four)).toBeNull();
  });

  it('a report naming only the sides joins one naming people only when date and place agree', () => {
    const people = meeting('m:osaka', {
      city: 'Osaka',
      date: '2019-06-29',
      datePrecision: 'day',
      groupIds: ['group:china', 'group:united-states'],
      personIds: ['person:donald-trump', 'person:xi-jinping'],
    });
    const sidesOnly = { personIds: [], groupIds: ['group:china', 'group:united-states'] };
    expect(
      matchMeeting(report({ ...sidesOnly, city: 'Osaka', date: '2019-06-29', datePrecision: 'day' }), people),
    ).not.toBeNull();
    expect(
      matchMeeting(report({ ...sidesOnly, date: '2019-06', datePrecision: 'month' }), people),
    ).toBeNull();
  });

  it('a held meeting cannot un-happen: a plan filed after it was held is another meeting', () => {
    const held = meeting('m:held', {
      city: 'Geneva',
      date: '2021-06-16',
      datePrecision: 'day',
      status: 'held',
      reported: '2021-06-16',
    });
    const laterPlan = report({
      city: 'Geneva',
      date: '2021-06',
      datePrecision: 'month',
      status: 'planned',
      reported: '2021-06-20',
    });
    expect(matchMeeting(laterPlan, held)).toBeNull();
    const earlierPlan = report({
      city: 'Geneva',
      date: '2021-06-16',
      datePrecision: 'day',
      status: 'planned',
      reported: '2021-05-25',
    });
    expect(matchMeeting(earlierPlan, held)?.why).toContain('same day');
  });

  it('looks meetings up by (party, month) and (place, month) keys', () => {
    const keys = candidateKeys(
      report({ city: 'Hanoi', country: 'Vietnam', date: '2019-02-27', datePrecision: 'week' }),
    );
    expect(keys).toContain('party|person:donald-trump|2019-02');
    expect(keys).toContain('place|hanoi|2019-02');
    expect(keys).toContain('place|vietnam|2019-03');
  });

  it('places a venue inside its city inside its country', () => {
    const capella = placeLevels({
      place: 'Capella Hotel',
      placeKind: 'venue',
      city: null,
      country: 'Singapore',
    });
    expect(capella.city).toBe('singapore');
    expect(
      comparePlaces(
        capella,
        placeLevels({ place: 'Singapore', placeKind: 'city', city: null, country: null }),
      ),
    ).toBe('agree');
    expect(
      comparePlaces(
        capella,
        placeLevels({ place: 'Hanoi', placeKind: 'city', city: 'Hanoi', country: null }),
      ),
    ).toBe('conflict');
  });
});

describe('facts that cannot be true', () => {
  const base: Pick<MeetingReport, 'personIds' | 'groupIds' | 'affiliationGroupIds' | 'evidence'> = {
    personIds: ['person:a', 'person:b'],
    groupIds: [],
    affiliationGroupIds: [],
    evidence: 'They met.',
  };

  it('moves a held meeting dated a year after its report back a year, and says so', () => {
    const r = checkReport({
      ...base,
      status: 'held',
      date: '2026-08-15',
      datePrecision: 'day',
      reported: '2025-08-16',
      place: null,
      placeKind: null,
      city: null,
      country: null,
    } satisfies Checked);
    expect(r.date).toBe('2025-08-15');
    expect(r.flags.join()).toMatch(/wrong year/);
    expect(r.confidence).toBe(1);
  });

  it('keeps a held meeting dated after its report with lowered confidence when the cause is unclear', () => {
    const r = checkReport({
      ...base,
      status: 'held',
      date: '2025-09-01',
      datePrecision: 'day',
      reported: '2025-08-16',
      place: null,
      placeKind: null,
      city: null,
      country: null,
    } satisfies Checked);
    expect(r.date).toBe('2025-09-01');
    expect(r.flags.join()).toMatch(/not confirmed/);
    expect(r.confidence).toBeLessThan(1);
  });

  it('takes the country of a city from the gazetteer, not from the sentence', () => {
    const r = checkReport({
      ...base,
      status: 'held',
      date: null,
      datePrecision: 'unknown',
      reported: null,
      place: 'Ankara',
      placeKind: 'city',
      city: 'Ankara',
      country: 'Saudi Arabia',
    } satisfies Checked);
    expect(r.country).toBe('Turkey');
    expect(r.flags.join()).toMatch(/Ankara is in Turkey, not Saudi Arabia/);
    const moscow = checkReport({
      ...base,
      status: 'held',
      date: null,
      datePrecision: 'unknown',
      reported: null,
      place: null,
      placeKind: null,
      city: 'Moscow',
      country: 'Ukraine',
    } satisfies Checked);
    expect(moscow.country).toBe('Russia');
  });

  it('takes a "place" that is not a place out of the place, and keeps it in a flag', () => {
    const r = checkReport(
      {
        ...base,
        status: 'held',
        date: null,
        datePrecision: 'unknown',
        reported: null,
        place: 'Dmitry Peskov',
        placeKind: 'venue',
        city: null,
        country: null,
      } as const,
      ['Dmitry Peskov'],
    );
    expect(r.place).toBeNull();
    expect(r.flags.join()).toMatch(/"Dmitry Peskov" is not a place/);
  });

  it('flags a meeting with fewer than two parties unless it has a named host', () => {
    const one: Checked = {
      ...base,
      personIds: ['person:a'],
      status: 'held',
      date: null,
      datePrecision: 'unknown',
      reported: null,
      place: null,
      placeKind: null,
      city: null,
      country: null,
    };
    expect(checkReport(one).confidence).toBeLessThan(1);
    expect(checkReport({ ...one, evidence: 'He was received by the king.' }).flags).toEqual([]);
  });
});
