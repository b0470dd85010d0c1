import { afterEach, describe, expect, it, vi } from "vitest";
// next-auth re-exports these classes; its entry point needs Next's runtime, so take them at the source.
import { CallbackRouteError, CredentialsSignin, InvalidCheck, JWTSessionError, OAuthCallbackError } from "@auth/core/errors";
import { authLogger } from "./auth-logger";

function capture() {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => lines.push(args.map(String).join(" "));
  vi.spyOn(console, "error").mockImplementation(keep);
  vi.spyOn(console, "warn").mockImplementation(keep);
  vi.spyOn(console, "log").mockImplementation(keep);
  return lines;
}

afterEach(() => vi.restoreAllMocks());

// How @auth/core itself wraps a thrown error (its constructor's types are marked internal).
function wrapped(Class: typeof CallbackRouteError, err: Error, details: object = {}): Error {
  return new (Class as unknown as new (err: Error, details: object) => Error)(err, details);
}

describe("authLogger", () => {
  it("logs an expected refusal as one short line without stack", () => {
    const lines = capture();
    authLogger.error!(new CredentialsSignin());
    authLogger.error!(wrapped(JWTSessionError, new Error("decryption operation failed")));
    authLogger.error!(new InvalidCheck("pkceCodeVerifier value could not be parsed."));
    authLogger.error!(new OAuthCallbackError("OAuth Provider returned an error"));
    expect(lines).toEqual(["[auth] refused: CredentialsSignin", "[auth] refused: JWTSessionError", "[auth] refused: InvalidCheck", "[auth] refused: OAuthCallbackError"]);
  });

  it("keeps the cause and its stack for a real error", () => {
    const lines = capture();
    const cause = new Error("database is locked");
    authLogger.error!(wrapped(CallbackRouteError, cause, { provider: "credentials" }));
    const text = lines.join("\n");
    expect(text).toContain("[auth][error] CallbackRouteError");
    expect(text).toContain("database is locked");
    expect(text).toContain("auth-logger.test.ts");
    expect(text).toContain('"provider":"credentials"');
  });

  it("keeps the stack of an error that is not Auth.js's", () => {
    const lines = capture();
    authLogger.error!(new TypeError("boom"));
    expect(lines[0]).toBe("[auth][error] TypeError: boom");
    expect(lines[1]).toContain("auth-logger.test.ts");
  });
});
