import { describe, expect, it } from 'vitest';
import {
  isChromeLine,
  isListItem,
  leadBeforeCaption,
  namesPerson,
  readsAsSentence,
  runsOnAsSentence,
} from '../../../src-main/core/articles/boilerplate';
import { readPlainText } from '../../../src-main/core/articles/txt';

const page = (...lines: string[]): string => lines.join('\n');

describe('telling headings from the lead', () => {
  it('keeps a lead sentence without a full stop that sits right above the body', () => {
    const doc = readPlainText(
      page(
        'title: Minister talks with her Danish counterpart',
        '',
        'Minister talks with her Danish counterpart',
        'The Foreign Minister met her Danish counterpart, Lars Holm, in Oslo this morning',
        'The two ministers discussed fisheries and Arctic shipping.',
      ),
    );
    expect(doc.paragraphs[0]).toBe(
      'The Foreign Minister met her Danish counterpart, Lars Holm, in Oslo this morning',
    );
    expect(doc.paragraphs).not.toContain('Minister talks with her Danish counterpart');
  });

  it('still drops a heading that stands alone above the body, and a subtitle above a dateline', () => {
    const alone = readPlainText(
      page(
        'title: Port strike ends',
        '',
        'Dock workers return after a week of talks with the harbour board',
        '',
        'The strike at the northern port ended on Friday after the union accepted a new offer.',
      ),
    );
    expect(alone.paragraphs).toEqual([
      'The strike at the northern port ended on Friday after the union accepted a new offer.',
    ]);
    const subtitle = readPlainText(
      page(
        'title: Leaders to meet in Vienna',
        '',
        'This will be the first meeting of the two leaders since the election',
        'VIENNA, May 3. The two leaders will meet in Vienna on Monday, officials said.',
      ),
    );
    expect(subtitle.paragraphs[0]).toMatch(/The two leaders will meet in Vienna on Monday/);
    expect(subtitle.paragraphs.join('\n')).not.toContain('first meeting of the two leaders');
  });

  it('counts a line as a sentence only when it has lower-case words, unlike a Title Case headline', () => {
    expect(readsAsSentence('The minister spoke to the visiting delegation from Chile this morning')).toBe(
      true,
    );
    expect(readsAsSentence('Trade Ministers Gather in Lima for Talks on Tariffs and Shipping')).toBe(false);
    expect(readsAsSentence('Talks resume on Monday')).toBe(false);
  });
});

describe('telling body lists from navigation lists', () => {
  it('keeps bulleted sentences, even the last one cut short, and drops menu items', () => {
    const doc = readPlainText(
      page(
        'title: Summit live',
        '',
        '• Share on Facebook',
        '• Subscribe',
        '- World',
        '- Business news',
        '',
        'The summit opened in Lisbon on Thursday.',
        '',
        '  • Leaders of the member states met in Lisbon for the first day of their spring summit.',
        '',
        '  • Asked about the vote, the Irish premier said the union would wait for the courts to decide on the',
      ),
    );
    expect(doc.paragraphs).toEqual([
      'The summit opened in Lisbon on Thursday.',
      '• Leaders of the member states met in Lisbon for the first day of their spring summit.',
      '• Asked about the vote, the Irish premier said the union would wait for the courts to decide on the',
    ]);
  });

  it('keeps list lines that name people and drops the page’s category labels', () => {
    const doc = readPlainText(
      page(
        'title: Ministers arrive for regional talks',
        '',
        '- Details',
        '- Category: Media',
        'Ministers from the region arrived in Suva today ahead of the ministerial meeting.',
        'Those who arrived this morning included;',
        '- Hon. Mereani Tora, Minister of Trade of Tonga',
        '-',
        'H.E. Paul Kessel, Ambassador of Palau',
        '-',
        'Dr. Ana Lui, Director of the Regional Fisheries Agency',
        'The meeting opens on Monday.',
      ),
    );
    expect(doc.paragraphs).toEqual([
      'Ministers from the region arrived in Suva today ahead of the ministerial meeting.',
      '- Hon. Mereani Tora, Minister of Trade of Tonga',
      'H.E. Paul Kessel, Ambassador of Palau',
      'Dr. Ana Lui, Director of the Regional Fisheries Agency',
      'The meeting opens on Monday.',
    ]);
  });

  it('recognises list items and lines that name a person', () => {
    expect(isListItem('• The council met on Monday', '')).toBe(true);
    expect(isListItem('Sara Lind, Mayor of Malmo', '-')).toBe(true);
    expect(isListItem('Sara Lind, Mayor of Malmo', 'The guests were:')).toBe(false);
    expect(namesPerson('- Hon. Mereani Tora, Minister of Trade')).toBe(true);
    expect(namesPerson('Sara Lind, Mayor of Malmo')).toBe(true);
    expect(namesPerson('- Privacy Policy')).toBe(false);
    expect(namesPerson('World News, Sport and Weather')).toBe(false);
  });
});

describe('captions and chrome words inside body text', () => {
  it('keeps a lead whose restating caption was glued onto it, and credits the photographer', () => {
    const line =
      'Geneva: Trade minister Rui Lopes met his Korean counterpart Kim Ha-neul in Seoul on Monday and discussed tariffs. Trade minister Rui Lopes met his Korean counterpart Kim Ha-neul in Seoul on Monday (Mia Berg/Pool)';
    expect(leadBeforeCaption(line)).toBe(
      'Geneva: Trade minister Rui Lopes met his Korean counterpart Kim Ha-neul in Seoul on Monday and discussed tariffs.',
    );
    expect(leadBeforeCaption('Rui Lopes arrives in Seoul on Monday. (Mia Berg/Pool)')).toBeNull();
    expect(
      leadBeforeCaption('The talks ended late. Delegates pose for a photo after the talks (Mia Berg/Pool)'),
    ).toBeNull();
    const doc = readPlainText(
      page('title: Lopes meets Kim', '', line, '', 'Both sides called the talks useful.'),
    );
    expect(doc.paragraphs.join('\n')).toContain(
      'met his Korean counterpart Kim Ha-neul in Seoul on Monday and',
    );
    expect(doc.paragraphs.join('\n')).not.toContain('Mia Berg');
    expect(doc.credits).toContain('Mia Berg');
  });

  it('does not take a sentence about an alliance’s members for a membership box', () => {
    expect(isChromeLine('The four members of the alliance are weighing a summit in the autumn.')).toBe(false);
    expect(isChromeLine('Join now: members-only briefings every week')).toBe(true);
    expect(isChromeLine('Help us reach 20,000 members.')).toBe(true);
  });
});

describe('a body sentence that lost its full stop', () => {
  it('stays in the body, where a heading between paragraphs is dropped', () => {
    const doc = readPlainText(
      page(
        'title: Prime minister visits the islands',
        '',
        'Prime Minister Ivo Brand is on a two-day official visit to strengthen relations with the islands.',
        '',
        'Brand met with the High Commissioner to the islands, Lena Oram, and the Minister for Fisheries, Tom Harlan',
        '',
        'Fisheries and the climate',
        '',
        'He will return to the capital on Sunday.',
      ),
    );
    expect(doc.paragraphs).toHaveLength(3);
    expect(doc.paragraphs[1]).toMatch(/^Brand met with the High Commissioner/);
  });

  it('is told from a headline by its length, its comma and its lower-case words', () => {
    expect(
      runsOnAsSentence(
        'Brand met with the High Commissioner to the islands, Lena Oram, and the Minister for Fisheries, Tom Harlan',
      ),
    ).toBe(true);
    expect(
      runsOnAsSentence('Trade Ministers Gather in Lima, Peru for Talks on Tariffs, Shipping and Ports'),
    ).toBe(false);
    expect(runsOnAsSentence('Brand meets Oram, Harlan in the capital')).toBe(false);
  });
});

describe('a cut body sentence with no comma', () => {
  it('still reads as a sentence when it has enough longer lower-case words', () => {
    expect(
      runsOnAsSentence(
        'Both Oram and Brand said a special meeting would take place in the very near future to settle the question',
      ),
    ).toBe(true);
    expect(
      runsOnAsSentence(
        'Trade Ministers Gather in Lima for Talks on Tariffs and Shipping as Prices Rise Again Today',
      ),
    ).toBe(false);
  });
});
