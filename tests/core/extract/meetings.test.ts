import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeetingMention } from '../../../src-main/common/extraction';
import { extractArticle, extractText } from '../../../src-main/core/extract/index';
import { findTriggers } from '../../../src-main/core/extract/grammar/triggers';
import { isHypothetical } from '../../../src-main/core/extract/grammar/modality';
import { topicOf } from '../../../src-main/core/extract/grammar/topic';

const meetingsOf = (body: string, date = '2025-04-10'): MeetingMention[] =>
  extractText('test.txt', `date: ${date}\ntitle: A test article\n\n${body}`).meetings;

describe('the meeting grammar', () => {
  it('reads "X met Y in Z on D" with people, place, date, topic and status', () => {
    const [m, ...rest] = meetingsOf(
      'French President Emmanuel Macron met German Chancellor Friedrich Merz in Berlin on Tuesday to discuss defence spending.',
    );
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      participants: ['Emmanuel Macron', 'Friedrich Merz'],
      place: 'Berlin',
      city: 'Berlin',
      country: 'Germany',
      date: '2025-04-08',
      date_precision: 'day',
      topic: 'defence spending',
      status: 'held',
    });
  });

  it('reads "talks between A and B will take place", with who announced them', () => {
    const [m] = meetingsOf(
      'A new round of talks between the U.S. and Russia will take place in Istanbul on April 10, Kremlin spokesperson Dmitry Peskov said on April 8.',
      '2025-04-08',
    );
    expect(m).toMatchObject({
      participants: [],
      participant_groups: ['United States', 'Russia'],
      place: 'Istanbul',
      date: '2025-04-10',
      status: 'planned',
      announced_by: 'Dmitry Peskov',
    });
  });

  it('reads "X hosted Y", "sat down with", and "will travel to Z to meet Y"', () => {
    expect(
      meetingsOf(
        'Chinese President Xi Jinping hosted Brazilian President Luiz Inacio Lula da Silva in Beijing on Monday.',
      )[0],
    ).toMatchObject({
      participants: ['Xi Jinping', 'Luiz Inacio Lula da Silva'],
      city: 'Beijing',
      status: 'held',
    });
    expect(
      meetingsOf(
        'Indian Prime Minister Narendra Modi sat down with Japanese Prime Minister Shigeru Ishiba in Tokyo.',
      )[0],
    ).toMatchObject({
      participants: ['Narendra Modi', 'Shigeru Ishiba'],
      city: 'Tokyo',
    });
    expect(
      meetingsOf(
        'Secretary of State Antony Blinken will travel to Cairo next week to meet Egyptian President Abdel Fattah el-Sisi.',
      )[0],
    ).toMatchObject({
      participants: ['Antony Blinken', 'Abdel Fattah el-Sisi'],
      city: 'Cairo',
      date_precision: 'week',
      status: 'planned',
    });
  });

  it('adds the members of a delegation named in the next sentences', () => {
    const [m] = meetingsOf(
      'On February 18, 2025, Russian Foreign Minister Sergey Lavrov arrived in Riyadh for a meeting with representatives of the U.S. administration. ' +
        'Lavrov will be accompanied by Yuri Ushakov, a foreign policy advisor to President Vladimir Putin. ' +
        'The U.S. delegation will be led by Secretary of State Marco Rubio, and will include National Security Advisor Mike Waltz.',
      '2025-02-18',
    );
    expect(m?.participants).toEqual(['Sergey Lavrov', 'Yuri Ushakov', 'Marco Rubio', 'Mike Waltz']);
    expect(m).toMatchObject({ city: 'Riyadh', date: '2025-02-18', status: 'planned' });
    expect(m?.evidence_spans).toHaveLength(3);
  });

  it('states two meetings when one sentence names two, and counts rounds', () => {
    const ms = meetingsOf(
      'Russian and U.S. officials previously held a meeting on embassy operations in Istanbul on Feb. 27 and two rounds of talks on peace in Ukraine in Saudi Arabia.',
    );
    expect(ms).toHaveLength(2);
    expect(ms[0]).toMatchObject({
      city: 'Istanbul',
      date: '2025-02-27',
      topic: 'embassy operations',
      status: 'held',
    });
    expect(ms[1]).toMatchObject({
      place: 'Saudi Arabia',
      date: null,
      topic: 'peace in Ukraine',
      count: 2,
      status: 'held',
    });
    for (const m of ms) expect(m.participant_groups).toEqual(['Russia', 'United States']);
  });

  it('merges later references to the same meeting into it, with all their evidence', () => {
    const ms = meetingsOf(
      'U.S. and Russian delegations have finished another round of talks at the Russian Consulate in Istanbul on April 10, TASS reported. ' +
        'The consultations between Washington and Moscow were held in a closed format and lasted around six hours. ' +
        'Details of the meeting have not been disclosed.',
    );
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({
      place: 'Russian Consulate in Istanbul',
      city: 'Istanbul',
      reported_by: 'TASS',
      status: 'held',
    });
    expect(ms[0]?.evidence_spans).toHaveLength(3);
  });

  it('gives "the two sides agreed to meet again" the parties of the meeting before', () => {
    const ms = meetingsOf(
      'Ukrainian and Polish officials met in Warsaw on Monday to discuss grain transit. The two sides agreed to meet again next month.',
    );
    expect(ms).toHaveLength(2);
    expect(ms[1]).toMatchObject({
      participant_groups: ['Ukraine', 'Poland'],
      status: 'planned',
      date: '2025-05',
      topic: 'grain transit',
    });
  });

  it('does not take phone calls, press conferences or openness to meeting for meetings', () => {
    expect(meetingsOf('Biden spoke by phone with Netanyahu on Thursday.')).toEqual([]);
    expect(meetingsOf('Trump said he was open to meeting Kim Jong Un.')).toEqual([]);
    expect(
      meetingsOf('Moscow and Washington will discuss potential dates for a phone call between the leaders.'),
    ).toEqual([]);
    expect(meetingsOf('Sanchez told a press conference in Madrid that Spain would send aid.')).toEqual([]);
    expect(meetingsOf('The Kremlin said Putin was ready for talks with Zelensky.')).toEqual([]);
  });

  it('reads a cancelled summit', () => {
    expect(
      meetingsOf(
        'A planned summit between the leaders of Armenia and Azerbaijan in Brussels was called off on Monday.',
      )[0],
    ).toMatchObject({
      participant_groups: ['Armenia', 'Azerbaijan'],
      city: 'Brussels',
      status: 'cancelled',
    });
  });

  it('keeps evidence offsets that point at the sentences in the cleaned text', () => {
    const x = extractText(
      'offsets.txt',
      'date: 2025-04-10\n\nSome context first. Witkoff met Putin in Moscow on Tuesday. Nothing else happened.',
    );
    const span = x.meetings[0]?.evidence_spans[0];
    expect(span && x.text.slice(span.start, span.end)).toBe('Witkoff met Putin in Moscow on Tuesday.');
    expect(x.meetings[0]?.evidence).toBe('Witkoff met Putin in Moscow on Tuesday.');
  });

  it('finds triggers and sets hypothetical and remote ones aside', () => {
    expect(findTriggers('They held talks and met again.').map((t) => t.word)).toEqual(['talks', 'met']);
    expect(findTriggers('Leaders held a video call instead of a meeting.')).toEqual([]);
    expect(findTriggers('The plan failed to meet the demands of the union.')).toEqual([]);
    expect(isHypothetical('Trump said he was open to ')).toBe(true);
    expect(isHypothetical('The two leaders ')).toBe(false);
  });

  it('takes the topic from the words after the trigger', () => {
    expect(topicOf(' on embassy operations in Istanbul on Feb. 27')).toBe('embassy operations');
    expect(topicOf(' regarding the work of embassies at the consulate')).toBe('the work of embassies');
    expect(topicOf(' on April 10, the Kremlin said')).toBeNull();
    expect(topicOf(' lasted about three hours')).toBeNull();
  });
});

describe('wire-style articles', () => {
  it('locates a lead meeting by the dateline and adds the delegations of the next sentence', () => {
    const ms = meetingsOf(
      'JEDDAH, Saudi Arabia (Reuters) - Ukraine said on Tuesday it was ready to accept a U.S. proposal for a 30-day ceasefire after talks between senior officials from both countries. ' +
        "The U.S. delegation, headed by Secretary of State Marco Rubio and National Security Adviser Mike Waltz, met a Ukrainian team led by Andriy Yermak, the head of Zelenskiy's office, for more than eight hours.",
      '2025-03-11',
    );
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({
      participants: ['Marco Rubio', 'Mike Waltz', 'Andriy Yermak'],
      city: 'Jeddah',
      country: 'Saudi Arabia',
      date: '2025-03-11',
      date_source: 'published',
      status: 'held',
    });
  });

  it('keeps a general statement about other officials apart from the meeting before it', () => {
    const ms = meetingsOf(
      'Last week, Russian negotiator Kirill Dmitriev met with Steve Witkoff at the White House. ' +
        'President Volodymyr Zelensky acknowledged on April 3 that U.S. and Russian officials were holding private conversations about a ceasefire.',
    );
    expect(ms).toHaveLength(2);
    expect(ms[1]).toMatchObject({
      participants: [],
      participant_groups: ['United States', 'Russia'],
      status: 'ongoing',
    });
  });

  it('names venues that open with their kind, initials and family names written first', () => {
    const ms = meetingsOf(
      'President Donald Trump and Russian President Vladimir Putin met for nearly three hours at Joint Base Elmendorf-Richardson on Friday. ' +
        'U.S. Vice President JD Vance met Chinese President Xi Jinping on the sidelines of the Munich Security Conference on Saturday. ' +
        'Biden previously met Xi in Woodside, California, in November 2023.',
      '2025-08-16',
    );
    expect(ms.map((m) => [m.participants, m.place])).toEqual([
      [['Donald Trump', 'Vladimir Putin'], 'Joint Base Elmendorf-Richardson'],
      [['JD Vance', 'Xi Jinping'], 'Munich Security Conference'],
      [['Biden', 'Xi Jinping'], 'California'],
    ]);
    expect(ms[1]?.city).toBe('Munich');
    expect(ms[2]).toMatchObject({ date: '2023-11', date_precision: 'month', country: 'United States' });
  });
});

describe('pages saved from other outlets', () => {
  const fixture = (name: string) =>
    extractArticle({ name, bytes: readFileSync(join(__dirname, '../../fixtures/articles', name)) });

  it('reads an Al Jazeera-style page: title above the date stamp, bracketed caption credit, list widgets', () => {
    const x = fixture('aljazeera-style.txt');
    expect(x.article).toMatchObject({
      title: 'Putin and Erdogan hold talks in Tehran as Iran hosts trilateral summit',
      published: '2022-07-19',
    });
    expect(x.credits).toContain('Sergei Savostyanov');
    expect(x.text).not.toMatch(/list of|end of list|Recommended|shakes hands|Zelenskyy sacks/);
    expect(x.meetings.map((m) => [m.participants.slice(0, 2), m.city, m.status])).toEqual([
      [['Vladimir Putin', 'Recep Tayyip Erdogan'], 'Tehran', 'held'],
      // Putin's next meeting, with no place of its own, is where his meeting just before was.
      [['Vladimir Putin', 'Ali Khamenei'], 'Tehran', 'held'],
      [['Recep Tayyip Erdogan', 'Vladimir Putin'], 'Sochi', 'planned'],
    ]);
  });

  it('reads a Guardian-style page: byline with a job title, two meetings in one sentence, a role for a name', () => {
    const x = fixture('guardian-style.txt');
    expect(x.article).toMatchObject({
      title: 'Starmer hosts Zelenskyy in London as European leaders gather for defence summit',
      published: '2025-03-02',
      authors: ['Pippa Crerar'],
    });
    expect(x.credits).toEqual(expect.arrayContaining(['Pippa Crerar', 'Leon Neal']));
    expect(x.meetings.map((m) => [m.participants, m.place, m.date, m.status])).toEqual([
      [['Keir Starmer', 'Volodymyr Zelenskyy'], 'Downing Street', '2025-03-01', 'held'],
      [['Donald Trump', 'Volodymyr Zelenskyy'], 'Oval Office', null, 'held'],
      [['Keir Starmer', 'Emmanuel Macron', 'Giorgia Meloni'], 'Lancaster House', '2025-03-02', 'planned'],
    ]);
  });
});

describe('edge phrasings', () => {
  it('counts the speaker of a quoted "I met …" as a participant', () => {
    expect(meetingsOf('"I met Putin in 2019," Trump said.')[0]).toMatchObject({
      participants: ['Putin', 'Trump'],
      date: '2019',
      date_precision: 'year',
    });
  });

  it('states no meeting for a bare mention without parties, place or date', () => {
    expect(meetingsOf('Ceasefire talks have stalled.')).toEqual([]);
  });

  it('keeps a named body’s meeting apart from the meeting before it', () => {
    const ms = meetingsOf(
      'Chief of Staff Andriy Yermak met Keith Kellogg. The Security Council meeting on Ukraine was held in New York on Monday.',
    );
    expect(ms).toHaveLength(2);
    expect(ms[1]).toMatchObject({
      participant_groups: ['Security Council'],
      city: 'New York',
      date: '2025-04-07',
    });
  });

  it('dates a held meeting "on Sunday" to the last Sunday, a planned one to the next', () => {
    expect(meetingsOf('Pope Leo met Zelensky at the Vatican on Sunday.')[0]?.date).toBe('2025-04-06');
    expect(meetingsOf('Pope Leo will meet Zelensky at the Vatican on Sunday.')[0]?.date).toBe('2025-04-13');
  });
});

describe('more wire phrasings', () => {
  it('reads passive hosting, "the two met", meetings named by "between", visits followed by a meeting', () => {
    expect(meetingsOf('Witkoff was received by Putin in the Kremlin on Thursday.')[0]).toMatchObject({
      participants: ['Witkoff', 'Putin'],
      place: 'Kremlin',
      city: 'Moscow',
    });
    const two = meetingsOf(
      'Modi met Chinese President Xi Jinping in Tianjin on Sunday. The two met on the sidelines of the SCO summit.',
    );
    expect(two).toHaveLength(1);
    expect(two[0]?.evidence_spans).toHaveLength(2);
    expect(
      meetingsOf(
        'The meeting between Trump and Zelensky in the Oval Office descended into a shouting match on Feb. 28.',
      )[0],
    ).toMatchObject({ participants: ['Trump', 'Zelensky'], place: 'Oval Office', date: '2025-02-28' });
    expect(meetingsOf('Kellogg visited Kyiv and met with Zelensky on Tuesday.')).toHaveLength(1);
  });

  it('counts unnamed officials as their country', () => {
    expect(
      meetingsOf('Umerov met with U.S. officials in Miami on Saturday to discuss the peace plan.')[0],
    ).toMatchObject({
      participants: ['Umerov'],
      participant_groups: ['United States'],
      city: 'Miami',
      topic: 'the peace plan',
    });
  });
});

describe('talking in person', () => {
  it('takes "spoke with" for a meeting only when the two were in one place', () => {
    expect(
      meetingsOf(
        'Rubio spoke with Lavrov on the sidelines of the ASEAN meeting in Kuala Lumpur on Thursday.',
      )[0],
    ).toMatchObject({
      participants: ['Rubio', 'Lavrov'],
      city: 'Kuala Lumpur',
    });
    expect(meetingsOf('Rubio spoke with Lavrov on Thursday.')).toEqual([]);
  });

  it('refers "the Alaska summit" back to the meeting held in Alaska', () => {
    const ms = meetingsOf(
      'Trump met Putin in Alaska on Aug. 15. The Alaska summit produced no deal.',
      '2025-08-20',
    );
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ place: 'Alaska', country: 'United States', date: '2025-08-15' });
  });
});

describe('judged and wished-for meetings', () => {
  it('states only the meetings that happened or are arranged in a Kyiv Independent-style page', () => {
    const x = extractArticle({
      name: 'kyiv-style.txt',
      bytes: readFileSync(join(__dirname, '../../fixtures/articles/kyiv-style.txt')),
    });
    expect(x.article).toMatchObject({ published: '2025-06-03', authors: ['Martin Fornusek'] });
    expect(x.credits).toEqual(
      expect.arrayContaining(['Martin Fornusek', 'Petras Malukas', 'Olena Goncharova']),
    );
    expect(x.meetings.map((m) => [m.participants, m.city])).toEqual([
      [['Rustem Umerov', 'Vladimir Medinsky'], 'Istanbul'],
      [['Volodymyr Zelensky', 'Gitanas Nauseda'], 'Vilnius'],
    ]);
    expect(x.meetings[0]?.participant_groups).toEqual(['Ukraine', 'Russia']);
  });

  it('does not take a meeting judged unlikely or possible for one', () => {
    expect(
      meetingsOf('Peskov said a meeting between Putin and Zelensky was unlikely "in the near future."'),
    ).toEqual([]);
    expect(
      meetingsOf('A summit between the two leaders is possible later this year, officials said.'),
    ).toEqual([]);
  });
});

describe('a Mehr-style report', () => {
  it('cuts a dated dateline, keeps titles out of names and finds parties in compounds', () => {
    const x = extractArticle({
      name: 'mehr-style.txt',
      bytes: readFileSync(join(__dirname, '../../fixtures/articles/mehr-style.txt')),
    });
    expect(x.article.dateline).toBe('Tehran');
    expect(x.credits).toContain('MNA');
    expect(x.people.map((p) => p.name)).toContain('Ali Khamenei');
    expect(x.meetings.map((m) => [m.participants, m.participant_groups, m.city, m.date, m.status])).toEqual([
      [['Abbas Araghchi', 'Sergei Lavrov'], [], 'Moscow', '2025-04-18', 'held'],
      [['Badr Albusaidi'], ['Iran', 'United States'], 'Rome', '2025-04-19', 'planned'],
      [['Abbas Araghchi', 'Steve Witkoff'], [], 'Muscat', '2025-04-12', 'held'],
    ]);
  });
});

describe('a Pravda-style report', () => {
  it('reads glued bylines, labelled paragraphs and a background meeting', () => {
    const x = extractArticle({
      name: 'pravda-style.txt',
      bytes: readFileSync(join(__dirname, '../../fixtures/articles/pravda-style.txt')),
    });
    expect(x.article.authors).toEqual(['Tetyana Oliynyk', 'Mariya Yemets']);
    expect(x.text).not.toContain('Photo:');
    expect(
      x.meetings.map((m) => [m.participants, m.participant_groups.includes('Ukraine'), m.city, m.date]),
    ).toEqual([
      [['Rustem Umerov', 'Keith Kellogg'], false, 'Kyiv', '2025-05-27'],
      // "the same day", with no place of its own: where Kellogg's meeting just before was.
      [['Keith Kellogg', 'Andrii Yermak'], false, 'Kyiv', '2025-05-27'],
      [[], true, 'Istanbul', '2025-05-16'],
    ]);
    expect(x.meetings[0]?.topic).toBe('a possible second round of talks with Russia');
  });
});
