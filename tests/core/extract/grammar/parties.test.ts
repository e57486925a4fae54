import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';
import { splitCounterparts } from '../../../../src-main/core/extract/grammar/split';
import { confidenceOf } from '../../../../src-main/core/extract/grammar/confidence';

const article = (body: string): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: 2025-01-15\n\n${body}\n`);

describe('the entity and party rules', () => {
  it('takes "FM Wang Yi" as the person Wang Yi', () => {
    const x = article('Chinese FM Wang Yi met Brazilian Foreign Minister Mauro Vieira in Beijing on Monday.');
    expect(x.people.map((p) => p.name)).toContain('Wang Yi');
    expect(x.people.map((p) => p.name)).not.toContain('FM Wang Yi');
  });

  it('takes "KAMIKAWA Yoko" as one person', () => {
    const x = article(
      'Foreign Minister KAMIKAWA Yoko met Australian Foreign Minister Penny Wong in Tokyo on Friday.',
    );
    const names = x.people.map((p) => p.name);
    expect(names.filter((n) => /kamikawa/i.test(n))).toEqual(['Yoko Kamikawa']);
    expect(names).not.toContain('Yoko');
  });

  it('strips titles glued before a name: "Treasury Secretary", "Hon", "Minority Leader"', () => {
    const x = article(
      'Treasury Secretary Ann Wells met Hon Peter Ochieng and Minority Leader Carl Dunn in Nairobi on Monday.',
    );
    expect(x.people.map((p) => p.name).sort()).toEqual(['Ann Wells', 'Carl Dunn', 'Peter Ochieng']);
  });

  it('gives "U.S. dollars" no party', () => {
    const x = article(
      'Kenyan President Samuel Otieno met Finance Minister Grace Wanjiru in Nairobi on Monday to discuss a loan of 3 billion U.S. dollars.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participant_groups).not.toContain('United States');
  });

  it('takes a lone word after "to" or "of" as no person', () => {
    const x = article(
      'The minister said she will also travel to Wombara, where Governor Jane Ruto met Tom Keli on Friday.',
    );
    expect(x.people.map((p) => p.name)).not.toContain('Wombara');
  });

  it('splits "visited A and B" into one meeting per counterpart', () => {
    expect(
      splitCounterparts('Later, Lopez visited Senate President Ruiz and Court President Vega.', [
        { name: 'Lopez', start: 7 },
        { name: 'Ruiz', start: 37 },
        { name: 'Vega', start: 62 },
      ]),
    ).toEqual([
      ['Lopez', 'Ruiz'],
      ['Lopez', 'Vega'],
    ]);
    expect(
      splitCounterparts('Lopez met Ruiz and Vega.', [
        { name: 'Lopez', start: 0 },
        { name: 'Ruiz', start: 10 },
        { name: 'Vega', start: 19 },
      ]),
    ).toBeNull();
  });

  it('keeps one meeting when the people follow a meeting verb after the visit ("visit A, meeting with X and Y")', () => {
    const s = 'Lopez will visit Peru and Chile next month, meeting with President Ruiz and Minister Vega.';
    expect(
      splitCounterparts(s, [
        { name: 'Lopez', start: 0 },
        { name: 'Ruiz', start: s.indexOf('Ruiz') },
        { name: 'Vega', start: s.indexOf('Vega') },
      ]),
    ).toBeNull();
  });

  it('takes the counterparts of "separate meetings" from the next sentence that lists them', () => {
    const x = article(
      'Prime Minister Anna Berg on Monday held separate meetings with the leaders of three Baltic states in Oslo. ' +
        'The three leaders are President Juris Ozols of Latvia, President Tomas Petraitis of Lithuania and President Mart Tamm of Estonia.',
    );
    expect(x.meetings.map((m) => m.participants)).toEqual([
      ['Anna Berg', 'Juris Ozols'],
      ['Anna Berg', 'Tomas Petraitis'],
      ['Anna Berg', 'Mart Tamm'],
    ]);
  });

  it('keeps "also met with the presidents of A and B" apart from an earlier meeting with other leaders', () => {
    const x = article(
      'Chancellor Eva Kohl met President Paul Durand in Berlin on Tuesday. ' +
        'Kohl also met with the presidents of Chile and Peru on Tuesday.',
    );
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings[1]?.participant_groups).toEqual(['Chile', 'Peru']);
  });

  it('takes a demonym that describes companies as no party: "German and French companies"', () => {
    const x = article(
      'Ministers from Spain and Italy will hold talks in Rome on Friday on investment by German and French companies.',
    );
    expect(x.meetings.map((m) => m.participant_groups)).toEqual([['Spain', 'Italy']]);
  });

  it('reads "received the President of …, Dr. X" as a meeting with X', () => {
    const x = article(
      'The Minister of Health, Dr. Amina Bello, on Tuesday received the President of the World Medical Association, Dr. Otmar Kloiber, in Abuja.',
    );
    expect(x.meetings.map((m) => m.participants)).toEqual([['Amina Bello', 'Otmar Kloiber']]);
  });

  it('splits "In addition to meeting with A, B visited C and D" at the verb with a subject', () => {
    const x = article(
      'In addition to meeting with Ruto, Lopez visited Senate President Amina Ochieng and Chief Justice Paul Kamau on Tuesday.',
    );
    expect(x.meetings.map((m) => m.participants)).toEqual([
      ['Lopez', 'Amina Ochieng'],
      ['Lopez', 'Paul Kamau'],
    ]);
  });

  it('takes a compound of countries as the parties even with several modifiers before the trigger', () => {
    const x = article(
      'The two sides agreed to hold a fifth round of China-Japan high-level economic and trade consultations in Tokyo next month.',
    );
    expect(x.meetings.map((m) => m.participant_groups)).toEqual([['China', 'Japan']]);
  });

  it('gives every meeting a confidence between 0 and 1 and its trigger words', () => {
    const x = article('French President Paul Durand met German Chancellor Eva Kohl in Berlin on Tuesday.');
    const [m] = x.meetings;
    expect(m?.trigger).toBe('met');
    expect(m?.confidence).toBeGreaterThan(0);
    expect(m?.confidence).toBeLessThanOrEqual(1);
    const weak = confidenceOf({
      triggerKind: 'noun',
      people: 0,
      groups: 1,
      statusExplicit: false,
      hasDate: false,
      hasPlace: false,
      resolvedSubject: false,
      split: false,
      reference: true,
    });
    expect(weak).toBeLessThan(m?.confidence ?? 0);
  });
});
