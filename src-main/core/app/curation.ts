// The curation methods of the API table, wired to core/store/curation over the app's database.
import type { RendezvousHandlers } from '../../common/api';
import type { GraphDb } from '../store/connection';
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

/** The real curation services over Neo4j. */
export const curationServices: CurationServices<GraphDb> = {
  mergePeople: (db, input) => mergePeople(db, input),
  renamePerson: (db, input) => renamePerson(db, input),
  confirmMeeting,
  rejectMeeting,
  editMeeting,
  addMeeting: (db, input) => addMeeting(db, input),
  history: correctionHistory,
  revertCorrection,
  undoCorrection: (db) => undoCorrection(db),
  redoCorrection: (db) => redoCorrection(db),
  curationState,
  reviewQueue,
  splitPerson: (db, input) => splitPerson(db, input),
  removePerson: (db, input) => removePerson(db, input),
  setPersonAttributes: (db, input) => setPersonAttributes(db, input),
  mergeMeetings: (db, input) => mergeMeetings(db, input),
  splitMeeting: (db, input) => splitMeeting(db, input),
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
