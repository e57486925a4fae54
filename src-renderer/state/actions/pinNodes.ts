// Drag pins a node where it was dropped; layouts then leave it there. Unpin releases it.
import { changeView } from '../history';
import type { AppState } from '../model';

/** Pins or unpins `ids`. */
export function pinNodes(state: AppState, ids: string[], pinned: boolean): AppState {
  const current = new Set(state.view.pinned);
  const before = current.size;
  for (const id of ids) {
    if (pinned) current.add(id);
    else current.delete(id);
  }
  if (current.size === before && ids.every((id) => current.has(id) === pinned)) return state;
  return changeView(state, { ...state.view, pinned: [...current] });
}

/** Pins the unpinned ones among `ids`, or unpins them all when all are pinned. */
export function togglePins(state: AppState, ids: string[]): AppState {
  const pinned = new Set(state.view.pinned);
  return pinNodes(state, ids, !ids.every((id) => pinned.has(id)));
}
