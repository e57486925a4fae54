import { describe, expect, it } from 'vitest';
import {
  eventNameOf,
  instructorsOf,
  sentenceCandidates,
} from '../../../../src-main/core/extract/grammar/candidate';
import { dateOf } from '../../../../src-main/core/extract/grammar/dating';
import { findTriggers } from '../../../../src-main/core/extract/grammar/triggers';
import { extractMeetings } from '../../../../src-main/core/extract/meetings';
import { frameOf, frameReference } from '../../../../src-main/core/extract/grammar/frame';
import { findTarget, mergeInSentence } from '../../../../src-main/core/extract/grammar/merge';
import { roleMentions } from '../../../../src-main/core/extract/grammar/parties';
import { article, meeting, spanOf, view } from './view';

const mara = { text: 'Mara Ellison', kind: 'person' as const };
const tomas = { text: 'Tomas Ruiz', kind: 'person' as const };

describe('the frame pass: a meeting within a trip or a summit', () => {
  it('tells a trip or a summit the meeting refers to', () => {
    expect(frameReference('She will meet Tomas Ruiz during her visit.')).toBe('trip');
    expect(frameReference('They will meet on the sidelines of the summit.')).toBe('summit');
    expect(frameReference('They will meet soon.')).toBeNull();
  });

  it('gives a meeting "on her visit" the place and date of the visit stated before it', () => {
    const art = article(
      [
        'Mara Ellison will visit Norway on June 3 to deepen trade ties.',
        'She will meet Tomas Ruiz on her visit.',
      ],
      [[mara, { text: 'Norway', kind: 'place', placeKind: 'country' }], [tomas]],
      '2031-05-30',
    );
    const m = meeting({ people: ['Mara Ellison', 'Tomas Ruiz'], sentences: [1], status: 'planned' });
    expect(frameOf(m, [], art)).toMatchObject({
      where: { country: 'Norway' },
      date: { date: '2031-06-03', precision: 'day' },
    });
  });

  it('gives a meeting "at the summit" the place and date of the summit, and leaves a placed meeting alone', () => {
    const summit = meeting({
      triggers: ['summit'],
      people: ['Ines Vale'],
      where: { venue: null, city: 'Bergen', country: 'Norway', region: null },
      date: { date: '2031-06-10', precision: 'day' },
    });
    const art = article([
      'Ines Vale will attend the summit in Bergen.',
      'Mara Ellison will also attend the summit.',
    ]);
    const m = meeting({ people: ['Mara Ellison', 'Tomas Ruiz'], sentences: [1] });
    expect(frameOf(m, [summit], art)?.where.city).toBe('Bergen');
    const placed = meeting({ ...m, where: { venue: null, city: 'Oslo', country: null, region: null } });
    expect(frameOf(placed, [summit], art)).toBeNull();
  });
});

describe('clauses of one sentence', () => {
  it('reads a pronoun opening a ", where" clause as the sentence subject, and drops the bare visit', () => {
    const s =
      'Before visiting Norway, Mara Ellison will fly to Chile on Sunday, where she will be meeting Tomas Ruiz.';
    const marks = [
      { text: 'Norway', kind: 'place' as const, placeKind: 'country' as const },
      mara,
      { text: 'Chile', kind: 'place' as const, placeKind: 'country' as const },
      tomas,
    ];
    const v = view(s, marks);
    const out = mergeInSentence(sentenceCandidates(v, article([s], [marks], '2031-05-14')));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      people: ['Mara Ellison', 'Tomas Ruiz'],
      where: { country: 'Chile' },
      date: { date: '2031-05-18' },
    });
  });

  it('lets a trigger after a denied one own the sentence before it', () => {
    const s =
      'Mara Ellison will not seek a meeting with Tomas Ruiz when both are in the old city of Bergen to attend a regional summit.';
    const marks = [mara, tomas, { text: 'Bergen', kind: 'place' as const, placeKind: 'city' as const }];
    const [c] = sentenceCandidates(view(s, marks), article([s], [marks]));
    expect(c?.triggerText).toBe('summit');
    expect(c?.where.city).toBe('Bergen');
  });
});

describe('roles used as names', () => {
  it('reads "the New Zealand PM" as the one prime minister whose country is not stated', () => {
    const roster = [
      { name: 'Ada Brenn', aliases: [], roles: ['PM'], affiliation: null },
      { name: 'Ola Nord', aliases: [], roles: ['Prime Minister'], affiliation: 'Norway' },
    ];
    expect(roleMentions('Tomas Ruiz will call on the New Zealand PM.', roster)).toEqual(['Ada Brenn']);
    expect(roleMentions('Tomas Ruiz will call on the Norwegian PM.', roster)).toEqual(['Ola Nord']);
  });
});

describe('the meeting grammar end to end', () => {
  it('keeps the counterpart of a meeting in a ", where" clause with the traveller', () => {
    const text = 'Mara Ellison will fly to Chile on Sunday, where she will meet Tomas Ruiz.';
    const meetings = extractMeetings({
      text,
      sentences: [{ start: 0, end: text.length, text, paragraph: 0 }],
      mentions: article([text], [[mara, { text: 'Chile', kind: 'place', placeKind: 'country' }, tomas]])
        .mentions,
      published: '2031-05-14',
    });
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ participants: ['Mara Ellison', 'Tomas Ruiz'], country: 'Chile' });
  });
});

describe('a possessed meeting noun', () => {
  it('refers to the meeting of its possessor stated earlier', () => {
    const earlier = meeting({ people: ['Mara Ellison', 'Tomas Ruiz'], sentences: [0] });
    const other = meeting({ people: ['Ines Vale', 'Ivo Marr'], sentences: [2] });
    const c = meeting({ people: ['Mara Ellison'], possessor: true, sentences: [6] });
    expect(findTarget([earlier, other], c, 6)).toBe(earlier);
    expect(findTarget([earlier, other], { ...c, possessor: false }, 6)).toBeNull();
  });
});

describe('an instruction to meet', () => {
  it('leaves whoever gives it away from the table', () => {
    const s = 'Mara Ellison directed the harbour team to hold talks with Tomas Ruiz.';
    const v = view(s, [mara, tomas]);
    const [c] = sentenceCandidates(v, article([s], [[mara, tomas]]));
    expect(c?.people).toEqual(['Tomas Ruiz']);
    expect(instructorsOf(v, s.slice(0, s.indexOf('talks')), null)).toEqual(['Mara Ellison']);
  });

  it('keeps the one told to meet', () => {
    const s = 'Ines Vale asked Mara Ellison to meet Tomas Ruiz.';
    const marks = [{ text: 'Ines Vale', kind: 'person' as const }, mara, tomas];
    const [c] = sentenceCandidates(view(s, marks), article([s], [marks]));
    expect(c?.people).toEqual(['Mara Ellison', 'Tomas Ruiz']);
  });
});

describe('named events and what comes ahead of them', () => {
  it('names the event a capitalised meeting noun ends, and merges its mentions', () => {
    const s = 'Delegates arrived ahead of the Harbour Leaders Meeting.';
    const t = findTriggers(s).find((x) => x.word === 'Meeting');
    expect(t && eventNameOf(s, t)).toBe('harbour leaders meeting');
    const lower = 'The leaders held a meeting.';
    const u = findTriggers(lower)[0];
    expect(u && eventNameOf(lower, u)).toBeNull();
    const first = meeting({ eventName: 'harbour leaders meeting', groups: ['Norway'], sentences: [0] });
    const again = meeting({
      eventName: 'harbour leaders meeting',
      groups: ['Norway'],
      date: { date: '2031-06-02', precision: 'day' },
      sentences: [7],
    });
    expect(findTarget([first], again, 7)).toBe(first);
  });

  it('does not date a meeting by the arrival that comes ahead of it', () => {
    const s = 'Delegates arrived in Oslo on Monday ahead of the Harbour Leaders Meeting.';
    const v = view(s);
    expect(dateOf(v, spanOf(v, 'Meeting'), 'planned', '2031-05-14')).toBeNull();
  });
});

describe('receiving a delegation', () => {
  it('makes the country that sends a delegation a party of the meeting that receives it', () => {
    const s =
      'The Assembly will on Tuesday receive a high level delegation from the Senate of the Republic of Chile.';
    const marks = [{ text: 'Chile', kind: 'group' as const }];
    const [c] = sentenceCandidates(view(s, marks), article([s], [marks], '2031-05-14'));
    expect(c).toMatchObject({ triggerKind: 'host', groups: ['Chile'], status: 'planned' });
  });
});
