"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import type { DashboardView } from "@/lib/dashboard-view";
import type { Level } from "@/lib/levels";

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
export const meKey = ["me"] as const;

/** The one read a shell page makes: the Dashboard's carries its numbers, every other page's only the account and levels. */
export function meUrlFor(pathname: string | null): string {
  return pathname === "/dashboard" ? DASHBOARD_ME_URL : ME_URL;
}

/** The read for the page being shown: the header's account area and the page share it. */
export function useMeUrl(): string {
  return meUrlFor(usePathname());
}

/** null: no live session (401). Any other failure throws, with the server's message when it has one. */
async function fetchMe(url: string): Promise<Me | null> {
  // Same mode and credentials as the shell's <link rel="preload">, so the browser hands over that response.
  const response = await fetch(url, { credentials: "include", mode: "cors" });
  // Read even on a 401: a body left unread kept the preloaded request open in Chromium (never
  // finished), so the tab held it and Playwright's networkidle never came (README, "Prefetch policy").
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 401) return null;
  if (!response.ok) {
    const error = body && typeof body === "object" && "error" in body && typeof body.error === "string" ? body.error : null;
    throw new Error(error ?? "Could not load your account. Check your connection and try again.");
  }
  return body as Me;
}

/**
 * Who is signed in, for the shell's header and page, from the current page's read (useMeUrl).
 * gcTime 0: the answer is dropped as soon as no shell page shows it, so the next shell page (after
 * logging in or out elsewhere, or changing a level) asks again rather than showing someone's data,
 * or a guest view, from before. Between two shell pages the previous answer stands in (the header
 * keeps its links; the Dashboard waits for its own numbers: isPlaceholderData).
 */
export function useMe() {
  const url = useMeUrl();
  return useQuery({ queryKey: [...meKey, url], queryFn: () => fetchMe(url), gcTime: 0, retry: 1, placeholderData: keepPreviousData });
}
