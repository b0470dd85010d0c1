import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Only checks that a session cookie is present, so a signed-out visitor is sent to log in with
 * a way back. The real check (decoding the session) happens once, in the page. Skills and
 * Dashboard work for guests too, so only Settings and Notes are guarded here.
 */
export function proxy(request: NextRequest) {
  // Server actions POST to the page URL: let them through to answer "signed out" themselves.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/settings", "/notes"] };
