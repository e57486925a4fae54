// Resolving an article's organisations against the stored ones: an acronym joins its long form from the
// same or an earlier article, and a country prefix never makes a second node.
import type { OrganizationMention } from '../../common/extraction';
import { abbreviates, initialsOf, isAcronym, organizationKey } from '../lexicon/organizations';
import { nodeId } from './names';

/** A stored organisation, as acronym matching needs it. */
export interface StoredOrganization {
  id: string;
  name: string;
  acronym: string | null;
}

/** Where an organisation mention goes: its node id, its acronym, and why it joined a stored node. */
export interface OrganizationResolution {
  id: string;
  acronym: string | null;
  reason: string | null;
}

/** Acronyms shorter than this are too ambiguous to match across articles ("SC", "UN" are in the lexicon). */
const MIN_SHARED_ACRONYM = 3;

const bare = (acronym: string): string => acronym.replace(/\./g, '').toUpperCase();

/** The acronyms an article's mentions may be stored under, to look up before resolving. */
export function organizationAcronyms(orgs: OrganizationMention[]): string[] {
  const out = new Set<string>();
  for (const o of orgs)
    for (const n of [o.name, ...o.aliases]) {
      const a = isAcronym(n) ? bare(n) : initialsOf(n);
      if (a && a.length >= MIN_SHARED_ACRONYM) out.add(a);
    }
  return [...out];
}

/**
 * Resolves each organisation mention to a node id. Within the article, an acronym joins the long form it
 * abbreviates (as a name or an alias); across articles, an acronym joins the only stored long form with
 * those initials, and a long form joins a stored node known only by its acronym. Names are keyed without a
 * country prefix and with the organisation's country ("U.S. State Department" / "State Department").
 */
export function resolveOrganizations(
  orgs: OrganizationMention[],
  stored: StoredOrganization[],
): OrganizationResolution[] {
  const longForms = orgs.map((o) => [o.name, ...o.aliases].find((n) => !isAcronym(n)) ?? null);
  return orgs.map((o, i) => {
    const names = [o.name, ...o.aliases];
    const acronymName = names.find(isAcronym) ?? null;
    const long = longForms[i];
    if (long) {
      const acronym = initialsOf(long);
      const id = nodeId('Organization', organizationKey(long, o.affiliation));
      const known = stored.find(
        (s) =>
          s.id !== id &&
          acronym &&
          acronym.length >= MIN_SHARED_ACRONYM &&
          s.acronym === acronym &&
          isAcronym(s.name),
      );
      if (known) return { id: known.id, acronym, reason: `"${long}" is the long form of ${known.name}` };
      return { id, acronym: acronym ?? (acronymName ? bare(acronymName) : null), reason: null };
    }
    const acronym = bare(o.name);
    // The same article spells it out.
    const j = orgs.findIndex((x, k) => k !== i && longForms[k] && abbreviates(acronym, longForms[k]!));
    if (j >= 0)
      return {
        id: nodeId('Organization', organizationKey(longForms[j]!, orgs[j]!.affiliation)),
        acronym,
        reason: null,
      };
    if (acronym.length >= MIN_SHARED_ACRONYM) {
      const spelled = stored.filter((s) => s.acronym === acronym && !isAcronym(s.name));
      if (spelled.length === 1)
        return { id: spelled[0]!.id, acronym, reason: `${o.name} abbreviates "${spelled[0]!.name}"` };
    }
    return { id: nodeId('Organization', organizationKey(o.name, o.affiliation)), acronym, reason: null };
  });
}
