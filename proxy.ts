import { NextResponse, type NextRequest } from "next/server";
import { THEME_BOOT_SCRIPT } from "@/server/security/theme-script";
import { cachedPageCacheControl, isCachedPage, isScriptFreeResponse, stampNonce } from "@/server/security/csp-routing";
import { NO_SCRIPT_POLICY, noncePolicy, sha256Source } from "@/server/security/csp.mjs";
import { isMalformedUrl } from "@/lib/malformed-url";
import { HSTS, referrerPolicyFor, STATIC_SECURITY_HEADERS } from "@/server/security/security-headers";
import { staticNotFound } from "@/server/security/static-not-found";
import { providerFormOrigins } from "@/server/oauth-providers";
import { answerMe, ME_PATH } from "@/server/me-read";
import { answerBadge, badgeSegment } from "@/server/badge-read";
import { servedProfile } from "@/server/security/served-profile";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const PROTECTED = ["/settings", "/notes"];
// Server actions cap their own bodies (next.config.ts); this stops anything larger at the door.
const MAX_BODY_BYTES = 2.5 * 1024 * 1024;
// The root layout's theme script is the same on every page, so it is allowed by hash, not nonce.
const FIXED_SCRIPT_HASHES = [sha256Source(THEME_BOOT_SCRIPT)];
const DEV = process.env.NODE_ENV === "development";
// Configured once per process, like the providers themselves.
const FORM_ORIGINS = providerFormOrigins();
// What Next sends with a page rendered for one request: this one carries a nonce.
const NO_STORE = "private, no-cache, no-store, max-age=0, must-revalidate";

function policyWithNonce(nonce: string): string {
  return noncePolicy(nonce, FIXED_SCRIPT_HASHES, DEV, FORM_ORIGINS);
}

/**
 * The origin the browser used. With skipProxyUrlNormalize (next.config.ts) request.url names the
 * address Next listens on, and Next no longer turns a same-host redirect into a relative one.
 */
function publicOrigin(request: NextRequest): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || request.nextUrl.protocol.replace(":", "");
  if (!host) return request.nextUrl.origin;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return request.nextUrl.origin;
  }
}

function hasSessionCookie(request: NextRequest): boolean {
  return SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
}

/**
 * Runs before every request: a 400 for a malformed address, security headers (a fresh CSP nonce
 * for pages rendered per request; none on cached pages, whose hash-based CSP comes with the cached
 * HTML; a no-script policy on assets, images and JSON), a body-size cap, and, for Settings and
 * Notes, a redirect to log in when there is no session cookie at all. It never decodes the
 * session for a page: the page does that, once. GET /api/me, the cached shells' one read, is
 * answered here (server/me-read.ts): through Next's route-handler pipeline it cost more CPU than
 * the landing page's whole response, answered here about half. So is a public profile's badge
 * (server/badge-read.ts), read straight from the database, and a public profile already in the
 * cache (server/security/served-profile.ts), from the bytes the cache handler kept. A path that is none of the app's
 * routes gets the prerendered 404 page (app/not-found.tsx) from here, stamped with the request's
 * nonce: the page without the cost of rendering it, under the same single policy as any page
 * rendered per request.
 */
export function proxy(request: NextRequest): Response | Promise<Response> {
  const { pathname, search } = request.nextUrl;
  // Next matches dynamic routes only after this runs and answers an undecodable path with a bare
  // 500 that drops these headers (vercel/next.js#94278), so such requests stop here. The query is
  // the one sent (next.config.ts skipProxyUrlNormalize), not Next's lenient re-encoding of it.
  if (isMalformedUrl(pathname, search)) return plainError(request, 400, "Bad request: this address is malformed.");

  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) return plainError(request, 413, "Request body too large");

  const isPage = request.method === "GET" || request.method === "HEAD";
  if (isPage && pathname === ME_PATH) return answerMe(request, undefined).then((response) => withSecurityHeaders(response, request, NO_SCRIPT_POLICY));
  const badge = isPage ? badgeSegment(pathname) : null;
  if (badge !== null) return answerBadge(badge).then((response) => withSecurityHeaders(response, request, NO_SCRIPT_POLICY));
  if (isPage && PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`)) && !hasSessionCookie(request)) {
    const login = new URL("/login", publicOrigin(request));
    login.searchParams.set("callbackUrl", pathname);
    return withSecurityHeaders(NextResponse.redirect(login), request, NO_SCRIPT_POLICY);
  }
  if (isScriptFreeResponse(pathname)) return withSecurityHeaders(NextResponse.next(), request, NO_SCRIPT_POLICY);
  // A second policy here would be enforced alongside the cached page's own and block its scripts.
  if (isCachedPage(request.method, pathname) && !DEV) {
    // A public profile already in the cache: its kept bytes, without Next's page pipeline.
    if (pathname.startsWith("/u/")) return servedProfile(request).then((page) => (page ? withSecurityHeaders(page, request, "") : toCachedPage(request)));
    return toCachedPage(request);
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = policyWithNonce(nonce);
  const notFound = isPage && !DEV && !isRscRequest(request) ? staticNotFound() : null;
  if (notFound && !notFound.isKnownPath(pathname)) {
    const response = new NextResponse(stampNonce(notFound.html, nonce), {
      status: 404,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": NO_STORE },
    });
    return withSecurityHeaders(response, request, csp);
  }
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set("content-security-policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), request, csp);
}

/** On to Next, which serves the page from its cache (or renders and stores it). */
function toCachedPage(request: NextRequest): NextResponse {
  const response = withSecurityHeaders(NextResponse.next(), request, "");
  const cacheControl = cachedPageCacheControl(request.nextUrl.pathname);
  if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  return response;
}

/** The client router's own requests for a page's data: left to Next, which answers them in its format. */
function isRscRequest(request: NextRequest): boolean {
  return request.headers.has("rsc") || request.nextUrl.searchParams.has("_rsc");
}

function plainError(request: NextRequest, status: number, message: string): NextResponse {
  const response = new NextResponse(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
  return withSecurityHeaders(response, request, NO_SCRIPT_POLICY);
}

/** `csp`: the policy to send, or "" when the cached page brings its own. */
function withSecurityHeaders<R extends Response>(response: R, request: NextRequest, csp: string): R {
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set("Referrer-Policy", referrerPolicyFor(request.nextUrl.pathname));
  if (csp !== "") response.headers.set("Content-Security-Policy", csp);
  const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  if (proto === "https") response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Everything, static assets included: headers belong on every response.
  matcher: ["/:path*"],
};
