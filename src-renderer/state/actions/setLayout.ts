// Chooses a layout (undoable) or re-runs the current one.
import type { LayoutName } from '../../../src-main/common/vocab';
import { changeView } from '../history';
import type { AppState } from '../model';

/** Switches layout and runs it. */
export function setLayout(state: AppState, layout: LayoutName): AppState {
  const next = state.view.layout === layout ? state : changeView(state, { ...state.view, layout });
  return { ...next, layoutRun: state.layoutRun + 1 };
}

/** Runs the current layout again. */
export function rerunLayout(state: AppState): AppState {
  return { ...state, layoutRun: state.layoutRun + 1 };
}
