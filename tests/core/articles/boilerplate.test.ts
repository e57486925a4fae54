import { describe, expect, it } from 'vitest';
import {
  captionCredits,
  chromeCredits,
  creditLineNames,
  isCaption,
  isChromeLine,
  isEndMarker,
  isHeadlineLike,
  isTeaserBlurb,
} from '../../../src-main/core/articles/boilerplate';

describe('boilerplate detection', () => {
  it('recognises subscription boxes, navigation and audio notes as chrome', () => {
    for (const line of [
      '* indicates required',
      'Enter your email to subscribe',
      'Skip to content',
      'This audio is created with AI assistance',
      'Stand behind Ukrainian independent journalism when it’s needed most. Help us reach 20,000 members.',
      'Thank you for signing up for this newsletter. We’ve sent you a confirmation email.',
    ])
      expect(isChromeLine(line), line).toBe(true);
    expect(isChromeLine('The talks lasted around six hours, TASS reported.')).toBe(false);
  });

  it('recognises photo captions and takes the photographer as a credit', () => {
    const caption =
      'A Russian flag flies next to the U.S. embassy building in Moscow on Nov. 30, 2023. (Alexander Nemenov/AFP via Getty Images)';
    expect(isCaption(caption)).toBe(true);
    expect(captionCredits(caption)).toContain('Alexander Nemenov');
    expect(captionCredits('Witkoff and Dmitriev in Moscow. Screenshot: RIA Novosti video')).toEqual([
      'RIA Novosti',
    ]);
    expect(isCaption('The talks between Washington and Moscow were held in a closed format.')).toBe(false);
  });

  it('tells teaser headlines and cut-off blurbs from sentences', () => {
    expect(
      isHeadlineLike(
        'Trump didn’t impose tariffs on Russia but they might be wrecking its economy regardless',
      ),
    ).toBe(true);
    expect(
      isTeaserBlurb(
        'U.S. President Donald Trump has inadvertently hit Russia’s economy after his tariffs caused oil prices to drop, and Russia has so far failed to agree to a full',
      ),
    ).toBe(true);
    expect(
      isTeaserBlurb('The talks lasted three hours and ended without a statement from either side.'),
    ).toBe(false);
    // Two sentences, then the saved page stops: the article's own paragraph, cut off.
    expect(
      isTeaserBlurb(
        'The two ministers met for an hour at the harbour office on Friday. They signed a fisheries accord. Asked about quotas, the minister said "We',
      ),
    ).toBe(false);
  });

  it('knows the headings that open the page’s closing widgets', () => {
    for (const line of [
      'News Feed',
      'Most popular',
      'MORE NEWS',
      "Editors' Picks",
      'Authors: Kateryna Denisova',
    ])
      expect(isEndMarker(line), line).toBe(true);
    expect(isEndMarker('Supplement')).toBe(false);
  });

  it('takes newsletter hosts and glued teaser bylines as credits', () => {
    expect(chromeCredits('Explaining Ukraine with Kate Tsurkan', null)).toEqual(['Kate Tsurkan']);
    expect(chromeCredits('The Kyiv IndependentFrancis Farrell', 'The Kyiv Independent')).toEqual([
      'Francis Farrell',
    ]);
  });

  it('reads wire-service credit lines', () => {
    expect(creditLineNames('(Reporting by Ali Kucukgocmen in Ankara; Editing by Sharon Singleton)')).toEqual([
      'Ali Kucukgocmen',
      'Sharon Singleton',
    ]);
    expect(
      creditLineNames('Associated Press writer Jamey Keaten in Geneva contributed to this report.'),
    ).toEqual(['Jamey Keaten']);
    expect(creditLineNames('Reporters said the talks went well.')).toBeNull();
  });
});
