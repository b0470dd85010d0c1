import { describe, expect, it } from "vitest";
import {
  appOrigin,
  describeDuration,
  isTokenPurpose,
  parseLinkToken,
  TOKEN_LENGTH,
  TOKEN_POLICY,
  TOKEN_PURPOSES,
  tokenExpiresAt,
  tokenLink,
  tokenState,
} from "./token-policy";

const T = Date.UTC(2030, 0, 1);
const MINUTE = 60_000;
const TOKEN = "A".repeat(21) + "-_" + "z9".repeat(10);

describe("token lifetimes", () => {
  it("gives a reset link 30 minutes and verification and email change links 24 hours", () => {
    expect(tokenExpiresAt("reset-password", T).getTime()).toBe(T + 30 * MINUTE);
    expect(tokenExpiresAt("verify-email", T).getTime()).toBe(T + 24 * 60 * MINUTE);
    expect(tokenExpiresAt("change-email", T).getTime()).toBe(T + 24 * 60 * MINUTE);
  });

  it("opens a different page for each purpose", () => {
    const paths = TOKEN_PURPOSES.map((purpose) => TOKEN_POLICY[purpose].path);
    expect(new Set(paths).size).toBe(TOKEN_PURPOSES.length);
    expect(TOKEN_POLICY["reset-password"].path).toBe("/reset-password");
  });

  it("says the lifetime the way a mail does", () => {
    expect(describeDuration(30 * MINUTE)).toBe("30 minutes");
    expect(describeDuration(24 * 60 * MINUTE)).toBe("24 hours");
    expect(describeDuration(60 * MINUTE)).toBe("1 hour");
    expect(describeDuration(MINUTE)).toBe("1 minute");
  });
});

describe("tokenState", () => {
  const row = { purpose: "reset-password", expiresAt: new Date(T + 30 * MINUTE) };

  it("accepts a token of the right purpose before its expiry", () => {
    expect(tokenState(row, "reset-password", T)).toBe("valid");
    expect(tokenState(row, "reset-password", T + 30 * MINUTE - 1)).toBe("valid");
  });

  it("refuses it from the expiry instant on, like the consume query's expires_at > now", () => {
    expect(tokenState(row, "reset-password", T + 30 * MINUTE)).toBe("expired");
    expect(tokenState(row, "reset-password", T + 31 * MINUTE)).toBe("expired");
    expect(tokenState({ purpose: "reset-password", expiresAt: T + 30 * MINUTE }, "reset-password", T + 30 * MINUTE)).toBe("expired");
  });

  it("never lets a token of one purpose serve another", () => {
    expect(tokenState(row, "verify-email", T)).toBe("wrong-purpose");
    expect(tokenState({ ...row, purpose: "change-email" }, "verify-email", T)).toBe("wrong-purpose");
  });

  it("treats a missing row or a broken expiry as unusable", () => {
    expect(tokenState(null, "reset-password", T)).toBe("unknown");
    expect(tokenState(undefined, "reset-password", T)).toBe("unknown");
    expect(tokenState({ purpose: "reset-password", expiresAt: new Date(Number.NaN) }, "reset-password", T)).toBe("expired");
  });

  it("knows the purposes and nothing else", () => {
    expect(TOKEN_PURPOSES.every(isTokenPurpose)).toBe(true);
    expect(isTokenPurpose("login")).toBe(false);
    expect(isTokenPurpose(undefined)).toBe(false);
  });
});

describe("parseLinkToken", () => {
  it("accepts exactly 43 base64url characters", () => {
    expect(TOKEN.length).toBe(TOKEN_LENGTH);
    expect(parseLinkToken(TOKEN)).toBe(TOKEN);
  });

  it("rejects anything that cannot be one of ours, before any lookup", () => {
    for (const bad of ["", TOKEN.slice(1), `${TOKEN}A`, `${TOKEN.slice(1)}=`, `${TOKEN.slice(1)}+`, `${TOKEN.slice(1)}/`, ` ${TOKEN.slice(1)}`, `${TOKEN.slice(1)}\n`, "é".repeat(43)]) {
      expect(parseLinkToken(bad), JSON.stringify(bad)).toBeNull();
    }
    expect(parseLinkToken([TOKEN, TOKEN])).toBeNull();
    expect(parseLinkToken(undefined)).toBeNull();
    expect(parseLinkToken(42)).toBeNull();
  });
});

describe("links", () => {
  it("builds every link from APP_URL's origin", () => {
    expect(tokenLink("https://rungs.example.org", "reset-password", TOKEN)).toBe(`https://rungs.example.org/reset-password?token=${TOKEN}`);
    expect(tokenLink("http://127.0.0.1:3100/", "verify-email", TOKEN)).toBe(`http://127.0.0.1:3100/verify-email?token=${TOKEN}`);
    expect(tokenLink("https://rungs.example.org", "change-email", TOKEN)).toBe(`https://rungs.example.org/confirm-email?token=${TOKEN}`);
  });

  it("refuses an APP_URL that is not a plain http(s) origin", () => {
    for (const bad of ["", "rungs.example.org", "javascript:alert(1)", "ftp://rungs.example.org", "https://user:pw@rungs.example.org", "https://rungs.example.org/app", "https://rungs.example.org/?x=1", "https://rungs.example.org/#x"]) {
      expect(() => appOrigin(bad), bad).toThrow();
    }
    expect(appOrigin("https://Rungs.Example.org:443/")).toBe("https://rungs.example.org");
  });

  it("refuses to put something that is not a token in a link", () => {
    expect(() => tokenLink("https://rungs.example.org", "reset-password", "../../admin")).toThrow();
  });
});
