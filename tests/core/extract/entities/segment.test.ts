import { describe, expect, it } from 'vitest';
import { EntitySink } from '../../../../src-main/core/extract/entities/context';
import { segmentRun } from '../../../../src-main/core/extract/entities/segment';
import { capitalisedRuns } from '../../../../src-main/core/extract/entities/spans';
import { viewOf } from './view';

function segment(text: string): EntitySink {
  const { view, toks } = viewOf(text);
  const sink = new EntitySink();
  for (const run of capitalisedRuns(toks)) segmentRun(view, sink, toks, run, 0);
  return sink;
}

const names = (sink: EntitySink): string[] => sink.fullNames.map((r) => r.tokens.join(' '));

describe('segmenting a capitalised run', () => {
  it('strips a title glued to a name, and keeps where it started', () => {
    const text = 'FM Li Wen met the delegation.';
    const sink = segment(text);
    expect(names(sink)).toEqual(['Li Wen']);
    expect(sink.fullNames[0]).toMatchObject({ titleStart: 0, role: 'FM' });
  });

  it('keeps a city word inside a titled name as a middle name', () => {
    expect(names(segment('Ms. Ada Lyon Brenn arrived on Friday.'))).toEqual(['Ada Lyon Brenn']);
  });

  it('reads a run ending on Ground as a venue', () => {
    const sink = segment('The rally was held at the Harbour Cricket Ground on Sunday.');
    expect(names(sink)).toEqual([]);
    expect(sink.mentions).toContainEqual(
      expect.objectContaining({ name: 'Harbour Cricket Ground', placeKind: 'venue' }),
    );
  });

  it('strips long titles: Minority Leader, Councilor', () => {
    const sink = segment('Minority Leader Carla Duarte and Councilor Min Jae met on Friday.');
    expect(names(sink)).toEqual(['Carla Duarte', 'Min Jae']);
  });

  it('capitalised words before a title belong to the title', () => {
    const sink = segment('Treasury Secretary Anna Berg arrived.');
    expect(names(sink)).toEqual(['Anna Berg']);
    expect(sink.fullNames[0]?.titleStart).toBe(0);
  });

  it('a family name first in capitals gives one person', () => {
    const sink = segment('Foreign Minister SATO Kenji will arrive in Lima.');
    expect(names(sink)).toEqual(['Kenji Sato']);
    expect(sink.placeList().map((p) => p.name)).toEqual(['Lima']);
  });

  it('an organisation, a venue and a known place are not people', () => {
    const sink = segment('The Northern Grain Fund met at Camp Halden in Oslo.');
    expect(names(sink)).toEqual([]);
    expect(sink.organizations().map((o) => o.name)).toContain('Northern Grain Fund');
    expect(sink.placeList().map((p) => p.name)).toEqual(['Camp Halden', 'Oslo']);
  });

  it('an acronym is an organisation and initials before a name are the name’s', () => {
    const sink = segment('AB Lindqvist told NORDA reporters.');
    expect(names(sink)).toEqual(['AB Lindqvist']);
    expect(sink.organizations().map((o) => o.name)).toEqual(['NORDA']);
  });

  it('a name stops before a known name inside the run, but a place ending it after a given name is the surname', () => {
    expect(names(segment('Envoy Anna Berg Kenya Airways chief.'))).toEqual(['Anna Berg']);
    expect(names(segment('Anna Houston spoke.'))).toEqual(['Anna Houston']);
  });

  it('the portfolio words of "Minister of … and …" before a name belong to the title', () => {
    const sink = segment(
      'The Minister of Youth and Sports Tomas Lindqvist opened the games, and sports officials cheered.',
    );
    expect(names(sink)).toEqual(['Tomas Lindqvist']);
  });
});
