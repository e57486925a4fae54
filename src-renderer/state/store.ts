// A small store: one state value, pure updates, React subscribes with useSyncExternalStore.
import { useSyncExternalStore } from 'react';
import type { RendezvousApi } from '../../src-main/common/api';
import type { Scene } from '../export/svg';
import { initialState, type AppState } from './model';

/** A pure state change. */
export type Update = (state: AppState) => AppState;

/** Holds the state and tells subscribers when it changes. */
export class Store {
  private state: AppState;
  private readonly listeners = new Set<() => void>();

  constructor(state: AppState = initialState()) {
    this.state = state;
  }

  get = (): AppState => this.state;

  apply = (update: Update): void => {
    const next = update(this.state);
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** What an action may use: the store, the API, and the graph's imperative side (centre, fit…). */
export interface ActionContext {
  store: Store;
  api: RendezvousApi;
  graph: GraphCommands;
}

/** Commands the graph canvas carries out; set when the canvas mounts. */
export interface GraphCommands {
  fit(): void;
  zoom(factor: number): void;
  center(id: string): void;
  png(options: { scale: number; background: 'white' | 'transparent' }): Blob | null;
  positions(): Record<string, { x: number; y: number }>;
  /** The drawn scene for the SVG export, or null when nothing is drawn. */
  scene(): Scene | null;
  viewport(): { zoom: number; pan: { x: number; y: number } } | null;
}

/** Subscribes a component to a slice of the state. */
export function useAppState<T>(store: Store, select: (state: AppState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

/** Turns anything thrown into a sentence for the UI. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
