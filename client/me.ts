"use client";

import { useQuery } from "@tanstack/react-query";
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
};

export const ME_URL = "/api/me";
export const meKey = ["me"] as const;

/** null: no live session (401). Any other failure throws, with the server's message when it has one. */
async function fetchMe(): Promise<Me | null> {
  // Same mode and credentials as the shell's <link rel="preload">, so the browser hands over that response.
  const response = await fetch(ME_URL, { credentials: "include", mode: "cors" });
  if (response.status === 401) return null;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && typeof body === "object" && "error" in body && typeof body.error === "string" ? body.error : null;
    throw new Error(error ?? "Could not load your account. Check your connection and try again.");
  }
  return body as Me;
}

/**
 * Who is signed in, for the shell's header and page. gcTime 0: the answer is dropped as soon as no
 * shell page shows it, so the next shell page (after logging in or out elsewhere) asks again
 * rather than showing someone's data, or a guest view, from before.
 */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, gcTime: 0, retry: 1 });
}
