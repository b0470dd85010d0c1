"use client";

import { lazy, Suspense, useSyncExternalStore } from "react";
import { GUEST_LEVELS_KEY } from "@/client/guest-levels-key";

// Most signed-in pages have nothing to merge: the prompt's code loads only when this browser holds
// guest levels. React.lazy rather than next/dynamic, whose loader code alone weighs more than the prompt.
const GuestMergePrompt = lazy(() => import("./guest-merge-prompt").then((m) => ({ default: m.GuestMergePrompt })));

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

function hasGuestLevels(): boolean {
  try {
    return window.localStorage.getItem(GUEST_LEVELS_KEY) !== null;
  } catch {
    return false;
  }
}

export function GuestMergeGate({ ownerId }: { ownerId: string }) {
  // Never true on the server, so the prompt is only ever rendered (and fetched) in the browser.
  const present = useSyncExternalStore(subscribe, hasGuestLevels, () => false);
  return present ? (
    <Suspense fallback={null}>
      <GuestMergePrompt ownerId={ownerId} />
    </Suspense>
  ) : null;
}
