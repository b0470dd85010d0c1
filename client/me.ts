"use client";

import { useCallback, useState, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import type { DashboardView } from "@/lib/dashboard-view";
import type { Level } from "@/lib/levels";
import { createReadStore, type ReadSnapshot } from "./read-store";

/** The signed-in user as GET /api/me gives it to the pages served from the cache. */
export type Me = {
  id: string;
  name: string | null;
  email: string;
  emailVerified: boolean;
  /** The sentence to show when this server sends no mail; null once verified. */
  mailOff: string | null;
  levels: Record<string, Level>;
  /** Only from /api/me?view=dashboard. */
  dashboard?: DashboardView;
};

export const ME_URL = "/api/me";
export const DASHBOARD_ME_URL = "/api/me?view=dashboard";

/** The one read a shell page makes: the Dashboard's carries its numbers, every other page's only the account and levels. */
export function meUrlFor(pathname: string | null): string {
  return pathname === "/dashboard" ? DASHBOARD_ME_URL : ME_URL;
}

/** The read for the page being shown: the header's account area and the page share it. */
export function useMeUrl(): string {
  return meUrlFor(usePathname());
}

/** null: no live session (the read answers `null`). Any failure throws, with the server's message when it has one. */
async function fetchMe(url: string): Promise<Me | null> {
  // Same mode and credentials as the shell's <link rel="preload">, so the browser hands over that response.
  const response = await fetch(url, { credentials: "include", mode: "cors" });
  // Every answer's body is read: one left unread kept the preloaded request open in Chromium (never
  // finished), and Playwright's networkidle never came (README, "Prefetch policy"). A body cut short
  // throws here: an error to retry, never taken for a visitor.
  if (response.ok) return (await response.json()) as Me | null;
  const body: unknown = await response.json().catch(() => null);
  const error = body && typeof body === "object" && "error" in body && typeof body.error === "string" ? body.error : null;
  throw new Error(error ?? "Could not load your account. Check your connection and try again.");
}

// Not TanStack Query: the shells' header and Dashboard need only this one read, and the library
// weighed 8 kB on every shell page's first load (README, "Performance"). The Skills board keeps it.
const store = createReadStore<Me | null>(fetchMe, { staleTime: 30_000, retryDelay: 1_000 });
const signedOutListeners = new Set<() => void>();

if (typeof document !== "undefined") {
  // The tab shown again after a while: who is signed in may have changed in another tab.
  document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && store.refreshStale());
}

/** After a write a shell page shows (the goal form, the guest merge): read it again. */
export function invalidateMe(): void {
  store.invalidate();
}

/**
 * Called when a shell page learns nobody is signed in, or on log out: the caches outside this read
 * forget the user (this read's answers go as soon as no shell page shows them).
 */
export function forgetSignedInUser(): void {
  for (const listener of signedOutListeners) listener();
}

/** For caches outside this module (the Skills board's query client) to forget the user too. */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

const PENDING: ReadSnapshot<Me | null> = { status: "pending", data: undefined, error: null };

export type MeResult = {
  /** undefined until the read answers; null: signed out. */
  data: Me | null | undefined;
  error: Error | null;
  isPending: boolean;
  refetch: () => Promise<void>;
};

/**
 * Who is signed in, for the shell's header and page, from the current page's read (useMeUrl).
 * The answer is dropped as soon as no shell page shows it, so the next shell page (after logging in
 * or out elsewhere, or changing a level) asks again rather than showing someone's data, or a guest
 * view, from before. Between two shell pages a component that stays (the header) keeps showing the
 * previous answer until the new one arrives; the Dashboard waits for its own numbers.
 */
export function useMe(): MeResult {
  const url = useMeUrl();
  const subscribe = useCallback((listener: () => void) => store.subscribe(url, listener), [url]);
  const snapshot = useSyncExternalStore(subscribe, () => store.get(url), () => PENDING);
  // The last answer this component showed (React's "state from the previous render" pattern).
  const [previous, setPrevious] = useState<Me | null | undefined>(undefined);
  if (snapshot.status === "success" && snapshot.data !== previous) setPrevious(snapshot.data);
  const refetch = useCallback(() => store.refetch(url), [url]);
  if (snapshot.status === "pending" && previous !== undefined) {
    return { data: previous, error: null, isPending: false, refetch };
  }
  return { data: snapshot.data, error: snapshot.error, isPending: snapshot.status === "pending", refetch };
}
