import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';
import {
  objectOf,
  resolveSubject,
  subjectOf,
  subjectReference,
} from '../../../../src-main/core/extract/grammar/coreference';

describe('the coreference pass', () => {
  it('recognises pronoun and description subjects', () => {
    expect(subjectReference('On Tuesday, he ')?.kind).toBe('pronoun');
    expect(subjectReference('She is also expected to ')?.kind).toBe('pronoun');
    expect(subjectReference('The Peruvian head of state’s agenda includes a ')).toEqual({
      kind: 'description',
      words: 'peruvian head of state',
    });
    expect(subjectReference('Officials from both countries ')).toBeNull();
  });

  it('resolves a pronoun to the subject of the nearest sentence that names someone', () => {
    const named = [
      { name: 'Rosa Quispe', sentence: 0, offset: 0 },
      { name: 'Tomas Araya', sentence: 0, offset: 40 },
    ];
    expect(resolveSubject({ kind: 'pronoun', words: '' }, 1, named, [])).toBe('Rosa Quispe');
    expect(resolveSubject({ kind: 'pronoun', words: '' }, 9, named, [])).toBeNull();
  });

  it('puts the resolved subject at the table, and the objects do not meet on their own', () => {
    const x = extractText(
      'test.txt',
      'date: 2025-01-15\n\nPeruvian Foreign Minister Rosa Quispe arrived in Santiago on Tuesday for a two-day visit. She is also expected to meet one-on-one with Chilean President Daniel Rojas and Senate leader Ana Molina.\n',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants).toEqual(
      expect.arrayContaining(['Rosa Quispe', 'Daniel Rojas', 'Ana Molina']),
    );
  });
});

describe('the subject of a trigger', () => {
  const named = [{ name: 'Rosa Quispe', sentence: 0, offset: 0 }];
  const always = (): boolean => true;
  it('is the person a pronoun stands for when no name comes before the trigger', () => {
    expect(subjectOf('He will meet her.', 'He will ', [], 1, named, [], always)).toBe('Rosa Quispe');
  });

  it('is none when a participant is named before the trigger', () => {
    const people = [{ start: 0 }];
    expect(
      subjectOf('Tomas Ruiz will meet her.', 'Tomas Ruiz will ', people, 1, named, [], always),
    ).toBeNull();
  });
});

describe('the object of a meeting verb', () => {
  const named = [
    { name: 'Rosa Quispe', sentence: 0, offset: 0 },
    { name: 'Tomas Araya', sentence: 1, offset: 0 },
  ];
  it('is the person named before the verb in the sentence for "host him"', () => {
    const before = [
      { name: 'Rosa Quispe', start: 14 },
      { name: 'Tomas Araya', start: 40 },
    ];
    expect(objectOf('host him', ' for lunch.', before, 2, named, ['Tomas Araya'])).toBe('Rosa Quispe');
  });

  it('is the first person of the sentence before when the sentence names nobody free', () => {
    expect(objectOf('meet', ' her on Monday.', [], 1, named, ['Tomas Araya'])).toBe('Rosa Quispe');
  });

  it('is none without an object pronoun', () => {
    expect(objectOf('meet', ' the mayor on Monday.', [], 1, named, [])).toBeNull();
  });
});
