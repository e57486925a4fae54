// Undo and redo of view changes: each change pushes the previous view.
import type { AppState, ViewState } from './model';

const MAX_HISTORY = 100;

/** Replaces the view and records the old one for undo; clears redo. */
export function changeView(state: AppState, view: ViewState): AppState {
  return { ...state, view, undo: [...state.undo, state.view].slice(-MAX_HISTORY), redo: [] };
}

/** Steps back one view change; a no-op when there is nothing to undo. */
export function undoView(state: AppState): AppState {
  const previous = state.undo.at(-1);
  if (!previous) return state;
  return { ...state, view: previous, undo: state.undo.slice(0, -1), redo: [...state.redo, state.view] };
}

/** Redoes the last undone view change; a no-op when there is nothing to redo. */
export function redoView(state: AppState): AppState {
  const next = state.redo.at(-1);
  if (!next) return state;
  return { ...state, view: next, redo: state.redo.slice(0, -1), undo: [...state.undo, state.view] };
}
