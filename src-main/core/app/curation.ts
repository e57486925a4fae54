// The curation methods of the API table, wired to core/store/curation over the app's database.
import type { RendezvousHandlers } from '../../common/api';
import type { GraphDb } from '../store/connection';
import { withAuthor } from '../curation/author';
import {
  addMeeting,
  confirmMeeting,
  correctionHistory,
  curationState,
  editMeeting,
  mergePeople,
  redoCorrection,
  rejectMeeting,
  renamePerson,
  revertCorrection,
  reviewQueue,
  undoCorrection,
} from '../store/curation';
import {
  mergeMeetings,
  removePerson,
  setPersonAttributes,
  splitMeeting,
  splitPerson,
} from '../store/curation-entities';

type CurationMethod =
  | 'mergePeople'
  | 'renamePerson'
  | 'confirmMeeting'
  | 'rejectMeeting'
  | 'editMeeting'
  | 'addMeeting'
  | 'history'
  | 'revertCorrection'
  | 'undoCorrection'
  | 'redoCorrection'
  | 'curationState'
  | 'reviewQueue'
  | 'splitPerson'
  | 'removePerson'
  | 'setPersonAttributes'
  | 'mergeMeetings'
  | 'splitMeeting';

/** The curation services, each `(db, input) => result`. */
export type CurationServices<Db> = {
  [K in CurationMethod]: (
    db: Db,
    input: Parameters<RendezvousHandlers[K]>[0],
  ) => ReturnType<RendezvousHandlers[K]>;
};

/** A correction service that records its corrections under the author the input names, if any. */
const authored =
  <I extends { author?: string }, O>(fn: (db: GraphDb, input: I) => Promise<O>) =>
  (db: GraphDb, input: I): Promise<O> =>
    withAuthor(input.author, () => fn(db, input));

/** The real curation services over Neo4j. */
export const curationServices: CurationServices<GraphDb> = {
  mergePeople: authored((db, input) => mergePeople(db, input)),
  renamePerson: authored((db, input) => renamePerson(db, input)),
  confirmMeeting: authored(confirmMeeting),
  rejectMeeting: authored(rejectMeeting),
  editMeeting: authored(editMeeting),
  addMeeting: authored((db, input) => addMeeting(db, input)),
  history: correctionHistory,
  revertCorrection: authored((db, input: { id: string; reason?: string; author?: string }) =>
    revertCorrection(db, input),
  ),
  undoCorrection: authored((db) => undoCorrection(db)),
  redoCorrection: authored((db) => redoCorrection(db)),
  curationState,
  reviewQueue,
  splitPerson: authored((db, input) => splitPerson(db, input)),
  removePerson: authored((db, input) => removePerson(db, input)),
  setPersonAttributes: authored((db, input) => setPersonAttributes(db, input)),
  mergeMeetings: authored((db, input) => mergeMeetings(db, input)),
  splitMeeting: authored((db, input) => splitMeeting(db, input)),
};

/** The curation handlers, given how a handler reaches the database. */
export function curationHandlers<Db>(
  services: CurationServices<Db>,
  withDb: <I, O>(fn: (db: Db, input: I) => Promise<O>) => (input: I) => Promise<O>,
): Pick<RendezvousHandlers, CurationMethod> {
  return {
    mergePeople: withDb(services.mergePeople),
    renamePerson: withDb(services.renamePerson),
    confirmMeeting: withDb(services.confirmMeeting),
    rejectMeeting: withDb(services.rejectMeeting),
    editMeeting: withDb(services.editMeeting),
    addMeeting: withDb(services.addMeeting),
    history: withDb(services.history),
    revertCorrection: withDb(services.revertCorrection),
    undoCorrection: withDb(services.undoCorrection),
    redoCorrection: withDb(services.redoCorrection),
    curationState: withDb(services.curationState),
    reviewQueue: withDb(services.reviewQueue),
    splitPerson: withDb(services.splitPerson),
    removePerson: withDb(services.removePerson),
    setPersonAttributes: withDb(services.setPersonAttributes),
    mergeMeetings: withDb(services.mergeMeetings),
    splitMeeting: withDb(services.splitMeeting),
  };
}
