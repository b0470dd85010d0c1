import type { NextAuthConfig } from "next-auth";

type AuthLogger = NonNullable<NextAuthConfig["logger"]>;

/**
 * Refusals any visitor can cause at will: a wrong email or password (also what an invalid form
 * becomes in `authorize`), a missing CSRF token, a forged, expired or foreign session cookie, a
 * replayed OAuth callback.
 * They are expected, so one line naming the kind, nothing from the request: the default logger's
 * 12-line stack for each would let anyone fill the disk and bury the real errors.
 */
// InvalidCheck: an OAuth callback without its state / PKCE / nonce cookie (a replayed or forged
// link); OAuthCallbackError: the provider sent the user back with an error (they said no).
const EXPECTED = new Set(["CredentialsSignin", "AccessDenied", "Verification", "MissingCSRF", "JWTSessionError", "SessionTokenError", "InvalidCheck", "OAuthCallbackError"]);

/** Auth.js errors carry their kind in `type` (the class name, which minifying would lose). */
function errorName(error: Error): string {
  const { type } = error as { type?: unknown };
  return typeof type === "string" ? type : error.name;
}

/** Auth.js's own format for everything else, so real errors keep their cause and stack. */
function logRealError(name: string, error: Error): void {
  console.error(`[auth][error] ${name}: ${error.message}`);
  const cause: unknown = error.cause;
  if (cause && typeof cause === "object" && "err" in cause && cause.err instanceof Error) {
    const { err, ...details } = cause as { err: Error } & Record<string, unknown>;
    console.error("[auth][cause]:", err.stack);
    if (Object.keys(details).length > 0) console.error("[auth][details]:", JSON.stringify(details));
  } else if (error.stack) {
    console.error(error.stack);
  }
}

export const authLogger: AuthLogger = {
  error(error) {
    const name = errorName(error);
    if (EXPECTED.has(name)) {
      console.warn(`[auth] refused: ${name}`);
      return;
    }
    logRealError(name, error);
  },
};
