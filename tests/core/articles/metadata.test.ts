import { describe, expect, it } from 'vitest';
import {
  normaliseNameCase,
  outletFromDesk,
  outletFromMasthead,
  parseByline,
  parsePublicationDate,
  splitAuthors,
} from '../../../src-main/core/articles/metadata';

describe('article metadata', () => {
  it('reads a byline with authors, a desk and a date with time', () => {
    const b = parseByline(
      'by Kateryna Denisova and The Kyiv Independent news desk April 8, 2025 5:16 PM 2 min read',
    );
    expect(b).toEqual({
      authors: ['Kateryna Denisova'],
      published: '2025-04-08',
      outlet: 'The Kyiv Independent',
    });
  });

  it('reads a byline whose weekday is glued to the last author', () => {
    const b = parseByline('Iryna Balachuk, STANISLAV POHORILOVWednesday, 6 August 2025, 15:05');
    expect(b?.authors).toEqual(['Iryna Balachuk', 'Stanislav Pohorilov']);
    expect(b?.published).toBe('2025-08-06');
  });

  it('does not take a sentence for a byline', () => {
    expect(
      parseByline('By 2030, the country plans to double its exports of grain to Asia and Africa.'),
    ).toBeNull();
    expect(parseByline('On February 18, 2025, Lavrov arrived in Riyadh for a meeting.')).toBeNull();
  });

  it('turns written dates and ISO timestamps into days', () => {
    expect(parsePublicationDate('2025-04-10T10:08:00Z')).toBe('2025-04-10');
    expect(parsePublicationDate('April 10, 2025 10:08 AM')).toBe('2025-04-10');
    expect(parsePublicationDate('6 August 2025')).toBe('2025-08-06');
    expect(parsePublicationDate('sometime soon')).toBeNull();
  });

  it('splits author lists and leaves desks out', () => {
    expect(splitAuthors('Kateryna Denisova, The Kyiv Independent news desk')).toEqual(['Kateryna Denisova']);
    expect(splitAuthors('A. Writer & B. Reporter')).toEqual(['A. Writer', 'B. Reporter']);
  });

  it('normalises names printed in capitals', () => {
    expect(normaliseNameCase('STANISLAV POHORILOV')).toBe('Stanislav Pohorilov');
    expect(normaliseNameCase('Iryna Balachuk')).toBe('Iryna Balachuk');
  });

  it('finds the outlet in a news-desk credit', () => {
    expect(outletFromDesk('and The Kyiv Independent news desk')).toBe('The Kyiv Independent');
  });
});

describe('outletFromMasthead', () => {
  it('names the outlet from its masthead in page chrome', () => {
    expect(outletFromMasthead('The Kyiv Independent’s Francis Farrel provides an ultimate guide')).toBe(
      'The Kyiv Independent',
    );
    expect(outletFromMasthead('Read more from The Guardian’s politics team')).toBe('The Guardian');
    expect(outletFromMasthead('The Kyiv IndependentOlena Goncharova')).toBe('The Kyiv Independent');
  });

  it('does not take a government body for an outlet', () => {
    expect(outletFromMasthead("The White House's press secretary said the talks went well.")).toBeNull();
    expect(outletFromMasthead('The State Department’s spokesperson Tammy Bruce said')).toBeNull();
  });
});
