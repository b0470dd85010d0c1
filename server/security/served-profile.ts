import type { NextRequest } from "next/server";
import type { ProfilePage } from "./cache-handler.mjs";

/** The same key as PROFILE_PAGES in security/cache-handler.mjs (a test checks it). */
export const PROFILE_PAGES_KEY = Symbol.for("rungs.profile-pages");

type ProfilePages = { lookup(pathname: string): Promise<ProfilePage | null> };

const PROFILE_PATH = /^\/u\/[^/]+$/;
// What the client router sends for a page's data, and what bypasses Next's cache: left to Next.
const NEXT_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
// What Next sends with a page served from its cache (next start, Next 16.4), besides the policy and ETag.
const CACHED_PAGE_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "public, max-age=0, must-revalidate",
  Vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  "x-nextjs-cache": "HIT",
  "x-nextjs-prerender": "1",
  "x-nextjs-stale-time": "300",
};

/**
 * A public profile's HTML straight from the cache handler's kept pages (server/security/cache-handler.mjs,
 * point 3), for a plain GET or HEAD of `/u/<handle>`; null when there is none valid right now, or
 * the request is anything Next would answer differently (its router's data requests, a query,
 * draft mode), and Next answers as before. The body, ETag and policy are the ones Next stored, and
 * the validity check is the cache handler's own, so the answer is what Next would have sent.
 */
export async function servedProfile(request: NextRequest): Promise<Response | null> {
  const { pathname, search } = request.nextUrl;
  if (!PROFILE_PATH.test(pathname) || search !== "") return null;
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (NEXT_REQUEST_HEADERS.some((name) => request.headers.has(name)) || request.cookies.has("__prerender_bypass")) return null;
  const pages = (globalThis as Record<symbol, ProfilePages | undefined>)[PROFILE_PAGES_KEY];
  const page = pages ? await pages.lookup(pathname) : null;
  if (!page) return null;
  const headers = new Headers(CACHED_PAGE_HEADERS);
  headers.set("ETag", page.etag);
  if (page.policy) headers.set("Content-Security-Policy", page.policy);
  if (isFresh(request.headers, page.etag)) {
    headers.delete("Content-Type");
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Length", String(page.body.byteLength));
  return new Response(request.method === "HEAD" ? null : page.body, { headers });
}

/**
 * Next's rule for a 304 (the `fresh` package, If-None-Match only: no Last-Modified is sent): any
 * listed tag equal to ours, weak or not, or `*`; never when the request asks for no-cache.
 */
export function isFresh(requestHeaders: Headers, etag: string): boolean {
  const ifNoneMatch = requestHeaders.get("if-none-match");
  if (!ifNoneMatch) return false;
  if (/(?:^|,)\s*?no-cache\s*?(?:,|$)/.test(requestHeaders.get("cache-control") ?? "")) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((raw) => {
    const tag = raw.trim();
    return tag === etag || tag === `W/${etag}` || `W/${tag}` === etag;
  });
}
