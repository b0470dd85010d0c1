export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export const HSTS = "max-age=63072000; includeSubDomains";

/** Pages whose address carries a mail link's token: no Referer may take it to another site. */
const TOKEN_PAGES = new Set(["/reset-password", "/verify-email", "/confirm-email"]);

export function referrerPolicyFor(pathname: string): string {
  return TOKEN_PAGES.has(pathname) ? "no-referrer" : STATIC_SECURITY_HEADERS["Referrer-Policy"]!;
}
