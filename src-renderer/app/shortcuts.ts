// Keyboard shortcuts: F fit, / or Ctrl+F search, Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo, H hide, P pin, L layout,
// Q query console, ? help.
import { useEffect, type RefObject } from 'react';
import type { ActionContext } from '../state/store';
import { redoLatest, undoLatest } from '../state/actions/curate';
import { hideNodes } from '../state/actions/hideNodes';
import { togglePins } from '../state/actions/pinNodes';
import { rerunLayout } from '../state/actions/setLayout';
import { clearSelection } from '../state/actions/selectNode';

/** The shortcuts, as the help line lists them. */
export const SHORTCUTS: [string, string][] = [
  ['F', 'Fit'],
  ['/', 'Search'],
  ['Ctrl+Z', 'Undo (a view change or a correction)'],
  ['Ctrl+Shift+Z', 'Redo (a view change or a correction)'],
  ['H', 'Hide selected'],
  ['P', 'Pin/unpin selected'],
  ['L', 'Re-run layout'],
  ['Ctrl+F', 'Search'],
  ['Ctrl+Y', 'Redo'],
  ['Q', 'Query console'],
  ['Esc', 'Clear the selection, close help'],
  ['?', 'This help'],
  ['Ctrl+Enter', 'Run the query (in the console)'],
];

/** Mouse gestures and keyboard paths on the graph, as the help lists them. */
export const GESTURES: [string, string][] = [
  ['Click a node', 'Its details: meetings, sources and evidence'],
  ['Click a link', 'Every meeting between its two ends, with sources and evidence'],
  ['Hover a link', 'A short summary'],
  ['Double-click a node', 'Expand its neighbours (under the active filters)'],
  ['Click “+N more”', 'Expand the next batch'],
  ['Drag a node', 'Move and pin it'],
  ['Shift+drag', 'Select several'],
  ['Shift/Ctrl+click', 'Add to the selection'],
  ['Drag on the timeline', 'Filter by dates'],
  ['Double-click the timeline', 'Clear the date filter'],
  ['Scroll', 'Zoom'],
  ['Tab to “Links on the graph”', 'Choose a link with the keyboard (Enter)'],
];

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(
    el &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable),
  );
}

/** Installs the shortcuts on the window. */
export function useShortcuts(ctx: ActionContext, searchInput: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'f') {
        e.preventDefault();
        searchInput.current?.focus();
        return;
      }
      if (typing(e.target)) return;
      if (mod && key === 'z') {
        e.preventDefault();
        void (e.shiftKey ? redoLatest(ctx) : undoLatest(ctx));
      } else if (mod && key === 'y') {
        e.preventDefault();
        void redoLatest(ctx);
      } else if (mod || e.altKey) {
        return;
      } else if (key === '/') {
        e.preventDefault();
        searchInput.current?.focus();
      } else if (key === 'f') {
        ctx.graph.fit();
      } else if (key === 'h') {
        ctx.store.apply((s) => hideNodes(s, s.selection));
      } else if (key === 'p') {
        ctx.store.apply((s) => togglePins(s, s.selection));
      } else if (key === 'l') {
        ctx.store.apply(rerunLayout);
      } else if (e.key === '?') {
        e.preventDefault();
        ctx.store.apply((s) => ({ ...s, help: !s.help }));
      } else if (key === 'q') {
        ctx.store.apply((s) => ({ ...s, panel: s.panel === 'query' ? 'none' : 'query' }));
      } else if (key === 'escape') {
        if (ctx.store.get().help) ctx.store.apply((s) => ({ ...s, help: false }));
        else clearSelection(ctx);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctx, searchInput]);
}
