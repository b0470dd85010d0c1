import { parseCookie } from "next/dist/compiled/@edge-runtime/cookies";
import { describe, expect, it } from "vitest";
import { cookieFromHeader } from "@/lib/cookie-header";

// The action pipeline reads the session cookie from the Cookie header (server/session-token.ts):
// it must read each header as Next's own request cookies (cookies()) would.
describe("cookieFromHeader against Next's parser", () => {
  it("reads every header here as Next does", () => {
    const headers = ["t=1; t=2", "t=1; t=%E0%A4%A", "t", "a=1;t=x=y; b", "t=%20a%20", "; t=; a=1", "t=1;; t=3", "x=1", "a=1; t=tok.en-_"];
    for (const header of headers) expect({ header, value: cookieFromHeader(header, "t") }).toEqual({ header, value: parseCookie(header).get("t") });
  });
});
