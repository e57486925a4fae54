import { describe, expect, it } from 'vitest';
import { EntitySink } from '../../../../src-main/core/extract/entities/context';
import {
  emitCountryCompound,
  emitNamed,
  headWordAt,
} from '../../../../src-main/core/extract/entities/organizations';
import { at, viewOf } from './view';

describe('organisations and places', () => {
  it('a compound of two countries names both as parties', () => {
    const { toks } = viewOf('India-Pakistan talks resumed.');
    const sink = new EntitySink();
    expect(emitCountryCompound(sink, toks[0]!, 0)).toBe(true);
    expect(sink.mentions.map((m) => `${m.kind}:${m.name}`)).toEqual(['group:India', 'group:Pakistan']);
  });

  it('a hyphenated word that is not two countries is no compound', () => {
    const { toks } = viewOf('Well-known envoys arrived.');
    expect(emitCountryCompound(new EntitySink(), toks[0]!, 0)).toBe(false);
  });

  it('a run named by an organisation head is an organisation, without "The"', () => {
    const { toks } = viewOf('The Northern Grain Fund invested heavily.');
    const head = headWordAt(toks, 0, 4);
    expect(toks[head]?.text).toBe('Fund');
    const sink = new EntitySink();
    emitNamed(sink, toks, 0, head + 1, 0);
    expect(sink.organizations()).toEqual([{ name: 'Northern Grain Fund', aliases: [], affiliation: null }]);
    expect(sink.placeList()).toEqual([]);
  });

  it('a venue head right after an organisation head ends the name ("International Airport")', () => {
    const { toks } = viewOf('She landed at Harbour International Airport on Monday.');
    const from = at(toks, 'Harbour');
    const head = headWordAt(toks, from, from + 3);
    expect(toks[head]?.text).toBe('Airport');
    const sink = new EntitySink();
    emitNamed(sink, toks, from, head + 1, 0);
    expect(sink.mentions.map((m) => `${m.kind}:${m.name}`)).toEqual(['place:Harbour International Airport']);
  });

  it('an embassy is a venue named with its city, and its country’s organisation', () => {
    const { toks } = viewOf('Talks were held at the Swedish Embassy in Nairobi.');
    const from = at(toks, 'Swedish');
    const sink = new EntitySink();
    emitNamed(sink, toks, from, from + 2, 0);
    expect(sink.placeList()).toEqual([
      { name: 'Swedish Embassy in Nairobi', kind: 'venue', country: 'Kenya' },
    ]);
    expect(sink.organizations()).toEqual([{ name: 'Swedish Embassy', aliases: [], affiliation: 'Sweden' }]);
  });
});
