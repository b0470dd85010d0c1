/**
 * Pages rendered once and served from the cache to everyone: the landing page and public profiles.
 * Their CSP comes with the cached HTML (server/cache-handler.mjs); every other response gets a
 * per-request nonce in proxy.ts. Both routes export `dynamic = "error"`, so the build fails if one
 * of them starts reading cookies or headers and would otherwise be served without a policy.
 */
export function isCachedPage(method: string, pathname: string): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  return pathname === "/" || /^\/u\/[^/]+$/.test(pathname);
}

/**
 * Next marks cached pages fresh for a year (s-maxage). A profile changes whenever its owner saves,
 * so browsers and shared caches must check back each time (an ETag keeps that cheap).
 */
export function cachedPageCacheControl(pathname: string): string | null {
  return pathname.startsWith("/u/") ? "public, max-age=0, must-revalidate" : null;
}
