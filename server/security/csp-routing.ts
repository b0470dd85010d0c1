/**
 * Pages rendered once and served from the cache to everyone: the landing page, public profiles and
 * the Skills and Dashboard shells (app/(shell), whose user data comes from GET /api/me).
 * Their CSP comes with the cached HTML (server/security/cache-handler.mjs); other pages get a per-request
 * nonce in proxy.ts. These routes export `dynamic = "error"`, so the build fails if one of them
 * starts reading cookies or headers and would otherwise be served without a policy.
 */
export function isCachedPage(method: string, pathname: string): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  return pathname === "/" || pathname === "/skills" || pathname === "/dashboard" || /^\/u\/[^/]+$/.test(pathname);
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

/** The catch-all page (app/[...missing]) matches every path, so it says nothing about what exists. */
export const CATCH_ALL_PAGE = "/[...missing]";

/** The parts of Next's build output (.next/routes-manifest.json) that list the app's routes. */
export type RouteTable = {
  staticRoutes: readonly { page: string; regex: string }[];
  dynamicRoutes: readonly { page: string; regex: string }[];
};

/**
 * Whether a path names something the app serves: a page, a route handler or metadata file of the
 * build's own route table, a framework path (/_next/…) or a file from public/. Anything else can
 * only be the 404 page. Built from the build itself, so a new page is never mistaken for unknown.
 */
export function knownPathMatcher(table: RouteTable, publicFiles: readonly string[] = []): (pathname: string) => boolean {
  const patterns = [...table.staticRoutes, ...table.dynamicRoutes]
    .filter((route) => route.page !== CATCH_ALL_PAGE)
    .map((route) => new RegExp(route.regex));
  const files = new Set(publicFiles);
  return (pathname) => pathname.startsWith("/_next/") || files.has(pathname) || patterns.some((pattern) => pattern.test(pathname));
}

/**
 * The prerendered 404 page with a fresh nonce on every script and script preload, so it can go out
 * under the same per-request policy as a page rendered for this request, without rendering it.
 */
export function stampNonce(html: string, nonce: string): string {
  return html.replace(/<(script|link)\b([^>]*)>/gi, (tag, name: string, attributes: string) => {
    const isScript = name.toLowerCase() === "script" || /\bas="script"|\brel="modulepreload"/i.test(attributes);
    return isScript ? `<${name} nonce="${nonce}"${attributes}>` : tag;
  });
}
