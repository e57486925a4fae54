// The action context, shared with every component through React context.
import { createContext, useContext } from 'react';
import type { ActionContext } from '../state/store';

/** Provides the store, API and graph commands. */
export const ActionContextValue = createContext<ActionContext | null>(null);

/** The action context of the running app. */
export function useActions(): ActionContext {
  const ctx = useContext(ActionContextValue);
  if (!ctx) throw new Error('useActions outside the app');
  return ctx;
}
