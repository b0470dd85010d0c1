import { describe, expect, it } from "vitest";
import { clientEntry, parseTrustedProxyHops } from "./client-address";

describe("clientEntry", () => {
  it("takes the last entry by default (one proxy, or Next.js itself)", () => {
    expect(clientEntry("203.0.113.7")).toBe("203.0.113.7");
    expect(clientEntry("198.51.100.1, 203.0.113.7")).toBe("203.0.113.7");
    expect(clientEntry("198.51.100.1, 203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("with N hops takes the N-th entry from the end, ignoring what the client wrote before it", () => {
    const header = "6.6.6.6, 203.0.113.7, 10.0.0.2, 10.0.0.3";
    expect(clientEntry(header, 2)).toBe("10.0.0.2");
    expect(clientEntry(header, 3)).toBe("203.0.113.7");
    expect(clientEntry("forged, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("two clients behind two proxies get two addresses, not the first proxy's", () => {
    expect(clientEntry("203.0.113.7, 10.0.0.2", 2)).not.toBe(clientEntry("203.0.113.8, 10.0.0.2", 2));
    expect(clientEntry("203.0.113.7, 10.0.0.2", 1)).toBe(clientEntry("203.0.113.8, 10.0.0.2", 1));
  });

  it("with fewer entries than hops takes the first entry", () => {
    expect(clientEntry("203.0.113.7", 2)).toBe("203.0.113.7");
    expect(clientEntry("203.0.113.7, 10.0.0.2", 5)).toBe("203.0.113.7");
  });

  it("trims, skips empty entries and caps the length at 64", () => {
    expect(clientEntry("  203.0.113.7  ,, ,")).toBe("203.0.113.7");
    expect(clientEntry("a, , b", 2)).toBe("a");
    expect(clientEntry("x".repeat(200))).toBe("x".repeat(64));
  });

  it("says unknown when there is no entry", () => {
    for (const header of [null, undefined, "", " ", ", ,"]) expect(clientEntry(header)).toBe("unknown");
    expect(clientEntry(null, 3)).toBe("unknown");
  });

  it("treats a hop count below 1 as 1", () => {
    expect(clientEntry("a, b", 0)).toBe("b");
    expect(clientEntry("a, b", -2)).toBe("b");
  });
});

describe("parseTrustedProxyHops", () => {
  it("reads a positive integer", () => {
    expect(parseTrustedProxyHops("1")).toEqual({ hops: 1, valid: true });
    expect(parseTrustedProxyHops("3")).toEqual({ hops: 3, valid: true });
    expect(parseTrustedProxyHops(" 2 ")).toEqual({ hops: 2, valid: true });
  });

  it("unset or empty is the default 1, and valid", () => {
    expect(parseTrustedProxyHops(undefined)).toEqual({ hops: 1, valid: true });
    expect(parseTrustedProxyHops("")).toEqual({ hops: 1, valid: true });
  });

  it("anything else is the default 1, marked invalid", () => {
    for (const value of ["0", "-1", "1.5", "two", "1e3x", "NaN", "Infinity"]) {
      expect(parseTrustedProxyHops(value), value).toEqual({ hops: 1, valid: false });
    }
  });
});
