import { describe, expect, it } from 'vitest';
import {
  dateOf,
  leadInDate,
  meetingDate,
  sameStretchDate,
  visitDay,
} from '../../../../src-main/core/extract/grammar/dating';
import { article, meeting, spanOf, view } from './view';

describe('the time pass', () => {
  it('dates a trigger by the nearest date of its stretch, not by the day something was said', () => {
    const v = view(
      'The mayors met on May 3 in the old town hall by the river to sign a fishing pact for the coming decade and more, the council announced on Tuesday.',
    );
    expect(dateOf(v, spanOf(v, 'met'), 'held', '2031-05-14')).toEqual({
      date: '2031-05-03',
      precision: 'day',
    });
    const said = view('The council said on Tuesday that the mayors met.');
    expect(dateOf(said, spanOf(said, 'met'), 'held', '2031-05-14')).toBeNull();
  });

  it('resolves a weekday forward for a planned meeting', () => {
    const v = view('The mayors will meet on Friday.');
    expect(dateOf(v, spanOf(v, 'meet'), 'planned', '2031-05-14')?.date).toBe('2031-05-16');
  });

  it('does not date by the bound of "since" or "until"', () => {
    const v = view('The mayors have met weekly since March 2.');
    expect(dateOf(v, spanOf(v, 'met'), 'held', '2031-05-14')).toBeNull();
  });

  it('gives a dateless meeting the date of the same person shortly before, with the same status', () => {
    const first = meeting({
      people: ['A', 'B'],
      date: { date: '2031-05-02', precision: 'day' },
      sentences: [0],
    });
    const next = meeting({ people: ['A', 'C'], sentences: [2] });
    expect(sameStretchDate(next, [first])?.date).toBe('2031-05-02');
    expect(sameStretchDate(meeting({ people: ['D'], sentences: [2] }), [first])).toBeNull();
  });

  it('counts the days of a visit from its first dated meeting', () => {
    const art = article(['A met B on May 2.', 'On the third day of her visit, A met C.']);
    const first = meeting({ people: ['A', 'B'], date: { date: '2031-05-02', precision: 'day' } });
    const third = meeting({ people: ['A', 'C'], sentences: [1] });
    expect(visitDay(third, [first], art.sentences)?.date).toBe('2031-05-04');
  });

  it('takes the single date of the lead-in sentence of the same paragraph that names a participant', () => {
    const art = article(
      ['On Friday, May 9, Mara Ellison will fly to the coast.', 'There Tomas Ruiz will meet her.'],
      [[{ text: 'Mara Ellison', kind: 'person' }], [{ text: 'Tomas Ruiz', kind: 'person' }]],
      '2031-05-06',
      [0, 0],
    );
    const m = meeting({ people: ['Tomas Ruiz', 'Mara Ellison'], sentences: [1], status: 'planned' });
    expect(leadInDate(m, [m], art)?.date).toBe('2031-05-09');
  });

  it('dates an early held meeting by its report to the day, a later or planned one to the week', () => {
    const art = article([
      'Mara Ellison met Tomas Ruiz.',
      'Filler.',
      'Filler.',
      'Filler.',
      'Ellison met Ana Sol.',
    ]);
    expect(meetingDate(meeting({ people: ['x'] }), 0, [], art)).toEqual({
      date: { date: '2031-05-14', precision: 'day' },
      source: 'published',
    });
    expect(meetingDate(meeting({ status: 'planned' }), 0, [], art).date).toEqual({
      date: '2031-05-14',
      precision: 'week',
    });
    expect(meetingDate(meeting({ sentences: [4] }), 0, [], art).date?.precision).toBe('week');
  });

  it('never dates by its report a meeting told as the past, a cancelled one, or one of several', () => {
    const art = article(['Mara Ellison had previously met Tomas Ruiz.', 'Ellison met Ruiz.']);
    expect(meetingDate(meeting({}), 0, [], art).date).toBeNull();
    expect(meetingDate(meeting({ sentences: [1], status: 'cancelled' }), 0, [], art).date).toBeNull();
    expect(meetingDate(meeting({ sentences: [1], count: 2 }), 0, [], art).date).toBeNull();
    expect(meetingDate(meeting({ sentences: [1] }), 0, [], art).date).not.toBeNull();
  });
});
