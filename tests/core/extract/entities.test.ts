import { describe, expect, it } from 'vitest';
import { extractEntities, personNameKey, sameFullName } from '../../../src-main/core/extract/entities';
import {
  cityByName,
  countryByDemonym,
  countryByName,
  venueByName,
} from '../../../src-main/core/lexicon/gazetteer';
import { splitSentences } from '../../../src-main/core/lexicon/sentences';

const entitiesOf = (text: string, credits: string[] = []) =>
  extractEntities(text, splitSentences(text), credits);

describe('people', () => {
  it('finds full names with their titles, roles and countries', () => {
    const { people } = entitiesOf(
      'A new round of talks will take place in Istanbul, Kremlin spokesperson Dmitry Peskov said. ' +
        'Dmitriev met with Steve Witkoff, U.S. President Donald Trump’s special envoy to the Middle East, at the White House. ' +
        'Russian negotiator Kirill Dmitriev arrived in Washington.',
    );
    expect(people.map((p) => p.name).sort()).toEqual([
      'Dmitry Peskov',
      'Donald Trump',
      'Kirill Dmitriev',
      'Steve Witkoff',
    ]);
    expect(people.find((p) => p.name === 'Dmitry Peskov')).toMatchObject({
      roles: ['Kremlin spokesperson'],
      affiliation: 'Russia',
    });
    expect(people.find((p) => p.name === 'Steve Witkoff')?.roles).toEqual([
      'special envoy to the Middle East',
    ]);
    expect(people.find((p) => p.name === 'Donald Trump')).toMatchObject({
      roles: ['U.S. President'],
      affiliation: 'United States',
    });
  });

  it('resolves a surname to the full name it stands for, before or after it', () => {
    const { people } = entitiesOf(
      'Dmitriev met Witkoff. Russian negotiator Kirill Dmitriev said so. Dmitriev left.',
    );
    const dmitriev = people.find((p) => p.name === 'Kirill Dmitriev');
    expect(dmitriev?.aliases).toEqual(['Dmitriev']);
    expect(people.filter((p) => /Dmitriev/.test(p.name))).toHaveLength(1);
  });

  it('merges spellings of one name: Sergey and Sergei Lavrov', () => {
    const { people } = entitiesOf(
      'Foreign Minister Sergey Lavrov arrived. Rubio spoke with Russian Foreign Minister Sergei Lavrov.',
    );
    const lavrov = people.filter((p) => /Lavrov/.test(p.name));
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0]?.aliases).toContain('Sergei Lavrov');
  });

  it('keeps particles and apposition roles: Mohammed bin Salman, Abdel Fattah el-Sisi', () => {
    const { people } = entitiesOf(
      'He will ask Saudi Crown Prince Mohammed bin Salman for updates. Blinken will meet Egyptian President Abdel Fattah el-Sisi. ' +
        'Lavrov will be accompanied by Yuri Ushakov, a foreign policy advisor to President Vladimir Putin.',
    );
    expect(people.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'Mohammed bin Salman',
        'Abdel Fattah el-Sisi',
        'Yuri Ushakov',
        'Vladimir Putin',
      ]),
    );
    expect(people.find((p) => p.name === 'Mohammed bin Salman')?.affiliation).toBe('Saudi Arabia');
    expect(people.find((p) => p.name === 'Yuri Ushakov')?.roles).toEqual([
      'foreign policy advisor to President Vladimir Putin',
    ]);
  });

  it('never lists a credited name as a person of the story', () => {
    const { people } = entitiesOf('Francis Farrell reports that Steve Witkoff met Putin.', [
      'Francis Farrell',
    ]);
    expect(people.map((p) => p.name)).not.toContain('Francis Farrell');
  });

  it('does not take places, organisations, titles or sentence openers for people', () => {
    const { people } = entitiesOf(
      'Details: According to RIA Novosti, the Black Sea talks at the Chiragan Palace in Istanbul ended. Earlier this month the Secretary of State spoke.',
    );
    expect(people).toEqual([]);
  });

  it('normalises names for comparison', () => {
    expect(personNameKey('Mr. Volodymyr Zelenskyy')).toBe('volodymyr zelenskyy');
    expect(sameFullName('Sergey Lavrov', 'Sergei Lavrov')).toBe(true);
    expect(sameFullName('Donald Trump', 'Melania Trump')).toBe(false);
  });
});

describe('organisations and places', () => {
  it('finds organisations by name and by their head word', () => {
    const { organizations } = entitiesOf(
      'TASS reported that the U.S. State Department and the Russian Direct Investment Fund met at the Kremlin.',
    );
    expect(organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['TASS', 'U.S. State Department', 'Russian Direct Investment Fund', 'Kremlin']),
    );
  });

  it('finds cities, countries, venues and regions, each with its country', () => {
    const { places } = entitiesOf(
      'Delegations met at the Russian Consulate in Istanbul and in Riyadh, Saudi Arabia, near the Black Sea and at the White House.',
    );
    expect(places).toEqual(
      expect.arrayContaining([
        { name: 'Russian Consulate in Istanbul', kind: 'venue', country: 'Turkey' },
        { name: 'Istanbul', kind: 'city', country: 'Turkey' },
        { name: 'Riyadh', kind: 'city', country: 'Saudi Arabia' },
        { name: 'Saudi Arabia', kind: 'country', country: 'Saudi Arabia' },
        { name: 'Black Sea', kind: 'region', country: null },
        { name: 'White House', kind: 'venue', country: 'United States' },
      ]),
    );
  });

  it('looks names up in the gazetteer', () => {
    expect(countryByName('U.S.')?.name).toBe('United States');
    expect(countryByName('Russian Federation')?.name).toBe('Russia');
    expect(countryByDemonym('American')?.name).toBe('United States');
    expect(countryByDemonym('Saudi')?.name).toBe('Saudi Arabia');
    expect(cityByName('Muscat')?.country).toBe('Oman');
    expect(cityByName('Washington')?.country).toBe('United States');
    expect(cityByName('Geneva')?.country).toBe('Switzerland');
    expect(cityByName('Nice', false)).toBeNull();
    expect(venueByName('the Kremlin')).toMatchObject({ city: 'Moscow', country: 'Russia' });
  });
});

describe('names that are not people', () => {
  it('takes organisations, media, operations and agreements for what they are', () => {
    const { people, organizations } = entitiesOf(
      'The Red Cross and Amnesty International said Human Rights Watch had documented the strikes. ' +
        'Al Jazeera and the Wall Street Journal reported that Truth Social posts angered Beijing. ' +
        'The Black Sea Fleet and the Wagner Group were mentioned by Bloomberg and Axios. ' +
        'The Coalition of the Willing met in Paris. The Grain Deal collapsed. Operation Spiderweb hit bombers.',
    );
    expect(people).toEqual([]);
    expect(organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'Red Cross',
        'Human Rights Watch',
        'Al Jazeera',
        'Wall Street Journal',
        'Operation Spiderweb',
      ]),
    );
  });

  it('keeps military ranks out of names', () => {
    const { people } = entitiesOf('Gen. Valery Gerasimov and Lt. Gen. Keith Kellogg spoke.');
    expect(people.map((p) => p.name)).toEqual(['Valery Gerasimov', 'Keith Kellogg']);
  });
});

describe('two capitalised words', () => {
  it('are a person only with a sign of one: a title, a role, speech, a meeting, the tagger', () => {
    const { people } = entitiesOf(
      'Russian forces attacked Chasiv Yar and Kostiantynivka overnight. Sonata Coulter met Aleksandr Darchiyev. ' +
        'Hanna Maliar said troops held the line. Jean-Noël Barrot met Radoslaw Sikorski in Warsaw.',
    );
    expect(people.map((p) => p.name)).toEqual([
      'Sonata Coulter',
      'Aleksandr Darchiyev',
      'Hanna Maliar',
      'Jean-Noël Barrot',
      'Radoslaw Sikorski',
    ]);
  });
});
