// Hides nodes from the drawing (undoable); "Show all" brings every hidden node back.
import { changeView } from '../history';
import type { AppState } from '../model';

/** Hides `ids` and drops them from the selection. */
export function hideNodes(state: AppState, ids: string[]): AppState {
  if (!ids.length) return state;
  const hidden = [...new Set([...state.view.hidden, ...ids])];
  const next = changeView(state, { ...state.view, hidden });
  const gone = new Set(ids);
  const focus = state.focus && gone.has(state.focus) ? null : state.focus;
  return {
    ...next,
    selection: state.selection.filter((id) => !gone.has(id)),
    focus,
    details: focus ? state.details : null,
  };
}

/** Shows every hidden node again. */
export function showAllNodes(state: AppState): AppState {
  if (!state.view.hidden.length) return state;
  return changeView(state, { ...state.view, hidden: [] });
}
