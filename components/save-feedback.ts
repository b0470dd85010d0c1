"use client";

import { useSyncExternalStore } from "react";

/** The last save's outcome, in a module store so a remount of the Skills page keeps it. */
export type SaveFeedback = { status: string; error: string | null };

let feedback: SaveFeedback = { status: "", error: null };
const listeners = new Set<() => void>();
const SERVER_FEEDBACK: SaveFeedback = { status: "", error: null };

export function setSaveFeedback(next: Partial<SaveFeedback>): void {
  feedback = { ...feedback, ...next };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSaveFeedback(): SaveFeedback {
  return useSyncExternalStore(subscribe, () => feedback, () => SERVER_FEEDBACK);
}
