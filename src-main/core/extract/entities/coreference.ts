// Coreference of short forms: full names cluster by surname and first initial, and surnames, family names
// written first and lone first names attach to the one full name they stand for.
import type { PersonMention } from '../../../common/extraction';
import { leaderBySurnameKey } from '../../lexicon/gazetteer';
import { NAME_PARTICLES } from '../../lexicon/words';
import type { ArticleView, EntityMention, RawPerson } from './context';
import { tagged } from './context';
import { personNameKey, sameFullName, surnameOf } from './names';
import { cutTitleTails } from './title-tail';

/** The forms, roles and countries of one person across the article. */
interface Cluster {
  forms: Map<string, number>;
  roles: string[];
  countries: string[];
  raws: RawPerson[];
  aliases: Set<string>;
}

const FIRST_NAME = new Set(['FirstName']);

const newCluster = (forms = new Map<string, number>()): Cluster => ({
  forms,
  roles: [],
  countries: [],
  raws: [],
  aliases: new Set(),
});

function attach(c: Cluster, r: RawPerson): void {
  c.raws.push(r);
  if (r.role) c.roles.push(r.role);
  if (r.roleCountry) c.countries.push(r.roleCountry);
}

const countForm = (c: Cluster, form: string): void => {
  c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
};

/** Full names clustered by surname and first initial ("Sergey" and "Sergei Lavrov"); credited names left out. */
function clusterFullNames(fullNames: RawPerson[], creditKeys: Set<string>): Cluster[] {
  const clusters: Cluster[] = [];
  for (const r of fullNames) {
    const name = r.tokens.join(' ');
    if (creditKeys.has(personNameKey(name))) continue;
    let c = clusters.find((cl) => [...cl.forms.keys()].some((f) => sameFullName(f, name)));
    if (!c) {
      c = newCluster();
      clusters.push(c);
    }
    countForm(c, name);
    attach(c, r);
  }
  return clusters;
}

/** The cluster a surname, or a family name written first ("Xi" for "Xi Jinping"), stands for. */
function clusterOfShortForm(view: ArticleView, clusters: Cluster[], r: RawPerson): Cluster | undefined {
  const key = personNameKey(r.tokens[0] ?? '');
  const forms = (cl: Cluster): string[] => [...cl.forms.keys()];
  const bySurname = clusters.find((cl) => forms(cl).some((f) => surnameOf(f) === key));
  if (bySurname || tagged(view, r.start, FIRST_NAME)) return bySurname;
  return clusters.find((cl) =>
    forms(cl).some((f) => f.includes(' ') && personNameKey(f).split(' ')[0] === key),
  );
}

/** Attaches each single word to a full name, or keeps it as a person of its own when it shows signs of one. */
function attachSingles(
  view: ArticleView,
  clusters: Cluster[],
  singles: RawPerson[],
  credits: string[],
): void {
  const creditKeys = new Set(credits.map(personNameKey));
  const creditSurnames = new Set(credits.map(surnameOf));
  for (const r of singles) {
    const word = r.tokens[0] ?? '';
    const key = personNameKey(word);
    const nameEnd = view.bracketed.get(r.start);
    // "Joko Widodo (Jokowi)": a bracketed word right after a full name is that person's other name.
    const named =
      nameEnd === undefined ? undefined : clusters.find((cl) => cl.raws.some((x) => x.end === nameEnd));
    const c =
      named ??
      clusters.find((cl) => cl.aliases.has(word) && cl.forms.size > 0) ??
      clusterOfShortForm(view, clusters, r);
    if (c) {
      c.aliases.add(word);
      attach(c, r);
      continue;
    }
    if (creditSurnames.has(key) || creditKeys.has(key)) continue;
    // A lone word where the text was cut off ("the Prime Mi") is a fragment, not a name.
    if (view.cutEnds.has(r.end)) continue;
    if (!r.strong && !leaderBySurnameKey(word)) continue;
    // A word the article also writes in lower case ("Ministers", "Youth") is a common noun, not a name.
    if (view.lowerWords.has(word.toLowerCase())) continue;
    // "Lula" of "Luiz Inácio Lula da Silva": a lone word inside exactly one full name of three or more words.
    const inside = clusters.filter((cl) =>
      [...cl.forms.keys()].some((f) => f.split(' ').length >= 3 && f.split(' ').slice(1, -1).includes(word)),
    );
    if (inside.length === 1 && inside[0]) {
      inside[0].aliases.add(word);
      attach(inside[0], r);
      continue;
    }
    // A first name alone stands for the one full name that starts with it ("Ursula").
    const byFirst = clusters.filter((cl) =>
      [...cl.forms.keys()].some((f) => f.includes(' ') && f.split(' ')[0] === word),
    );
    if (byFirst.length === 1 && byFirst[0]) {
      byFirst[0].aliases.add(word);
      byFirst[0].raws.push(r);
      continue;
    }
    let own = clusters.find((cl) => cl.forms.has(word));
    if (!own) {
      own = newCluster(new Map([[word, 0]]));
      clusters.push(own);
    }
    countForm(own, word);
    attach(own, r);
  }
}

function mostCommon(xs: string[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/** Whether a cluster shows no sign of a person: a lone word, or two words no title, role or short form backs. */
function unsupported(c: Cluster, canonical: string): boolean {
  const strong = c.raws.some((r) => r.strong);
  if (!canonical.includes(' ')) return !strong && !leaderBySurnameKey(canonical);
  // Two capitalised words with no sign of a person are more often an unlisted place or thing than a person.
  return !strong && !c.aliases.size && !leaderBySurnameKey(surnameOf(canonical));
}

/** A cluster as a person (its most frequent full name, aliases, roles, country) with its mentions; or null. */
function personOf(c: Cluster): { person: PersonMention; mentions: EntityMention[] } | null {
  const forms = [...c.forms.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].split(' ').length - a[0].split(' ').length,
  );
  // "Al Thani" is the short form of "Tamim bin Hamad Al Thani", however often the article uses it.
  const particleSurname = (f: string): boolean => NAME_PARTICLES.has(personNameKey(f).split(' ')[0] ?? '');
  const full = forms.filter(([f]) => f.includes(' '));
  const canonical = (full.find(([f]) => !particleSurname(f)) ?? full[0] ?? forms[0])?.[0];
  if (!canonical || unsupported(c, canonical)) return null;
  const aliases = new Set<string>([...forms.map(([f]) => f), ...c.aliases]);
  aliases.delete(canonical);
  const leader = leaderBySurnameKey(surnameOf(canonical));
  const affiliation =
    mostCommon(c.countries) ??
    (leader && (!canonical.includes(' ') || sameFullName(leader.name, canonical)) ? leader.country : null);
  const person = { name: canonical, aliases: [...aliases], roles: [...new Set(c.roles)], affiliation };
  const mentions = c.raws.map((r): EntityMention => ({
    kind: 'person',
    start: r.start,
    end: r.end,
    name: canonical,
    country: affiliation,
    titleStart: r.titleStart,
    sentence: r.sentence,
  }));
  return { person, mentions };
}

/**
 * "… did not agree to punish Madhav Kumar" where the text was cut off: a name there that starts the one longer
 * full name of the article is that person.
 */
function joinCutNames(view: ArticleView, clusters: Cluster[]): Cluster[] {
  return clusters.filter((c) => {
    if (!c.raws.some((r) => view.cutEnds.has(r.end))) return true;
    const forms = [...c.forms.keys()];
    const longer = clusters.filter(
      (o) => o !== c && [...o.forms.keys()].some((f) => forms.some((g) => f.startsWith(`${g} `))),
    );
    const [into] = longer;
    if (longer.length !== 1 || !into) return true;
    for (const r of c.raws) attach(into, r);
    for (const g of forms) into.aliases.add(g);
    return false;
  });
}

/** The people of an article from its candidates, each with the mentions of all its forms. */
export function resolvePeople(
  view: ArticleView,
  candidates: { fullNames: RawPerson[]; singles: RawPerson[] },
  credits: string[],
): { people: PersonMention[]; mentions: EntityMention[] } {
  const { fullNames, singles } = cutTitleTails(candidates);
  const clusters = joinCutNames(view, clusterFullNames(fullNames, new Set(credits.map(personNameKey))));
  attachSingles(view, clusters, singles, credits);
  const people: PersonMention[] = [];
  const mentions: EntityMention[] = [];
  for (const c of clusters) {
    const found = personOf(c);
    if (!found) continue;
    people.push(found.person);
    mentions.push(...found.mentions);
  }
  return { people, mentions };
}
