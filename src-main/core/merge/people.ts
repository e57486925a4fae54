// Merging people across articles: conservative rules, each merge recorded with its reason.
import type { PersonMention } from '../../common/extraction';
import { nameVariantKey, sameFirstName, transliterationKey } from '../lexicon/person-names';
import { canonicalGroupName, editDistance, nodeId, normalizeText, personName } from './names';

/** A person as stored: what merging needs to know about an existing node. */
export interface PersonRecord {
  id: string;
  name: string;
  key: string;
  first: string | null;
  surname: string;
  aliases: string[];
  roles: string[];
  affiliations: string[];
  mergeReasons: string[];
}

/** Where a mention comes from, for the merge reason. */
export interface MentionSource {
  articleId: string;
  title: string | null;
}

/** What became of one person mention: a new node, or merged into an existing one (and why). */
export interface PersonResolution {
  mentionIndex: number;
  id: string;
  isNew: boolean;
  /** Why the mention joined an existing person; null for a new person. */
  reason: string | null;
  /** The person after this article: accumulated aliases, roles and affiliations. */
  record: PersonRecord;
}

const uniqueBy = (values: string[], key: (v: string) => string): string[] => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    const k = key(t);
    if (!t || !k || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
};

/** Adds values to a list, comparing them normalised, keeping the first spelling seen. */
function accumulate(existing: string[], added: string[]): string[] {
  return uniqueBy([...existing, ...added], normalizeText);
}

const affiliationsConflict = (a: string[], b: string[]): boolean => {
  if (!a.length || !b.length) return false;
  const sa = new Set(a.map((x) => normalizeText(canonicalGroupName(x))));
  return !b.some((x) => sa.has(normalizeText(canonicalGroupName(x))));
};

const affiliationsAgree = (a: string[], b: string[]): boolean =>
  a.length > 0 && b.length > 0 && !affiliationsConflict(a, b);

/** A fresh record for a mention that matched nobody. */
function newRecord(m: PersonMention): PersonRecord {
  const n = personName(m.name);
  return {
    id: nodeId('Person', n.key),
    name: m.name.trim(),
    key: n.key,
    first: n.first,
    surname: n.surname,
    aliases: [],
    roles: [],
    affiliations: [],
    mergeReasons: [],
  };
}

/** Folds a mention into a record: aliases, roles and affiliations accumulate; a fuller name wins. */
function absorb(record: PersonRecord, m: PersonMention, reason: string | null): PersonRecord {
  const n = personName(m.name);
  const upgrade = n.tokens.length > record.key.split(' ').length;
  const name = upgrade ? m.name.trim() : record.name;
  const aliases = accumulate(record.aliases, [
    ...(upgrade ? [record.name] : []),
    m.name,
    ...m.aliases,
  ]).filter((a) => normalizeText(a) !== normalizeText(name));
  return {
    ...record,
    name,
    key: upgrade ? n.key : record.key,
    first: upgrade ? n.first : record.first,
    surname: upgrade ? n.surname : record.surname,
    aliases,
    roles: accumulate(record.roles, m.roles),
    affiliations: accumulate(record.affiliations, m.affiliation ? [canonicalGroupName(m.affiliation)] : []),
    mergeReasons: reason ? accumulate(record.mergeReasons, [reason]) : record.mergeReasons,
  };
}

const tokensOf = (key: string): string[] => key.split(' ');

/** True when a one-word name is this record's surname (in any spelling) or, for names written surname first ("Kim Jong Un"), its first word. */
const oneNameFits = (token: string, r: PersonRecord): boolean => {
  const t = tokensOf(r.key);
  return transliterationKey(token) === transliterationKey(r.surname) || (t.length > 1 && t[0] === token);
};

/** Why a mention is the same person as an existing record, or null when it is not (or not surely). */
function sameness(m: PersonMention, r: PersonRecord, all: PersonRecord[]): string | null {
  const n = personName(m.name);
  const affiliation = m.affiliation ? [canonicalGroupName(m.affiliation)] : [];
  if (n.key === r.key) return 'same full name';
  const aliasKeys = new Set(r.aliases.map((a) => personName(a).key).filter((k) => k.includes(' ')));
  if (n.tokens.length > 1 && aliasKeys.has(n.key)) return 'full name matches a known alias';
  const mentionAliasKeys = new Set(m.aliases.map((a) => personName(a).key).filter((k) => k.includes(' ')));
  if (r.key.includes(' ') && mentionAliasKeys.has(r.key))
    return 'known name matches an alias in this article';
  if (affiliationsConflict(affiliation, r.affiliations)) return null;
  const rTokens = tokensOf(r.key);
  if (n.tokens.length > 1 && rTokens.length > 1 && n.variantKey === nameVariantKey(rTokens))
    return `the same name in another spelling (${r.name} / ${m.name.trim()})`;
  if (n.tokens.length === 1) {
    const fits = all.filter((o) => oneNameFits(n.surname, o));
    if (fits.length === 1 && fits[0]!.id === r.id)
      return `"${m.name.trim()}" alone, and the only known person it fits`;
    return null;
  }
  if (rTokens.length === 1) {
    if (!oneNameFits(rTokens[0]!, { ...r, key: n.key, surname: n.surname })) return null;
    const others = all.filter(
      (o) => o.id !== r.id && tokensOf(o.key).length > 1 && oneNameFits(rTokens[0]!, o),
    );
    return others.length ? null : 'known by one name until now, and the only known person it fits';
  }
  if (
    n.first &&
    r.first &&
    sameFirstName(n.first, r.first) &&
    n.surnameKey === transliterationKey(r.surname)
  ) {
    const same = n.surname === r.surname;
    return same && n.first === r.first
      ? 'same first name and surname (a middle name differs)'
      : `the same name in another spelling (${r.name} / ${m.name.trim()})`;
  }
  if (
    n.first &&
    r.first === n.first &&
    n.tokens.length === rTokens.length &&
    n.surname.length >= 5 &&
    r.surname.length >= 5 &&
    editDistance(n.surname, r.surname) <= 1 &&
    affiliationsAgree(affiliation, r.affiliations)
  )
    return `spelling variant of the surname (${r.surname} / ${n.surname}) with the same first name and affiliation`;
  return null;
}

/**
 * Resolves an article's people against the existing ones. Credits are never people. Two different full
 * names that share a surname are never merged; every merge carries its reason and its article.
 */
export function resolvePeople(
  mentions: PersonMention[],
  existing: PersonRecord[],
  source: MentionSource,
  credits: string[] = [],
): PersonResolution[] {
  const creditKeys = new Set(credits.map((c) => personName(c).key));
  const known = new Map(existing.map((r) => [r.id, r]));
  const createdHere = new Set<string>();
  const out: PersonResolution[] = [];
  const where = source.title ? `"${source.title}"` : source.articleId;
  mentions.forEach((m, mentionIndex) => {
    if (!m.name.trim() || creditKeys.has(personName(m.name).key)) return;
    const pool = [...known.values()];
    let match: { record: PersonRecord; why: string } | null = null;
    for (const r of pool) {
      const why = sameness(m, r, pool);
      if (why) {
        match = { record: r, why };
        if (why === 'same full name') break;
      }
    }
    if (match) {
      const fromThisArticle = createdHere.has(match.record.id);
      const reason = fromThisArticle ? null : `"${m.name.trim()}" in ${where}: ${match.why}`;
      const record = absorb(match.record, m, reason);
      known.set(record.id, record);
      out.push({ mentionIndex, id: record.id, isNew: fromThisArticle, reason, record });
      return;
    }
    let record = absorb(newRecord(m), m, null);
    if (known.has(record.id)) record = { ...record, id: `${record.id}-${known.size}` };
    known.set(record.id, record);
    createdHere.add(record.id);
    out.push({ mentionIndex, id: record.id, isNew: true, reason: null, record });
  });
  // Later mentions of the same person in this article updated the record; hand back the final one.
  return out.map((r) => ({ ...r, record: known.get(r.id)! }));
}

/**
 * Resolves one-name people by the meetings they joined: a person this article knows by one name only
 * ("Kim"), new to the graph, who takes part in a meeting that merged into a stored one, is the stored
 * meeting's only participant carrying that name, when there is exactly one. Returns the resolutions,
 * changed where that applies (with the reason), and whether anything changed.
 */
export function resolveByMeetings(
  mentions: PersonMention[],
  resolutions: PersonResolution[],
  joined: { personIds: string[]; meetingPersonIds: string[] }[],
  known: PersonRecord[],
  source: MentionSource,
): { resolutions: PersonResolution[]; changed: boolean } {
  const byId = new Map(known.map((r) => [r.id, r]));
  const where = source.title ? `"${source.title}"` : source.articleId;
  let changed = false;
  const out = resolutions.map((r) => {
    if (!r.isNew || r.record.key.includes(' ')) return r;
    const token = r.record.key;
    const targets = new Set<string>();
    for (const j of joined) {
      if (!j.personIds.includes(r.id)) continue;
      for (const pid of j.meetingPersonIds) {
        const rec = byId.get(pid);
        if (rec && rec.id !== r.id && rec.key.split(' ').includes(token)) targets.add(pid);
      }
    }
    if (targets.size !== 1) return r;
    const target = byId.get([...targets][0]!)!;
    const m = mentions[r.mentionIndex]!;
    const reason = `"${m.name.trim()}" in ${where}: the only participant named so of the meeting it was reported in`;
    changed = true;
    return { ...r, id: target.id, isNew: false, reason, record: absorb(target, m, reason) };
  });
  return { resolutions: out, changed };
}
