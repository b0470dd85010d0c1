import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/test-db";
import { getUserIdByProviderAccount, listProviderAccounts } from "@/db/queries/auth-accounts";
import { createUser, getUserByEmail, markEmailVerified } from "@/db/queries/users";
import { resolveOAuthSignIn, type ProviderSignIn } from "./oauth-sign-in";

// The resolver against a real database: the rules (lib/oauth-linking.ts) plus what the unique
// indexes decide when two sign-ins race.

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await createTestDatabase();
});
afterAll(() => cleanup());

let serial = 0;
const ISSUER = "http://127.0.0.1:9999";
const email = () => `resolver-${++serial}-${Date.now()}@example.com`;
const signIn = (over: Partial<ProviderSignIn> = {}): ProviderSignIn => ({
  provider: "oidc",
  issuer: ISSUER,
  providerAccountId: `sub-${++serial}`,
  email: email(),
  emailVerified: true,
  name: "Ada",
  ...over,
});

async function passwordUser(address = email(), verified = false) {
  const user = await createUser({ email: address, passwordHash: "x", name: null });
  if (!user) throw new Error("not created");
  if (verified) await markEmailVerified(user.id, new Date());
  return user;
}

describe("resolveOAuthSignIn", () => {
  it("creates a password-less, verified user for a new identity, then signs the same identity in again", async () => {
    const input = signIn({ email: "  Mixed.Case@Example.COM ".replace("Mixed", `m${++serial}`) });
    const first = await resolveOAuthSignIn(input, null);
    expect(first).toMatchObject({ ok: true, how: "created" });
    if (!first.ok) return;
    expect(first.user.email).toBe(first.user.email.toLowerCase());
    expect(first.user.emailVerifiedAt).not.toBeNull();
    expect((await getUserByEmail(first.user.email))?.passwordHash).toBeNull();
    const again = await resolveOAuthSignIn({ ...input, email: "changed-at-the-provider@example.com" }, null);
    expect(again).toMatchObject({ ok: true, how: "signed-in", user: { id: first.user.id } });
  });

  it("refuses a new identity without a usable email, and makes nothing", async () => {
    for (const bad of [undefined, null, "", "not an email", 42, { email: "a@b.c" }]) {
      const input = signIn({ email: bad });
      expect(await resolveOAuthSignIn(input, null)).toEqual({ ok: false, problem: "no-email" });
      expect(await getUserIdByProviderAccount("oidc", ISSUER, input.providerAccountId)).toBeNull();
    }
  });

  it("treats only a real true (or the string \"true\") as verified", async () => {
    for (const flag of [false, "false", 1, "yes", null]) {
      const result = await resolveOAuthSignIn(signIn({ emailVerified: flag }), null);
      expect(result.ok && result.user.emailVerifiedAt).toBeNull();
    }
  });

  it("links to an existing account by email only when both sides verified it", async () => {
    const unverified = await passwordUser();
    expect(await resolveOAuthSignIn(signIn({ email: unverified.email }), null)).toEqual({ ok: false, problem: "email-exists" });
    const verified = await passwordUser(email(), true);
    expect(await resolveOAuthSignIn(signIn({ email: verified.email, emailVerified: false }), null)).toEqual({ ok: false, problem: "email-exists" });
    const linked = await resolveOAuthSignIn(signIn({ email: verified.email.toUpperCase() }), null);
    expect(linked).toMatchObject({ ok: true, how: "linked", user: { id: verified.id } });
    // A second identity at the same provider cannot join by email.
    expect(await resolveOAuthSignIn(signIn({ email: verified.email }), null)).toEqual({ ok: false, problem: "provider-taken" });
  });

  it("a live Connect links to the session's user whatever the email; an ended one links nothing", async () => {
    const ada = await passwordUser();
    const someoneElse = await passwordUser(email(), true);
    const input = signIn({ email: someoneElse.email, provider: "github", issuer: "https://github.com" });
    expect(await resolveOAuthSignIn(input, "ended")).toEqual({ ok: false, problem: "session-ended" });
    expect(await getUserIdByProviderAccount("github", "https://github.com", input.providerAccountId)).toBeNull();
    expect(await resolveOAuthSignIn(input, { userId: ada.id })).toMatchObject({ ok: true, how: "linked", user: { id: ada.id } });
    expect((await listProviderAccounts(ada.id)).map((a) => a.provider)).toEqual(["github"]);
    expect(await listProviderAccounts(someoneElse.id)).toEqual([]);
    // Connecting it again is a no-op; another user cannot take it.
    expect(await resolveOAuthSignIn(input, { userId: ada.id })).toMatchObject({ ok: true, user: { id: ada.id } });
    expect(await resolveOAuthSignIn(input, { userId: someoneElse.id })).toEqual({ ok: false, problem: "identity-taken" });
    // A Connect for a user who was deleted meanwhile.
    expect(await resolveOAuthSignIn(signIn(), { userId: "gone" })).toEqual({ ok: false, problem: "session-ended" });
  });

  it("two first sign-ins of one identity at once make one user, and both sign in as it", async () => {
    const input = signIn();
    const results = await Promise.all([resolveOAuthSignIn(input, null), resolveOAuthSignIn(input, null), resolveOAuthSignIn(input, null)]);
    const ids = new Set(results.map((r) => (r.ok ? r.user.id : r.problem)));
    expect(ids.size).toBe(1);
    expect(results.every((r) => r.ok)).toBe(true);
  });
});
