import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../src-main/core/extract/index';
import { isProcess, polarityOf } from '../../../../src-main/core/extract/grammar/modality';
import { addDays, dayOfVisit } from '../../../../src-main/core/extract/grammar/time';

const article = (body: string): ReturnType<typeof extractText> =>
  extractText('test.txt', `date: 2025-01-15\n\n${body}\n`);
const names = (x: ReturnType<typeof extractText>): string[] => x.people.map((p) => p.name).sort();

describe('meeting wording, parties and names', () => {
  it('takes "will call on" and "call upon" as a meeting, not a phone call', () => {
    const x = article(
      'On Tuesday, January 21, the Health Minister, Ana Ruiz will call on the visiting Premier Tom Mboya.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.sort()).toEqual(['Ana Ruiz', 'Tom Mboya']);
    expect(x.meetings[0]?.date).toBe('2025-01-21');
    expect(x.meetings[0]?.status).toBe('planned');
  });

  it('gives no meeting for talks that were turned down or that someone was not able to take up', () => {
    expect(polarityOf('The governor turned down ')).toBe('negated');
    expect(polarityOf("The mayor wasn't able to take up the ")).toBe('negated');
    const x = article('The governor turned down talks with Deputy Mayor Carl Dunn in Lyon on Monday.');
    expect(x.meetings).toEqual([]);
  });

  it('reads "released through separate negotiations" as a process, not a meeting', () => {
    expect(isProcess('Nine sailors were released through separate ')).toBe(true);
    expect(isProcess('The two ministers held ')).toBe(false);
    const x = article(
      'Nine sailors held by Ruritania were released through separate negotiations with Freedonia on Monday.',
    );
    expect(x.meetings).toEqual([]);
  });

  it('places a meeting at the venue after its verb, not at one in an earlier clause', () => {
    const x = article(
      'The leaders will sign two deals at the Grand Hotel and later in the day, Premier Tom Mboya will meet President Ana Ruiz at the Lok Bhavan.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.place).toBe('Lok Bhavan');
  });

  it('keeps "…, which will be followed by a meeting with Y" apart from the meeting before it', () => {
    const x = article(
      'In Lyon on Friday, Mayor Ana Ruiz will call upon Premier Tom Mboya, which will be followed by a meeting with the Governor of the region, Carl Dunn at the Prefecture Palace.',
    );
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings[1]?.participants).toContain('Carl Dunn');
    expect(x.meetings[0]?.participants).not.toContain('Carl Dunn');
  });

  it('dates "on the second day of his visit" from the first day of the visit', () => {
    expect(dayOfVisit('On the second day of his visit, he will lay a wreath.')).toBe(2);
    expect(dayOfVisit('He spent a second day in talks.')).toBeNull();
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    const x = article(
      'Premier Tom Mboya will arrive in Lyon on January 20 and meet Mayor Ana Ruiz later in the day. On the second day of his visit, he will lay a wreath, which will be followed by a meeting with President Carl Dunn.',
    );
    const withDunn = x.meetings.find((m) => m.participants.includes('Carl Dunn'));
    expect(withDunn?.date).toBe('2025-01-21');
  });

  it('merges a quote that restates the meeting into it, with the speaker as a participant', () => {
    const x = article(
      'Alliance chief Karl Brandt met on Thursday with President Tom Mboya and Foreign Minister Ana Ruiz. "Great meeting with the President, along with Minister Ruiz and Adviser Carl Dunn," Brandt said in a post.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.sort()).toEqual(['Ana Ruiz', 'Carl Dunn', 'Karl Brandt', 'Tom Mboya']);
  });

  it('reads capitals before a title or a full name as an organisation, and two capitals as initials', () => {
    const x = article(
      'ABP Chairman Arun Thapa met DMC Parvaiz Ahmad Kolam and KP Ram Karki in Lyon on Monday.',
    );
    expect(names(x)).toEqual(['Arun Thapa', 'KP Ram Karki', 'Parvaiz Ahmad Kolam']);
  });

  it('takes no person from a thing after "the" or a city after "of"', () => {
    const x = article(
      'Ana Ruiz, a graduate of the University of Adelaide, said the plan was like cutting the Mona Lisa in half.',
    );
    expect(names(x)).toEqual(['Ana Ruiz']);
  });

  it('reads "roles in the hostage talks" as a reference to talks, not a new meeting', () => {
    expect(article('Both Egypt and Qatar have had prominent roles in the hostage talks.').meetings).toEqual(
      [],
    );
    const held = article('Egypt and Qatar began ceasefire talks in Cairo on Monday.');
    expect(held.meetings).toHaveLength(1);
  });

  it('dates a meeting from the sentence just before it that names one of its people', () => {
    const x = article(
      'On Wednesday, January 22, Premier Tom Mboya will fly to Lyon. In Lyon, Mayor Ana Ruiz will call upon Premier Mboya.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.date).toBe('2025-01-22');
  });

  it('takes a name set off by a comma after a title as a person', () => {
    const x = article(
      'Premier Tom Mboya met the Governor of the province, KP Arjuna, at his office in Lyon.',
    );
    expect(names(x)).toContain('KP Arjuna');
    expect(x.meetings[0]?.participants).toContain('KP Arjuna');
  });
});
