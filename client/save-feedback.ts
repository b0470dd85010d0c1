"use client";

import { usePathname } from "next/navigation";
import { useSyncExternalStore } from "react";

/**
 * The last save's outcome, in a module store so a remount keeps it. Each message remembers the
 * page it was said on, so it does not follow the user to another page.
 */
export type SaveFeedback = { status: string; error: string | null };

type Stored = SaveFeedback & { path: string };

let feedback: Stored = { status: "", error: null, path: "" };
const listeners = new Set<() => void>();
const NONE: SaveFeedback = { status: "", error: null };

export function setSaveFeedback(next: Partial<SaveFeedback>): void {
  feedback = { ...feedback, ...next, path: window.location.pathname };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSaveFeedback(): SaveFeedback {
  const pathname = usePathname();
  const current = useSyncExternalStore(subscribe, () => feedback, () => feedback);
  return current.path === pathname ? current : NONE;
}
