// Person names across spellings: titles that are never part of a name, and transliteration variants
// (Yury / Yuri, Aleksandr / Alexander, Zelensky / Zelenskyy / Zelenskiy, Vladimir / Volodymyr).

/** Words that precede a name as a title or office ("Aide Yury Ushakov", "Chairman Kim"); never part of it. */
export const NAME_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'prof',
  'professor',
  'madam',
  'president',
  'presidents',
  'ministers',
  'leaders',
  'chancellors',
  'premiers',
  'senators',
  'governors',
  'ambassadors',
  'envoys',
  'kings',
  'vice',
  'prime',
  'minister',
  'foreign',
  'defense',
  'defence',
  'secretary',
  'chairman',
  'chairwoman',
  'chair',
  'premier',
  'chancellor',
  'king',
  'queen',
  'prince',
  'princess',
  'crown',
  'emir',
  'sheikh',
  'ambassador',
  'envoy',
  'special',
  'senator',
  'sen',
  'rep',
  'representative',
  'governor',
  'gov',
  'mayor',
  'general',
  'gen',
  'lt',
  'col',
  'colonel',
  'admiral',
  'adm',
  'pm',
  'aide',
  'adviser',
  'advisor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'supreme',
  'pope',
  'marshal',
  'comrade',
  'deputy',
  'us',
  'u',
  's',
  'state',
  'of',
  'the',
]);

/** Words after a name that are not part of it ("Jr.", "III"). */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Drops leading titles from normalised name tokens, keeping at least one token: "chairman kim" is "kim",
 * "aide yury ushakov" is "yury ushakov". A title is dropped only while a capitalised-looking name follows.
 */
export function stripTitles(tokens: string[]): string[] {
  let t = tokens;
  while (t.length > 1 && NAME_TITLES.has(t[0]!)) t = t.slice(1);
  while (t.length > 1 && NAME_SUFFIXES.has(t[t.length - 1]!)) t = t.slice(0, -1);
  return t;
}

// First names written differently in Russian and Ukrainian romanisations, or in English.
const FIRST_NAME_GROUPS: string[][] = [
  ['vladimir', 'volodymyr', 'wladimir'],
  ['aleksandr', 'alexander', 'aleksander', 'alexandr', 'oleksandr', 'alexandre'],
  ['yury', 'yuri', 'yuriy', 'yurii', 'iurii', 'juri'],
  ['sergei', 'sergey', 'serhiy', 'serhii', 'sergiy'],
  ['dmitry', 'dmitri', 'dmitriy', 'dmytro'],
  ['andrei', 'andrey', 'andriy', 'andrii'],
  ['mikhail', 'mykhailo', 'michael'],
  ['nikolai', 'nikolay', 'mykola'],
  ['alexei', 'aleksei', 'alexey', 'oleksiy', 'oleksii', 'aleksey'],
  ['pyotr', 'petro', 'petr'],
  ['yevgeny', 'evgeny', 'yevgeniy', 'yevhen', 'evgeni'],
  ['anatoly', 'anatoliy', 'anatolii'],
  ['viktor', 'victor'],
  ['kirill', 'kyrylo'],
  ['yulia', 'yuliya', 'julia', 'iulia'],
  ['olena', 'elena', 'yelena'],
  ['igor', 'ihor'],
  ['oleg', 'oleh'],
  ['georgy', 'georgiy', 'heorhiy', 'georgii'],
  ['vasily', 'vasiliy', 'vasyl'],
  ['maria', 'mariya'],
  ['tatiana', 'tatyana', 'tetiana'],
  ['natalia', 'natalya', 'nataliya'],
  ['mohammed', 'mohammad', 'muhammad', 'mohamed', 'muhammed'],
];
const FIRST_NAME_CANON = new Map<string, string>();
for (const g of FIRST_NAME_GROUPS) for (const n of g) FIRST_NAME_CANON.set(n, g[0]!);

/**
 * A token's spelling-insensitive key: double letters collapsed, "ks" as "x", the endings -y, -i, -iy, -yy,
 * -ii as one, and "-er" after a consonant as "-r". Applied to both sides, so "Zelenskyy", "Zelenskiy" and
 * "Zelensky" share a key, as do "Aleksandr" and "Alexander", "Yury" and "Yuri".
 */
export function transliterationKey(token: string): string {
  const canon = FIRST_NAME_CANON.get(token);
  if (canon) return `~${canon}`;
  let t = token.replace(/ks/g, 'x').replace(/(.)\1+/g, '$1');
  t = t.replace(/(iy|yi|ii|yy|ij|y|i)$/, 'i');
  t = t.replace(/([^aeiou])er$/, '$1r');
  t = t.replace(/ye/g, 'e');
  return t;
}

/** The key of a whole name: each token's transliteration key, in order. */
export function nameVariantKey(tokens: string[]): string {
  return tokens.map(transliterationKey).join(' ');
}

/** True when two first names are the same name in another spelling or romanisation. */
export function sameFirstName(a: string, b: string): boolean {
  return a === b || transliterationKey(a) === transliterationKey(b);
}
