// People, organisations, places and party mentions (countries, demonyms, capitals used for governments),
// found in the article body with their offsets; surnames are resolved to the full names they stand for.
// The work is done by the passes in entities/: candidate spans, segmentation (titles, organisations and
// places, family name first, initials), person candidates filtered and weighed, and coreference.
import type { OrganizationMention, PersonMention, PlaceMention } from '../../common/extraction';
import type { EntityMention } from './entities/context';
import { EntitySink, viewArticle } from './entities/context';
import { resolvePeople } from './entities/coreference';
import { segmentRun } from './entities/segment';
import { capitalisedRuns } from './entities/spans';
import type { Sentence } from '../lexicon/sentences';
import { tokenize } from './tokens';

export type { EntityMention } from './entities/context';
export { personNameKey, sameFullName } from './entities/names';

/** Everything entity extraction yields for one article. */
export interface Entities {
  people: PersonMention[];
  organizations: OrganizationMention[];
  places: PlaceMention[];
  /** All mentions in text order. */
  mentions: EntityMention[];
}

/** Extracts people, organisations, places and party mentions from the body. */
export function extractEntities(text: string, sentences: Sentence[], credits: string[]): Entities {
  const view = viewArticle(text, sentences);
  const sink = new EntitySink();
  sentences.forEach((sentence, si) => {
    const toks = tokenize(sentence.text, sentence.start);
    for (const run of capitalisedRuns(toks)) segmentRun(view, sink, toks, run, si);
  });
  const { people, mentions } = resolvePeople(view, sink, credits);
  const all = [...sink.mentions, ...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  return { people, organizations: sink.organizations(), places: sink.placeList(), mentions: all };
}
