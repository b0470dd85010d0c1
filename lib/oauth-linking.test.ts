import { describe, expect, it } from "vitest";
import { decideOAuthSignIn, isOAuthProblem, OAUTH_PROBLEMS, oauthProblemMessage, oauthProblemPath, type LinkingInput } from "./oauth-linking";

const connects: LinkingInput["connect"][] = [null, "ended", { userId: "me" }];
const owners = [null, "me", "other"];
const emails = [null, "ada@example.com"];
const verifieds = [false, true];
const emailOwners: LinkingInput["emailOwner"][] = [null, { id: "me", emailVerified: false }, { id: "me", emailVerified: true }, { id: "other", emailVerified: false }, { id: "other", emailVerified: true }];

/** Every combination of the facts: 3 × 3 × 2 × 2 × 5 = 180 cases. */
const ALL: LinkingInput[] = connects.flatMap((connect) =>
  owners.flatMap((identityOwnerId) =>
    emails.flatMap((email) =>
      verifieds.flatMap((providerEmailVerified) =>
        emailOwners.filter((o) => email !== null || o === null).map((emailOwner) => ({ connect, identityOwnerId, email, providerEmailVerified, emailOwner })),
      ),
    ),
  ),
);

describe("decideOAuthSignIn", () => {
  it("covers every combination", () => {
    expect(ALL.length).toBe(3 * 3 * (2 * 5 + 2 * 1));
  });

  it("signs a known identity in as its owner, whatever the email says", () => {
    for (const input of ALL.filter((i) => i.connect === null && i.identityOwnerId !== null)) {
      expect(decideOAuthSignIn(input)).toEqual({ action: "sign-in", userId: input.identityOwnerId });
    }
  });

  it("refuses anything on a Connect whose session has ended, even a known identity", () => {
    for (const input of ALL.filter((i) => i.connect === "ended")) {
      expect(decideOAuthSignIn(input)).toEqual({ action: "refuse", reason: "session-ended" });
    }
  });

  it("on a live Connect links a new identity to the session's user, never to whoever owns the email", () => {
    for (const input of ALL.filter((i) => typeof i.connect === "object" && i.connect !== null)) {
      const decision = decideOAuthSignIn(input);
      if (input.identityOwnerId === null) expect(decision).toEqual({ action: "link", userId: "me", reason: "connect" });
      else if (input.identityOwnerId === "me") expect(decision).toEqual({ action: "sign-in", userId: "me" });
      else expect(decision).toEqual({ action: "refuse", reason: "identity-taken" });
    }
  });

  it("refuses a new identity without an email", () => {
    for (const input of ALL.filter((i) => i.connect === null && i.identityOwnerId === null && i.email === null)) {
      expect(decideOAuthSignIn(input)).toEqual({ action: "refuse", reason: "no-email" });
    }
  });

  it("creates a user for a new identity with a new email, verified only when the provider says so", () => {
    for (const input of ALL.filter((i) => i.connect === null && i.identityOwnerId === null && i.email !== null && i.emailOwner === null)) {
      expect(decideOAuthSignIn(input)).toEqual({ action: "create", email: input.email, emailVerified: input.providerEmailVerified });
    }
  });

  it("links by email only when both the provider and the local account have verified it", () => {
    const byEmail = ALL.filter((i) => i.connect === null && i.identityOwnerId === null && i.emailOwner !== null);
    expect(byEmail).toHaveLength(2 * 4);
    for (const input of byEmail) {
      const both = input.providerEmailVerified && input.emailOwner!.emailVerified;
      expect(decideOAuthSignIn(input)).toEqual(both ? { action: "link", userId: input.emailOwner!.id, reason: "verified-email" } : { action: "refuse", reason: "email-exists" });
    }
  });

  it("never reaches an account through an email unless both sides verified it (the pre-hijacking rule)", () => {
    for (const input of ALL) {
      const decision = decideOAuthSignIn(input);
      const target = decision.action === "sign-in" || decision.action === "link" ? decision.userId : null;
      if (target === null || target === input.identityOwnerId) continue;
      if (typeof input.connect === "object" && input.connect !== null && target === input.connect.userId) continue;
      expect(input.providerEmailVerified && input.emailOwner?.emailVerified && input.emailOwner.id === target).toBe(true);
    }
  });
});

describe("oauthProblemMessage", () => {
  it("says exactly what the issue asks when the email belongs to an account", () => {
    expect(oauthProblemMessage("email-exists", "GitHub")).toBe("An account with this email exists. Log in with your password, then connect GitHub in Settings.");
    expect(oauthProblemMessage("email-exists", "Loopback ID")).toBe("An account with this email exists. Log in with your password, then connect Loopback ID in Settings.");
  });

  it("has a sentence naming the provider for every problem, and recognises only known codes", () => {
    for (const problem of OAUTH_PROBLEMS) {
      expect(isOAuthProblem(problem)).toBe(true);
      expect(oauthProblemMessage(problem, "Acme SSO")).toContain("Acme SSO");
    }
    for (const other of ["", "EMAIL-EXISTS", "AccessDenied", "constructor", "__proto__", 1, null, undefined, ["email-exists"]]) expect(isOAuthProblem(other)).toBe(false);
  });
});

describe("oauthProblemPath", () => {
  it("sends a refused Connect back to Settings and a refused sign-in to log in, with codes only", () => {
    expect(oauthProblemPath("identity-taken", "github", true)).toBe("/settings?oauth=identity-taken&provider=github");
    expect(oauthProblemPath("email-exists", "oidc", false)).toBe("/login?oauth=email-exists&provider=oidc");
  });
});
