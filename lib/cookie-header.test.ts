import { describe, expect, it } from "vitest";
import { cookieFromHeader } from "./cookie-header";

describe("cookieFromHeader", () => {
  it("finds a cookie among others, with or without spaces after the semicolons", () => {
    expect(cookieFromHeader("a=1; authjs.session-token=eyJ.x.y; b=2", "authjs.session-token")).toBe("eyJ.x.y");
    expect(cookieFromHeader("a=1;authjs.session-token=tok;b=2", "authjs.session-token")).toBe("tok");
  });

  it("keeps everything after the first '=' and decodes the value", () => {
    expect(cookieFromHeader("t=a=b%3Dc", "t")).toBe("a=b=c");
  });

  it("is absent for a missing header, a missing name, or a name that only starts the same", () => {
    expect(cookieFromHeader(null, "t")).toBeUndefined();
    expect(cookieFromHeader("", "t")).toBeUndefined();
    expect(cookieFromHeader("a=1", "t")).toBeUndefined();
    expect(cookieFromHeader("authjs.session-token.0=x", "authjs.session-token")).toBeUndefined();
    expect(cookieFromHeader("__Secure-authjs.session-token=x", "authjs.session-token")).toBeUndefined();
  });

  it("takes the last of a repeated name, skipping a value that does not decode, as Next does", () => {
    expect(cookieFromHeader("t=1; t=2", "t")).toBe("2");
    expect(cookieFromHeader("t=1; t=%E0%A4%A", "t")).toBe("1");
    expect(cookieFromHeader("t", "t")).toBe("true");
  });
});
