/**
 * Pages rendered once and served from the cache to everyone: the landing page and public profiles.
 * Their CSP comes with the cached HTML (server/security/cache-handler.mjs); other pages get a per-request
 * nonce in proxy.ts. Both routes export `dynamic = "error"`, so the build fails if one of them
 * starts reading cookies or headers and would otherwise be served without a policy.
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

const SCRIPT_FREE = [/^\/_next\/(static\/|image$)/, /^\/api\//, /^\/u\/[^/]+\/(badge\.svg|opengraph-image|twitter-image)/, /^\/(icon\.svg|favicon\.ico)$/];

/**
 * Responses that are never an HTML page (assets, images, JSON): they get a fixed policy that allows
 * no script at all, and Next is not handed a nonce it would not use. A page wrongly listed here
 * would break (its scripts blocked), never run unprotected.
 */
export function isScriptFreeResponse(pathname: string): boolean {
  return SCRIPT_FREE.some((pattern) => pattern.test(pathname));
}
