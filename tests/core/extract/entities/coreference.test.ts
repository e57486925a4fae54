import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../src-main/core/extract/entities';
import { splitSentences } from '../../../../src-main/core/lexicon/sentences';

const entitiesOf = (text: string, credits: string[] = []) =>
  extractEntities(text, splitSentences(text), credits);

describe('coreference of short forms', () => {
  it('a surname and a lone first name stand for the one full name', () => {
    const text =
      'Foreign Minister Anna Berg met Tomas Lindqvist in Oslo. Berg said the talks went well. Later Anna spoke to reporters.';
    const { people, mentions } = entitiesOf(text);
    expect(people.map((p) => p.name)).toEqual(['Anna Berg', 'Tomas Lindqvist']);
    expect(people[0]?.aliases.sort()).toEqual(['Anna', 'Berg']);
    expect(mentions.filter((m) => m.kind === 'person' && m.name === 'Anna Berg')).toHaveLength(3);
  });

  it('two spellings of a name with one surname and initial are one person', () => {
    const { people } = entitiesOf('Sergei Volkan arrived. Minister Sergey Volkan said he was glad.');
    expect(people).toHaveLength(1);
  });

  it('a credited author is no person of the story, nor is the surname', () => {
    const { people } = entitiesOf('Tomas Lind met Anna Berg on Monday. Lindqvist took the photos.', [
      'Kurt Lindqvist',
    ]);
    expect(people.map((p) => p.name)).toEqual(['Tomas Lind', 'Anna Berg']);
  });

  it('a word the article also writes in lower case is not a name of its own', () => {
    const { people } = entitiesOf('Youth met the minister. The youth said little.');
    expect(people).toEqual([]);
  });

  it('a lone word where the text was cut off is no name, and a cut name is the full name it starts', () => {
    const text =
      'Chairman Ana Maria Ruiz met Governor Tom Kell in Lyon on Monday.\n\n' +
      'The governor went to the airport to receive the President of Estavia and the Prime Mi\n\n' +
      'The plan will end only if Ana Maria Ruiz agrees. He did not agree to punish Chairman Ana Maria';
    const { people } = entitiesOf(text);
    const names = people.map((p) => p.name);
    expect(names).not.toContain('Mi');
    expect(names).not.toContain('Ana Maria');
    expect(people.find((p) => p.name === 'Ana Maria Ruiz')?.aliases).toContain('Ana Maria');
  });
});

describe('venues set off by an apposition', () => {
  it('reads a name followed by "—the official residence of" as a venue, not a person', () => {
    const text =
      'Minister Tom Kell arrived at Seri Lindavo—the official residence of the prime minister and the venue of the talks.';
    const { people, mentions } = entitiesOf(text);
    expect(people.map((p) => p.name)).toEqual(['Tom Kell']);
    expect(mentions.some((m) => m.kind === 'place' && m.name === 'Seri Lindavo')).toBe(true);
  });
});
