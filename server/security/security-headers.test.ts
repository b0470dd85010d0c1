import { describe, expect, it } from "vitest";
import { referrerPolicyFor, STATIC_SECURITY_HEADERS } from "./security-headers";

describe("referrerPolicyFor", () => {
  it("sends no Referer at all from the pages whose address carries a mail link's token", () => {
    for (const path of ["/reset-password", "/verify-email", "/confirm-email"]) expect(referrerPolicyFor(path)).toBe("no-referrer");
  });

  it("keeps the site's policy everywhere else, lookalike paths included", () => {
    for (const path of ["/", "/login", "/forgot-password", "/reset-password/x", "/reset-passwords"]) {
      expect(referrerPolicyFor(path)).toBe(STATIC_SECURITY_HEADERS["Referrer-Policy"]);
    }
  });
});
