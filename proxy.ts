import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, HSTS, STATIC_SECURITY_HEADERS } from "@/lib/security-headers";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const PROTECTED = ["/settings", "/notes"];
// Server actions cap their own bodies (next.config.ts); this stops anything larger at the door.
const MAX_BODY_BYTES = 2.5 * 1024 * 1024;

function hasSessionCookie(request: NextRequest): boolean {
  return SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
}

/**
 * Runs before every request: security headers (a fresh CSP nonce each time), a body-size cap,
 * and, for Settings and Notes, a redirect to log in when there is no session cookie at all. It
 * never decodes the session: the page does that, once.
 */
export function proxy(request: NextRequest) {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) {
    return new NextResponse("Request body too large", { status: 413, headers: STATIC_SECURITY_HEADERS });
  }

  const { pathname } = request.nextUrl;
  const isPage = request.method === "GET" || request.method === "HEAD";
  if (isPage && PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`)) && !hasSessionCookie(request)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname);
    return withSecurityHeaders(NextResponse.redirect(login), request, null);
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), request, csp);
}

function withSecurityHeaders(response: NextResponse, request: NextRequest, csp: string | null): NextResponse {
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", csp ?? contentSecurityPolicy(btoa(crypto.randomUUID())));
  const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  if (proto === "https") response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Everything, static assets included: headers belong on every response.
  matcher: ["/:path*"],
};
