// The graph methods' implementations, keyed by method name, one file per method beside its Cypher.
import { entityDetails } from './details';
import { expandNode } from './expand';
import { queryFacets, queryGraph } from './graph';
import { listMeetings } from './meetings';
import { shortestPath } from './path';
import { searchEntities } from './search';

/** The graph methods' implementations, keyed by method name. */
export const graphQueries = {
  graph: queryGraph,
  facets: queryFacets,
  search: searchEntities,
  expand: expandNode,
  path: shortestPath,
  details: entityDetails,
  meetings: listMeetings,
};
