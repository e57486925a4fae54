import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../src-main/core/extract/entities';
import { splitSentences } from '../../../../src-main/core/extract/sentences';

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
});
